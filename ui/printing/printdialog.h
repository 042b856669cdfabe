#pragma once

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QRadioButton;

namespace tz {
class Ledger;
struct PrintRequest;
} // namespace tz

namespace tz::ui {

// Chooses what to print — 督导单, a leader's list, the bulletin, the ledger table — and for
// whom (the current project, a leader, a unit, or all), then previews, prints or writes a PDF.
class PrintDialog : public QDialog
{
    Q_OBJECT
public:
    // selected: the projects selected in the table (two or more offer "所选项目").
    PrintDialog(Ledger *ledger, qint64 currentProject, QWidget *parent = nullptr,
                std::vector<qint64> selected = {});
    PrintRequest request() const;
    // Writes the chosen documents as a PDF; returns an error message or empty. progress is
    // asked as the job goes (see PrintJob::setProgress); answering false cancels it, and no
    // file is written.
    QString writePdf(const QString &path,
                     const std::function<bool(int done, int total)> &progress = {}) const;
    // One PDF per leader in folder (分包领导督导清单_姓名.pdf); returns an error or empty.
    QString writePdfPerLeader(const QString &folder, QStringList *written = nullptr) const;

private:
    void kindChanged();
    void preview();
    void exportPdf();

    Ledger *m_ledger;
    qint64 m_project;
    std::vector<qint64> m_selected;
    QComboBox *m_kind;
    QComboBox *m_leader;
    QComboBox *m_unit;
    QComboBox *m_paper;
    QRadioButton *m_onlyProject;
    QRadioButton *m_selection;
    QRadioButton *m_all;
    QCheckBox *m_perLeader;
};

} // namespace tz::ui
