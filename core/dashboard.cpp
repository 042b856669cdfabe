#include "dashboard.h"

#include "ledger.h"
#include "lights.h"
#include "values.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace tz {

namespace {

QString noneName()
{
    return QCoreApplication::translate("tz::dashboard", "（未填）");
}

// A dictionary in its own order (by id: the order rows were added, as the combo boxes show
// them), with a slot per id for accumulating.
template<typename T>
class Slots
{
public:
    Slots(const Ledger &ledger, const char *table)
    {
        QSqlQuery q(ledger.database());
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("SELECT id, name FROM %1 ORDER BY id").arg(QLatin1String(table))))
            while (q.next())
                add(q.value(0).toLongLong(), q.value(1).toString());
    }
    T &at(qint64 id)
    {
        auto it = m_index.find(id);
        if (it == m_index.end())
            it = m_index.insert(id, add(id, id ? QString::number(id) : noneName()));
        return m_rows[size_t(*it)];
    }
    // Every dictionary row (a unit without projects is worth seeing as an empty bar); the
    // 未填 row only when something landed in it.
    std::vector<T> take(bool (*used)(const T &))
    {
        std::vector<T> out;
        for (T &r : m_rows)
            if (r.id || used(r))
                out.push_back(std::move(r));
        std::stable_partition(out.begin(), out.end(), [](const T &r) { return r.id != 0; });
        return out;
    }

private:
    int add(qint64 id, const QString &name)
    {
        T r;
        r.id = id;
        r.name = name;
        m_rows.push_back(r);
        m_index.insert(id, int(m_rows.size()) - 1);
        return int(m_rows.size()) - 1;
    }
    std::vector<T> m_rows;
    QHash<qint64, int> m_index;
};

template<typename F>
void each(const Ledger &ledger, const QString &sql, const QVariantList &binds, F f)
{
    QSqlQuery q(ledger.database());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return;
    while (q.next())
        f(q);
}

} // namespace

double Dashboard::Investment::ratePercent() const
{
    return planned.cents() > 0 ? double(completed.cents()) * 100.0 / double(planned.cents()) : -1.0;
}

int medianDays(std::vector<int> days)
{
    if (days.empty())
        return -1;
    const auto mid = days.begin() + qsizetype(days.size() - 1) / 2;
    std::nth_element(days.begin(), mid, days.end());
    return *mid;
}

