// The 总览 and 进度甘特图 pages in the main window over a demo ledger: a click on a bar, a slice
// or a count opens the list behind it with the right filter (checked by the row counts of the
// filtered tables against the figures), screenshots of both pages and renders of the timeline
// and of the monthly PDF are written beside the test for a person to look at, and the time
// the pages take on 10,000 projects is printed.

#include "clock.h"
#include "crossprojectproxy.h"
#include "dashboard/dashboardview.h"
#include "deadlinefilter.h"
#include "demo.h"
#include "ledger.h"
#include "mainwindow.h"
#include "projectmodel.h"
#include "projects/projecttableview.h"
#include "timeline/timelinechart.h"
#include "timeline/timelineview.h"
#include "views/crossprojecttable.h"
#include "views/milestonesview.h"
#include "views/rectificationsview.h"
#include "views/requirementsboard.h"
#include "widgets/reffiltercombo.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QButtonGroup>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFontDatabase>
#include <QPieSeries>
#include <QPieSlice>
#include <QProcess>
#include <QScrollArea>
#include <QScrollBar>
#include <QUndoStack>
#include <QDialog>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace tz;
using namespace tz::ui;

namespace {

const QDate kToday(2026, 6, 15);

QString outPath(const QString &name)
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

// Clicks the middle of bar `index` (as the series counts) of set `set` in a bar chart.
void clickBar(QChartView *view, int index, int set)
{
    auto *series = qobject_cast<QAbstractBarSeries *>(view->chart()->series().at(0));
    QVERIFY(series);
    const bool horizontal = series->type() == QAbstractSeries::SeriesTypeHorizontalBar
            || series->type() == QAbstractSeries::SeriesTypeHorizontalStackedBar;
    const bool stacked = series->type() == QAbstractSeries::SeriesTypeHorizontalStackedBar;
    qreal from = 0;
    for (int s = 0; stacked && s < set; ++s)
        from += series->barSets().at(s)->at(index);
    const qreal value = series->barSets().at(set)->at(index);
    QVERIFY2(value > 0, "a bar to click must have a length");
    // Grouped bars sit side by side within the category: offset towards the set's own bar.
    qreal along = index;
    if (!stacked && series->count() > 1)
        along += (set + 0.5) / series->count() * series->barWidth() - series->barWidth() / 2;
    const qreal mid = from + value / 2;
    const QPointF scene = view->chart()->mapToPosition(horizontal ? QPointF(mid, along) : QPointF(along, mid), series);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(scene));
}

// Charts lower down the page are scrolled into view first, as a user would.
void reveal(QWidget *w)
{
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (auto *scroll = qobject_cast<QScrollArea *>(p)) {
            scroll->ensureWidgetVisible(w);
            break;
        }
    QCoreApplication::processEvents();
}

int rows(QAbstractItemView *v)
{
    return v->model()->rowCount();
}

} // namespace

class TestDashboardUi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void clicksOpenFilteredLists();
    void screenshotsAndRenders();
    void tenThousandProjects();
    void cleanupTestCase();

