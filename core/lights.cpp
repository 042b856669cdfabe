#include "lights.h"

#include "ledger.h"
#include "sqlitestatement.h"
#include "values.h"

#include <algorithm>

namespace tz {

namespace {

// Runs sql (with an optional "= ?" project filter already in it) and calls f per row. Straight
// on SQLite: the lights of ten thousand projects read some hundred thousand child rows, and a
// QVariant per column was half the time of opening a large ledger.
template<typename F>
void each(const Ledger &ledger, const QByteArray &sql, qint64 onlyProject, F f)
{
    SqliteStatement q(ledger.database(), sql.constData());
    if (onlyProject)
        q.bind(1, onlyProject);
    while (q.next())
        f(q);
}

QByteArray filter(qint64 onlyProject, const char *column)
{
    return onlyProject ? QByteArray(" WHERE ") + column + " = ?" : QByteArray();
}

} // namespace

QHash<qint64, ProjectFacts> loadProjectFacts(const Ledger &ledger, QDate today, qint64 onlyProject)
{
    QHash<qint64, ProjectFacts> facts;
    const int year = today.year();
    each(ledger,
         QByteArray("SELECT p.id, p.start_date, ph.started, p.planned_investment,"
                    " p.light_override, p.light_override_reason FROM projects p"
                    " LEFT JOIN phases ph ON ph.id = p.phase_id")
                 + filter(onlyProject, "p.id"),
         onlyProject, [&](const SqliteStatement &q) {
             ProjectFacts &f = facts[q.int64(0)];
             f.plannedStart = q.date(1);
             // A project without a phase is not judged late to start: nothing says it is not.
             f.started = q.isNull(2) || q.int64(2) != 0;
             f.annualPlan = Money::fromCents(q.int64(3));
             f.overrideWord = q.text(4);
             f.overrideReason = q.text(5);
         });
    each(ledger,
         QByteArray("SELECT project_id, title, planned_date, actual_date FROM milestones")
                 + filter(onlyProject, "project_id"),
         onlyProject, [&](const SqliteStatement &q) {
             const auto it = facts.find(q.int64(0));
             if (it != facts.end())
                 it->milestones.push_back({ q.text(1), q.date(2), q.date(3) });
         });
    // Reasons list milestones by date. The table comes in id order; a few per project sort here
    // cheaper than SQLite sorts the whole table (undated ones first, as ORDER BY would put NULL).
    for (ProjectFacts &f : facts)
        std::stable_sort(f.milestones.begin(), f.milestones.end(),
                         [](const ProjectFacts::Milestone &a, const ProjectFacts::Milestone &b) {
                             return a.planned < b.planned;
                         });
    each(ledger,
         QByteArray("SELECT r.project_id, k.name, r.description, r.deadline, r.status"
                    " FROM requirements r LEFT JOIN requirement_kinds k ON k.id = r.kind_id")
                 + filter(onlyProject, "r.project_id"),
         onlyProject, [&](const SqliteStatement &q) {
             const auto it = facts.find(q.int64(0));
             if (it != facts.end())
                 it->requirements.push_back(
                         { q.text(1), q.text(2), q.date(3), q.text(4) == QStringLiteral("已解决") });
         });
    each(ledger,
         QByteArray("SELECT project_id, findings, rectification_deadline, status FROM supervisions")
                 + filter(onlyProject, "project_id"),
         onlyProject, [&](const SqliteStatement &q) {
             const auto it = facts.find(q.int64(0));
             if (it != facts.end())
                 it->rectifications.push_back({ q.text(1), q.date(2), q.text(3) == QStringLiteral("整改中") });
         });
    each(ledger,
         QByteArray("SELECT project_id, number, deadline, status FROM duban_items")
                 + filter(onlyProject, "project_id"),
         onlyProject, [&](const SqliteStatement &q) {
             const auto it = facts.find(q.int64(0));
             if (it != facts.end())
                 it->duban.push_back({ q.text(1), q.date(2), q.text(3) == QStringLiteral("办结") });
         });
    const QString yearPrefix = QString::number(year) + u'-';
    each(ledger,
         QByteArray("SELECT project_id, period, completed_to_date FROM progress_reports")
                 + filter(onlyProject, "project_id"),
         onlyProject, [&](const SqliteStatement &q) {
             const auto it = facts.find(q.int64(0));
             if (it == facts.end())
                 return;
             const QString period = q.text(1);
             if (!period.startsWith(yearPrefix))
                 return;
             const int month = QStringView(period).mid(5, 2).toInt();
             if (month > it->reportedMonth) {
                 it->reportedMonth = month;
                 it->completedThisYear = Money::fromCents(q.int64(2));
             }
         });
    each(ledger,
         QByteArray("SELECT project_id, year, month, cumulative_plan FROM investment_plans")
                 + filter(onlyProject, "project_id"),
         onlyProject, [&](const SqliteStatement &q) {
             const auto it = facts.find(q.int64(0));
             const qint64 month = q.int64(2);
             if (it == facts.end() || q.int64(1) != year || month < 1 || month > 12)
                 return;
             it->monthlyPlan.resize(12);
             it->monthlyPlan[size_t(month - 1)] = Money::fromCents(q.int64(3));
         });
    return facts;
}

QHash<qint64, LightResult> computeLights(const Ledger &ledger, QDate today)
{
    const LightSettings settings = ledger.lightSettings();
    const auto facts = loadProjectFacts(ledger, today);
    QHash<qint64, LightResult> out;
    out.reserve(facts.size());
    for (auto it = facts.cbegin(); it != facts.cend(); ++it)
        out.insert(it.key(), evaluateLight(*it, today, settings));
    return out;
}

LightResult computeLight(const Ledger &ledger, qint64 projectId, QDate today)
{
    const auto facts = loadProjectFacts(ledger, today, projectId);
    const auto it = facts.constFind(projectId);
    return it == facts.cend() ? LightResult() : evaluateLight(*it, today, ledger.lightSettings());
}

} // namespace tz