Dashboard computeDashboard(const Ledger &ledger, QDate today)
{
    Dashboard d;
    d.today = today;
    d.yearSharePercent = double(today.dayOfYear()) * 100.0 / double(today.daysInYear());
    const QString todayText = dateToStorage(today);

    // Completed this year per project: the latest report of the year, as the 序时进度 rule
    // reads it (lights.cpp), so a unit's rate and its projects' lights tell the same story.
    QHash<qint64, qint64> completedThisYear;
    each(ledger,
         QStringLiteral("SELECT project_id, completed_to_date FROM progress_reports"
                        " WHERE period LIKE ? ORDER BY project_id, period"),
         { QString::number(today.year()) + QStringLiteral("-%") },
         [&](const QSqlQuery &q) { completedThisYear.insert(q.value(0).toLongLong(), q.value(1).toLongLong()); });

    const auto lights = computeLights(ledger, today);
    Slots<Dashboard::Count> phases(ledger, "phases");
    Slots<Dashboard::UnitLights> unitLights(ledger, "units");
    Slots<Dashboard::Investment> unitMoney(ledger, "units");
    Slots<Dashboard::Investment> leaderMoney(ledger, "leaders");
    const auto addMoney = [](Dashboard::Investment &i, qint64 planned, qint64 completed) {
        i.projects += 1;
        i.planned += Money::fromCents(planned);
        i.completed += Money::fromCents(completed);
    };
    each(ledger, QStringLiteral("SELECT id, unit_id, leader_id, phase_id, planned_investment FROM projects"), {},
         [&](const QSqlQuery &q) {
             const qint64 id = q.value(0).toLongLong();
             const int light = int(lights.value(id).light);
             const qint64 planned = q.value(4).toLongLong();
             const qint64 completed = completedThisYear.value(id);
             d.projects += 1;
             d.byLight[size_t(light)] += 1;
             phases.at(q.value(3).toLongLong()).count += 1;
             unitLights.at(q.value(1).toLongLong()).lights[size_t(light)] += 1;
             addMoney(unitMoney.at(q.value(1).toLongLong()), planned, completed);
             addMoney(leaderMoney.at(q.value(2).toLongLong()), planned, completed);
             addMoney(d.investmentTotal, planned, completed);
         });
    d.byPhase = phases.take([](const Dashboard::Count &c) { return c.count > 0; });
    d.lightsByUnit = unitLights.take([](const Dashboard::UnitLights &u) { return u.total() > 0; });
    d.investmentByUnit = unitMoney.take([](const Dashboard::Investment &i) { return i.projects > 0; });
    d.investmentByLeader = leaderMoney.take([](const Dashboard::Investment &i) { return i.projects > 0; });
    d.investmentTotal.name = QCoreApplication::translate("tz::dashboard", "合计");

    // Overdue milestones, grouped in SQL by the project's unit and leader: a project has one
    // of each, so the per-group project counts add up without double counting.
    Slots<Dashboard::Overdue> overdueUnits(ledger, "units");
    Slots<Dashboard::Overdue> overdueLeaders(ledger, "leaders");
    each(ledger,
         QStringLiteral("SELECT p.unit_id, p.leader_id, COUNT(*), COUNT(DISTINCT m.project_id)"
                        " FROM milestones m JOIN projects p ON p.id = m.project_id"
                        " WHERE (m.actual_date IS NULL OR m.actual_date = '') AND m.planned_date < ?"
                        " GROUP BY p.unit_id, p.leader_id"),
         { todayText }, [&](const QSqlQuery &q) {
             const int items = q.value(2).toInt();
             const int projects = q.value(3).toInt();
             d.overdueMilestones += items;
             for (Dashboard::Overdue *o : { &overdueUnits.at(q.value(0).toLongLong()),
                                            &overdueLeaders.at(q.value(1).toLongLong()) }) {
                 o->items += items;
                 o->projects += projects;
             }
         });
    const auto anyItems = [](const Dashboard::Overdue &o) { return o.items > 0; };
    d.overdueByUnit = overdueUnits.take(anyItems);
    d.overdueByLeader = overdueLeaders.take(anyItems);

    // Open needs by kind. When a need was raised is the time of its insert in the change
    // history; a need without one (written by the demo, outside the history) has no known wait.
    QHash<qint64, QDate> raised;
    each(ledger,
         QStringLiteral("SELECT row_id, MIN(changed_at) FROM change_log WHERE entity = 'requirements'"
                        " AND action = 'insert' GROUP BY row_id"),
         {}, [&](const QSqlQuery &q) {
             const QDateTime at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
             if (at.isValid())
                 raised.insert(q.value(0).toLongLong(), at.toLocalTime().date());
         });
    Slots<Dashboard::RequirementKind> kinds(ledger, "requirement_kinds");
    QHash<qint64, std::vector<int>> waits;
    each(ledger,
         QStringLiteral("SELECT id, kind_id, deadline FROM requirements WHERE status <> ?"),
         { QStringLiteral("已解决") }, [&](const QSqlQuery &q) {
             const qint64 kind = q.value(1).toLongLong();
             Dashboard::RequirementKind &k = kinds.at(kind);
             k.open += 1;
             const QDate deadline = storedDate(q.value(2));
             if (deadline.isValid() && deadline < today)
                 k.pastDeadline += 1;
             const auto it = raised.constFind(q.value(0).toLongLong());
             if (it != raised.cend())
                 waits[kind].push_back(int(qMax<qint64>(0, it->daysTo(today))));
         });
    d.requirementsByKind = kinds.take([](const Dashboard::RequirementKind &k) { return k.open > 0; });
    for (Dashboard::RequirementKind &k : d.requirementsByKind) {
        const std::vector<int> &w = waits[k.id];
        k.withKnownWait = int(w.size());
        k.medianWaitDays = medianDays(w);
        k.maxWaitDays = w.empty() ? -1 : *std::max_element(w.begin(), w.end());
    }

    // Rectifications still 整改中 past their deadline, by the project's unit.
    Slots<Dashboard::Overdue> rectUnits(ledger, "units");
    each(ledger,
         QStringLiteral("SELECT p.unit_id, COUNT(*), COUNT(DISTINCT s.project_id)"
                        " FROM supervisions s JOIN projects p ON p.id = s.project_id"
                        " WHERE s.status = ? AND s.rectification_deadline < ? GROUP BY p.unit_id"),
         { QStringLiteral("整改中"), todayText }, [&](const QSqlQuery &q) {
             Dashboard::Overdue &o = rectUnits.at(q.value(0).toLongLong());
             o.items += q.value(1).toInt();
             o.projects += q.value(2).toInt();
             d.rectificationsPastDue += q.value(1).toInt();
         });
    d.rectificationsByUnit = rectUnits.take(anyItems);
    return d;
}

} // namespace tz
