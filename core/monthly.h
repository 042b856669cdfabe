#pragma once

#include "money.h"
#include "rules.h"

#include <QDate>
#include <QHash>
#include <QStringList>

#include <array>
#include <vector>

namespace tz {

class Ledger;

// Completed investment month by month in one year, from the progress reports. A report holds
// the cumulative 1–N月完成投资, so a month's own figure is its cumulative less the previous
// report's of the same year; when reports are missing in between, the whole difference falls
// in the month that reported it — all that is known is that it was done by then. A project's
// figures count under its present responsible unit.
struct MonthlyInvestment
{
    int year = 0;
    using Months = std::array<Money, 12>; // index 0 = January
    QHash<qint64, Months> byProject;
    QHash<qint64, Months> byUnit; // unit id, 0 for projects without one
    Months total {};
    // The cumulative reported by the end of a month (0 before the first report), per project.
    QHash<qint64, Months> cumulativeByProject;
};
MonthlyInvestment monthlyInvestment(const Ledger &ledger, int year);

// The last day of a month.
QDate monthEnd(int year, int month);

// 比上月: the month's list against the last one's, for the monthly meeting.
struct MonthComparison
{
    struct Project
    {
        qint64 id = 0;
        QString code;
        QString name;
        QString unit;
        QString before; // the light or phase at the end of last month
        QString after; // and now
        QStringList reasons; // why it is red now (新转红) or why it was red (已解决)
    };
    struct Unit
    {
        qint64 id = 0;
        QString name;
        Money thisMonth;
        Money lastMonth;
        Money change() const { return thisMonth - lastMonth; }
    };

    int year = 0;
    int month = 0;
    QDate previousEnd; // end of last month
    QDate currentEnd; // end of this month, or today while the month runs
    int redBefore = 0;
    int redNow = 0;
    std::vector<Project> turnedRed; // not red then, red now
    std::vector<Project> resolved; // red then, not red now
    std::vector<Project> phaseChanged;
    std::vector<Unit> units; // every unit, in dictionary order; 未填 last when used
    Money totalThisMonth;
    Money totalLastMonth;
};

// Compares the end of the month (year, month) — or today, when the month is still running —
// with the end of the month before. The past is reconstructed by projectStatesAt (see there).
MonthComparison compareMonths(const Ledger &ledger, int year, int month, QDate today);

} // namespace tz
