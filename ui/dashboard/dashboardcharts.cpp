#include "dashboardcharts.h"

#include "projectmodel.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QToolTip>
#include <QValueAxis>

namespace tz::ui::charts {

namespace {

const Light kLights[] = { Light::Red, Light::Yellow, Light::Green };

QChart *base(const QString &title)
{
    auto *c = new QChart;
    c->setAnimationOptions(QChart::NoAnimation);
    c->setBackgroundRoundness(0);
    c->setMargins(QMargins(4, 4, 4, 4));
    QFont f = QApplication::font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    f.setBold(true);
    c->setTitleFont(f);
    c->setTitle(title);
    c->legend()->setAlignment(Qt::AlignBottom);
    c->legend()->setFont(QApplication::font());
    return c;
}

QValueAxis *valueAxis(QChart *c, Qt::Alignment where, double max, const QString &format)
{
    auto *a = new QValueAxis;
    a->setRange(0, max);
    a->setLabelFormat(format);
    a->setLabelsFont(QApplication::font());
    a->applyNiceNumbers();
    c->addAxis(a, where);
    return a;
}

QBarCategoryAxis *categoryAxis(QChart *c, Qt::Alignment where, const QStringList &names)
{
    auto *a = new QBarCategoryAxis;
    a->append(names);
    a->setLabelsFont(QApplication::font());
    c->addAxis(a, where);
    return a;
}

void attach(QChart *c, QAbstractSeries *s, std::initializer_list<QAbstractAxis *> axes)
{
    c->addSeries(s);
    for (QAbstractAxis *a : axes)
        s->attachAxis(a);
}

// Horizontal bars list their first category at the bottom; a reader expects the
// dictionary's order from the top, so rows are given bottom-up and indexes mapped back.
template<typename Rows>
int fromBottom(const Rows &rows, int index)
{
    return int(rows.size()) - 1 - index;
}

} // namespace

int barChartHeight(int categories, const QFontMetrics &fm)
{
    return qMax(260, categories * (fm.height() + 10) + 4 * fm.height() + 60);
}

QChart *lights(const Dashboard &d, const ChartClick &click)
{
    QChart *c = base(QCoreApplication::translate("tz::dashboard", "项目预警灯色（共 %1 个项目）").arg(d.projects));
    auto *series = new QPieSeries;
    series->setHoleSize(0.45);
    for (Light l : kLights) {
        const int n = d.lightCount(l);
        const double share = d.projects ? n * 100.0 / d.projects : 0;
        QPieSlice *s = series->append(QCoreApplication::translate("tz::dashboard", "%1 %2 个（%3%）").arg(lightText(l)).arg(n).arg(share, 0, 'f', 1), n);
        s->setColor(lightColor(l));
        s->setLabelVisible(n > 0);
        s->setLabelFont(QApplication::font());
        QObject::connect(s, &QPieSlice::clicked, s, [click, l] {
            ChartTarget t;
            t.light = int(l);
            click(t);
        });
    }
    c->addSeries(series);
    return c;
}

QChart *phases(const Dashboard &d, const ChartClick &click)
{
    QChart *c = base(QCoreApplication::translate("tz::dashboard", "项目阶段"));
    auto *set = new QBarSet(QCoreApplication::translate("tz::dashboard", "项目数"));
    QStringList names;
    int max = 1;
    for (const auto &p : d.byPhase) {
        *set << p.count;
        names << p.name;
        max = qMax(max, p.count);
    }
    set->setColor(QColor(0x3b, 0x76, 0xb0));
    set->setLabelColor(Qt::black);
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    attach(c, series, { categoryAxis(c, Qt::AlignBottom, names), valueAxis(c, Qt::AlignLeft, max * 1.15, QStringLiteral("%d")) });
    c->legend()->hide();
    const auto rows = d.byPhase;
    QObject::connect(series, &QBarSeries::clicked, series, [click, rows](int index, QBarSet *) {
        ChartTarget t;
        t.phase = rows.at(size_t(index)).id;
        click(t);
    });
    return c;
}

QChart *unitLights(const Dashboard &d, const ChartClick &click)
{
    QChart *c = base(QCoreApplication::translate("tz::dashboard", "各责任单位项目灯色"));
    const auto &rows = d.lightsByUnit;
    auto *series = new QHorizontalStackedBarSeries;
    QStringList names;
    for (int i = int(rows.size()) - 1; i >= 0; --i)
        names << rows[size_t(i)].name;
    int max = 1;
    for (const auto &r : rows)
        max = qMax(max, r.total());
    for (Light l : kLights) {
        auto *set = new QBarSet(lightText(l));
        set->setColor(lightColor(l));
        for (int i = int(rows.size()) - 1; i >= 0; --i)
            *set << rows[size_t(i)].lights[size_t(l)];
        series->append(set);
    }
    attach(c, series, { categoryAxis(c, Qt::AlignLeft, names), valueAxis(c, Qt::AlignBottom, max * 1.05, QStringLiteral("%d")) });
    QObject::connect(series, &QAbstractBarSeries::clicked, series, [click, rows, series](int index, QBarSet *set) {
        ChartTarget t;
        t.unit = rows.at(size_t(fromBottom(rows, index))).id;
        t.light = int(kLights[series->barSets().indexOf(set)]);
        click(t);
    });
    return c;
}

QChart *investment(const Dashboard &d, bool byLeader, const ChartClick &click)
{
    const auto &rows = byLeader ? d.investmentByLeader : d.investmentByUnit;
    QChart *c = base(byLeader ? QCoreApplication::translate("tz::dashboard", "各分包领导年度投资完成率") : QCoreApplication::translate("tz::dashboard", "各责任单位年度投资完成率"));
    // Two sets, one of them zero per row, so a bar's colour says whether it keeps pace.
    auto *ahead = new QBarSet(QCoreApplication::translate("tz::dashboard", "达到时间进度"));
    auto *behind = new QBarSet(QCoreApplication::translate("tz::dashboard", "落后于时间进度"));
    ahead->setColor(QColor(0x3b, 0x76, 0xb0));
    behind->setColor(QColor(0xe0, 0x8a, 0x1e));
    QStringList names;
    double max = 100;
    for (int i = int(rows.size()) - 1; i >= 0; --i) {
        const auto &r = rows[size_t(i)];
        const double rate = qMax(0.0, r.ratePercent());
        const bool keeps = rate >= d.yearSharePercent;
        *ahead << (keeps ? rate : 0);
        *behind << (keeps ? 0 : rate);
        names << (r.ratePercent() < 0 ? QCoreApplication::translate("tz::dashboard", "%1　无计划").arg(r.name) : QCoreApplication::translate("tz::dashboard", "%1　%2%").arg(r.name).arg(rate, 0, 'f', 1));
        max = qMax(max, rate);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(ahead);
    series->append(behind);
    QValueAxis *x = valueAxis(c, Qt::AlignBottom, max * 1.05, QStringLiteral("%.0f%%"));
    attach(c, series, { categoryAxis(c, Qt::AlignLeft, names), x });
    // The share of the year gone by, as a vertical line across the bars.
    auto *pace = new QLineSeries;
    pace->setName(QCoreApplication::translate("tz::dashboard", "时间进度 %1%").arg(d.yearSharePercent, 0, 'f', 1));
    pace->setPen(QPen(QColor(0xc0, 0x1c, 0x1c), 2, Qt::DashLine));
    const double n = double(rows.size());
    pace->append(d.yearSharePercent, -0.5);
    pace->append(d.yearSharePercent, n - 0.5);
    auto *y = new QValueAxis;
    y->setRange(-0.5, n - 0.5);
    y->setVisible(false);
    c->addAxis(y, Qt::AlignRight);
    attach(c, pace, { x, y });
    const auto tip = [rows](bool on, int index) {
        if (!on)
            return;
        const auto &r = rows.at(size_t(fromBottom(rows, index)));
        QToolTip::showText(QCursor::pos(), QCoreApplication::translate("tz::dashboard", "%1：%2 个项目，年度计划 %3 万元，已完成 %4 万元")
                                                   .arg(r.name).arg(r.projects)
                                                   .arg(r.planned.toDisplayString(), r.completed.toDisplayString()));
    };
    for (QBarSet *s : { ahead, behind })
        QObject::connect(s, &QBarSet::hovered, s, tip);
    QObject::connect(series, &QAbstractBarSeries::clicked, series, [click, rows, byLeader](int index, QBarSet *) {
        ChartTarget t;
        (byLeader ? t.leader : t.unit) = rows.at(size_t(fromBottom(rows, index))).id;
        click(t);
    });
    return c;
}

QChart *overdue(const Dashboard &d, bool byLeader, const ChartClick &click)
{
    std::vector<Dashboard::Overdue> rows;
    for (const auto &r : byLeader ? d.overdueByLeader : d.overdueByUnit)
        if (r.items > 0)
            rows.push_back(r);
    QChart *c = base(byLeader ? QCoreApplication::translate("tz::dashboard", "逾期时间节点（按分包领导）") : QCoreApplication::translate("tz::dashboard", "逾期时间节点（按责任单位）"));
    auto *set = new QBarSet(QCoreApplication::translate("tz::dashboard", "逾期节点数"));
    set->setColor(lightColor(Light::Red));
    set->setLabelColor(Qt::black);
    QStringList names;
    int max = 1;
    for (int i = int(rows.size()) - 1; i >= 0; --i) {
        *set << rows[size_t(i)].items;
        names << QCoreApplication::translate("tz::dashboard", "%1（%2 个项目）").arg(rows[size_t(i)].name).arg(rows[size_t(i)].projects);
        max = qMax(max, rows[size_t(i)].items);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    attach(c, series, { categoryAxis(c, Qt::AlignLeft, names), valueAxis(c, Qt::AlignBottom, max * 1.15, QStringLiteral("%d")) });
    c->legend()->hide();
    if (rows.empty())
        c->setTitle(c->title() + QCoreApplication::translate("tz::dashboard", "：无"));
    QObject::connect(series, &QAbstractBarSeries::clicked, series, [click, rows, byLeader](int index, QBarSet *) {
        ChartTarget t;
        t.kind = ChartTarget::OverdueMilestones;
        (byLeader ? t.leader : t.unit) = rows.at(size_t(fromBottom(rows, index))).id;
        click(t);
    });
    return c;
}

QChart *requirements(const Dashboard &d, const ChartClick &click)
{
    QChart *c = base(QCoreApplication::translate("tz::dashboard", "未解决的要素保障需求"));
    const auto &rows = d.requirementsByKind;
    auto *open = new QBarSet(QCoreApplication::translate("tz::dashboard", "未解决"));
    auto *late = new QBarSet(QCoreApplication::translate("tz::dashboard", "其中超过解决时限"));
    open->setColor(QColor(0x3b, 0x76, 0xb0));
    late->setColor(lightColor(Light::Red));
    for (QBarSet *s : { open, late })
        s->setLabelColor(Qt::black);
    QStringList names;
    int max = 1;
    bool unknown = false;
    // Horizontal bars, so a kind's label has room for how long its needs have waited (known
    // where the history records when they were raised).
    for (int i = int(rows.size()) - 1; i >= 0; --i) {
        const auto &k = rows[size_t(i)];
        *open << k.open;
        *late << k.pastDeadline;
        max = qMax(max, k.open);
        unknown = unknown || k.withKnownWait < k.open;
        names << (k.withKnownWait ? QCoreApplication::translate("tz::dashboard", "%1（等待中位 %2 天，最长 %3 天）")
                                            .arg(k.name).arg(k.medianWaitDays).arg(k.maxWaitDays)
                                  : k.name);
    }
    if (unknown)
        c->setTitle(c->title() + QCoreApplication::translate("tz::dashboard", "（提出日期未记录的需求不计等待天数）"));
    auto *series = new QHorizontalBarSeries;
    series->append(open);
    series->append(late);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    attach(c, series, { categoryAxis(c, Qt::AlignLeft, names), valueAxis(c, Qt::AlignBottom, max * 1.15, QStringLiteral("%d")) });
    QObject::connect(series, &QAbstractBarSeries::clicked, series, [click, rows](int index, QBarSet *) {
        ChartTarget t;
        t.kind = ChartTarget::OpenRequirements;
        t.requirementKind = rows.at(size_t(fromBottom(rows, index))).id;
        click(t);
    });
    return c;
}

} // namespace tz::ui::charts
