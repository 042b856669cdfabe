#include "dashboardview.h"

#include "clock.h"
#include "ledger.h"
#include "monthlyreport.h"
#include "printing/printsettings.h"
#include "printing/tounicodefix.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QScrollArea>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace tz::ui {

DashboardView::DashboardView(Ledger *ledger, QWidget *parent)
    : QWidget(parent), m_ledger(ledger), m_month(new QComboBox(this)), m_compareNote(new QLabel(this)), m_monthly(new QTableWidget(this))
{
    auto *tiles = new QHBoxLayout;
    auto *compare = new QHBoxLayout;
    for (int t = 0; t < TileCount; ++t) {
        auto *b = new QToolButton(this);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        QFont f = b->font();
        f.setPointSizeF(f.pointSizeF() * 1.25);
        b->setFont(f);
        const QString colour = t == RedTile || t == TurnedRedTile ? QStringLiteral("#b71c1c")
                : t == YellowTile ? QStringLiteral("#8a6d00")
                : t == ResolvedTile ? QStringLiteral("#1b5e20") : QStringLiteral("palette(text)");
        b->setStyleSheet(QStringLiteral("QToolButton { border: 1px solid palette(mid); border-radius: 4px;"
                                        " padding: 6px 12px; color: %1; } QToolButton:hover { background: palette(midlight); }")
                                 .arg(colour));
        (t < TurnedRedTile ? tiles : compare)->addWidget(b, 1);
        m_tiles.push_back(b);
        connect(b, &QToolButton::clicked, this, [this, t] {
            ChartTarget target;
            switch (t) {
            case ProjectsTile:
                break;
            case RedTile:
                target.light = int(Light::Red);
                break;
            case YellowTile:
                target.light = int(Light::Yellow);
                break;
            case OverdueTile:
                target.kind = ChartTarget::OverdueMilestones;
                break;
            case RequirementsTile:
                target.kind = ChartTarget::OpenRequirements;
                break;
            case RectificationsTile:
                target.kind = ChartTarget::PastDueRectifications;
                break;
            default:
                showList(Tile(t));
                return;
            }
            emit chartClicked(target);
        });
    }
    m_tiles[TurnedRedTile]->setToolTip(tr("上月末不是红灯、现在是红灯的项目"));
    m_tiles[ResolvedTile]->setToolTip(tr("上月末是红灯、现在不再是红灯的项目"));
    m_tiles[PhaseChangedTile]->setToolTip(tr("本月项目阶段有变化的项目"));

    // The months a meeting looks back on: this one and the eleven before.
    const QDate today = Clock::today();
    for (int i = 0; i < 12; ++i) {
        const QDate m = QDate(today.year(), today.month(), 1).addMonths(-i);
        m_month->addItem(tr("%1年%2月").arg(m.year()).arg(m.month()), m.year() * 100 + m.month());
    }
    auto *pdf = new QToolButton(this);
    pdf->setText(tr("月度对比 PDF…"));
    auto *print = new QToolButton(this);
    print->setText(tr("打印月度对比…"));
    auto *compareBox = new QVBoxLayout;
    auto *compareBar = new QHBoxLayout;
    compareBar->addWidget(new QLabel(tr("比上月："), this));
    compareBar->addWidget(m_month);
    compareBar->addWidget(m_compareNote, 1);
    compareBar->addWidget(pdf);
    compareBar->addWidget(print);
    compareBox->addLayout(compareBar);
    compareBox->addLayout(compare);

    auto *grid = new QGridLayout;
    grid->setSpacing(8);
    for (int c = 0; c < ChartCount; ++c) {
        auto *v = new QChartView(this);
        v->setRenderHint(QPainter::Antialiasing);
        v->setObjectName(QStringLiteral("chart%1").arg(c));
        m_views.push_back(v);
        // Wide horizontal-bar charts get a row of their own; the rest go two by two.
        grid->addWidget(v, c / 2, c % 2);
    }
    auto *content = new QWidget;
    auto *inner = new QVBoxLayout(content);
    inner->addLayout(tiles);
    inner->addLayout(compareBox);
    inner->addLayout(grid);
    auto *monthlyTitle = new QLabel(tr("各责任单位各月完成投资（万元，据月度调度）　双击一行查看该单位的项目"), this);
    QFont bold = monthlyTitle->font();
    bold.setBold(true);
    monthlyTitle->setFont(bold);
    inner->addWidget(monthlyTitle);
    inner->addWidget(m_monthly);
    m_monthly->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_monthly->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_monthly->setAlternatingRowColors(true);
    connect(m_monthly, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        const QVariant unit = m_monthly->item(row, 0)->data(Qt::UserRole);
        if (!unit.isValid())
            return; // the 合计 row
        ChartTarget t;
        t.unit = unit.toLongLong();
        emit chartClicked(t);
    });
    inner->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_month, &QComboBox::activated, this, [this] {
        updateComparison();
        updateTiles();
    });
    connect(pdf, &QToolButton::clicked, this, &DashboardView::exportMonthly);
    connect(print, &QToolButton::clicked, this, &DashboardView::printMonthly);
    // An import sends thousands of changes: rebuild once they have settled, and only when
    // someone is looking; otherwise when the page is next shown.
    m_rebuildTimer.setSingleShot(true);
    m_rebuildTimer.setInterval(300);
    connect(&m_rebuildTimer, &QTimer::timeout, this, [this] { rebuild(); });
    connect(ledger, &Ledger::changed, this, [this] {
        m_dirty = true;
        if (isVisible())
            m_rebuildTimer.start();
    });
    rebuild();
}

