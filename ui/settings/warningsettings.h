#pragma once

#include <QWidget>

#include <vector>

class QLabel;
class QSpinBox;

namespace tz {
class Ledger;
}

namespace tz::ui {

// 预警设置: the thresholds the warning lights are judged by (DOMAIN.md, after 银川's rule),
// one spin box each with what it means. A change is stored with Ledger::setSetting — one undo
// step — and the boxes follow Ledger::settingsChanged, so undo and redo show here too. A
// yellow line above its red line is refused with a message and the box goes back.
class WarningSettings : public QWidget
{
    Q_OBJECT
public:
    explicit WarningSettings(Ledger *ledger, QWidget *parent = nullptr);

    // The box of a setting key (warning_days, lag_yellow_points, ...), or nullptr.
    QSpinBox *spinBox(const QString &key) const;
    QString message() const;

private:
    struct Item
    {
        const char *key;
        QSpinBox *spin;
    };
    void reload();
    void onChanged(size_t item, int value);

    Ledger *m_ledger;
    std::vector<Item> m_items;
    QLabel *m_message;
};

} // namespace tz::ui
