#include "timelinemodel.h"

#include "ledger.h"
#include "values.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace tz {

std::vector<TimelineRow> loadTimeline(const Ledger &ledger, const std::vector<qint64> &projectIds,
                                      QDate today)
{
    std::vector<TimelineRow> rows(projectIds.size());
    QHash<qint64, size_t> slot;
    slot.reserve(qsizetype(projectIds.size()));
    for (size_t i = 0; i < projectIds.size(); ++i)
        slot.insert(projectIds[i], i);
    const int warning = ledger.lightSettings().warningDays;
    QSqlQuery q(ledger.database());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id, code, name, start_date, planned_end_date FROM projects")))
        while (q.next()) {
            const auto it = slot.constFind(q.value(0).toLongLong());
            if (it == slot.cend())
                continue;
            TimelineRow &r = rows[*it];
            r.projectId = it.key();
            r.code = q.value(1).toString();
            r.name = q.value(2).toString();
            r.start = storedDate(q.value(3));
            r.plannedEnd = storedDate(q.value(4));
        }
    if (q.exec(QStringLiteral("SELECT project_id, title, planned_date, actual_date FROM milestones"
                              " ORDER BY planned_date, id")))
        while (q.next()) {
            const auto it = slot.constFind(q.value(0).toLongLong());
            if (it == slot.cend())
                continue;
            TimelineMilestone m;
            m.title = q.value(1).toString();
            m.planned = storedDate(q.value(2));
            m.actual = storedDate(q.value(3));
            m.state = milestoneState(m.planned, m.actual, today, warning);
            rows[*it].milestones.push_back(std::move(m));
        }
    // Ids that are no longer projects (removed meanwhile) leave no empty row behind.
    rows.erase(std::remove_if(rows.begin(), rows.end(), [](const TimelineRow &r) { return r.projectId == 0; }),
               rows.end());
    return rows;
}

namespace {

QDate periodStart(QDate d, TimelineZoom zoom)
{
    switch (zoom) {
    case TimelineZoom::Month:
        return QDate(d.year(), d.month(), 1);
    case TimelineZoom::Quarter:
        return QDate(d.year(), (d.month() - 1) / 3 * 3 + 1, 1);
    case TimelineZoom::Year:
        return QDate(d.year(), 1, 1);
    }
    return d;
}

QDate nextPeriod(QDate d, TimelineZoom zoom)
{
    switch (zoom) {
    case TimelineZoom::Month:
        return d.addMonths(1);
    case TimelineZoom::Quarter:
        return d.addMonths(3);
    case TimelineZoom::Year:
        return d.addYears(1);
    }
    return d;
}

} // namespace

TimelineSpan timelineSpan(const std::vector<TimelineRow> &rows, QDate today, TimelineZoom zoom)
{
    QDate from = today, to = today;
    const auto take = [&](QDate d) {
        if (!d.isValid())
            return;
        from = qMin(from, d);
        to = qMax(to, d);
    };
    for (const TimelineRow &r : rows) {
        take(r.start);
        take(r.plannedEnd);
        for (const TimelineMilestone &m : r.milestones) {
            take(m.planned);
            take(m.actual);
        }
    }
    TimelineSpan s;
    s.from = periodStart(from, zoom);
    s.to = nextPeriod(periodStart(to, zoom), zoom);
    return s;
}

std::vector<TimelineTick> timelineTicks(const TimelineSpan &span, TimelineZoom zoom)
{
    static const char *const quarters[] = { QT_TRANSLATE_NOOP("tz::timeline", "一季度"),
                                            QT_TRANSLATE_NOOP("tz::timeline", "二季度"),
                                            QT_TRANSLATE_NOOP("tz::timeline", "三季度"),
                                            QT_TRANSLATE_NOOP("tz::timeline", "四季度") };
    std::vector<TimelineTick> ticks;
    for (QDate d = periodStart(span.from, zoom); d < span.to; d = nextPeriod(d, zoom)) {
        TimelineTick t;
        t.date = d;
        t.major = d.month() == 1;
        switch (zoom) {
        case TimelineZoom::Month:
            // The year only where it changes (and at the start), as a wall calendar does.
            t.label = t.major || ticks.empty()
                    ? QCoreApplication::translate("tz::timeline", "%1年%2月").arg(d.year()).arg(d.month())
                    : QCoreApplication::translate("tz::timeline", "%1月").arg(d.month());
            break;
        case TimelineZoom::Quarter:
            t.label = QCoreApplication::translate("tz::timeline", "%1年%2")
                              .arg(d.year())
                              .arg(QCoreApplication::translate("tz::timeline", quarters[(d.month() - 1) / 3]));
            break;
        case TimelineZoom::Year:
            t.label = QCoreApplication::translate("tz::timeline", "%1年").arg(d.year());
            break;
        }
        ticks.push_back(t);
    }
    return ticks;
}

double timelineDayWidth(TimelineZoom zoom)
{
    switch (zoom) {
    case TimelineZoom::Month:
        return 120.0 / 30.44;
    case TimelineZoom::Quarter:
        return 120.0 / 91.31;
    case TimelineZoom::Year:
        return 120.0 / 365.25;
    }
    return 1.0;
}

} // namespace tz
