#include "monthlysnapshot.h"

#include "ledger.h"
#include "values.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <numeric>

namespace tz {

namespace {

const Entity kLoaded[] = { Entity::Phase, Entity::RequirementKind, Entity::Project, Entity::Milestone,
                           Entity::Requirement, Entity::Progress, Entity::InvestmentPlan,
                           Entity::Supervision, Entity::Duban, Entity::DubanStep };

using Table = QHash<qint64, Row>;

struct Logged
{
    QString at; // UTC, ISO with milliseconds, as the history stores it: compares as text
    QString action;
    Entity entity;
    qint64 rowId;
    QString field;
    QString oldValue;
};

QVariant fromPlain(const ColumnDef &c, const QString &text)
{
    if (text.isEmpty())
        return {};
    QString error;
    const QVariant v = toStorage(c, text, &error);
    return error.isEmpty() ? v : QVariant();
}

class Snapshot
{
public:
    explicit Snapshot(const Ledger &ledger) : m_ledger(ledger)
    {
        // Only the columns the rules read: the long texts (建设内容, 本期进展 ...) would triple
        // the reading on a large ledger. The others stay NULL in the rows.
        const QHash<Entity, QStringList> wanted = {
            { Entity::Phase, { QStringLiteral("name"), QStringLiteral("started") } },
            { Entity::RequirementKind, { QStringLiteral("name") } },
            { Entity::Project, { QStringLiteral("start_date"), QStringLiteral("phase_id"), QStringLiteral("planned_investment"),
                                 QStringLiteral("light_override"), QStringLiteral("light_override_reason") } },
            { Entity::Milestone, { QStringLiteral("project_id"), QStringLiteral("title"), QStringLiteral("planned_date"),
                                   QStringLiteral("actual_date") } },
            { Entity::Requirement, { QStringLiteral("project_id"), QStringLiteral("kind_id"), QStringLiteral("description"),
                                     QStringLiteral("deadline"), QStringLiteral("status"), QStringLiteral("resolved_date") } },
            { Entity::Progress, { QStringLiteral("project_id"), QStringLiteral("period"), QStringLiteral("completed_to_date") } },
            { Entity::InvestmentPlan, { QStringLiteral("project_id"), QStringLiteral("year"), QStringLiteral("month"),
                                        QStringLiteral("cumulative_plan") } },
            { Entity::Supervision, { QStringLiteral("project_id"), QStringLiteral("findings"),
                                     QStringLiteral("rectification_deadline"), QStringLiteral("status"),
                                     QStringLiteral("rectified_date") } },
            { Entity::Duban, { QStringLiteral("number"), QStringLiteral("project_id"), QStringLiteral("deadline"),
                               QStringLiteral("status") } },
            { Entity::DubanStep, { QStringLiteral("duban_id"), QStringLiteral("step"), QStringLiteral("step_date") } },
        };
        for (Entity e : kLoaded) {
            m_byTable.insert(tableName(e), e);
            const QStringList &names = wanted[e];
            std::vector<int> cols;
            for (const QString &n : names)
                cols.push_back(columnIndex(e, n));
            Table &t = m_tables[size_t(e)];
            const Row blank = emptyRow(e);
            QSqlQuery q(ledger.database());
            q.setForwardOnly(true);
            if (!q.exec(QStringLiteral("SELECT id, %1 FROM %2").arg(names.join(QStringLiteral(", ")), tableName(e))))
                continue;
            while (q.next()) {
                Row r = blank;
                r.id = q.value(0).toLongLong();
                for (size_t i = 0; i < cols.size(); ++i)
                    r.values[cols[i]] = q.value(int(i) + 1);
                t.insert(r.id, std::move(r));
            }
        }
    }