private:
    DashboardView *dashboard() { return qobject_cast<DashboardView *>(m_window->page(MainWindow::DashboardPage)); }
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestDashboardUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TaizhangTest"));
    QCoreApplication::setApplicationName(QStringLiteral("dashboard-ui"));
    Clock::setToday(kToday);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    bool cjk = false;
    for (const QString &family : QFontDatabase::families(QFontDatabase::SimplifiedChinese))
        cjk = cjk || family.contains(QStringLiteral("CJK"));
    if (!cjk)
        QSKIP("fonts-noto-cjk is not installed: the pages would show boxes");
    QApplication::setFont(QFont(QStringLiteral("Noto Sans CJK SC"), 10));
    const QString path = m_dir.filePath(QStringLiteral("demo.tzdb"));
    {
        QString error;
        auto ledger = Ledger::create(path, &error);
        QVERIFY2(ledger, qPrintable(error));
        QCOMPARE(fillDemoLedger(*ledger, 200, 1, kToday), QString());
    }
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1360, 900);
    QVERIFY(m_window->openLedger(path));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestDashboardUi::clicksOpenFilteredLists()
{
    m_window->showPage(MainWindow::DashboardPage);
    DashboardView *d = dashboard();
    QVERIFY(d && d->isVisible());
    const Dashboard &data = d->data();
    QCOMPARE(data.projects, 200);
    QTableView *table = m_window->projectView()->table();

    // A red segment of a unit in 各责任单位项目灯色 -> the ledger filtered to that unit, red.
    const auto &units = data.lightsByUnit;
    int unit = 0;
    while (units[size_t(unit)].lights[size_t(Light::Red)] == 0)
        ++unit;
    QChartView *unitChart = d->chartView(DashboardView::UnitLightsChart);
    reveal(unitChart);
    QCoreApplication::processEvents();
    clickBar(unitChart, int(units.size()) - 1 - unit, 0);
    QCOMPARE(m_window->page(MainWindow::ProjectsPage)->isVisible(), true);
    QCOMPARE(rows(table), units[size_t(unit)].lights[size_t(Light::Red)]);
    QCOMPARE(m_window->projectView()->filterBox(0)->currentData().toLongLong(), units[size_t(unit)].id);
    QCOMPARE(m_window->projectView()->filterBox(4)->currentText(), QStringLiteral("红灯"));
    auto *projects = static_cast<ProjectModel *>(m_window->projectView()->proxy()->sourceModel());
    for (int r = 0; r < rows(table); ++r)
        QCOMPARE(int(projects->light(table->model()->index(r, 0).data(EntityModel::IdRole).toLongLong()).light),
                 int(Light::Red));

    // A phase bar -> that phase, the unit filter cleared.
    m_window->showPage(MainWindow::DashboardPage);
    clickBar(d->chartView(DashboardView::PhasesChart), 2, 0);
    QCOMPARE(rows(table), data.byPhase[2].count);
    QCOMPARE(m_window->projectView()->filterBox(0)->currentData().toLongLong(), qint64(0));

    // The yellow slice of the donut.
    m_window->showPage(MainWindow::DashboardPage);
    auto *pie = qobject_cast<QPieSeries *>(d->chartView(DashboardView::LightsChart)->chart()->series().at(0));
    emit pie->slices().at(1)->clicked();
    QCOMPARE(rows(table), data.lightCount(Light::Yellow));

    // Counts: the red tile.
    m_window->showPage(MainWindow::DashboardPage);
    d->tile(DashboardView::RedTile)->click();
    QCOMPARE(rows(table), data.lightCount(Light::Red));
    QVERIFY(d->tile(DashboardView::RedTile)->text().startsWith(QString::number(data.lightCount(Light::Red))));

    // A leader's completion-rate bar -> that leader's projects.
    m_window->showPage(MainWindow::DashboardPage);
    QChartView *leaders = d->chartView(DashboardView::LeaderInvestmentChart);
    reveal(leaders);
    auto *money = qobject_cast<QAbstractBarSeries *>(leaders->chart()->series().at(0));
    const int lastLeader = int(data.investmentByLeader.size()) - 1;
    clickBar(leaders, 0, money->barSets().at(0)->at(0) > 0 ? 0 : 1); // the bottom bar: the last leader
    QCOMPARE(rows(table), data.investmentByLeader[size_t(lastLeader)].projects);

    // Overdue milestones of a unit -> 时间节点, scope 逾期, that unit.
    m_window->showPage(MainWindow::DashboardPage);
    std::vector<Dashboard::Overdue> overdue;
    for (const auto &o : data.overdueByUnit)
        if (o.items)
            overdue.push_back(o);
    QVERIFY(!overdue.empty());
    QChartView *overdueChart = d->chartView(DashboardView::OverdueUnitChart);
    reveal(overdueChart);
    clickBar(overdueChart, int(overdue.size()) - 1, 0); // the top bar: the first unit
    auto *milestones = qobject_cast<MilestonesView *>(m_window->page(MainWindow::MilestonesPage));
    QVERIFY(milestones->isVisible());
    QCOMPARE(milestones->unitBox()->currentData().toLongLong(), overdue[0].id);
    QCOMPARE(milestones->table()->filter()->scope(), DeadlineFilter::Overdue);
    QCOMPARE(rows(milestones->table()), overdue[0].items);
    // The overdue tile: every overdue milestone.
    m_window->showPage(MainWindow::DashboardPage);
    d->tile(DashboardView::OverdueTile)->click();
    QCOMPARE(rows(milestones->table()), data.overdueMilestones);

    // Open needs of a kind -> 要素保障, that kind, open ones.
    m_window->showPage(MainWindow::DashboardPage);
    QChartView *needs = d->chartView(DashboardView::RequirementsChart);
    reveal(needs);
    clickBar(needs, int(data.requirementsByKind.size()) - 1, 0); // the top bar: the first kind
    auto *board = qobject_cast<RequirementsBoard *>(m_window->page(MainWindow::RequirementsPage));
    QVERIFY(board->isVisible());
    QCOMPARE(rows(board->table()), data.requirementsByKind[0].open);

    // Rectifications past due.
    m_window->showPage(MainWindow::DashboardPage);
    d->tile(DashboardView::RectificationsTile)->click();
    auto *rect = qobject_cast<RectificationsView *>(m_window->page(MainWindow::RectificationsPage));
    QVERIFY(rect->isVisible());
    QCOMPARE(rows(rect->table()), data.rectificationsPastDue);

    // 比上月: the 新转红 count opens its list.
    m_window->showPage(MainWindow::DashboardPage);
    QVERIFY(d->tile(DashboardView::TurnedRedTile)->text().startsWith(QString::number(d->comparison().turnedRed.size())));
    d->tile(DashboardView::TurnedRedTile)->click();
    auto *list = d->findChild<QDialog *>(QStringLiteral("comparisonList"));
    QVERIFY(list);
    QCOMPARE(rows(list->findChild<QTableView *>()), int(d->comparison().turnedRed.size()));
    list->close();

    // Each unit month by month: the 合计 row's May is the month's total from the reports, and
    // a double-click on a unit opens its projects.
    QTableWidget *monthly = d->monthlyTable();
    QCOMPARE(monthly->rowCount(), int(data.investmentByUnit.size()) + 1);
    QCOMPARE(monthly->item(monthly->rowCount() - 1, 5)->text(),
             tz::monthlyInvestment(*m_window->ledger(), 2026).total[4].toDisplayString());
    emit monthly->cellDoubleClicked(1, 0);
    QCOMPARE(rows(table), data.investmentByUnit[1].projects);
    m_window->showPage(MainWindow::DashboardPage);

    // A change in the ledger reaches the shown dashboard.
    const int red = data.lightCount(Light::Red);
    m_window->projectView()->showFiltered(0, 0, 0, Light::Green);
    const qint64 green = table->model()->index(0, 0).data(EntityModel::IdRole).toLongLong();
    m_window->showPage(MainWindow::DashboardPage);
    QCOMPARE(m_window->ledger()->setField(Entity::Project, green,
                                          columnIndex(Entity::Project, QStringLiteral("light_override_reason")),
                                          QStringLiteral("测试")),
             QString());
    QCOMPARE(m_window->ledger()->setField(Entity::Project, green, columnIndex(Entity::Project, QStringLiteral("light_override")),
                                          QStringLiteral("红")),
             QString());
    QTRY_COMPARE(d->data().lightCount(Light::Red), red + 1);
    m_window->ledger()->undoStack()->undo();
    m_window->ledger()->undoStack()->undo();
    QTRY_COMPARE(d->data().lightCount(Light::Red), red);
    m_window->projectView()->showFiltered(0, 0, 0, std::nullopt);
}

