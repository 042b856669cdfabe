#include "jsonexport.h"

#include "ledger.h"
#include "lights.h"
#include "migrations.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tz {

namespace {

class JsonWriter
{
public:
    JsonWriter(const Ledger &ledger, QDate today) : m_ledger(ledger), m_today(today)
    {
        for (Entity e : { Entity::Unit, Entity::Leader, Entity::Category, Entity::Phase,
                          Entity::RequirementKind, Entity::Supervision }) {
            for (const Row &r : m_ledger.rows(e))
                m_names[int(e)].insert(r.id, r.text(entityDef(e).titleColumn));
        }
        for (const Row &r : m_ledger.rows(Entity::Leader))
            m_leaderTitles.insert(r.id, r.text(columnIndex(Entity::Leader, QStringLiteral("title"))));
        // Children grouped by owner in one pass each.
        for (Entity e : { Entity::Milestone, Entity::Requirement, Entity::Progress,
                          Entity::InvestmentPlan, Entity::Supervision, Entity::DubanStep }) {
            const int parent = entityDef(e).parentColumn;
            for (Row &r : m_ledger.rows(e)) {
                const qint64 owner = r.integer(parent);
                m_children[int(e)][owner].push_back(std::move(r));
            }
        }
    }

    // A row as an object: column names as keys, references as names, money as numbers.
    QJsonObject object(Entity e, const Row &r, int skipColumn) const
    {
        QJsonObject o;
        const auto &cols = entityDef(e).columns;
        for (size_t i = 0; i < cols.size(); ++i) {
            if (int(i) == skipColumn)
                continue;
            const ColumnDef &c = cols[i];
            QString key = QString::fromLatin1(c.name);
            const QVariant &v = r.values.at(qsizetype(i));
            const bool null = !v.isValid() || v.isNull();
            switch (c.type) {
            case ColumnType::Ref:
                key.chop(3); // "unit_id" -> "unit"
                o.insert(key, null ? QJsonValue() : QJsonValue(m_names[int(c.ref)].value(v.toLongLong())));
                break;
            case ColumnType::Money:
            case ColumnType::Decimal:
                o.insert(key, null ? QJsonValue() : QJsonValue(double(v.toLongLong()) / 100.0));
                break;
            case ColumnType::Integer:
                o.insert(key, null ? QJsonValue() : QJsonValue(v.toLongLong()));
                break;
            default:
                o.insert(key, null ? QJsonValue() : QJsonValue(v.toString()));
            }
        }
        return o;
    }

    QJsonArray children(Entity e, qint64 owner) const
    {
        QJsonArray a;
        const auto it = m_children[int(e)].find(owner);
        if (it == m_children[int(e)].end())
            return a;
        for (const Row &r : it->second)
            a.append(object(e, r, entityDef(e).parentColumn));
        return a;
    }

    QJsonDocument run()
    {
        const auto lights = computeLights(m_ledger, m_today);
        const int warning = m_ledger.lightSettings().warningDays;
        const int leaderCol = columnIndex(Entity::Project, QStringLiteral("leader_id"));
        const int plannedCol = columnIndex(Entity::Milestone, QStringLiteral("planned_date"));
        const int actualCol = columnIndex(Entity::Milestone, QStringLiteral("actual_date"));

        QJsonArray projects;
        for (const Row &p : m_ledger.rows(Entity::Project)) {
            QJsonObject o = object(Entity::Project, p, -1);
            o.insert(QStringLiteral("leader_title"),
                     p.isNull(leaderCol) ? QJsonValue() : QJsonValue(m_leaderTitles.value(p.integer(leaderCol))));
            const LightResult light = lights.value(p.id);
            o.insert(QStringLiteral("light"), lightKey(light.light));
            o.insert(QStringLiteral("light_computed"), lightKey(light.computed));
            o.insert(QStringLiteral("light_reasons"), QJsonArray::fromStringList(light.reasons));

            QJsonArray milestones;
            const auto mit = m_children[int(Entity::Milestone)].find(p.id);
            if (mit != m_children[int(Entity::Milestone)].end()) {
                for (const Row &m : mit->second) {
                    QJsonObject mo = object(Entity::Milestone, m, 0);
                    const auto state = milestoneState(storedDate(m.value(plannedCol)),
                                                      storedDate(m.value(actualCol)), m_today, warning);
                    mo.insert(QStringLiteral("state"), milestoneStateKey(state));
                    mo.insert(QStringLiteral("state_text"), milestoneStateText(state));
                    milestones.append(mo);
                }
            }
            o.insert(QStringLiteral("milestones"), milestones);
            o.insert(QStringLiteral("requirements"), children(Entity::Requirement, p.id));
            o.insert(QStringLiteral("progress"), children(Entity::Progress, p.id));
            o.insert(QStringLiteral("investment_plan"), children(Entity::InvestmentPlan, p.id));
            o.insert(QStringLiteral("supervision"), children(Entity::Supervision, p.id));
            projects.append(o);
        }

        QJsonArray duban;
        const int projectCol = columnIndex(Entity::Duban, QStringLiteral("project_id"));
        QHash<qint64, QString> codes;
        for (const Row &p : m_ledger.rows(Entity::Project))
            codes.insert(p.id, p.text(0));
        for (const Row &d : m_ledger.rows(Entity::Duban)) {
            QJsonObject o = object(Entity::Duban, d, projectCol);
            o.insert(QStringLiteral("project_code"),
                     d.isNull(projectCol) ? QJsonValue() : QJsonValue(codes.value(d.integer(projectCol))));
            o.insert(QStringLiteral("steps"), children(Entity::DubanStep, d.id));
            duban.append(o);
        }

        QJsonObject root;
        root.insert(QStringLiteral("format"), QStringLiteral("taizhang-ledger"));
        root.insert(QStringLiteral("schema_version"), currentSchemaVersion());
        root.insert(QStringLiteral("today"), m_today.toString(Qt::ISODate));
        root.insert(QStringLiteral("projects"), projects);
        root.insert(QStringLiteral("leaders"), all(Entity::Leader));
        root.insert(QStringLiteral("units"), all(Entity::Unit));
        root.insert(QStringLiteral("categories"), names(Entity::Category));
        root.insert(QStringLiteral("phases"), names(Entity::Phase));
        root.insert(QStringLiteral("requirement_kinds"), names(Entity::RequirementKind));
        root.insert(QStringLiteral("duban"), duban);
        return QJsonDocument(root);
    }

private:
    QJsonArray all(Entity e) const
    {
        QJsonArray a;
        for (const Row &r : m_ledger.rows(e))
            a.append(object(e, r, -1));
        return a;
    }
    QJsonArray names(Entity e) const
    {
        QJsonArray a;
        for (const Row &r : m_ledger.rows(e))
            a.append(r.text(0));
        return a;
    }

    const Ledger &m_ledger;
    QDate m_today;
    QHash<qint64, QString> m_names[EntityCount];
    QHash<qint64, QString> m_leaderTitles;
    std::unordered_map<qint64, std::vector<Row>> m_children[EntityCount];
};

} // namespace

QJsonDocument exportLedgerJson(const Ledger &ledger, QDate today)
{
    return JsonWriter(ledger, today).run();
}

} // namespace tz
