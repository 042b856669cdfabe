#include "timelineview.h"

#include "clock.h"
#include "entitymodel.h"
#include "ledger.h"
#include "projects/projecttableview.h"
#include "printing/tounicodefix.h"
#include "timeline/timelinechart.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace tz::ui {

TimelineView::TimelineView(Ledger *ledger, ProjectTableView *projects, QWidget *parent)
    : QWidget(parent),
      m_ledger(ledger),
      m_projects(projects),
      m_chart(new TimelineChart(this)),
      m_source(new QComboBox(this)),
      m_zoom(new QButtonGroup(this)),
      m_summary(new QLabel(this))
{
    m_source->addItem(tr("项目台账中筛选出的项目"), FilteredProjects);
    m_source->addItem(tr("项目台账中选中的项目"), CurrentProject);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("显示："), this));
    bar->addWidget(m_source);
    bar->addSpacing(12);
    const QString zooms[] = { tr("按月"), tr("按季度"), tr("按年") };
    for (int z = 0; z < 3; ++z) {
        auto *b = new QToolButton(this);
        b->setText(zooms[z]);
        b->setCheckable(true);
        m_zoom->addButton(b, z);
        bar->addWidget(b);
    }
    m_zoom->button(int(TimelineZoom::Quarter))->setChecked(true);
    auto *today = new QToolButton(this);
    today->setText(tr("回到今天"));
    bar->addWidget(today);
    bar->addStretch(1);
    const auto action = [this, bar](const QString &text, void (TimelineView::*slot)()) {
        auto *b = new QToolButton(this);
        b->setText(text);
        bar->addWidget(b);
        connect(b, &QToolButton::clicked, this, slot);
    };
    action(tr("导出 PNG…"), &TimelineView::exportPng);
    action(tr("导出 PDF…"), &TimelineView::exportPdf);
    action(tr("打印…"), &TimelineView::print);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(bar);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_summary);

    connect(m_zoom, &QButtonGroup::idClicked, this, [this](int z) { m_chart->setZoom(TimelineZoom(z)); });
    connect(today, &QToolButton::clicked, m_chart, &TimelineChart::scrollToToday);
    connect(m_source, &QComboBox::activated, this, [this] {
        reload();
        m_chart->scrollToToday();
    });
    connect(m_chart, &TimelineChart::projectActivated, this, &TimelineView::projectRequested);
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(300);
    connect(&m_reloadTimer, &QTimer::timeout, this, [this] { reload(); });
    connect(ledger, &Ledger::changed, this, [this] {
        if (isVisible())
            m_reloadTimer.start();
    });
}

std::vector<qint64> TimelineView::projectIds() const
{
    if (!m_projects)
        return {};
    if (m_source->currentData().toInt() == CurrentProject) {
        const qint64 id = m_projects->currentProjectId();
        return id ? std::vector<qint64> { id } : std::vector<qint64> {};
    }
    const QAbstractItemModel *model = m_projects->table()->model();
    std::vector<qint64> ids;
    ids.reserve(size_t(model->rowCount()));
    for (int r = 0; r < model->rowCount(); ++r)
        ids.push_back(model->index(r, 0).data(EntityModel::IdRole).toLongLong());
    return ids;
}

qint64 TimelineView::reload()
{
    m_reloadTimer.stop();
    QElapsedTimer t;
    t.start();
    m_chart->setRows(loadTimeline(*m_ledger, projectIds(), Clock::today()), Clock::today());
    const auto &rows = m_chart->rows();
    int overdue = 0;
    for (const auto &r : rows)
        for (const auto &m : r.milestones)
            overdue += m.state == MilestoneState::Overdue ? 1 : 0;
    m_summary->setText(rows.empty() ? (m_source->currentData().toInt() == CurrentProject
                                               ? tr("请先在项目台账中选择一个项目")
                                               : tr("项目台账中没有筛选出项目"))
                                    : tr("%1 个项目，逾期节点 %2 个　双击一行在项目台账中打开该项目；鼠标停留可看节点详情")
                                              .arg(rows.size())
                                              .arg(overdue));
    return t.elapsed();
}

void TimelineView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The ledger page's filter or selection may have changed while this page was hidden.
    reload();
    if (!m_shownOnce) {
        m_shownOnce = true;
        m_chart->scrollToToday();
    }
}

QString TimelineView::title() const
{
    const auto &rows = m_chart->rows();
    return rows.size() == 1 ? tr("%1 %2 进度计划").arg(rows[0].code, rows[0].name)
                            : tr("重大科技创新项目进度计划（%1 个项目）").arg(rows.size());
}

void TimelineView::exportPng()
{
    const QImage image = m_chart->toImage();
    if (image.isNull()) {
        QMessageBox::information(this, tr("导出 PNG"), tr("项目太多，图片过大。请先在项目台账中筛选，或导出 PDF（自动分页）。"));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("导出 PNG"), title() + QStringLiteral(".png"),
                                                      tr("PNG 图片 (*.png)"));
    if (!path.isEmpty() && !image.save(path, "PNG"))
        QMessageBox::warning(this, tr("导出 PNG"), tr("无法写入“%1”").arg(path));
}

void TimelineView::exportPdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("导出 PDF"), title() + QStringLiteral(".pdf"),
                                                      tr("PDF 文件 (*.pdf)"));
    QString error;
    if (!path.isEmpty() && !m_chart->writePdf(path, title(), &error))
        QMessageBox::warning(this, tr("导出 PDF"), error);
}

void TimelineView::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10),
                                      QPageLayout::Millimeter));
    printer.setDocName(title());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!m_chart->paintPages(&printer, title()))
        QMessageBox::warning(this, tr("打印"), tr("无法打印"));
    else if (printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty())
        ToUnicodeFix({ m_chart->font() }).apply(printer.outputFileName());
}

} // namespace tz::ui
