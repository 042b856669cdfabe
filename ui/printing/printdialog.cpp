#include "printdialog.h"

#include "clock.h"
#include "ledger.h"
#include "printing/printjob.h"
#include "printing/tounicodefix.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace tz::ui {

PrintDialog::PrintDialog(Ledger *ledger, qint64 currentProject, QWidget *parent,
                         std::vector<qint64> selected)
    : QDialog(parent),
      m_ledger(ledger),
      m_project(currentProject),
      m_selected(std::move(selected)),
      m_kind(new QComboBox(this)),
      m_leader(new QComboBox(this)),
      m_unit(new QComboBox(this)),
      m_paper(new QComboBox(this)),
      m_onlyProject(new QRadioButton(this)),
      m_selection(new QRadioButton(this)),
      m_all(new QRadioButton(tr("全部项目"), this)),
      m_perLeader(new QCheckBox(tr("每位分包领导单独一个 PDF 文件"), this))
{
    setWindowTitle(tr("打印"));
    m_kind->addItem(tr("督导单（每个项目一页）"), int(PrintKind::Supervision));
    m_kind->addItem(tr("分包领导督导清单"), int(PrintKind::LeaderList));
    m_kind->addItem(tr("逾期事项通报（按责任单位）"), int(PrintKind::Bulletin));
    m_kind->addItem(tr("推进台账表（横向）"), int(PrintKind::LedgerTable));
    m_leader->addItem(tr("全部分包领导"), 0);
    for (const Row &r : ledger->rows(Entity::Leader))
        m_leader->addItem(r.text(0), r.id);
    m_unit->addItem(tr("全部责任单位"), 0);
    for (const Row &r : ledger->rows(Entity::Unit))
        m_unit->addItem(r.text(0), r.id);
    m_paper->addItem(QStringLiteral("A4"), int(Paper::A4));
    m_paper->addItem(QStringLiteral("A3"), int(Paper::A3));
    const QString name = currentProject ? ledger->rowTitle(Entity::Project, currentProject) : QString();
    m_onlyProject->setText(tr("当前项目：%1").arg(name));
    m_onlyProject->setEnabled(currentProject != 0);
    m_selection->setText(tr("表中所选的 %1 个项目").arg(m_selected.size()));
    m_selection->setVisible(m_selected.size() > 1);
    (m_selected.size() > 1 ? m_selection : currentProject ? m_onlyProject : m_all)->setChecked(true);

    auto *form = new QFormLayout;
    form->addRow(tr("文书："), m_kind);
    form->addRow(tr("范围："), m_onlyProject);
    form->addRow(QString(), m_selection);
    form->addRow(QString(), m_all);
    form->addRow(tr("分包领导："), m_leader);
    form->addRow(tr("责任单位："), m_unit);
    form->addRow(tr("纸张："), m_paper);
    form->addRow(QString(), m_perLeader);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *previewButton = buttons->addButton(tr("打印预览…"), QDialogButtonBox::AcceptRole);
    QPushButton *pdfButton = buttons->addButton(tr("导出 PDF…"), QDialogButtonBox::ActionRole);
    buttons->addButton(tr("关闭"), QDialogButtonBox::RejectRole);
    connect(previewButton, &QPushButton::clicked, this, &PrintDialog::preview);
    connect(pdfButton, &QPushButton::clicked, this, &PrintDialog::exportPdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &PrintDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PrintDialog::kindChanged);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    kindChanged();
}

void PrintDialog::kindChanged()
{
    const auto kind = PrintKind(m_kind->currentData().toInt());
    // A leader's list is about a leader, a bulletin about units: the project choice is not.
    const bool perProject = kind == PrintKind::Supervision || kind == PrintKind::LedgerTable;
    m_onlyProject->setEnabled(perProject && m_project);
    // Several 督导单 at once: the selection is a list of sheets, not a table filter.
    m_selection->setEnabled(kind == PrintKind::Supervision && m_selected.size() > 1);
    if (!perProject || (!m_selection->isEnabled() && m_selection->isChecked()))
        m_all->setChecked(true);
    m_paper->setCurrentIndex(kind == PrintKind::LedgerTable ? 1 : 0);
    m_perLeader->setEnabled(kind == PrintKind::LeaderList);
    if (kind != PrintKind::LeaderList)
        m_perLeader->setChecked(false);
}

