#include "lights.h"

#include "ledger.h"
#include "values.h"

#include <QSqlQuery>
#include <QVariant>

namespace tz {

namespace {

// Runs sql (with an optional "project_id = ?" filter already in it) and calls f per row.
template<typename F>
void each(const Ledger &ledger, const QString &sql, qint64 onlyProject, F f)
{
    QSqlQuery q(ledger.database());
    q.setForwardOnly(true);
    q.prepare(sql);
    if (onlyProject)
        q.addBindValue(onlyProject);
    if (!q.exec())
        return;
    while (q.next())
        f(q);
}

QString filter(qint64 onlyProject, const char *column)
{
    return onlyProject ? QStringLiteral(" WHERE %1 = ?").arg(QLatin1String(column)) : QString();
}

} // namespace

QHash<qint64, ProjectFacts> loadProjectFacts(const Ledger &ledger, QDate today, qint64 onlyProject)
{
    QHash<qint64, ProjectFacts> facts;
    const int year = today.year();
    each(ledger,
         QStringLiteral("SELECT p.id, p.start_date, ph.started, p.planned_investment,"
                        " p.light_override, p.light_override_reason FROM projects p"
                        " LEFT JOIN phases ph ON ph.id = p.phase_id")
                 + filter(onlyProject, "p.id"),
         onlyProject, [&](const QSqlQuery &q) {
             ProjectFacts &f = facts[q.value(0).toLongLong()];
             f.plannedStart = storedDate(q.value(1));
             // A project without a phase is not judged late to start: nothing says it is not.
             f.started = q.value(2).isNull() || q.value(2).toInt() != 0;
             f.annualPlan = Money::fromCents(q.value(3).toLongLong());
             f.overrideWord = q.value(4).toString();
             f.overrideReason = q.value(5).toString();
         });
    each(ledger,
         QStringLiteral("SELECT project_id, title, planned_date, actual_date FROM milestones")
                 + filter(onlyProject, "project_id") + QStringLiteral(" ORDER BY planned_date, id"),
         onlyProject, [&](const QSqlQuery &q) {
             const auto it = facts.find(q.value(0).toLongLong());
             if (it != facts.end())
                 it->milestones.push_back(
                         { q.value(1).toString(), storedDate(q.value(2)), storedDate(q.value(3)) });
         });
    each(ledger,
         QStringLiteral("SELECT r.project_id, k.name, r.description, r.deadline, r.status"
                        " FROM requirements r LEFT JOIN requirement_kinds k ON k.id = r.kind_id")
                 + filter(onlyProject, "r.project_id"),
         onlyProject, [&](const QSqlQuery &q) {
             const auto it = facts.find(q.value(0).toLongLong());
             if (it != facts.end())
                 it->requirements.push_back({ q.value(1).toString(), q.value(2).toString(),
                                              storedDate(q.value(3)),
                                              q.value(4).toString() == QStringLiteral("已解决") });
         });
    each(ledger,
         QStringLiteral("SELECT project_id, findings, rectification_deadline, status FROM supervisions")
                 + filter(onlyProject, "project_id"),
         onlyProject, [&](const QSqlQuery &q) {
             const auto it = facts.find(q.value(0).toLongLong());
             if (it != facts.end())
                 it->rectifications.push_back({ q.value(1).toString(), storedDate(q.value(2)),
                                                q.value(3).toString() == QStringLiteral("整改中") });
         });
    each(ledger,
         QStringLiteral("SELECT project_id, number, deadline, status FROM duban_items")
                 + filter(onlyProject, "project_id"),
         onlyProject, [&](const QSqlQuery &q) {
             const auto it = facts.find(q.value(0).toLongLong());
             if (it != facts.end())
                 it->duban.push_back({ q.value(1).toString(), storedDate(q.value(2)),
                                       q.value(3).toString() == QStringLiteral("办结") });
         });
    const QString yearPrefix = QString::number(year) + u'-';
    each(ledger,
         QStringLiteral("SELECT project_id, period, completed_to_date FROM progress_reports")
                 + filter(onlyProject, "project_id"),
         onlyProject, [&](const QSqlQuery &q) {
             const auto it = facts.find(q.value(0).toLongLong());
             const QString period = q.value(1).toString();
             if (it == facts.end() || !period.startsWith(yearPrefix))
                 return;
             const int month = period.mid(5, 2).toInt();
             if (month > it->reportedMonth) {
                 it->reportedMonth = month;
                 it->completedThisYear = Money::fromCents(q.value(2).toLongLong());
             }
         });
    each(ledger,
         QStringLiteral("SELECT project_id, year, month, cumulative_plan FROM investment_plans")
                 + filter(onlyProject, "project_id"),
         onlyProject, [&](const QSqlQuery &q) {
             const auto it = facts.find(q.value(0).toLongLong());
             const int month = q.value(2).toInt();
             if (it == facts.end() || q.value(1).toInt() != year || month < 1 || month > 12)
                 return;
             it->monthlyPlan.resize(12);
             it->monthlyPlan[size_t(month - 1)] = Money::fromCents(q.value(3).toLongLong());
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