    // The history after `since`, newest first.
    std::vector<Logged> historySince(const QString &since) const
    {
        std::vector<Logged> out;
        QSqlQuery q(m_ledger.database());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT changed_at, action, entity, row_id, field, old_value FROM change_log"
                                 " WHERE changed_at >= ? AND action IN ('insert', 'update', 'delete')"
                                 " ORDER BY id DESC"));
        q.addBindValue(since);
        if (!q.exec())
            return out;
        while (q.next()) {
            const auto it = m_byTable.constFind(q.value(2).toString());
            if (it == m_byTable.cend())
                continue;
            out.push_back({ q.value(0).toString(), q.value(1).toString(), *it, q.value(3).toLongLong(),
                            q.value(4).toString(), q.value(5).toString() });
        }
        return out;
    }

    void undo(const Logged &l)
    {
        Table &t = m_tables[size_t(l.entity)];
        const auto &cols = entityDef(l.entity).columns;
        if (l.action == QStringLiteral("insert")) {
            t.remove(l.rowId);
        } else if (l.action == QStringLiteral("update")) {
            const auto it = t.find(l.rowId);
            const int c = columnIndex(l.entity, l.field);
            if (it != t.end() && c >= 0)
                it->values[c] = fromPlain(cols[size_t(c)], l.oldValue);
        } else if (l.action == QStringLiteral("delete")) {
            const QJsonObject o = QJsonDocument::fromJson(l.oldValue.toUtf8()).object();
            Row r = emptyRow(l.entity);
            r.id = l.rowId;
            for (size_t c = 0; c < cols.size(); ++c)
                r.values[qsizetype(c)] = fromPlain(cols[c], o.value(QLatin1String(cols[c].name)).toString());
            t.insert(r.id, r);
        }
    }

    LedgerState judge(QDate day, bool past, const LightSettings &settings) const;

private:
    const Table &table(Entity e) const { return m_tables[size_t(e)]; }
    static int col(Entity e, const char *name) { return columnIndex(e, QString::fromLatin1(name)); }

    const Ledger &m_ledger;
    std::array<Table, EntityCount> m_tables;
    QHash<QString, Entity> m_byTable;
};

