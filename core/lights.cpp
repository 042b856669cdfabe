#include "lights.h"

#include "ledger.h"
#include "sqlitestatement.h"
#include "values.h"

#include <algorithm>
#include <limits>

namespace tz {

namespace {

using FactsById = QHash<qint64, ProjectFacts>;

// The facts being gathered, and how a child row finds its project's: first the project of the
// last row (rows come mostly in runs of one project, entered and imported project by project),
// then a table by id made once the projects are read. Probing the hash of ten or a hundred
// thousand big nodes missed the cache several times a look-up; ids are mostly dense.
struct Gathering
{
    FactsById facts;
    qint64 lastId = 0;
    ProjectFacts *last = nullptr; // into facts: valid until the next insertion
    std::vector<ProjectFacts *> byId; // facts of project lowId + i; empty: look up in the hash
    qint64 lowId = 0;
    bool indexed = false;

    ProjectFacts &add(qint64 id)
    {
        last = nullptr;
        indexed = false;
        byId.clear();
        return facts[id];
    }
    // The project of the row (its first column), or null for a row whose project is gone.
    ProjectFacts *owner(const SqliteStatement &q)
    {
        const qint64 id = q.int64(0);
        if (last && id == lastId)
            return last;
        if (!indexed)
            index();
        if (!byId.empty()) {
            const quint64 offset = quint64(id) - quint64(lowId); // wraps for ids below lowId
            last = offset < byId.size() ? byId[size_t(offset)] : nullptr;
        } else {
            const auto it = facts.find(id);
            last = it == facts.end() ? nullptr : &*it;
        }
        lastId = id;
        return last;
    }

private:
    void index()
    {
        indexed = true;
        if (facts.isEmpty())
            return;
        qint64 low = std::numeric_limits<qint64>::max(), high = std::numeric_limits<qint64>::min();
        for (auto it = facts.keyBegin(); it != facts.keyEnd(); ++it) {
            low = std::min(low, *it);
            high = std::max(high, *it);
        }
        // Sparse ids (many projects deleted) keep the hash rather than a table mostly empty.
        const quint64 span = quint64(high) - quint64(low); // no overflow whatever the ids
        if (span >= quint64(4 * facts.size() + 1024))
            return;
        lowId = low;
        byId.assign(size_t(span) + 1, nullptr);
        for (auto it = facts.begin(); it != facts.end(); ++it)
            byId[size_t(quint64(it.key()) - quint64(low))] = &*it;
    }
};

// The year the facts are read for, and its "2026-" prefix of report periods (ASCII, so it is
// compared with the stored UTF-8 bytes as it would be with the decoded text).
struct Year
{
    explicit Year(QDate today) : number(today.year()), prefix(QByteArray::number(number) + '-') { }
    int number;
    QByteArray prefix;
};

// A status column holding the given word (UTF-8), compared on the stored bytes: one status per
// child row, and decoding each into a QString to compare it was a good part of the reading.
bool holds(const SqliteStatement &q, int column, const char *word)
{
    return q.utf8(column) == QByteArrayView(word);
}

// The month of a report period "2026-03" of the year (prefix checked by the caller), as
// QStringView::toInt read characters 5 and 6 of the text: two ASCII digits straight from the
// bytes, anything else the slow way so odd periods read as they always did.
int periodMonth(const SqliteStatement &q, int column)
{
    const QByteArrayView p = q.utf8(column);
    if (p.size() >= 7 && p[5] >= '0' && p[5] <= '9' && p[6] >= '0' && p[6] <= '9')
        return (p[5] - '0') * 10 + (p[6] - '0');
    return q.text(column).mid(5, 2).toInt();
}

// One table the light rules read: its query (a "project_id = ?" filter may follow) and what a
// row adds to the facts. Rows are read straight from SQLite: the lights of ten thousand
// projects read some hundred thousand child rows, and a QVariant per column was half the time
// of opening a large ledger.
struct Source
{
    const char *sql;
    const char *projectColumn;
    void (*row)(Gathering &facts, const SqliteStatement &q, const Year &year);