void TestDashboardUi::screenshotsAndRenders()
{
    m_window->showPage(MainWindow::DashboardPage);
    dashboard()->findChild<QScrollArea *>()->verticalScrollBar()->setValue(0);
    QCoreApplication::processEvents();
    QVERIFY(m_window->grab().save(outPath(QStringLiteral("screenshot-dashboard.png"))));
    // The whole page, charts below the fold included.
    auto *scroll = dashboard()->findChild<QScrollArea *>();
    QVERIFY(scroll->widget()->grab().save(outPath(QStringLiteral("screenshot-dashboard-full.png"))));

    m_window->showPage(MainWindow::TimelinePage);
    auto *timeline = qobject_cast<TimelineView *>(m_window->page(MainWindow::TimelinePage));
    QCOMPARE(int(timeline->chart()->rows().size()), 200);
    QCoreApplication::processEvents();
    QVERIFY(m_window->grab().save(outPath(QStringLiteral("screenshot-timeline.png"))));
    timeline->zoomButtons()->button(int(TimelineZoom::Month))->click();
    QCOMPARE(timeline->chart()->zoom(), TimelineZoom::Month);
    QCoreApplication::processEvents();
    QVERIFY(m_window->grab().save(outPath(QStringLiteral("screenshot-timeline-month.png"))));
    timeline->zoomButtons()->button(int(TimelineZoom::Quarter))->click();

    // One project: the ledger's current row.
    m_window->projectView()->selectProject(m_window->projectView()->table()->model()->index(3, 0).data(EntityModel::IdRole).toLongLong());
    timeline->sourceBox()->setCurrentIndex(TimelineView::CurrentProject);
    timeline->reload();
    QCOMPARE(int(timeline->chart()->rows().size()), 1);
    const QImage one = timeline->chart()->toImage(2.0);
    QVERIFY(!one.isNull());
    QCOMPARE(one.devicePixelRatio(), 2.0);
    QVERIFY(one.save(outPath(QStringLiteral("timeline-one-project.png"))));

    // Paged PDF of all 200 and the monthly summary, read back.
    timeline->sourceBox()->setCurrentIndex(TimelineView::FilteredProjects);
    timeline->reload();
    QString error;
    const QString timelinePdf = outPath(QStringLiteral("timeline.pdf"));
    QVERIFY2(timeline->chart()->writePdf(timelinePdf, QStringLiteral("进度计划"), &error), qPrintable(error));
    const QString monthlyPdf = outPath(QStringLiteral("monthly-summary.pdf"));
    QCOMPARE(dashboard()->writeMonthlyPdf(monthlyPdf), QString());
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("poppler-utils is not installed");
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { monthlyPdf, QStringLiteral("-") });
    QVERIFY(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("2026年6月重大科技创新项目月度对比")), qPrintable(text));
    QCOMPARE(text.count(u'\f'), 1);
    for (const auto &u : dashboard()->comparison().units)
        QVERIFY2(text.contains(u.name), qPrintable(u.name));
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-l"), QStringLiteral("1"), timelinePdf, QStringLiteral("-") });
    QVERIFY(p.waitForFinished(30000));
    const QString first = QString::fromUtf8(p.readAllStandardOutput());
    // Names are cut to the column: the code and the name's beginning must be searchable.
    QVERIFY2(first.contains(timeline->chart()->rows().front().name.left(6)), qPrintable(first));
    QVERIFY(first.contains(QStringLiteral("2026年")));
    QVERIFY(first.contains(QStringLiteral("逾期完成")));
    QVERIFY(QString(first).remove(u' ').contains(QStringLiteral("第1页共")));
    // Pictures of both PDFs, for a person to look at.
    for (const auto &[pdf, png] : { std::pair { monthlyPdf, QStringLiteral("monthly-summary") },
                                    std::pair { timelinePdf, QStringLiteral("timeline-pdf") } })
        QCOMPARE(QProcess::execute(QStringLiteral("pdftoppm"), { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"),
                                                                 QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                                                 QStringLiteral("1"), pdf, outPath(png) }),
                 0);
}

