#pragma once

#include "dashboard.h"
#include "dashboard/dashboardcharts.h"
#include "monthly.h"

#include <QTimer>
#include <QWidget>

#include <map>

class QComboBox;
class QGridLayout;
class QLabel;
class QTableWidget;
class QToolButton;

namespace tz {
class Ledger;
}

namespace tz::ui {

// 总览: the state of the city at a glance. Count tiles (projects, red and yellow lights,
// overdue milestones, open factor needs, rectifications past due), the 比上月 figures of a
// chosen month with its one-page PDF, and the charts of dashboardcharts.h. Every tile, slice
// and bar opens the list behind it through chartClicked (the main window turns that into a
// filtered page); the 比上月 counts open their lists here. The figures follow the ledger:
// rebuilt after a burst of changes while shown, or when next shown.
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    enum Chart { LightsChart, PhasesChart, UnitLightsChart, UnitInvestmentChart, LeaderInvestmentChart,
                 OverdueUnitChart, OverdueLeaderChart, RequirementsChart, ChartCount };
    enum Tile { ProjectsTile, RedTile, YellowTile, OverdueTile, RequirementsTile, RectificationsTile,
                TurnedRedTile, ResolvedTile, PhaseChangedTile, TileCount };

    explicit DashboardView(Ledger *ledger, QWidget *parent = nullptr);

    const Dashboard &data() const { return m_data; }
    const MonthComparison &comparison() const { return m_comparison; }
    QChartView *chartView(Chart c) const { return m_views[size_t(c)]; }
    QToolButton *tile(Tile t) const { return m_tiles[size_t(t)]; }
    QComboBox *monthBox() const { return m_month; }
    // Each unit's completed investment month by month this year (万元), with a 合计 row.
    QTableWidget *monthlyTable() const { return m_monthly; }
    // Recomputes everything now; returns milliseconds spent on figures and on charts.
    std::pair<qint64, qint64> rebuild();
    // Writes the 月度对比 of the chosen month; an error message or empty.
    QString writeMonthlyPdf(const QString &path) const;

signals:
    void chartClicked(const tz::ui::ChartTarget &target);
    void projectRequested(qint64 projectId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildCharts();
    void updateTiles();
    void updateComparison();
    void updateMonthly();
    void showList(Tile t);
    void exportMonthly();
    void printMonthly();

    Ledger *m_ledger;
    Dashboard m_data;
    MonthComparison m_comparison;
    std::vector<QChartView *> m_views;
    std::vector<QToolButton *> m_tiles;
    QComboBox *m_month;
    QLabel *m_compareNote;
    QTableWidget *m_monthly;
    QTimer m_rebuildTimer;
    bool m_dirty = true;
};

} // namespace tz::ui

Q_DECLARE_METATYPE(tz::ui::ChartTarget)
