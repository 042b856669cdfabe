#include "importplan.h"

#include "values.h"

#include "ledger.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <future>
#include <string_view>
#include <system_error>
#include <unordered_map>

namespace tz {

namespace {

int pcol(const char *name)
{
    return projectColumn(name);
}

// Which department usually resolves a kind of need; the user can change it afterwards.
QString defaultDepartment(const QString &kind)
{
    if (kind == QStringLiteral("资金"))
        return QStringLiteral("市财政局");
    if (kind == QStringLiteral("土地"))
        return QStringLiteral("市自然资源和规划局");
    if (kind == QStringLiteral("用工"))
        return QStringLiteral("市人力资源社会保障局");
    if (kind == QStringLiteral("环评"))
        return QStringLiteral("市生态环境局");
    return {};
}

QString defaultMeasure(const QString &kind)
{
    if (kind == QStringLiteral("资金"))
        return QStringLiteral("万元");
    if (kind == QStringLiteral("土地"))
        return QStringLiteral("亩");
    if (kind == QStringLiteral("用工"))
        return QStringLiteral("人");
    return {};
}

// Cells that say there is no need: "无", "/", "—", "不需要".
bool saysNone(const QString &text)
{
    static const QStringList none = { QStringLiteral("无"), QStringLiteral("/"), QStringLiteral("—"),
                                      QStringLiteral("-"), QStringLiteral("不需要"), QStringLiteral("暂无"),
                                      QStringLiteral("无需求") };
    return none.contains(text.trimmed());
}

RequirementDraft factorNeed(const QString &kind, const QString &text)
{
    RequirementDraft r;
    r.kind = kind;
    r.description = text;
    r.department = defaultDepartment(kind);
    // A bare number in a factor column is the quantity in the kind's usual measure.
    if (const auto n = Money::parse(text)) {
        r.quantity = n;
        r.measure = defaultMeasure(kind);
        r.description = QCoreApplication::translate("tz::import", "%1需求 %2%3")
                                .arg(kind, n->toString().remove(QRegularExpression(QStringLiteral("\\.?0+$"))), r.measure);
        return r;
    }
    static const QRegularExpression done(QStringLiteral("^(已批复|已解决|已完成|已办结|已落实|已到位|已取得)"));
    if (done.match(text).hasMatch())
        r.resolved = true;
    static const QRegularExpression qty(
            QStringLiteral("(\\d+(?:\\.\\d{1,2})?)\\s*(万元|亿元|亩|人|名|平方米|千瓦|吨|项)"));
    const auto m = qty.match(text);
    if (m.hasMatch()) {
        r.quantity = Money::parse(m.captured(1));
        r.measure = m.captured(2) == QStringLiteral("名") ? QStringLiteral("人") : m.captured(2);
    }
    return r;
}

// Sheets with fewer data rows are planned on one thread: a thread costs more than it saves.
constexpr size_t kRowsForTwoCores = 2000;

class Planner
{
public:
    Planner(const Ledger &ledger, const Sheet &sheet, const QString &path, const ImportOptions &o)
        : m_ledger(ledger), m_sheet(sheet), m_path(path), m_options(o)
    {
    }
    ImportPreview run();

private:
    void problem(int row, int column, const QString &what, bool error = true)
    {
        m_preview.problems.push_back(
                { row, column, describeCellLocation(m_path, m_sheet.name, row, column) + QStringLiteral("：") + what, error });
    }
    void readRow(int row, const QString &group);
    void readRows(const std::vector<const SheetTable::RowInfo *> &rows, size_t begin, size_t end);
    void readAllRows();
    void codeTakenTwice();
    std::optional<Money> money(int row, int column, const ColumnMapping &m);
    std::optional<QDate> date(int row, int column);
    void match();

    // A dozen leaders and a few hundred dates over thousands of rows: each text parsed once (the
    // parsers depend on the text alone), up to a bound so that memory stays small.
    template<typename T, typename Parse>
    static T remembered(QHash<QString, T> &memo, const QString &text, Parse parse)
    {
        if (const auto it = memo.constFind(text); it != memo.constEnd())
            return *it;
        T value = parse(text);
        if (memo.size() < 4096)
            memo.insert(text, value);
        return value;
    }

