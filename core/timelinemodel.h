#pragma once

#include "rules.h"

#include <QDate>
#include <QString>

#include <vector>

namespace tz {

class Ledger;

// What the milestone timeline (a Gantt-like chart) draws: per project a bar from its start to
// its planned completion and its milestones, each with its state. Pure data, so that the
// widget, the PNG and the PDF all paint the same thing and tests can check it.
struct TimelineMilestone
{
    QString title;
    QDate planned;
    QDate actual;
    MilestoneState state = MilestoneState::NotDue;
    // Where the diamond sits: the actual date once done, else the planned one.
    QDate shownDate() const { return actual.isValid() ? actual : planned; }
};

struct TimelineRow
{
    qint64 projectId = 0;
    QString code;
    QString name;
    QDate start;
    QDate plannedEnd;
    std::vector<TimelineMilestone> milestones; // by planned date
};

enum class TimelineZoom { Month, Quarter, Year };

struct TimelineTick
{
    QDate date; // where a period begins
    QString label; // 2026年6月, 2026年二季度, 2026年
    bool major = false; // a year boundary
};

// The rows of these projects, in this order (the order of the table they come from). Two
// queries whatever the count: projects and milestones are read whole and picked by id.
std::vector<TimelineRow> loadTimeline(const Ledger &ledger, const std::vector<qint64> &projectIds,
                                      QDate today);

// The span to draw: every start, end and milestone, and today, widened to whole periods of
// the zoom (so an axis begins at a month, quarter or year boundary).
struct TimelineSpan
{
    QDate from;
    QDate to; // exclusive
    int days() const { return int(from.daysTo(to)); }
};
TimelineSpan timelineSpan(const std::vector<TimelineRow> &rows, QDate today, TimelineZoom zoom);

// Period boundaries within the span, labelled in Chinese.
std::vector<TimelineTick> timelineTicks(const TimelineSpan &span, TimelineZoom zoom);

// Screen width of one day at a zoom, in device-independent pixels: a month, a quarter or a
// year takes about 120 of them.
double timelineDayWidth(TimelineZoom zoom);

} // namespace tz