void TestDashboardUi::tenThousandProjects()
{
    const QString path = m_dir.filePath(QStringLiteral("big.tzdb"));
    {
        QString error;
        auto ledger = Ledger::create(path, &error);
        QVERIFY2(ledger, qPrintable(error));
        QCOMPARE(fillDemoLedger(*ledger, 10000, 3, kToday), QString());
    }
    QVERIFY(m_window->openLedger(path));
    QElapsedTimer t;
    t.start();
    m_window->showPage(MainWindow::DashboardPage);
    QCoreApplication::processEvents();
    const qint64 firstShow = t.elapsed();
    const auto [figures, charts] = dashboard()->rebuild();
    t.restart();
    dashboard()->repaint();
    const qint64 paint = t.elapsed();
    QCOMPARE(dashboard()->data().projects, 10000);
    t.restart();
    computeDashboard(*m_window->ledger(), kToday);
    const qint64 figuresOnly = t.restart();
    compareMonths(*m_window->ledger(), 2026, 6, kToday);
    const qint64 compareOnly = t.elapsed();
    qInfo("10,000 projects — computeDashboard %lld ms, compareMonths %lld ms", figuresOnly, compareOnly);
    qInfo("10,000 projects — 总览 first shown (build + figures + charts + paint): %lld ms; rebuild: figures "
          "(dashboard + 比上月) %lld ms, charts %lld ms; repaint %lld ms",
          firstShow, figures, charts, paint);

    m_window->showPage(MainWindow::TimelinePage);
    auto *timeline = qobject_cast<TimelineView *>(m_window->page(MainWindow::TimelinePage));
    const qint64 load = timeline->reload();
    QCOMPARE(int(timeline->chart()->rows().size()), 10000);
    QCoreApplication::processEvents();
    t.restart();
    const int paints = 20;
    for (int i = 0; i < paints; ++i) {
        timeline->chart()->verticalScrollBar()->setValue(i * 9000);
        timeline->chart()->viewport()->repaint();
    }
    const qint64 scroll = t.elapsed();
    t.restart();
    timeline->zoomButtons()->button(int(TimelineZoom::Month))->click();
    timeline->chart()->viewport()->repaint();
    const qint64 zoom = t.elapsed();
    qInfo("10,000 projects — timeline load %lld ms; paint after scrolling %.1f ms per frame; zoom to months + paint %lld ms",
          load, double(scroll) / paints, zoom);
    t.restart();
    QString error;
    QVERIFY2(timeline->chart()->writePdf(m_dir.filePath(QStringLiteral("big.pdf")), QStringLiteral("进度计划"), &error),
             qPrintable(error));
    qInfo("10,000 projects — timeline PDF (every project, paged): %lld ms, %lld bytes", t.elapsed(),
          QFileInfo(m_dir.filePath(QStringLiteral("big.pdf"))).size());
}

void TestDashboardUi::cleanupTestCase()
{
    m_window.reset();
}

QTEST_MAIN(TestDashboardUi)
#include "test_dashboard_ui.moc"
