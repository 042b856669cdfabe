#include "detailtables.h"

#include "detailorder.h"

#include "ledger.h"
#include "rules.h"
#include "sqlitestatement.h"

#include "xmlbytes.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cstring>
#include <string>

namespace tz {

std::string_view TextStore::add(std::string_view bytes)
{
    if (bytes.empty())
        return {};
    if (m_used + bytes.size() > m_capacity) {
        constexpr size_t kBlock = 1 << 20;
        m_capacity = std::max(kBlock, bytes.size());
        m_blocks.push_back(std::make_unique<char[]>(m_capacity));
        m_used = 0;
    }
    char *at = m_blocks.back().get() + m_used;
    std::memcpy(at, bytes.data(), bytes.size());
    m_used += bytes.size();
    return { at, bytes.size() };
}

namespace {

// Where a table's text cells keep their bytes.
struct Texts
{
    TextStore &store;
    std::deque<QString> &raw;
};

DetailCell textCell(const Texts &to, std::string_view cleaned, size_t units, bool newline, const QString *raw)
{
    DetailCell c;
    c.kind = ExportCell::Text;
    const std::string_view kept = to.store.add(cleaned);
    c.text = kept.data();
    c.length = uint32_t(kept.size());
    c.units = uint16_t(std::min<size_t>(units, 0xFFFF)); // only text that needed no cleaning is measured by it
    c.newline = newline;
    c.raw = raw;
    return c;
}

// A text cell of `text` (empty text: an empty cell, as ExportCell::fromText makes it).
DetailCell textCell(const Texts &to, const QString &text)
{
    if (text.isEmpty())
        return {};
    XmlBytes cleaned;
    appendCellText(cleaned, text);
    // The text as stored is kept only where cleaning changed it: widths measure what is stored.
    if (QString::fromUtf8(cleaned.data(), qsizetype(cleaned.size())) == text)
        return textCell(to, cleaned.view(), size_t(text.size()), text.contains(u'\n'), nullptr);
    to.raw.push_back(text);
    return textCell(to, cleaned.view(), 0, false, &to.raw.back());
}

// The same for text as SQLite gives it: almost always stored as it is.
DetailCell textCell(const Texts &to, std::string_view utf8)
{
    if (utf8.empty())
        return {};
    size_t units = 0;
    bool newline = false;
    if (isCleanCellText(utf8, &units, &newline))
        return textCell(to, utf8, units, newline, nullptr);
    return textCell(to, QString::fromUtf8(utf8.data(), qsizetype(utf8.size())));
}

std::string_view utf8Of(const SqliteStatement &q, int column)
{
    const QByteArrayView b = q.utf8(column);
    return { b.data(), size_t(b.size()) };
}

// A stored yyyy-MM-dd as yyyymmdd, 0 unless it is a day QDate takes (SqliteStatement::date):
// the detail sheets read tens of thousands of dates, and need no calendar object for them.
int storedDate(std::string_view s)
{
    if (s.size() != 10 || s[4] != '-' || s[7] != '-')
        return 0;
    int parts[3] = {};
    const int starts[3] = { 0, 5, 8 }, ends[3] = { 4, 7, 10 };
    for (int p = 0; p < 3; ++p)
        for (int i = starts[p]; i < ends[p]; ++i) {
            if (s[size_t(i)] < '0' || s[size_t(i)] > '9')
                return 0;
            parts[p] = parts[p] * 10 + (s[size_t(i)] - '0');
        }
    const int y = parts[0], m = parts[1], d = parts[2];
    static constexpr int kDays[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (y < 1 || m < 1 || m > 12 || d < 1 || d > kDays[m - 1] + (m == 2 && leap ? 1 : 0))
        return 0; // QDate has no year 0
    return y * 10000 + m * 100 + d;
}

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

// A project's code and name, made once and shared by the rows of every table.
struct ProjectCells
{
    DetailCell code;
    DetailCell name;
};

struct Projects
{
    TextStore text;
    std::deque<QString> raw;
    QHash<qint64, ProjectCells> byId;
};

// "2023-05" as offices write a reporting month: 2023年5月; anything else as it is.
DetailCell monthCell(const Texts &to, std::string_view month)
{
    const auto digit = [&month](size_t i) { return month[i] >= '0' && month[i] <= '9'; };
    const bool wellFormed = month.size() == 7 && month[4] == '-' && digit(0) && digit(1) && digit(2) && digit(3)
            && digit(5) && digit(6);
    const int m = wellFormed ? (month[5] - '0') * 10 + (month[6] - '0') : 0;
    if (m < 1 || m > 12)
        return textCell(to, month);
    const int y = ((month[0] - '0') * 10 + (month[1] - '0')) * 100 + (month[2] - '0') * 10 + (month[3] - '0');
    std::string text = std::to_string(y) + "年" + std::to_string(m) + "月";
    return textCell(to, text);
}

// One stored value as its sheet cell, read straight from the statement.
DetailCell cellOf(const Texts &to, const ColumnDef &def, const SqliteStatement &q, int column,
                  const QHash<qint64, DetailCell> &refNames)
{
    if (q.isNull(column))
        return {};
    DetailCell c;
    switch (def.type) {
    case ColumnType::Money:
    case ColumnType::Decimal:
        c.kind = ExportCell::Amount;
        c.cents = q.int64(column);
        return c;
    case ColumnType::Integer:
        c.kind = ExportCell::Number;
        c.number = double(q.int64(column));
        return c;
    case ColumnType::Date:
        c.date = storedDate(utf8Of(q, column));
        if (c.date == 0)
            return {};
        c.kind = ExportCell::Date;
        return c;
    case ColumnType::Month:
        return monthCell(to, utf8Of(q, column));
    case ColumnType::Ref:
        return refNames.value(q.int64(column));
    default:
        return textCell(to, utf8Of(q, column));
    }
}

DetailTable table(const Ledger &ledger, Entity e, const QString &sheetName,
                  const std::shared_ptr<const Projects> &projects, QDate today, DetailRowOrder order, QString *error)
{
    const EntityDef &def = entityDef(e);
    const bool milestone = e == Entity::Milestone;
    const int actualCol = milestone ? columnIndex(e, QStringLiteral("actual_date")) : -1;
    const int plannedCol = milestone ? columnIndex(e, QStringLiteral("planned_date")) : -1;
    const int warningDays = ledger.lightSettings().warningDays;

    DetailTable t;
    t.shared = projects;
    const Texts texts{ t.text, t.raw };
    QHash<qint64, DetailCell> refNames[EntityCount];
    bool named[EntityCount] = {};
    for (const ColumnDef &c : def.columns)
        if (c.type == ColumnType::Ref && c.ref != Entity::Project && !named[int(c.ref)]) {
            named[int(c.ref)] = true;
            for (const Row &r : ledger.rows(c.ref))
                refNames[int(c.ref)].insert(r.id, textCell(texts, r.text(entityDef(c.ref).titleColumn)));
        }
    DetailCell states[5];
    for (const MilestoneState s : { MilestoneState::Done, MilestoneState::DoneLate, MilestoneState::Overdue,
                                    MilestoneState::DueSoon, MilestoneState::NotDue })
        states[int(s)] = textCell(texts, stateText(s));

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

    // The cells of all rows in one array, its size known first: no reallocation on the way.
    {
        SqliteStatement count(ledger.database(), ("SELECT COUNT(*) FROM " + QByteArray(def.table)).constData());
        if (count.next())
            t.cells.reserve(size_t(std::max<qint64>(count.int64(0), 0)) * t.columns.size());
    }
    const auto readRow = [&](const SqliteStatement &q) {
        const ProjectCells p = projects->byId.value(q.int64(def.parentColumn));
        t.cells.push_back(p.code);
        t.cells.push_back(p.name);
        for (int source : sources) {
            if (source < 0) {
                const MilestoneState s = milestoneState(q.date(plannedCol), q.date(actualCol), today, warningDays);
                t.cells.push_back(states[int(s)]);
                continue;
            }
            const ColumnDef &c = def.columns[size_t(source)];
            t.cells.push_back(cellOf(texts, c, q, source, refNames[int(c.ref)]));
        }
    };
    // By project (projects are in id order), then (milestones) by planned date; ids keep the
    // rest in entry order. Read as stored and put in order here (DetailOrder), unless a key is
    // one that only SQLite orders right (a project id not stored as an integer, a planned date
    // not yyyy-MM-dd): then the table is read again in SQLite's order.
    const QByteArray from = "SELECT " + select + " FROM " + QByteArray(def.table);
    if (order == DetailRowOrder::Read) {
        DetailOrder keys;
        keys.reserve(t.cells.capacity() / t.columns.size());
        SqliteStatement q(ledger.database(), (from + " ORDER BY id").constData());
        bool fits = true;
        while (fits && q.next()) {
            const int date = milestone ? storedDate(utf8Of(q, plannedCol)) : 0;
            fits = q.isInteger(def.parentColumn) && (!milestone || date != 0);
            if (fits) {
                keys.add(q.int64(def.parentColumn), date);
                readRow(q);
            }
        }
        if (!q.ok()) {
            *error = QCoreApplication::translate("tz::export", "读取台账失败：%1").arg(q.error());
            return t;
        }
        if (fits) {
            if (!keys.sorted())
                t.cells = permuteRows(t.cells, t.columns.size(), keys.permutation());
            return t;
        }
        t.cells.clear(); // the text kept for them stays in the store, unused: a rare table
    }
    const QByteArray parent = def.columns[size_t(def.parentColumn)].name;
    const QByteArray sql = from + " ORDER BY " + parent
            + (milestone ? ", " + QByteArray(def.columns[size_t(plannedCol)].name) : QByteArray()) + ", id";
    SqliteStatement q(ledger.database(), sql.constData());
    while (q.next())
        readRow(q);
    if (!q.ok())
        *error = QCoreApplication::translate("tz::export", "读取台账失败：%1").arg(q.error());
    return t;
}

} // namespace

QString forEachDetailTable(const Ledger &ledger, QDate today, const std::function<void(DetailTable &&)> &write,
                           DetailRowOrder order)
{
    auto projects = std::make_shared<Projects>();
    {
        const Texts texts{ projects->text, projects->raw };
        SqliteStatement q(ledger.database(), "SELECT id, code, name FROM projects");
        while (q.next())
            projects->byId.insert(q.int64(0), { textCell(texts, utf8Of(q, 1)), textCell(texts, utf8Of(q, 2)) });
    }
    const std::pair<Entity, QString> sheets[] = {
        { Entity::Milestone, QStringLiteral("时间节点") },
        { Entity::Requirement, QStringLiteral("要素保障") },
        { Entity::Progress, QStringLiteral("进展调度") },
        { Entity::Supervision, QStringLiteral("督导记录") },
    };
    QString error;
    for (const auto &[entity, name] : sheets) {
        write(table(ledger, entity, name, projects, today, order, &error));
        if (!error.isEmpty())
            return error;
    }
    return {};
}

} // namespace tz
