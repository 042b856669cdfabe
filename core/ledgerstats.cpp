#include "ledgerstats.h"

#include "ledger.h"
#include "lights.h"

#include <QCoreApplication>

namespace tz {

namespace {

QJsonObject toObject(const QMap<QString, int> &m)
{
    QJsonObject o;
    for (auto it = m.cbegin(); it != m.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

LedgerStats ledgerStats(const Ledger &ledger, QDate today)
{
    LedgerStats s;
    for (Entity e : allEntities())
        s.counts.insert(tableName(e), ledger.count(e));
    QHash<qint64, QString> units, leaders, phases;
    for (const Row &r : ledger.rows(Entity::Unit))
        units.insert(r.id, r.text(0));
    for (const Row &r : ledger.rows(Entity::Leader))
        leaders.insert(r.id, r.text(0));
    for (const Row &r : ledger.rows(Entity::Phase))
        phases.insert(r.id, r.text(0));
    const auto lights = computeLights(ledger, today);
    const int unitCol = columnIndex(Entity::Project, QStringLiteral("unit_id"));
    const int leaderCol = columnIndex(Entity::Project, QStringLiteral("leader_id"));
    const int phaseCol = columnIndex(Entity::Project, QStringLiteral("phase_id"));
    const QString none = QCoreApplication::translate("tz::stats", "（未填）");
    for (const QString &k : { QStringLiteral("red"), QStringLiteral("yellow"), QStringLiteral("green") })
        s.byLight.insert(k, 0);
    for (const Row &p : ledger.rows(Entity::Project)) {
        s.byLight[lightKey(lights.value(p.id).light)] += 1;
        s.byUnit[p.isNull(unitCol) ? none : units.value(p.integer(unitCol))] += 1;
        s.byLeader[p.isNull(leaderCol) ? none : leaders.value(p.integer(leaderCol))] += 1;
        s.byPhase[p.isNull(phaseCol) ? none : phases.value(p.integer(phaseCol))] += 1;
    }
    const int warning = ledger.lightSettings().warningDays;
    for (const Row &m : ledger.rows(Entity::Milestone)) {
        const auto state = milestoneState(storedDate(m.value(2)), storedDate(m.value(3)), today, warning);
        s.milestonesByState[milestoneStateKey(state)] += 1;
    }
    return s;
}

QJsonObject LedgerStats::toJson() const
{
    QJsonObject c;
    for (auto it = this->counts.cbegin(); it != this->counts.cend(); ++it)
        c.insert(it.key(), it.value());
    QJsonObject o;
    o.insert(QStringLiteral("counts"), c);
    o.insert(QStringLiteral("projects_by_light"), toObject(byLight));
    o.insert(QStringLiteral("projects_by_unit"), toObject(byUnit));
    o.insert(QStringLiteral("projects_by_leader"), toObject(byLeader));
    o.insert(QStringLiteral("projects_by_phase"), toObject(byPhase));
    o.insert(QStringLiteral("milestones_by_state"), toObject(milestonesByState));
    return o;
}

QString LedgerStats::toText() const
{
    QString out;
    out += QCoreApplication::translate("tz::stats", "记录数\n");
    for (Entity e : allEntities())
        out += QStringLiteral("  %1\t%2\n").arg(entityLabel(e)).arg(counts.value(tableName(e)));
    const auto section = [&out](const QString &title, const QMap<QString, int> &m) {
        out += title + u'\n';
        for (auto it = m.cbegin(); it != m.cend(); ++it)
            out += QStringLiteral("  %1\t%2\n").arg(it.key()).arg(it.value());
    };
    QMap<QString, int> lights;
    lights.insert(QCoreApplication::translate("tz::stats", "红灯"), byLight.value(QStringLiteral("red")));
    lights.insert(QCoreApplication::translate("tz::stats", "黄灯"), byLight.value(QStringLiteral("yellow")));
    lights.insert(QCoreApplication::translate("tz::stats", "绿灯"), byLight.value(QStringLiteral("green")));
    section(QCoreApplication::translate("tz::stats", "项目预警"), lights);
    section(QCoreApplication::translate("tz::stats", "按责任单位"), byUnit);
    section(QCoreApplication::translate("tz::stats", "按分包领导"), byLeader);
    section(QCoreApplication::translate("tz::stats", "按项目阶段"), byPhase);
    return out;
}

} // namespace tz
