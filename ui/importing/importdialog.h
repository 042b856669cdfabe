#pragma once

#include "importing/importplan.h"
#include "importing/sheet.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace tz {
class Ledger;
}

namespace tz::ui {

// Imports a district's or department's spreadsheet: choose the file and sheet, check (and
// correct) how its columns map to the ledger, see what will be added and changed and every
// problem with its row and column, then import as one undo step — the good rows only, or none.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(Ledger *ledger, QWidget *parent = nullptr);
    // Reads a file (also what the 浏览 button does); false with a message shown when it cannot.
    bool loadFile(const QString &path);
    const ImportPreview &preview() const { return m_preview; }
    void accept() override;

private:
    void browse();
    void sheetChosen();
    void replan();
    void fillMapping();
    void fillPreview();
    void mappingEdited(int column);
    QString mappingKey() const;

    Ledger *m_ledger;
    std::optional<Workbook> m_workbook;
    QString m_path;
    ImportPreview m_preview;
    std::vector<ColumnMapping> m_mappings; // the user's choice per column
    bool m_filling = false;

    QLineEdit *m_file;
    QComboBox *m_sheet;
    QSpinBox *m_year;
    QTabWidget *m_tabs;
    QTableWidget *m_mapping;
    QTableWidget *m_projects;
    QTableWidget *m_problems;
    QLabel *m_summary;
    QCheckBox *m_goodRows;
};

} // namespace tz::ui
