#pragma once

#include "dashboard.h"

#include <QChartView>

#include <functional>

namespace tz::ui {

// What a click on a chart item asks for: the list behind it.
struct ChartTarget
{
    enum Kind { Projects, OverdueMilestones, OpenRequirements, PastDueRectifications };
    Kind kind = Projects;
    qint64 unit = 0;
    qint64 leader = 0;
    qint64 phase = 0;
    qint64 requirementKind = 0;
    int light = -1; // int(Light), -1: any
};
using ChartClick = std::function<void(const ChartTarget &)>;

// The charts of the 总览 page, each built from the dashboard's figures with Chinese labels;
// every slice and bar calls back with the list it stands for. Vector-drawn by QChartView, so
// they stay sharp at any screen scale. Each function returns a chart owned by the caller.
namespace charts {

QChart *lights(const Dashboard &d, const ChartClick &click);
QChart *phases(const Dashboard &d, const ChartClick &click);
QChart *unitLights(const Dashboard &d, const ChartClick &click);
// Completion rate of the year's plan per unit (or leader), against the share of the year gone.
QChart *investment(const Dashboard &d, bool byLeader, const ChartClick &click);
QChart *overdue(const Dashboard &d, bool byLeader, const ChartClick &click);
QChart *requirements(const Dashboard &d, const ChartClick &click);

// Height a chart needs to show this many categories in horizontal bars legibly.
int barChartHeight(int categories, const QFontMetrics &fm);

} // namespace charts

} // namespace tz::ui