// The facts of every project at the end of `day`, from the rows as they then stood, minus
// what is dated later; mirrors loadProjectFacts (lights.cpp), which reads the live tables.
LedgerState Snapshot::judge(QDate day, bool past, const LightSettings &settings) const
{
    const auto after = [day, past](const Row &r, int c) {
        if (!past)
            return false;
        const QDate d = storedDate(r.value(c));
        return d.isValid() && d > day;
    };
    QHash<qint64, bool> phaseStarted;
    for (const Row &r : table(Entity::Phase))
        phaseStarted.insert(r.id, r.isNull(1) || r.integer(1) != 0);
    QHash<qint64, ProjectFacts> facts;
    QHash<qint64, qint64> phases;
    const int pStart = col(Entity::Project, "start_date"), pPhase = col(Entity::Project, "phase_id"),
              pPlan = col(Entity::Project, "planned_investment"),
              pOverride = col(Entity::Project, "light_override"),
              pReason = col(Entity::Project, "light_override_reason");
    for (const Row &r : table(Entity::Project)) {
        ProjectFacts &f = facts[r.id];
        f.plannedStart = storedDate(r.value(pStart));
        f.started = r.isNull(pPhase) || phaseStarted.value(r.integer(pPhase), true);
        f.annualPlan = Money::fromCents(r.integer(pPlan));
        f.overrideWord = r.text(pOverride);
        f.overrideReason = r.text(pReason);
        phases.insert(r.id, r.integer(pPhase));
    }
    for (const Row &r : table(Entity::Milestone)) {
        const auto it = facts.find(r.integer(0));
        if (it != facts.end())
            it->milestones.push_back({ r.text(1), storedDate(r.value(2)), after(r, 3) ? QDate() : storedDate(r.value(3)) });
    }
    QHash<qint64, QString> kinds;
    for (const Row &r : table(Entity::RequirementKind))
        kinds.insert(r.id, r.text(0));
    const QString resolved = words::requirementStatuses().value(2);
    const int rResolvedDate = col(Entity::Requirement, "resolved_date");
    for (const Row &r : table(Entity::Requirement)) {
        const auto it = facts.find(r.integer(0));
        if (it != facts.end())
            it->requirements.push_back({ kinds.value(r.integer(1)), r.text(2), storedDate(r.value(6)),
                                         r.text(7) == resolved && !after(r, rResolvedDate) });
    }
    const QStringList rect = words::rectificationStatuses(); // 整改中 已整改 无需整改
    const int sDeadline = col(Entity::Supervision, "rectification_deadline"),
              sStatus = col(Entity::Supervision, "status"), sFindings = col(Entity::Supervision, "findings"),
              sDone = col(Entity::Supervision, "rectified_date");
    for (const Row &r : table(Entity::Supervision)) {
        const auto it = facts.find(r.integer(0));
        const QString status = r.text(sStatus);
        if (it != facts.end())
            it->rectifications.push_back({ r.text(sFindings), storedDate(r.value(sDeadline)),
                                           status == rect[0] || (status == rect[1] && after(r, sDone)) });
    }
    const QString closedWord = words::dubanSteps().value(4); // 办结
    QHash<qint64, QDate> closedOn;
    for (const Row &r : table(Entity::DubanStep))
        if (r.text(1) == closedWord)
            closedOn[r.integer(0)] = qMax(closedOn.value(r.integer(0)), storedDate(r.value(2)));
    for (const Row &r : table(Entity::Duban)) {
        const auto it = facts.find(r.integer(1));
        const QDate closed = closedOn.value(r.id);
        if (it != facts.end())
            it->duban.push_back({ r.text(0), storedDate(r.value(7)),
                                  r.text(8) == closedWord && !(past && closed.isValid() && closed > day) });
    }
    for (const Row &r : table(Entity::Progress)) {
        const auto it = facts.find(r.integer(0));
        const QString period = r.text(1);
        const int month = period.mid(5, 2).toInt();
        if (it == facts.end() || period.left(4).toInt() != day.year() || (past && month > day.month()))
            continue;
        if (month > it->reportedMonth) {
            it->reportedMonth = month;
            it->completedThisYear = Money::fromCents(r.integer(2));
        }
    }
    for (const Row &r : table(Entity::InvestmentPlan)) {
        const auto it = facts.find(r.integer(0));
        const int month = int(r.integer(2));
        if (it == facts.end() || r.integer(1) != day.year() || month < 1 || month > 12)
            continue;
        it->monthlyPlan.resize(12);
        it->monthlyPlan[size_t(month - 1)] = Money::fromCents(r.integer(3));
    }
    LedgerState out;
    out.reserve(facts.size());
    for (auto it = facts.begin(); it != facts.end(); ++it) {
        std::sort(it->milestones.begin(), it->milestones.end(),
                  [](const auto &a, const auto &b) { return a.planned < b.planned; });
        const LightResult l = evaluateLight(*it, day, settings);
        out.insert(it.key(), { l.light, l.reasons, phases.value(it.key()) });
    }
    return out;
}

// The first instant after the day ends, in the history's UTC text.
QString endOfDay(QDate day)
{
    return QDateTime(day.addDays(1), QTime(0, 0), QTimeZone::systemTimeZone())
            .toUTC()
            .toString(Qt::ISODateWithMs);
}

} // namespace

std::vector<LedgerState> projectStatesAt(const Ledger &ledger, const std::vector<QDate> &dates,
                                         QDate today)
{
    std::vector<LedgerState> out(dates.size());
    if (dates.empty())
        return out;
    // Latest date first: each step back only undoes more of the history.
    std::vector<size_t> order(dates.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return dates[a] > dates[b]; });
    Snapshot snap(ledger);
    const auto history = snap.historySince(endOfDay(dates[order.back()]));
    const LightSettings settings = ledger.lightSettings();
    size_t next = 0;
    for (size_t i : order) {
        const QString cutoff = endOfDay(dates[i]);
        for (; next < history.size() && history[next].at >= cutoff; ++next)
            snap.undo(history[next]);
        out[i] = snap.judge(dates[i], dates[i] < today, settings);
    }
    return out;
}

} // namespace tz