std::pair<qint64, qint64> DashboardView::rebuild()
{
    m_rebuildTimer.stop();
    m_dirty = false;
    QElapsedTimer t;
    t.start();
    m_data = computeDashboard(*m_ledger, Clock::today());
    updateComparison();
    const qint64 figures = t.restart();
    buildCharts();
    updateTiles();
    updateMonthly();
    return { figures, t.elapsed() };
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        rebuild();
}

void DashboardView::buildCharts()
{
    const ChartClick click = [this](const ChartTarget &t) { emit chartClicked(t); };
    QChart *made[] = { charts::lights(m_data, click), charts::phases(m_data, click),
                       charts::unitLights(m_data, click), charts::investment(m_data, false, click),
                       charts::investment(m_data, true, click), charts::overdue(m_data, false, click),
                       charts::overdue(m_data, true, click), charts::requirements(m_data, click) };
    const QFontMetrics fm(font());
    const int rows[] = { 0, 0, int(m_data.lightsByUnit.size()), int(m_data.investmentByUnit.size()),
                         int(m_data.investmentByLeader.size()), int(m_data.overdueByUnit.size()),
                         int(m_data.overdueByLeader.size()), 2 * int(m_data.requirementsByKind.size()) };
    for (int c = 0; c < ChartCount; ++c) {
        QChart *old = m_views[size_t(c)]->chart();
        m_views[size_t(c)]->setChart(made[c]);
        delete old;
        // Charts side by side share the taller one's height.
        const int pair = qMax(rows[c], rows[c ^ 1]);
        m_views[size_t(c)]->setMinimumHeight(pair ? charts::barChartHeight(pair, fm) : fm.height() * 22);
    }
}

void DashboardView::updateTiles()
{
    const auto set = [this](Tile t, const QString &label, int n) {
        m_tiles[size_t(t)]->setText(tr("%1\n%2").arg(n).arg(label));
    };
    int open = 0;
    for (const auto &k : m_data.requirementsByKind)
        open += k.open;
    set(ProjectsTile, tr("项目总数"), m_data.projects);
    set(RedTile, tr("红灯项目"), m_data.lightCount(Light::Red));
    set(YellowTile, tr("黄灯项目"), m_data.lightCount(Light::Yellow));
    set(OverdueTile, tr("逾期时间节点"), m_data.overdueMilestones);
    set(RequirementsTile, tr("未解决要素需求"), open);
    set(RectificationsTile, tr("超期未整改"), m_data.rectificationsPastDue);
    set(TurnedRedTile, tr("新转红"), int(m_comparison.turnedRed.size()));
    set(ResolvedTile, tr("已解决（红灯转出）"), int(m_comparison.resolved.size()));
    set(PhaseChangedTile, tr("阶段变化"), int(m_comparison.phaseChanged.size()));
    m_compareNote->setText(tr("截至 %1，对比上月末 %2：红灯 %3 个（上月末 %4 个）；本月完成投资 %5 万元（上月 %6 万元）")
                                   .arg(m_comparison.currentEnd.toString(Qt::ISODate),
                                        m_comparison.previousEnd.toString(Qt::ISODate))
                                   .arg(m_comparison.redNow)
                                   .arg(m_comparison.redBefore)
                                   .arg(m_comparison.totalThisMonth.toDisplayString(),
                                        m_comparison.totalLastMonth.toDisplayString()));
}

