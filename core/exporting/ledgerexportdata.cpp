#include "ledgerexportdata.h"

#include "ledger.h"
#include "lights.h"
#include "sqlitestatement.h"

#include <QCoreApplication>

#include <algorithm>

namespace tz {

namespace {

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

// One clause of scheduleText: "2023年3月31日前完成土地摘牌", after a "；" unless it is the first.
void appendScheduleClause(QString &text, QDate date, const QString &title)
{
    if (!date.isValid())
        return;
    if (!text.isEmpty())
        text += u'；';
    appendChineseDate(text, date);
    text += u'前';
    text += title;
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
    QString text;
    for (const auto &[date, title] : milestones)
        appendScheduleClause(text, date, title);
    return text;
}

namespace {

// The names the main sheet shows for the ids a project row holds.
struct Names
{
    QHash<qint64, QString> units, categories, phases, leaders;
};

// The names, and (where asked for) the dictionaries in the ledger's order for drop-down lists.
Names readNames(const Ledger &ledger, QStringList *units, QStringList *categories, QStringList *phases,
                QStringList *kinds)
{
    Names names;
    names.units = namesOf(ledger, Entity::Unit, units);
    names.categories = namesOf(ledger, Entity::Category, categories);
    names.phases = namesOf(ledger, Entity::Phase, phases);
    if (kinds)
        namesOf(ledger, Entity::RequirementKind, kinds);
    for (const Row &r : ledger.rows(Entity::Leader)) {
        const QString title = r.text(columnIndex(Entity::Leader, QStringLiteral("title")));
        // "王建国（副市长）": how offices write a leader, and what parsePersonTitle reads.
        names.leaders.insert(r.id, title.isEmpty() ? r.text(0) : QStringLiteral("%1（%2）").arg(r.text(0), title));
    }
    return names;
}

// The main sheet's rows, one project at a time in ledger order, handed to `row` in one reused
// Project (it may move the project away). Both the whole LedgerExportData and the streaming
// forEachProject are made here, so the CSV and XLSX rows cannot differ. Returns a translated
// error, or empty.
QString readProjects(const Ledger &ledger, QDate today, const LedgerExportData::Options &options,
                     const Names &names, const std::function<void(LedgerExportData::Project &)> &row)
{
    // The facts the lights are judged on already hold every project's milestones (by planned
    // date) and requirements (in entry order) with their kind's name: the schedule and factor
    // columns are made from them, so the child tables are read once, not once for the lights
    // and again for the sheet.
    QString unread;
    const QHash<qint64, ProjectFacts> facts = loadProjectFacts(ledger, today, 0, &unread);
    // A child table that could not be read would leave its columns empty and the warnings
    // wrong: no sheet rather than a wrong one.
    if (!unread.isEmpty())
        return QCoreApplication::translate("tz::export", "读取台账失败：%1").arg(unread);
    const LightSettings settings = ledger.lightSettings();

    // Straight on SQLite (SqliteStatement): a QVariant per column was most of reading.
    SqliteStatement q(ledger.database(),
                      "SELECT id, code, name, category_id, owner, location, unit_id, leader_id, contact,"
                      " contact_phone, phase_id, total_investment, planned_investment, completed_investment,"
                      " start_date, planned_end_date, notes FROM projects ORDER BY id");
    const auto ref = [&q](int column, const QHash<qint64, QString> &byId) {
        return q.isNull(column) ? QString() : byId.value(q.int64(column));
    };
    const auto text = [&q](int column) { return ExportCell::fromText(q.text(column)); };
    const auto money = [&q](int column) {
        return q.isNull(column) ? ExportCell() : ExportCell::fromMoney(Money::fromCents(q.int64(column)));
    };
    std::vector<QString> needs[5];
    // One project reused: a streaming reader forgets each row once it is written.
    LedgerExportData::Project out;
    while (q.next()) {
        out.id = q.int64(0);
        out.unit = ref(6, names.units);
        std::vector<ExportCell> &c = out.cells;
        c.assign(MainColumnCount, ExportCell());
        c[int(MainColumn::Code)] = text(1);
        c[int(MainColumn::Name)] = text(2);
        c[int(MainColumn::Category)] = ExportCell::fromText(ref(3, names.categories));
        c[int(MainColumn::Owner)] = text(4);
        c[int(MainColumn::Location)] = text(5);
        c[int(MainColumn::Unit)] = ExportCell::fromText(out.unit);
        c[int(MainColumn::Leader)] = ExportCell::fromText(ref(7, names.leaders));
        c[int(MainColumn::Contact)] = text(8);
        c[int(MainColumn::ContactPhone)] = text(9);
        c[int(MainColumn::Phase)] = ExportCell::fromText(ref(10, names.phases));
        c[int(MainColumn::TotalInvestment)] = money(11);
        c[int(MainColumn::PlannedInvestment)] = money(12);
        c[int(MainColumn::CompletedInvestment)] = money(13);
        c[int(MainColumn::StartDate)] = ExportCell::fromDate(q.date(14));
        c[int(MainColumn::PlannedEndDate)] = ExportCell::fromDate(q.date(15));
        c[int(MainColumn::Notes)] = text(16);

        const auto fit = facts.constFind(out.id);
        const ProjectFacts empty;
        const ProjectFacts &f = fit == facts.cend() ? empty : *fit;
        // The facts hold the milestones already in scheduleText's order (stably by planned
        // date): the clauses are written straight from them, without a sorted copy.
        QString schedule;
        qsizetype length = 0;
        for (const ProjectFacts::Milestone &m : f.milestones)
            length += m.title.size() + 14; // "；2023年12月31日前"
        if (length)
            schedule.reserve(length); // one allocation, not one per doubling
        for (const ProjectFacts::Milestone &m : f.milestones)
            appendScheduleClause(schedule, m.planned, m.title);
        c[int(MainColumn::Schedule)] = ExportCell::fromText(schedule);
        for (std::vector<QString> &n : needs)
            n.clear();
        for (const ProjectFacts::Requirement &r : f.requirements) {
            if (options.openRequirementsOnly && r.resolved)
                continue;
            const MainColumn column = factorColumn(r.kind);
            // A kind of the office's own under 其他 keeps its name in the text.
            if (column == MainColumn::FactorOther && r.kind != QStringLiteral("其他") && !r.kind.isEmpty())
                needs[int(column) - int(MainColumn::FactorFunds)].push_back(r.kind + u'：' + r.description);
            else
                needs[int(column) - int(MainColumn::FactorFunds)].push_back(r.description);
        }
        for (int k = 0; k < 5; ++k)
            if (!needs[k].empty())
                c[int(MainColumn::FactorFunds) + k] = ExportCell::fromText(
                        QStringList(needs[k].begin(), needs[k].end()).join(u'；'));
        const Light light = fit == facts.cend() ? Light::Green : evaluateLightColour(f, today, settings).light;
        c[int(MainColumn::Light)] = ExportCell::fromText(sheetLightText(light));
        row(out);
    }
    // A statement that did not run (a column renamed in the schema, a damaged file) must not
    // pass for an empty ledger.
    if (!q.ok())
        return QCoreApplication::translate("tz::export", "读取台账失败：%1").arg(q.error());
    return {};
}

} // namespace

LedgerExportData::LedgerExportData(const Ledger &ledger, QDate today, const Options &options)
{
    const Names names = readNames(ledger, &m_units, &m_categories, &m_phases, &m_kinds);
    m_error = readProjects(ledger, today, options, names,
                           [this](Project &p) { m_projects.push_back(std::move(p)); });
}

QString LedgerExportData::forEachProject(const Ledger &ledger, QDate today, const Options &options,
                                         const std::function<void(const Project &)> &row)
{
    return readProjects(ledger, today, options, readNames(ledger, nullptr, nullptr, nullptr, nullptr),
                        [&row](Project &p) { row(p); });
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
