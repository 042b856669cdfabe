#include "detailtables.h"

#include "ledger.h"
#include "rules.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace tz {

namespace {

struct ProjectInfo
{
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

// One stored value as its sheet cell, read straight from the statement (no QVariant).
ExportCell cellOf(const ColumnDef &def, const SqliteStatement &q, int column, const QHash<qint64, QString> &refNames)
{
    if (q.isNull(column))
        return {};
    switch (def.type) {
    case ColumnType::Money:
    case ColumnType::Decimal:
        return ExportCell::fromMoney(Money::fromCents(q.int64(column)));
    case ColumnType::Integer:
        return ExportCell::fromNumber(double(q.int64(column)));
    case ColumnType::Date:
        return ExportCell::fromDate(q.date(column));
    case ColumnType::Month: {
        // "2023-05" as offices write a reporting month: 2023年5月.
        const QString month = q.text(column);
        const auto digit = [&month](int i) { return month.at(i) >= u'0' && month.at(i) <= u'9'; };
        const bool wellFormed = month.size() == 7 && month.at(4) == u'-' && digit(0) && digit(1) && digit(2)
                && digit(3) && digit(5) && digit(6);
        const int y = wellFormed ? QStringView(month).left(4).toInt() : 0;
        const int m = wellFormed ? QStringView(month).mid(5).toInt() : 0;
        if (!wellFormed || m < 1 || m > 12)
            return ExportCell::fromText(month);
        QString text;
        appendDecimal(text, y);
        text += u'年';
        appendDecimal(text, m);
        text += u'月';
        return ExportCell::fromText(text);
    }
    case ColumnType::Ref:
        return ExportCell::fromText(refNames.value(q.int64(column)));
    default:
        return ExportCell::fromText(q.text(column));
    }
}

ExportTable table(const Ledger &ledger, Entity e, const QString &sheetName,
                  const QHash<qint64, ProjectInfo> &projects, QDate today, QString *error)
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
    QByteArray select;
    for (int i = 0; i < int(def.columns.size()); ++i) {
        select += (i ? ", " : "") + QByteArray(def.columns[size_t(i)].name);
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

    // By project (projects are in id order), then (milestones) by planned date; ids keep the
    // rest in entry order. Stored dates are yyyy-MM-dd, so they sort as text.
    const QByteArray parent = def.columns[size_t(def.parentColumn)].name;
    const QByteArray sql = "SELECT " + select + " FROM " + QByteArray(def.table) + " ORDER BY " + parent
            + (milestone ? ", " + QByteArray(def.columns[size_t(plannedCol)].name) : QByteArray()) + ", id";
    SqliteStatement q(ledger.database(), sql.constData());
    while (q.next()) {
        const ProjectInfo p = projects.value(q.int64(def.parentColumn));
        std::vector<ExportCell> cells;
        cells.reserve(t.columns.size());
        cells.push_back(ExportCell::fromText(p.code));
        cells.push_back(ExportCell::fromText(p.name));
        for (int source : sources) {
            if (source < 0) {
                const MilestoneState s = milestoneState(q.date(plannedCol), q.date(actualCol), today, warningDays);
                cells.push_back(ExportCell::fromText(stateText(s)));
                continue;
            }
            const ColumnDef &c = def.columns[size_t(source)];
            cells.push_back(cellOf(c, q, source, refNames[int(c.ref)]));
        }
        t.rows.push_back(std::move(cells));
    }
    if (!q.ok())
        *error = QCoreApplication::translate("tz::export", "读取台账失败：%1").arg(q.error());
    return t;
}

} // namespace

QString forEachDetailTable(const Ledger &ledger, QDate today, const std::function<void(ExportTable &&)> &write)
{
    QHash<qint64, ProjectInfo> projects;
    SqliteStatement q(ledger.database(), "SELECT id, code, name FROM projects");
    while (q.next())
        projects.insert(q.int64(0), { q.text(1), q.text(2) });
    const std::pair<Entity, QString> sheets[] = {
        { Entity::Milestone, QStringLiteral("时间节点") },
        { Entity::Requirement, QStringLiteral("要素保障") },
        { Entity::Progress, QStringLiteral("进展调度") },
        { Entity::Supervision, QStringLiteral("督导记录") },
    };
    QString error;
    for (const auto &[entity, name] : sheets) {
        write(table(ledger, entity, name, projects, today, &error));
        if (!error.isEmpty())
            return error;
    }
    return {};
}

} // namespace tz
