#pragma once

#include "money.h"
#include "rules.h"

#include <QDate>
#include <QString>

#include <array>
#include <vector>

namespace tz {

class Ledger;

// The figures of the 总览 page, each with the ids a click needs to open the list behind it.
// Rows of dictionaries (units, leaders, phases, requirement kinds) come in dictionary order,
// with id 0 — "（未填）" — last when some projects leave the field empty.
struct Dashboard
{
    struct Count
    {
        qint64 id = 0;
        QString name;
        int count = 0;
    };
    struct UnitLights
    {
        qint64 id = 0;
        QString name;
        std::array<int, 3> lights {}; // indexed by int(Light)
        int total() const { return lights[0] + lights[1] + lights[2]; }
    };
    struct Investment
    {
        qint64 id = 0;
        QString name;
        int projects = 0;
        Money planned; // 年度计划投资
        Money completed; // completed this year: the latest report of the year, 1–N月完成投资
        // Completed over planned, in percent; negative when nothing is planned.
        double ratePercent() const;
    };
    struct Overdue
    {
        qint64 id = 0;
        QString name;
        int items = 0; // overdue milestones (or rectifications)
        int projects = 0; // projects having at least one
    };
    struct RequirementKind
    {
        qint64 id = 0;
        QString name;
        int open = 0; // not 已解决 (无法解决 stays open: the project is still blocked)
        int pastDeadline = 0; // open and past the deadline
        // Days since the need was raised, for the open ones whose raising the change history
        // records (its insert); needs written outside the history (a demo) have no known day.
        int withKnownWait = 0;
        int medianWaitDays = -1;
        int maxWaitDays = -1;
    };

    QDate today;
    int projects = 0;
    std::array<int, 3> byLight {}; // indexed by int(Light)
    std::vector<Count> byPhase;
    std::vector<UnitLights> lightsByUnit;
    std::vector<Investment> investmentByUnit;
    std::vector<Investment> investmentByLeader;
    Investment investmentTotal;
    // Share of the year gone by at today, in percent: day of the year over days in the year.
    // The yardstick a completion rate is read against ("时间过半，任务过半").
    double yearSharePercent = 0;
    int overdueMilestones = 0;
    std::vector<Overdue> overdueByUnit;
    std::vector<Overdue> overdueByLeader;
    std::vector<RequirementKind> requirementsByKind;
    int rectificationsPastDue = 0;
    std::vector<Overdue> rectificationsByUnit;

    int lightCount(Light l) const { return byLight[size_t(l)]; }
};

// One pass over the ledger: a handful of grouped SQL queries plus the lights of every project
// (computeLights, itself one query per table). Quick enough on 10,000 projects to rebuild
// whenever the ledger changes.
Dashboard computeDashboard(const Ledger &ledger, QDate today);

// Median of a list of days (the lower middle of an even count, so it is a day that occurred).
int medianDays(std::vector<int> days);

} // namespace tz
