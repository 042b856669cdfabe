#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace tz {
class Ledger;
}

namespace tz::ui {

// Exports the ledger as a spreadsheet an office can send on: an Excel workbook in the city
// ledger's own layout, or CSV in UTF-8 (with BOM) or GB18030 for older tools. The header
// fields (填报单位, 填表人, 电话) are remembered for next time.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(Ledger *ledger, QWidget *parent = nullptr);
    // Writes to path with the chosen options; returns an error message or empty.
    QString exportTo(const QString &path);
    void accept() override;

private:
    void formatChanged();

    Ledger *m_ledger;
    QComboBox *m_format;
    QLineEdit *m_unit;
    QLineEdit *m_preparer;
    QLineEdit *m_phone;
    QComboBox *m_paper;
    QCheckBox *m_group;
    QCheckBox *m_openOnly;
};

} // namespace tz::ui