    const Ledger &m_ledger;
    const Sheet &m_sheet;
    QString m_path;
    ImportOptions m_options;
    ImportPreview m_preview;
    // Per row read, how many problems it added (in order), for codeTakenTwice().
    std::vector<size_t> m_rowProblems;
    size_t m_sheetProblems = 0; // problems before the first row's
    // Group labels and whether the ledger has a unit of that name, asked before the rows are read.
    QHash<QString, bool> m_knownGroups;
    QHash<QString, std::optional<QDate>> m_dateTexts;
    QHash<QString, PersonTitle> m_people;
};

std::optional<Money> Planner::money(int row, int column, const ColumnMapping &m)
{
    const Cell &c = m_sheet.cell(row, column);
    if (c.type == Cell::Number)
        return amountFromNumber(c.number, m.unitScale);
    const auto parsed = parseAmountText(c.plainText(), m.unitScale);
    if (!parsed || parsed->cents() < 0)
        problem(row, column, QCoreApplication::translate("tz::import", "“%1”不是有效金额（万元，最多两位小数）").arg(c.plainText()));
    return parsed;
}

std::optional<QDate> Planner::date(int row, int column)
{
    const Cell &c = m_sheet.cell(row, column);
    if (c.type == Cell::Date && c.date.isValid())
        return c.date;
    // A date typed into a cell formatted as a number arrives as its serial.
    if (c.type == Cell::Number && c.number > 20000 && c.number < 80000)
        return excelSerialToDate(c.number);
    const auto parsed = remembered(m_dateTexts, c.plainText(), parseDateText);
    if (!parsed)
        problem(row, column, QCoreApplication::translate("tz::import", "“%1”不是可识别的日期（如 2023-05-01、2023年5月1日）").arg(c.plainText()));
    return parsed;
}

void Planner::readRow(int row, const QString &group)
{
    ProjectDraft d;
    d.row = row;
    const size_t problemsBefore = m_preview.problems.size();
    QStringList notes;
    const auto &maps = m_preview.table.mappings;
    for (int c = 0; c < int(maps.size()); ++c) {
        const ColumnMapping &m = maps[size_t(c)];
        const Cell &cell = m_sheet.cell(row, c);
        if (m.field == ImportField::Ignore || cell.isEmpty())
            continue;
        // Amounts and dates in typed cells are read from the number or date (money(), date()):
        // their text is never empty, and formatting it for every row cost more than the rest.
        const bool amount = m.field == ImportField::TotalInvestment || m.field == ImportField::PlannedInvestment
                || m.field == ImportField::CompletedInvestment || m.field == ImportField::MonthPlan
                || m.field == ImportField::MonthCompleted;
        const bool day = m.field == ImportField::StartDate || m.field == ImportField::PlannedEndDate;
        const bool typed = (amount || day)
                && (cell.type == Cell::Number || (cell.type == Cell::Date && cell.date.isValid()));
        const QString text = typed ? QString() : cell.plainText().trimmed();
        if (!typed && text.isEmpty())
            continue;
        const auto setText = [&](const char *column) {
            const int most = entityDef(Entity::Project).columns[size_t(pcol(column))].type == ColumnType::Text
                    ? MaxTextLength
                    : MaxLongTextLength;
            if (text.size() > most)
                problem(row, c, QCoreApplication::translate("tz::values", "内容过长（%1 个字符，最多 %2 个）")
                                        .arg(text.size())
                                        .arg(most));
            else
                d.fields.insert(pcol(column), text);
        };
        const auto setMoney = [&](const char *column) {
            if (const auto v = money(row, c, m))
                d.fields.insert(pcol(column), v->cents());
        };
        const auto setDate = [&](const char *column) {
            if (const auto v = date(row, c))
                d.fields.insert(pcol(column), dateToStorage(*v));
        };
        switch (m.field) {
        case ImportField::Code: setText("code"); break;
        case ImportField::Name: setText("name"); break;
        case ImportField::Owner: setText("owner"); break;
        case ImportField::Content: setText("content"); break;
        case ImportField::Location: setText("location"); break;
        case ImportField::Contact: setText("contact"); break;
        case ImportField::ContactPhone: setText("contact_phone"); break;
        case ImportField::AnnualGoal: setText("annual_goal"); break;
        case ImportField::Notes: notes.prepend(text); break;
        case ImportField::TotalInvestment: setMoney("total_investment"); break;
        case ImportField::PlannedInvestment: setMoney("planned_investment"); break;
        case ImportField::CompletedInvestment: setMoney("completed_investment"); break;
        case ImportField::StartDate: setDate("start_date"); break;
        case ImportField::PlannedEndDate: setDate("planned_end_date"); break;
        case ImportField::Category: d.refNames.insert(pcol("category_id"), text); break;
        case ImportField::Phase: d.refNames.insert(pcol("phase_id"), text); break;
        case ImportField::Unit: d.refNames.insert(pcol("unit_id"), text); break;
        case ImportField::Leader: {
            const PersonTitle p = remembered(m_people, text, parsePersonTitle);
            d.refNames.insert(pcol("leader_id"), p.name);
            d.leaderTitle = p.title;
            break;
        }
        case ImportField::Schedule: {
            if (!m_preview.year) {
                problem(row, c, QCoreApplication::translate("tz::import", "不知道时间节点属于哪一年：请在导入时指定年份"));
                break;
            }
            const ScheduleParse s = parseSchedule(text, m_preview.year);
            d.milestones.insert(d.milestones.end(), s.items.begin(), s.items.end());
            if (s.items.empty() && !d.fields.contains(pcol("content"))) {
                // No dated clause at all: a column such as 建设内容及进度安排 holding content.
                d.fields.insert(pcol("content"), text);
            } else if (!s.unparsed.isEmpty()) {
                // Kept in the notes so nothing typed is lost.
                notes << QCoreApplication::translate("tz::import", "未能识别日期的节点：%1").arg(s.unparsed.join(QStringLiteral("；")));
                problem(row, c, QCoreApplication::translate("tz::import", "以下内容没有可识别的月份，已记入备注：%1").arg(s.unparsed.join(QStringLiteral("；"))), false);
            }
            break;
        }
        case ImportField::Factor:
            if (!saysNone(text))
                d.requirements.push_back(factorNeed(m.factorKind, text));
            break;
        case ImportField::MonthPlan:
        case ImportField::MonthCompleted:
            if (m.year && m_preview.year && m.year != m_preview.year)
                break; // another year's columns: not this ledger year's plan
            if (const auto v = money(row, c, m))
                (m.field == ImportField::MonthPlan ? d.monthPlan : d.monthCompleted)[m.month] = *v;
            break;
        case ImportField::Ignore:
            break;
        }
    }
    if (!notes.isEmpty())
        d.fields.insert(pcol("notes"), notes.join(u'\n'));
    // A group row such as "一、高新区（7个）" names the unit of the rows beneath it.
    if (!d.refNames.contains(pcol("unit_id")) && !group.isEmpty()
        && (m_knownGroups.value(group) || group.endsWith(u'区') || group.endsWith(u'县')))
        d.refNames.insert(pcol("unit_id"), group);
    if (d.name().isEmpty()) {
        problem(row, -1, QCoreApplication::translate("tz::import", "缺少项目名称"));
    }
    // A code taken twice is found when the rows are put together (codeTakenTwice): its problem
    // comes after the row's others, and hasError is set there.
    m_rowProblems.push_back(m_preview.problems.size() - problemsBefore);
    m_preview.projects.push_back(std::move(d));
}

void Planner::readRows(const std::vector<const SheetTable::RowInfo *> &rows, size_t begin, size_t end)
{
    for (size_t i = begin; i < end; ++i)
        readRow(rows[i]->row, rows[i]->group);
}

void Planner::readAllRows()
{
    m_sheetProblems = m_preview.problems.size();
    std::vector<const SheetTable::RowInfo *> rows;
    for (const SheetTable::RowInfo &r : m_preview.table.rows)
        if (r.kind == SheetTable::Data)
            rows.push_back(&r);
    // The ledger is asked here, on this thread (its connection belongs to it), once per group.
    for (const SheetTable::RowInfo *r : rows)
        if (!r->group.isEmpty() && !m_knownGroups.contains(r->group))
            m_knownGroups.insert(r->group, m_ledger.findByName(Entity::Unit, r->group) != 0);

    // Each row is read on its own (the parsers depend on the cell alone): the second half of a
    // large sheet is read on another core into a planner of its own, and appended after the
    // first, so projects and problems come out in the order of the rows, as read in turn.
    const size_t half = rows.size() >= kRowsForTwoCores ? rows.size() / 2 : rows.size();
    Planner second(m_ledger, m_sheet, m_path, m_options);
    second.m_preview.table.mappings = m_preview.table.mappings;
    second.m_preview.year = m_preview.year;
    second.m_knownGroups = m_knownGroups;
    std::future<void> later;
    if (half < rows.size()) {
        const auto work = [&second, &rows, half] { second.readRows(rows, half, rows.size()); };
        // No thread to be had: the second half is read here, after the first.
        try {
            later = std::async(std::launch::async, work);
        } catch (const std::system_error &) {
            later = std::async(std::launch::deferred, work);
        }
    }
    readRows(rows, 0, half);
    if (later.valid()) {
        later.get();
        m_preview.projects.insert(m_preview.projects.end(), std::make_move_iterator(second.m_preview.projects.begin()),
                                  std::make_move_iterator(second.m_preview.projects.end()));
        m_preview.problems.insert(m_preview.problems.end(), std::make_move_iterator(second.m_preview.problems.begin()),
                                  std::make_move_iterator(second.m_preview.problems.end()));
        m_rowProblems.insert(m_rowProblems.end(), second.m_rowProblems.begin(), second.m_rowProblems.end());
    }
    codeTakenTwice();
}

void Planner::codeTakenTwice()
{
    // In the order of the rows: the second row with a code is the one in error, its problem
    // after the row's own, as when each row was checked as it was read.
    std::vector<ImportProblem> problems;
    problems.reserve(m_preview.problems.size());
    QSet<QString> codes;
    // Problems of the whole sheet, found before the rows were read, stay first.
    size_t next = 0;
    for (; next < m_sheetProblems; ++next)
        problems.push_back(std::move(m_preview.problems[next]));
    for (size_t i = 0; i < m_preview.projects.size(); ++i) {
        ProjectDraft &d = m_preview.projects[i];
        const size_t first = problems.size();
        for (size_t k = 0; k < m_rowProblems[i]; ++k)
            problems.push_back(std::move(m_preview.problems[next++]));
        const QString code = d.code();
        if (!code.isEmpty()) {
            if (codes.contains(code))
                problems.push_back({ d.row, -1,
                                     describeCellLocation(m_path, m_sheet.name, d.row, -1) + QStringLiteral("：")
                                             + QCoreApplication::translate("tz::import", "项目编号“%1”在表中重复出现").arg(code),
                                     true });
            codes.insert(code);
        }
        for (size_t k = first; k < problems.size(); ++k)
            d.hasError = d.hasError || problems[k].error;
    }
    m_preview.problems = std::move(problems);
}

void Planner::match()
{
    QHash<QString, qint64> byCode, byName;
    for (const Row &p : m_ledger.rows(Entity::Project)) {
        byCode.insert(p.text(pcol("code")), p.id);
        byName.insert(p.text(pcol("name")), p.id);
    }
    QSet<QString> units, leaders, categories, phases;
    // A dozen units and leaders over thousands of rows: one query per name, not per row.
    QHash<QString, bool> seen;
    const auto known = [&](Entity e, const QString &name) {
        const QString key = QString::number(int(e)) + u'|' + name;
        const auto it = seen.constFind(key);
        return it != seen.constEnd() ? *it : *seen.insert(key, m_ledger.findByName(e, name) != 0);
    };
    for (ProjectDraft &d : m_preview.projects) {
        const QString code = d.code();
        d.existingId = !code.isEmpty() ? byCode.value(code) : byName.value(d.name());
        for (const auto &[column, value] : d.refNames) {
            const Entity e = entityDef(Entity::Project).columns[size_t(column)].ref;
            if (known(e, value))
                continue;
            (e == Entity::Unit ? units : e == Entity::Leader ? leaders : e == Entity::Category ? categories : phases)
                    .insert(value);
        }
        if (!d.existingId) {
            d.newChildren = ExistingChildren().countNew(d, importYear(m_preview));
            continue;
        }
        const auto current = m_ledger.row(Entity::Project, d.existingId);
        for (const auto &[column, value] : d.fields) {
            const ColumnDef &def = entityDef(Entity::Project).columns[size_t(column)];
            if (current->values.at(column) != value)
                d.changes << QStringLiteral("%1：%2 → %3").arg(columnLabel(Entity::Project, column),
                                                              displayText(def, current->values.at(column)),
                                                              displayText(def, value));
        }
        for (const auto &[column, value] : d.refNames) {
            const Entity e = entityDef(Entity::Project).columns[size_t(column)].ref;
            const QString now = current->isNull(column) ? QString() : m_ledger.rowTitle(e, current->integer(column));
            if (now != value)
                d.changes << QStringLiteral("%1：%2 → %3").arg(columnLabel(Entity::Project, column), now, value);
        }
        const int year = importYear(m_preview);
        d.newChildren = ExistingChildren(m_ledger, d.existingId, year).countNew(d, year);
    }
    const auto sorted = [](const QSet<QString> &s) {
        QStringList l(s.begin(), s.end());
        l.sort();
        return l;
    };
    m_preview.newUnits = sorted(units);
    m_preview.newLeaders = sorted(leaders);
    m_preview.newCategories = sorted(categories);
    m_preview.newPhases = sorted(phases);
}

ImportPreview Planner::run()
{
    m_preview.filePath = m_path;
    m_preview.sheetName = m_sheet.name;
    const auto table = locateTable(m_sheet);
    if (!table) {
        problem(-1, -1, QCoreApplication::translate("tz::import", "找不到表头：前 30 行中没有一行同时含有“项目名称”或“项目编号”等列名"));
        return m_preview;
    }
    m_preview.table = *table;
    if (!m_options.mappings.empty()) {
        for (size_t c = 0; c < m_options.mappings.size() && c < m_preview.table.mappings.size(); ++c)
            m_preview.table.mappings[c] = m_options.mappings[c];
    }
    m_preview.year = m_options.year ? m_options.year : m_preview.table.year;
    bool hasName = false;
    for (size_t c = 0; c < m_preview.table.mappings.size(); ++c) {
        const ColumnMapping &m = m_preview.table.mappings[c];
        hasName = hasName || m.field == ImportField::Name;
        if (!m.known && m.field == ImportField::Ignore && !m_preview.table.headers[qsizetype(c)].isEmpty())
            m_preview.unmappedHeaders << m_preview.table.headers[qsizetype(c)];
    }
    if (!hasName) {
        problem(m_preview.table.headerBottom, -1, QCoreApplication::translate("tz::import", "没有“项目名称”列，无法导入"));
        return m_preview;
    }
    readAllRows();
    match();
    return m_preview;
}

} // namespace

ExistingChildren::ExistingChildren(const Ledger &ledger, qint64 projectId, int year)
{
    for (const Row &m : ledger.childRows(Entity::Milestone, projectId))
        m_milestones.insert(m.text(1) + u'|' + m.text(2));
    for (const Row &r : ledger.childRows(Entity::Requirement, projectId))
        m_needs.insert(ledger.rowTitle(Entity::RequirementKind, r.integer(1)) + u'|' + r.text(2));
    for (const Row &p : ledger.childRows(Entity::Progress, projectId))
        m_periods.insert(p.text(1));
    for (const Row &p : ledger.childRows(Entity::InvestmentPlan, projectId))
        if (p.integer(1) == year)
            m_planMonths.insert(int(p.integer(2)));
}

bool ExistingChildren::has(const ScheduleItem &milestone) const
{
    // A new project has nothing: no key to build (ten thousand new rows ask this).
    if (m_milestones.isEmpty())
        return false;
    return m_milestones.contains(milestone.title + u'|' + dateToStorage(milestone.due));
}

bool ExistingChildren::has(const RequirementDraft &need) const
{
    if (m_needs.isEmpty())
        return false;
    return m_needs.contains(need.kind + u'|' + need.description);
}

int ExistingChildren::countNew(const ProjectDraft &draft, int year) const
{
    int n = 0;
    for (const ScheduleItem &s : draft.milestones)
        n += has(s) ? 0 : 1;
    for (const RequirementDraft &r : draft.requirements)
        n += has(r) ? 0 : 1;
    for (const auto &entry : draft.monthCompleted)
        n += !m_periods.isEmpty() && hasReport(reportPeriod(year, entry.first)) ? 0 : 1;
    for (const auto &entry : draft.monthPlan)
        n += hasPlan(entry.first) ? 0 : 1;
    return n;
}

int projectColumn(const char *name)
{
    static const auto columns = [] {
        std::unordered_map<std::string_view, int> m;
        const auto &cols = entityDef(Entity::Project).columns;
        for (size_t i = 0; i < cols.size(); ++i)
            m.emplace(cols[i].name, int(i));
        return m;
    }();
    const auto it = columns.find(name);
    return it == columns.end() ? -1 : it->second;
}

QString reportPeriod(int year, int month)
{
    return QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QChar(u'0'));
}

