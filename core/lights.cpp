#include "lights.h"

#include "ledger.h"
#include "values.h"

#include <QSqlQuery>
#include <QVariant>

namespace tz {

namespace {

using FactsById = QHash<qint64, ProjectFacts>;

// The year the facts are read for, and its "2026-" prefix of report periods.
struct Year
{
    explicit Year(QDate today)
        : number(today.year())
        , prefix(QString::number(number) + u'-')
    { }
    int number;
    QString prefix;
};

// One table the light rules read: its query (a "project_id = ?" filter goes between sql and
// order) and what a row adds to the facts.
struct Source
{
    QString sql;
    QLatin1String projectColumn;
    QString order;
    void (*row)(FactsById &facts, const QSqlQuery &q, const Year &year);

    QString query(bool oneProject) const
    {
        return sql + (oneProject ? QStringLiteral(" WHERE %1 = ?").arg(projectColumn) : QString())
            + order;
    }
};

const std::vector<Source> &sources()
{
    static const std::vector<Source> all {
        { QStringLiteral("SELECT p.id, p.start_date, ph.started, p.planned_investment,"
                         " p.light_override, p.light_override_reason FROM projects p"
                         " LEFT JOIN phases ph ON ph.id = p.phase_id"),
            QLatin1String("p.id"), QString(),
            [](FactsById &facts, const QSqlQuery &q, const Year &) {
                ProjectFacts &f = facts[q.value(0).toLongLong()];
                f.plannedStart = storedDate(q.value(1));
                // A project without a phase is not judged late to start: nothing says it is
                // not.
                f.started = q.value(2).isNull() || q.value(2).toInt() != 0;
                f.annualPlan = Money::fromCents(q.value(3).toLongLong());
                f.overrideWord = q.value(4).toString();
                f.overrideReason = q.value(5).toString();
            } },
        { QStringLiteral("SELECT project_id, title, planned_date, actual_date FROM milestones"),
            QLatin1String("project_id"), QStringLiteral(" ORDER BY planned_date, id"),
            [](FactsById &facts, const QSqlQuery &q, const Year &) {
                const auto it = facts.find(q.value(0).toLongLong());
                if (it != facts.end())
                    it->milestones.push_back(
                        { q.value(1).toString(), storedDate(q.value(2)), storedDate(q.value(3)) });
            } },
        { QStringLiteral("SELECT r.project_id, k.name, r.description, r.deadline, r.status"
                         " FROM requirements r LEFT JOIN requirement_kinds k ON k.id = r.kind_id"),
            QLatin1String("r.project_id"), QString(),
            [](FactsById &facts, const QSqlQuery &q, const Year &) {
                const auto it = facts.find(q.value(0).toLongLong());
                if (it != facts.end())
                    it->requirements.push_back(
                        { q.value(1).toString(), q.value(2).toString(), storedDate(q.value(3)),
                            q.value(4).toString() == QStringLiteral("已解决") });
            } },
        { QStringLiteral(
              "SELECT project_id, findings, rectification_deadline, status FROM supervisions"),
            QLatin1String("project_id"), QString(),
            [](FactsById &facts, const QSqlQuery &q, const Year &) {
                const auto it = facts.find(q.value(0).toLongLong());
                if (it != facts.end())
                    it->rectifications.push_back({ q.value(1).toString(), storedDate(q.value(2)),
                        q.value(3).toString() == QStringLiteral("整改中") });
            } },
        { QStringLiteral("SELECT project_id, number, deadline, status FROM duban_items"),
            QLatin1String("project_id"), QString(),
            [](FactsById &facts, const QSqlQuery &q, const Year &) {
                const auto it = facts.find(q.value(0).toLongLong());
                if (it != facts.end())
                    it->duban.push_back({ q.value(1).toString(), storedDate(q.value(2)),
                        q.value(3).toString() == QStringLiteral("办结") });
            } },
        { QStringLiteral("SELECT project_id, period, completed_to_date FROM progress_reports"),
            QLatin1String("project_id"), QString(),
            [](FactsById &facts, const QSqlQuery &q, const Year &year) {
                const auto it = facts.find(q.value(0).toLongLong());
                const QString period = q.value(1).toString();
                if (it == facts.end() || !period.startsWith(year.prefix))
                    return;
                const int month = period.mid(5, 2).toInt();
                if (month > it->reportedMonth) {
                    it->reportedMonth = month;
                    it->completedThisYear = Money::fromCents(q.value(2).toLongLong());
                }
            } },
        { QStringLiteral("SELECT project_id, year, month, cumulative_plan FROM investment_plans"),
            QLatin1String("project_id"), QString(),
            [](FactsById &facts, const QSqlQuery &q, const Year &year) {
                const auto it = facts.find(q.value(0).toLongLong());
                const int month = q.value(2).toInt();
                if (it == facts.end() || q.value(1).toInt() != year.number || month < 1
                    || month > 12)
                    return;
                it->monthlyPlan.resize(12);
                it->monthlyPlan[size_t(month - 1)] = Money::fromCents(q.value(3).toLongLong());
            } },
    };
    return all;
}

void readRows(QSqlQuery &q, const Source &source, FactsById &facts, const Year &year)
{
    if (!q.exec())
        return;
    while (q.next())
        source.row(facts, q, year);
    q.finish();
}

} // namespace

QHash<qint64, ProjectFacts> loadProjectFacts(const Ledger &ledger, QDate today, qint64 onlyProject)
{
    FactsById facts;
    const Year year(today);
    for (const Source &source : sources()) {
        QSqlQuery q(ledger.database());
        q.setForwardOnly(true);
        q.prepare(source.query(onlyProject != 0));
        if (onlyProject)
            q.addBindValue(onlyProject);
        readRows(q, source, facts, year);
    }
    return facts;
}

ProjectFactsReader::ProjectFactsReader(const Ledger &ledger, QDate today)
    : m_today(today)
{
    for (const Source &source : sources()) {
        QSqlQuery q(ledger.database());
        q.setForwardOnly(true);
        q.prepare(source.query(true));
        m_queries.push_back(std::move(q));
    }
}

ProjectFactsReader::~ProjectFactsReader() = default;

std::optional<ProjectFacts> ProjectFactsReader::read(qint64 projectId) const
{
    FactsById facts;
    const Year year(m_today);
    for (size_t i = 0; i < m_queries.size(); ++i) {
        m_queries[i].bindValue(0, projectId);
        readRows(m_queries[i], sources()[i], facts, year);
    }
    const auto it = facts.find(projectId);
    if (it == facts.end())
        return std::nullopt;
    return std::move(*it);
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
