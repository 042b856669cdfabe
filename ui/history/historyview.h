#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace tz {
class ChangeLogModel;
class Ledger;
} // namespace tz

namespace tz::ui {

// 修改记录: every change to the ledger, newest first, filtered by date range, person and text,
// exported to CSV. Read-only: the history is the record, nobody edits it.
class HistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryView(Ledger *ledger, QWidget *parent = nullptr);

    ChangeLogModel *model() const { return m_model; }
    QLineEdit *searchEdit() const { return m_text; }
    QComboBox *userCombo() const { return m_user; }
    // Writes the filtered history (all of it, not only the rows shown) as CSV; error or empty.
    QString exportTo(const QString &path);

private:
    void applyFilter();
    void refreshUsers();

    Ledger *m_ledger;
    ChangeLogModel *m_model;
    QTableView *m_table;
    QCheckBox *m_useDates;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_user;
    QLineEdit *m_text;
    QLabel *m_count;
    bool m_sizedToRows = false; // columns sized to entries, not just to the headers
};

} // namespace tz::ui