int importYear(const ImportPreview &preview)
{
    return preview.year ? preview.year : QDate::currentDate().year();
}

QString ProjectDraft::code() const
{
    return fields.value(pcol("code")).toString();
}

QString ProjectDraft::name() const
{
    return fields.value(pcol("name")).toString();
}

int ImportPreview::added() const
{
    return int(std::count_if(projects.begin(), projects.end(),
                             [](const ProjectDraft &d) { return !d.hasError && !d.existingId; }));
}

int ImportPreview::changed() const
{
    return int(std::count_if(projects.begin(), projects.end(), [](const ProjectDraft &d) {
        return !d.hasError && d.existingId && (!d.changes.isEmpty() || d.newChildren);
    }));
}

int ImportPreview::unchanged() const
{
    return int(std::count_if(projects.begin(), projects.end(), [](const ProjectDraft &d) {
        return !d.hasError && d.existingId && d.changes.isEmpty() && !d.newChildren;
    }));
}

int ImportPreview::rowsWithErrors() const
{
    return int(std::count_if(projects.begin(), projects.end(), [](const ProjectDraft &d) { return d.hasError; }));
}

QString ImportPreview::summary() const
{
    QString s = QCoreApplication::translate("tz::import", "工作表“%1”：新增 %2 个项目，更新 %3 个，无变化 %4 个，有错误的行 %5 行。")
                        .arg(sheetName)
                        .arg(added())
                        .arg(changed())
                        .arg(unchanged())
                        .arg(rowsWithErrors());
    if (!newUnits.isEmpty())
        s += u'\n' + QCoreApplication::translate("tz::import", "将新增责任单位：%1").arg(newUnits.join(u'、'));
    if (!newLeaders.isEmpty())
        s += u'\n' + QCoreApplication::translate("tz::import", "将新增分包领导：%1").arg(newLeaders.join(u'、'));
    if (!newCategories.isEmpty())
        s += u'\n' + QCoreApplication::translate("tz::import", "将新增项目类别：%1").arg(newCategories.join(u'、'));
    if (!newPhases.isEmpty())
        s += u'\n' + QCoreApplication::translate("tz::import", "将新增项目阶段：%1").arg(newPhases.join(u'、'));
    if (!unmappedHeaders.isEmpty())
        s += u'\n' + QCoreApplication::translate("tz::import", "未导入的列：%1").arg(unmappedHeaders.join(u'、'));
    return s;
}

ImportPreview planImport(const Ledger &ledger, const Sheet &sheet, const QString &filePath,
                         const ImportOptions &options)
{
    return Planner(ledger, sheet, filePath, options).run();
}

} // namespace tz
