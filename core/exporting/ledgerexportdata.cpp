#include "ledgerexportdata.h"

#include "ledger.h"
#include "lights.h"


#include <algorithm>
#include <unordered_map>

namespace tz {

namespace {

int pcol(const char *name)
{
    return columnIndex(Entity::Project, QString::fromLatin1(name));
}

// The five factor kinds of the sheet; a kind the office added to its dictionary goes under 其他.
MainColumn factorColumn(const QString &kind)
{
    if (kind == QStringLiteral("资金"))
        return MainColumn::FactorFunds;
    if (kind == QStringLiteral("土地"))
        return MainColumn::FactorLand;
    if (kind == QStringLiteral("用工"))
        return MainColumn::FactorLabour;
    if (kind == QStringLiteral("环评"))
        return MainColumn::FactorEnvironment;
    return MainColumn::FactorOther;
}

QHash<qint64, QString> namesOf(const Ledger &ledger, Entity e, QStringList *ordered)
{
    QHash<qint64, QString> names;
    for (const Row &r : ledger.rows(e)) {
        const QString name = r.text(entityDef(e).titleColumn);
        names.insert(r.id, name);
        if (ordered)
            *ordered << name;
    }
    return names;
}

} // namespace

QString sheetLightText(Light light)
{
    switch (light) {
    case Light::Red:
        return QStringLiteral("红灯");
    case Light::Yellow:
        return QStringLiteral("黄灯");
    case Light::Green:
        break;
    }
    return QStringLiteral("绿灯");
}

std::vector<ExportColumn> LedgerExportData::mainColumns(int plannedYear)
{
    const QString factors = QStringLiteral("要素保障需求");
    const QString planned = plannedYear
            ? QStringLiteral("%1年度计划投资（万元）").arg(plannedYear)
            : QStringLiteral("年度计划投资（万元）");
    using C = ExportCell;
    // The importer's words (headermap.cpp), in Chinese whatever the interface language: the
    // sheet is an office's document and must import back.
    std::vector<ExportColumn> c = {
        { QStringLiteral("序号"), {}, C::Number, 6 },
        { QStringLiteral("项目编号"), {}, C::Text, 24 },
        { QStringLiteral("项目名称"), {}, C::Text, 28 },
        { QStringLiteral("项目类别"), {}, C::Text, 12 },
        { QStringLiteral("建设单位"), {}, C::Text, 20 },
        { QStringLiteral("建设地点"), {}, C::Text, 14 },
        { QStringLiteral("责任单位"), {}, C::Text, 14 },
        { QStringLiteral("分包领导"), {}, C::Text, 16 },
        { QStringLiteral("联系人"), {}, C::Text, 10 },
        { QStringLiteral("联系电话"), {}, C::Text, 16 },
        { QStringLiteral("项目阶段"), {}, C::Text, 8 },
        { QStringLiteral("总投资（万元）"), {}, C::Amount, 18 },
        { planned, {}, C::Amount, 18 },
        { QStringLiteral("累计完成投资（万元）"), {}, C::Amount, 18 },
        { QStringLiteral("开工时间"), {}, C::Date, 16 },
        { QStringLiteral("计划竣工时间"), {}, C::Date, 16 },
        { QStringLiteral("时间节点"), {}, C::Text, 40 },
        { QStringLiteral("资金"), factors, C::Text, 16 },
        { QStringLiteral("土地"), factors, C::Text, 16 },
        { QStringLiteral("用工"), factors, C::Text, 16 },
        { QStringLiteral("环评"), factors, C::Text, 16 },
        { QStringLiteral("其他"), factors, C::Text, 16 },
        { QStringLiteral("预警"), {}, C::Text, 6 },
        { QStringLiteral("备注"), {}, C::Text, 20 },
    };
    Q_ASSERT(int(c.size()) == MainColumnCount);
    return c;
}

QString LedgerExportData::scheduleText(std::vector<std::pair<QDate, QString>> milestones)
{
    std::stable_sort(milestones.begin(), milestones.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList clauses;
    for (const auto &[date, title] : milestones) {
        if (!date.isValid())
            continue;
        clauses << QStringLiteral("%1前%2").arg(chineseDate(date), title);
    }
    return clauses.join(QStringLiteral("；"));
}

LedgerExportData::LedgerExportData(const Ledger &ledger, QDate today, const Options &options)
{
    const QHash<qint64, QString> units = namesOf(ledger, Entity::Unit, &m_units);
    const QHash<qint64, QString> categories = namesOf(ledger, Entity::Category, &m_categories);
    const QHash<qint64, QString> phases = namesOf(ledger, Entity::Phase, &m_phases);
    const QHash<qint64, QString> kinds = namesOf(ledger, Entity::RequirementKind, &m_kinds);
    QHash<qint64, QString> leaders;
    for (const Row &r : ledger.rows(Entity::Leader)) {
        const QString title = r.text(columnIndex(Entity::Leader, QStringLiteral("title")));
        // "王建国（副市长）": how offices write a leader, and what parsePersonTitle reads.
        leaders.insert(r.id, title.isEmpty() ? r.text(0) : QStringLiteral("%1（%2）").arg(r.text(0), title));
    }

    // Children in one query per table, grouped by project.
    std::unordered_map<qint64, std::vector<std::pair<QDate, QString>>> milestones;
    for (const Row &m : ledger.rows(Entity::Milestone))
        milestones[m.integer(0)].emplace_back(storedDate(m.value(2)), m.text(1));
    std::unordered_map<qint64, std::vector<QString>> needs[5];
    const int statusCol = columnIndex(Entity::Requirement, QStringLiteral("status"));
    for (const Row &r : ledger.rows(Entity::Requirement)) {
        if (options.openRequirementsOnly && r.text(statusCol) == QStringLiteral("已解决"))
            continue;
        const QString kind = kinds.value(r.integer(1));
        const MainColumn column = factorColumn(kind);
        QString text = r.text(2);
        // A kind of the office's own under 其他 keeps its name in the text.
        if (column == MainColumn::FactorOther && kind != QStringLiteral("其他") && !kind.isEmpty())
            text = QStringLiteral("%1：%2").arg(kind, text);
        needs[int(column) - int(MainColumn::FactorFunds)][r.integer(0)].push_back(text);
    }
    const auto lights = computeLights(ledger, today);

    const auto ref = [](const Row &p, const char *column, const QHash<qint64, QString> &names) {
        const int c = pcol(column);
        return p.isNull(c) ? QString() : names.value(p.integer(c));
    };
    const auto money = [](const Row &p, const char *column) {
        const int c = pcol(column);
        return p.isNull(c) ? ExportCell() : ExportCell::fromMoney(Money::fromCents(p.integer(c)));
    };
    const auto date = [](const Row &p, const char *column) {
        return ExportCell::fromDate(storedDate(p.value(pcol(column))));
    };
    const auto text = [](const Row &p, const char *column) { return ExportCell::fromText(p.text(pcol(column))); };

    for (const Row &p : ledger.rows(Entity::Project)) {
        Project out;
        out.id = p.id;
        out.unit = ref(p, "unit_id", units);
        std::vector<ExportCell> &c = out.cells;
        c.resize(MainColumnCount);
        c[int(MainColumn::Code)] = text(p, "code");
        c[int(MainColumn::Name)] = text(p, "name");
        c[int(MainColumn::Category)] = ExportCell::fromText(ref(p, "category_id", categories));
        c[int(MainColumn::Owner)] = text(p, "owner");
        c[int(MainColumn::Location)] = text(p, "location");
        c[int(MainColumn::Unit)] = ExportCell::fromText(out.unit);
        c[int(MainColumn::Leader)] = ExportCell::fromText(ref(p, "leader_id", leaders));
        c[int(MainColumn::Contact)] = text(p, "contact");
        c[int(MainColumn::ContactPhone)] = text(p, "contact_phone");
        c[int(MainColumn::Phase)] = ExportCell::fromText(ref(p, "phase_id", phases));
        c[int(MainColumn::TotalInvestment)] = money(p, "total_investment");
        c[int(MainColumn::PlannedInvestment)] = money(p, "planned_investment");
        c[int(MainColumn::CompletedInvestment)] = money(p, "completed_investment");
        c[int(MainColumn::StartDate)] = date(p, "start_date");
        c[int(MainColumn::PlannedEndDate)] = date(p, "planned_end_date");
        const auto mit = milestones.find(p.id);
        if (mit != milestones.end())
            c[int(MainColumn::Schedule)] = ExportCell::fromText(scheduleText(mit->second));
        for (int k = 0; k < 5; ++k) {
            const auto nit = needs[k].find(p.id);
            if (nit != needs[k].end())
                c[int(MainColumn::FactorFunds) + k] = ExportCell::fromText(
                        QStringList(nit->second.begin(), nit->second.end()).join(QStringLiteral("；")));
        }
        c[int(MainColumn::Light)] = ExportCell::fromText(sheetLightText(lights.value(p.id).light));
        c[int(MainColumn::Notes)] = text(p, "notes");
        m_projects.push_back(std::move(out));
    }
}

Money LedgerExportData::total(MainColumn column) const
{
    Money sum;
    for (const Project &p : m_projects) {
        const ExportCell &c = p.cells[size_t(column)];
        if (c.type == ExportCell::Amount)
            sum += Money::fromCents(c.cents);
    }
    return sum;
}

} // namespace tz
