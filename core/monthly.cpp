#include "monthly.h"

#include "ledger.h"
#include "monthlysnapshot.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace tz {

QDate monthEnd(int year, int month)
{
    const QDate first(year, month, 1);
    return first.addDays(first.daysInMonth() - 1);
}

MonthlyInvestment monthlyInvestment(const Ledger &ledger, int year)
{
    MonthlyInvestment out;
    out.year = year;
    QHash<qint64, qint64> unitOf;
    {
        QSqlQuery q(ledger.database());
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("SELECT id, unit_id FROM projects")))
            while (q.next())
                unitOf.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    }
    QSqlQuery q(ledger.database());
    q.setForwardOnly(true);
    // Ordered by project and month, so each report follows the one before it.
    q.prepare(QStringLiteral("SELECT project_id, period, completed_to_date FROM progress_reports"
                             " WHERE period LIKE ? ORDER BY project_id, period, id"));
    q.addBindValue(QString::number(year) + QStringLiteral("-%"));
    if (!q.exec())
        return out;
    qint64 project = 0;
    int lastMonth = 0;
    Money lastCumulative;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const int month = q.value(1).toString().mid(5, 2).toInt();
        if (month < 1 || month > 12 || !unitOf.contains(id))
            continue;
        if (id != project) {
            project = id;
            lastMonth = 0;
            lastCumulative = Money();
        }
        const Money cumulative = Money::fromCents(q.value(2).toLongLong());
        const Money own = cumulative - lastCumulative;
        const size_t m = size_t(month - 1);
        out.byProject[id][m] += own;
        out.byUnit[unitOf.value(id)][m] += own;
        out.total[m] += own;
        MonthlyInvestment::Months &cum = out.cumulativeByProject[id];
        for (size_t k = size_t(lastMonth); k < 12; ++k)
            cum[k] = k < m ? lastCumulative : cumulative;
        lastMonth = month;
        lastCumulative = cumulative;
    }
    return out;
}

namespace {

struct ProjectInfo
{
    QString code, name;
    qint64 unit = 0;
};

} // namespace

MonthComparison compareMonths(const Ledger &ledger, int year, int month, QDate today)
{
    MonthComparison c;
    c.year = year;
    c.month = month;
    const QDate first(year, month, 1);
    c.currentEnd = qMin(monthEnd(year, month), today);
    c.previousEnd = first.addDays(-1);

    QHash<qint64, ProjectInfo> projects;
    QHash<qint64, QString> unitNames, phaseNames;
    std::vector<std::pair<qint64, QString>> unitOrder;
    QSqlQuery q(ledger.database());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id, name FROM units ORDER BY id")))
        while (q.next()) {
            unitNames.insert(q.value(0).toLongLong(), q.value(1).toString());
            unitOrder.emplace_back(q.value(0).toLongLong(), q.value(1).toString());
        }
    if (q.exec(QStringLiteral("SELECT id, name FROM phases")))
        while (q.next())
            phaseNames.insert(q.value(0).toLongLong(), q.value(1).toString());
    if (q.exec(QStringLiteral("SELECT id, code, name, unit_id FROM projects ORDER BY code")))
        while (q.next())
            projects.insert(q.value(0).toLongLong(),
                            { q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong() });
    q.finish();

    const auto states = projectStatesAt(ledger, { c.previousEnd, c.currentEnd }, today);
    const LedgerState &before = states[0];
    const LedgerState &now = states[1];
    const QString none = QCoreApplication::translate("tz::monthly", "（未填）");
    const auto phaseName = [&](qint64 id) { return id ? phaseNames.value(id, none) : none; };
    const auto entry = [&](qint64 id) {
        const ProjectInfo &p = projects[id];
        MonthComparison::Project e;
        e.id = id;
        e.code = p.code;
        e.name = p.name;
        e.unit = p.unit ? unitNames.value(p.unit) : none;
        return e;
    };
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (!projects.contains(it.key()))
            continue;
        const bool redNow = it->light == Light::Red;
        c.redNow += redNow ? 1 : 0;
        const auto was = before.constFind(it.key());
        // A project added during the month was not on last month's list: red now is new red.
        const bool redBefore = was != before.cend() && was->light == Light::Red;
        if (redNow && !redBefore) {
            auto e = entry(it.key());
            e.before = was == before.cend() ? QCoreApplication::translate("tz::monthly", "新增项目") : lightText(was->light);
            e.after = lightText(it->light);
            e.reasons = it->reasons;
            c.turnedRed.push_back(e);
        } else if (!redNow && redBefore) {
            auto e = entry(it.key());
            e.before = lightText(was->light);
            e.after = lightText(it->light);
            e.reasons = was->reasons;
            c.resolved.push_back(e);
        }
        if (was != before.cend() && was->phaseId != it->phaseId) {
            auto e = entry(it.key());
            e.before = phaseName(was->phaseId);
            e.after = phaseName(it->phaseId);
            c.phaseChanged.push_back(e);
        }
    }
    for (const auto &s : before)
        c.redBefore += s.light == Light::Red ? 1 : 0;
    const auto byCode = [](const MonthComparison::Project &a, const MonthComparison::Project &b) {
        return a.code < b.code;
    };
    for (auto *list : { &c.turnedRed, &c.resolved, &c.phaseChanged })
        std::sort(list->begin(), list->end(), byCode);

    // This month's and last month's own completed investment, per unit.
    const MonthlyInvestment thisYear = monthlyInvestment(ledger, year);
    const MonthlyInvestment lastYear = month == 1 ? monthlyInvestment(ledger, year - 1) : MonthlyInvestment();
    const MonthlyInvestment &prev = month == 1 ? lastYear : thisYear;
    const size_t m = size_t(month - 1), pm = month == 1 ? 11 : size_t(month - 2);
    bool unitless = false;
    for (auto it = projects.cbegin(); it != projects.cend() && !unitless; ++it)
        unitless = it->unit == 0;
    if (unitless)
        unitOrder.emplace_back(0, none);
    for (const auto &[id, name] : unitOrder) {
        MonthComparison::Unit u;
        u.id = id;
        u.name = name;
        u.thisMonth = thisYear.byUnit.value(id)[m];
        u.lastMonth = prev.byUnit.value(id)[pm];
        c.totalThisMonth += u.thisMonth;
        c.totalLastMonth += u.lastMonth;
        c.units.push_back(u);
    }
    return c;
}

} // namespace tz