QString PrintDialog::writePdfPerLeader(const QString &folder, QStringList *written) const
{
    PrintSettings settings = printSettings(*m_ledger);
    settings.paper = Paper(m_paper->currentData().toInt());
    for (const Row &leader : m_ledger->rows(Entity::Leader)) {
        PrintRequest r = request();
        r.kind = PrintKind::LeaderList;
        r.leader = leader.id;
        // Names become file names: keep them to what every file system takes.
        QString name = leader.text(0);
        name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
        const QString path = QDir(folder).filePath(tr("分包领导督导清单_%1.pdf").arg(name));
        PrintJob job(*m_ledger, r, settings);
        QString error;
        if (!job.writePdf(path, &error))
            return error;
        if (written)
            *written << path;
    }
    return {};
}

PrintRequest PrintDialog::request() const
{
    PrintRequest r;
    r.kind = PrintKind(m_kind->currentData().toInt());
    r.project = m_onlyProject->isChecked() && m_onlyProject->isEnabled() ? m_project : 0;
    if (m_selection->isChecked() && m_selection->isEnabled())
        r.projects = m_selected;
    r.leader = m_leader->currentData().toLongLong();
    r.unit = m_unit->currentData().toLongLong();
    r.today = Clock::today();
    return r;
}

QString PrintDialog::writePdf(const QString &path, const std::function<bool(int, int)> &progress) const
{
    PrintSettings settings = printSettings(*m_ledger);
    settings.paper = Paper(m_paper->currentData().toInt());
    PrintJob job(*m_ledger, request(), settings);
    job.setProgress(progress);
    QString error;
    return job.writePdf(path, &error) ? QString() : error;
}

void PrintDialog::preview()
{
    PrintSettings settings = printSettings(*m_ledger);
    settings.paper = Paper(m_paper->currentData().toInt());
    PrintJob job(*m_ledger, request(), settings);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(job.pageLayout());
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("打印预览"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&job](QPrinter *p) {
        job.print(p);
        // "Print to file" from the preview writes a PDF through QPrinter: give it the same
        // text fix as our own PDF export, so names stay searchable.
        if (p->outputFormat() == QPrinter::PdfFormat && !p->outputFileName().isEmpty())
            ToUnicodeFix(job.fonts()).apply(p->outputFileName());
    });
    dialog.resize(1000, 800);
    dialog.exec();
}

void PrintDialog::exportPdf()
{
    if (m_perLeader->isChecked() && m_perLeader->isEnabled()) {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("选择保存各领导清单的文件夹"),
                                                                 QFileInfo(m_ledger->path()).absolutePath());
        if (folder.isEmpty())
            return;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        QStringList written;
        const QString error = writePdfPerLeader(folder, &written);
        QApplication::restoreOverrideCursor();
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("导出 PDF"), error);
        else
            QMessageBox::information(this, tr("导出 PDF"), tr("已在“%1”中生成 %2 个 PDF 文件。")
                                                                   .arg(QDir::toNativeSeparators(folder))
                                                                   .arg(written.size()));
        return;
    }
    const QString suggested = QFileInfo(m_ledger->path()).absolutePath() + u'/' + m_kind->currentText().section(u'（', 0, 0)
            + QStringLiteral(".pdf");
    QString path = QFileDialog::getSaveFileName(this, tr("导出 PDF"), suggested, tr("PDF 文件 (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    // Ten thousand 督导单, or a province's ledger table, take seconds: a bar shows how far the
    // job is and lets it be cancelled, which leaves any older file of that name as it was.
    QProgressDialog progress(tr("正在生成 PDF…"), tr("取消"), 0, 1, this);
    progress.setWindowTitle(tr("导出 PDF"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    progress.setAutoReset(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error = writePdf(path, [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done); // a modal progress dialog processes events here
        return !progress.wasCanceled();
    });
    QApplication::restoreOverrideCursor();
    const bool cancelled = progress.wasCanceled();
    progress.close();
    if (cancelled)
        return;
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("导出 PDF"), error);
    else
        QMessageBox::information(this, tr("导出 PDF"), tr("已导出到“%1”。").arg(QDir::toNativeSeparators(path)));
}

} // namespace tz::ui