void DashboardView::updateComparison()
{
    const int ym = m_month->currentData().toInt();
    m_comparison = compareMonths(*m_ledger, ym / 100, ym % 100, Clock::today());
}

void DashboardView::updateMonthly()
{
    const int year = Clock::today().year();
    const MonthlyInvestment m = monthlyInvestment(*m_ledger, year);
    const int months = Clock::today().month();
    m_monthly->clear();
    m_monthly->setRowCount(int(m_data.investmentByUnit.size()) + 1);
    m_monthly->setColumnCount(months + 2);
    QStringList header { tr("责任单位") };
    for (int k = 1; k <= months; ++k)
        header << tr("%1月").arg(k);
    header << tr("1-%1月合计").arg(months);
    m_monthly->setHorizontalHeaderLabels(header);
    const auto put = [this](int row, int column, const QString &text, bool number) {
        auto *item = new QTableWidgetItem(text);
        if (number)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_monthly->setItem(row, column, item);
        return item;
    };
    const auto fill = [&](int row, const MonthlyInvestment::Months &values) {
        Money sum;
        for (int k = 0; k < months; ++k) {
            put(row, k + 1, values[size_t(k)].toDisplayString(), true);
            sum += values[size_t(k)];
        }
        put(row, months + 1, sum.toDisplayString(), true);
    };
    int row = 0;
    for (const auto &u : m_data.investmentByUnit) {
        QTableWidgetItem *name = put(row, 0, u.name, false);
        if (u.id) // the table of projects has no filter for "no unit"
            name->setData(Qt::UserRole, u.id);
        fill(row++, m.byUnit.value(u.id));
    }
    put(row, 0, tr("合计"), false);
    fill(row, m.total);
    m_monthly->verticalHeader()->hide();
    m_monthly->resizeColumnsToContents();
    // The table shows whole: the page scrolls, not the table.
    m_monthly->setMinimumHeight(m_monthly->horizontalHeader()->height() + m_monthly->verticalHeader()->length()
                                + 2 * m_monthly->frameWidth());
}

void DashboardView::showList(Tile t)
{
    const auto &list = t == TurnedRedTile ? m_comparison.turnedRed
            : t == ResolvedTile ? m_comparison.resolved : m_comparison.phaseChanged;
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("comparisonList"));
    dialog->setWindowTitle(tr("%1 — %2").arg(m_month->currentText(), m_tiles[size_t(t)]->text().section(u'\n', 1)));
    auto *table = new QTableWidget(int(list.size()), 6, dialog);
    table->setHorizontalHeaderLabels({ tr("项目编号"), tr("项目名称"), tr("责任单位"), tr("上月末"), tr("现在"),
                                       t == PhaseChangedTile ? QString() : tr("原因") });
    for (int r = 0; r < int(list.size()); ++r) {
        const auto &p = list[size_t(r)];
        const QStringList cells = { p.code, p.name, p.unit, p.before, p.after, p.reasons.join(QStringLiteral("；")) };
        for (int c = 0; c < 6; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, p.id);
            item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
            table->setItem(r, c, item);
        }
    }
    table->verticalHeader()->hide();
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    connect(table, &QTableWidget::itemDoubleClicked, dialog, [this, dialog](QTableWidgetItem *item) {
        emit projectRequested(item->data(Qt::UserRole).toLongLong());
        dialog->close();
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(tr("双击一行在项目台账中打开该项目"), dialog));
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog->resize(900, 420);
    dialog->show();
}

QString DashboardView::writeMonthlyPdf(const QString &path) const
{
    QString error;
    MonthlyReport(m_comparison, printSettings(*m_ledger)).writePdf(path, &error);
    return error;
}

void DashboardView::exportMonthly()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("导出月度对比"),
                                                      tr("%1月度对比.pdf").arg(m_month->currentText()),
                                                      tr("PDF 文件 (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString error = writeMonthlyPdf(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("导出月度对比"), error);
}

void DashboardView::printMonthly()
{
    const MonthlyReport report(m_comparison, printSettings(*m_ledger));
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(report.pageLayout());
    printer.setDocName(report.title());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!report.paint(&printer)) {
        QMessageBox::warning(this, tr("打印月度对比"), tr("无法打印"));
        return;
    }
    // Printed to a PDF file from the dialog: the same text fix as an export.
    if (printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty())
        ToUnicodeFix(report.fonts()).apply(printer.outputFileName());
}

} // namespace tz::ui