    QByteArray query(bool oneProject) const
    {
        return oneProject ? QByteArray(sql) + " WHERE " + projectColumn + " = ?" : QByteArray(sql);
    }
};

const Source kSources[] = {
    { "SELECT p.id, p.start_date, ph.started, p.planned_investment, p.light_override,"
      " p.light_override_reason FROM projects p LEFT JOIN phases ph ON ph.id = p.phase_id",
      "p.id",
      [](Gathering &facts, const SqliteStatement &q, const Year &) {
          ProjectFacts &f = facts.add(q.int64(0));
          f.plannedStart = q.date(1);
          // A project without a phase is not judged late to start: nothing says it is not.
          f.started = q.isNull(2) || q.int64(2) != 0;
          f.annualPlan = Money::fromCents(q.int64(3));
          f.overrideWord = q.text(4);
          f.overrideReason = q.text(5);
      } },
    // In id order; sorted by date per project afterwards (sortMilestones).
    { "SELECT project_id, title, planned_date, actual_date FROM milestones", "project_id",
      [](Gathering &facts, const SqliteStatement &q, const Year &) {
          if (ProjectFacts *f = facts.owner(q))
              f->milestones.push_back({ q.text(1), q.date(2), q.date(3) });
      } },
    { "SELECT r.project_id, k.name, r.description, r.deadline, r.status FROM requirements r"
      " LEFT JOIN requirement_kinds k ON k.id = r.kind_id",
      "r.project_id",
      [](Gathering &facts, const SqliteStatement &q, const Year &) {
          if (ProjectFacts *f = facts.owner(q))
              f->requirements.push_back({ q.text(1), q.text(2), q.date(3), holds(q, 4, "已解决") });
      } },
    { "SELECT project_id, findings, rectification_deadline, status FROM supervisions", "project_id",
      [](Gathering &facts, const SqliteStatement &q, const Year &) {
          if (ProjectFacts *f = facts.owner(q))
              f->rectifications.push_back({ q.text(1), q.date(2), holds(q, 3, "整改中") });
      } },
    { "SELECT project_id, number, deadline, status FROM duban_items", "project_id",
      [](Gathering &facts, const SqliteStatement &q, const Year &) {
          if (ProjectFacts *f = facts.owner(q))
              f->duban.push_back({ q.text(1), q.date(2), holds(q, 3, "办结") });
      } },
    { "SELECT project_id, period, completed_to_date FROM progress_reports", "project_id",
      [](Gathering &facts, const SqliteStatement &q, const Year &year) {
          ProjectFacts *f = facts.owner(q);
          if (!f)
              return;
          if (!q.utf8(1).startsWith(year.prefix))
              return;
          const int month = periodMonth(q, 1);
          if (month > f->reportedMonth) {
              f->reportedMonth = month;
              f->completedThisYear = Money::fromCents(q.int64(2));
          }
      } },
    { "SELECT project_id, year, month, cumulative_plan FROM investment_plans", "project_id",
      [](Gathering &facts, const SqliteStatement &q, const Year &year) {
          ProjectFacts *f = facts.owner(q);
          const qint64 month = q.int64(2);
          if (!f || q.int64(1) != year.number || month < 1 || month > 12)
              return;
          f->monthlyPlan.resize(12);
          f->monthlyPlan[size_t(month - 1)] = Money::fromCents(q.int64(3));
      } },
};

void readRows(SqliteStatement &q, const Source &source, Gathering &facts, const Year &year)
{
    while (q.next())
        source.row(facts, q, year);
}

// Reasons list milestones by date. A few per project sort here cheaper than SQLite sorts the
// whole table (undated ones first, where ORDER BY puts NULL).
void sortMilestones(ProjectFacts &f)
{
    std::stable_sort(f.milestones.begin(), f.milestones.end(),
                     [](const ProjectFacts::Milestone &a, const ProjectFacts::Milestone &b) {
                         return a.planned < b.planned;
                     });
}

} // namespace

QHash<qint64, ProjectFacts> loadProjectFacts(const Ledger &ledger, QDate today, qint64 onlyProject)
{
    Gathering gathering;
    const Year year(today);
    for (const Source &source : kSources) {
        SqliteStatement q(ledger.database(), source.query(onlyProject != 0).constData());
        if (onlyProject)
            q.bind(1, onlyProject);
        readRows(q, source, gathering, year);
    }
    for (ProjectFacts &f : gathering.facts)
        sortMilestones(f);
    return std::move(gathering.facts);
}

ProjectFactsReader::ProjectFactsReader(const Ledger &ledger, QDate today) : m_today(today)
{
    for (const Source &source : kSources)
        m_queries.push_back(
                std::make_unique<SqliteStatement>(ledger.database(), source.query(true).constData()));
}

ProjectFactsReader::~ProjectFactsReader() = default;

std::optional<ProjectFacts> ProjectFactsReader::read(qint64 projectId) const
{
    Gathering gathering;
    const Year year(m_today);
    for (size_t i = 0; i < m_queries.size(); ++i) {
        SqliteStatement &q = *m_queries[i];
        q.reset();
        q.bind(1, projectId);
        readRows(q, kSources[i], gathering, year);
    }
    FactsById &facts = gathering.facts;
    const auto it = facts.find(projectId);
    if (it == facts.end())
        return std::nullopt;
    sortMilestones(*it);
    return std::move(*it);
}

QHash<qint64, LightResult> computeLights(const Ledger &ledger, QDate today)
{
    const LightSettings settings = ledger.lightSettings();
    const auto facts = loadProjectFacts(ledger, today);
    QHash<qint64, LightResult> out;
    out.reserve(facts.size());
    for (auto it = facts.cbegin(); it != facts.cend(); ++it)
        out.insert(it.key(), evaluateLight(*it, today, settings));
    return out;
}

LightResult computeLight(const Ledger &ledger, qint64 projectId, QDate today)
{
    const auto facts = loadProjectFacts(ledger, today, projectId);
    const auto it = facts.constFind(projectId);
    return it == facts.cend() ? LightResult() : evaluateLight(*it, today, ledger.lightSettings());
}

} // namespace tz
