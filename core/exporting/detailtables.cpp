#include "detailtables.h"

#include "ledger.h"
#include "rules.h"

#include <QHash>

#include <algorithm>

namespace tz {

namespace {

struct ProjectInfo
{
    int order = 0;
    QString code;
    QString name;
};

// The words of milestoneStateText(), untranslated (sheets are Chinese; see sheetLightText()).
QString stateText(MilestoneState s)
{
    switch (s) {
    case MilestoneState::Done:
        return QStringLiteral("已完成");
    case MilestoneState::DoneLate:
        return QStringLiteral("逾期完成");
    case MilestoneState::Overdue:
        return QStringLiteral("逾期");
    case MilestoneState::DueSoon:
        return QStringLiteral("临期");
    case MilestoneState::NotDue:
        break;
    }
    return QStringLiteral("未到期");
}

ExportCell::Type cellType(ColumnType t)
{
    switch (t) {
    case ColumnType::Money:
    case ColumnType::Decimal:
        return ExportCell::Amount;
    case ColumnType::Integer:
        return ExportCell::Number;
    case ColumnType::Date:
        return ExportCell::Date;
    default:
        return ExportCell::Text;
    }
}

ExportCell cellOf(const ColumnDef &def, const QVariant &v, const QHash<qint64, QString> &refNames)
{
    if (!v.isValid() || v.isNull())
        return {};
    switch (def.type) {
    case ColumnType::Money:
    case ColumnType::Decimal:
        return ExportCell::fromMoney(Money::fromCents(v.toLongLong()));
    case ColumnType::Integer:
        return ExportCell::fromNumber(double(v.toLongLong()));
    case ColumnType::Date:
        return ExportCell::fromDate(storedDate(v));
    case ColumnType::Month: {
        // "2023-05" as offices write a reporting month: 2023年5月.
        const QDate d = QDate::fromString(v.toString() + QStringLiteral("-01"), Qt::ISODate);
        return ExportCell::fromText(d.isValid() ? QStringLiteral("%1年%2月")
                                                          .arg(d.year())
                                                          .arg(d.month())
                                                  : v.toString());
    }
    case ColumnType::Ref:
        return ExportCell::fromText(refNames.value(v.toLongLong()));
    default:
        return ExportCell::fromText(v.toString());
    }
}

ExportTable table(const Ledger &ledger, Entity e, const QString &sheetName,
                  const QHash<qint64, ProjectInfo> &projects, QDate today)
{
    const EntityDef &def = entityDef(e);
    const bool milestone = e == Entity::Milestone;
    const int actualCol = milestone ? columnIndex(e, QStringLiteral("actual_date")) : -1;
    const int plannedCol = milestone ? columnIndex(e, QStringLiteral("planned_date")) : -1;
    const int warningDays = ledger.lightSettings().warningDays;

    QHash<qint64, QString> refNames[EntityCount];
    for (const ColumnDef &c : def.columns)
        if (c.type == ColumnType::Ref && c.ref != Entity::Project && refNames[int(c.ref)].isEmpty())
            for (const Row &r : ledger.rows(c.ref))
                refNames[int(c.ref)].insert(r.id, r.text(entityDef(c.ref).titleColumn));

    ExportTable t;
    t.sheetName = sheetName;
    t.columns.push_back({ QStringLiteral("项目编号"), {}, ExportCell::Text, 24 });
    t.columns.push_back({ QStringLiteral("项目名称"), {}, ExportCell::Text, 40 });
    std::vector<int> sources; // schema column per exported column, -1 for the derived state
    for (int i = 0; i < int(def.columns.size()); ++i) {
        if (i == def.parentColumn)
            continue;
        const ColumnDef &c = def.columns[size_t(i)];
        // The schema's Chinese label itself, untranslated: see sheetLightText().
        t.columns.push_back({ QString::fromUtf8(c.label), {}, cellType(c.type), c.type == ColumnType::LongText ? 40 : 24 });
        sources.push_back(i);
        if (i == actualCol) {
            t.columns.push_back({ QStringLiteral("完成状态"), {}, ExportCell::Text, 10 });
            sources.push_back(-1);
        }
    }

    std::vector<Row> rows = ledger.rows(e);
    // By project, then (milestones) by planned date; ids keep the rest in entry order.
    std::stable_sort(rows.begin(), rows.end(), [&](const Row &a, const Row &b) {
        const int pa = projects.value(a.integer(def.parentColumn)).order;
        const int pb = projects.value(b.integer(def.parentColumn)).order;
        if (pa != pb)
            return pa < pb;
        return milestone && a.text(plannedCol) < b.text(plannedCol);
    });
    for (const Row &r : rows) {
        const ProjectInfo p = projects.value(r.integer(def.parentColumn));
        std::vector<ExportCell> cells = { ExportCell::fromText(p.code), ExportCell::fromText(p.name) };
        for (int source : sources) {
            if (source < 0) {
                const MilestoneState s = milestoneState(storedDate(r.value(plannedCol)),
                                                        storedDate(r.value(actualCol)), today, warningDays);
                cells.push_back(ExportCell::fromText(stateText(s)));
                continue;
            }
            const ColumnDef &c = def.columns[size_t(source)];
            cells.push_back(cellOf(c, r.value(source), refNames[int(c.ref)]));
        }
        t.rows.push_back(std::move(cells));
    }
    return t;
}

} // namespace

std::vector<ExportTable> detailTables(const Ledger &ledger, QDate today)
{
    QHash<qint64, ProjectInfo> projects;
    int order = 0;
    for (const Row &p : ledger.rows(Entity::Project))
        projects.insert(p.id, { order++, p.text(0), p.text(1) });
    return {
        table(ledger, Entity::Milestone, QStringLiteral("时间节点"), projects, today),
        table(ledger, Entity::Requirement, QStringLiteral("要素保障"), projects, today),
        table(ledger, Entity::Progress, QStringLiteral("进展调度"), projects, today),
        table(ledger, Entity::Supervision, QStringLiteral("督导记录"), projects, today),
    };
}

} // namespace tz
