#include "lights.h"

#include "ledger.h"
#include "sqlitestatement.h"
#include "values.h"

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <iterator>
#include <limits>
#include <string>
#include <system_error>
#include <thread>

namespace tz {

namespace {

using FactsById = QHash<qint64, ProjectFacts>;

// Every project's facts, and how a child row finds its project's: a table by id made once the
// projects are read (ids are mostly dense; probing the hash of ten or a hundred thousand big
// nodes missed the cache several times a look-up), or the hash when ids are far apart. Fixed
// once made: two readers may then fill different members of the same projects' facts.
struct FactsIndex
{
    FactsById facts;
    std::vector<ProjectFacts *> byId; // facts of project lowId + i; empty: look up in the hash
    qint64 lowId = 0;

    void build()
    {
        byId.clear();
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
    ProjectFacts *find(qint64 id) const
    {
        if (!byId.empty()) {
            const quint64 offset = quint64(id) - quint64(lowId); // wraps for ids below lowId
            return offset < byId.size() ? byId[size_t(offset)] : nullptr;
        }
        // constFind: a reader on another thread may be looking too, and find() may detach.
        const auto it = facts.constFind(id);
        return it == facts.cend() ? nullptr : const_cast<ProjectFacts *>(&*it);
    }
};

// One reader's way to a child row's project: first the project of its last row (rows come
// mostly in runs of one project, entered and imported project by project), then the index.
struct Cursor
{
    const FactsIndex &index;
    qint64 lastId = 0;
    ProjectFacts *last = nullptr;

    // The project of the row (its first column), or null for a row whose project is gone.
    ProjectFacts *owner(const SqliteStatement &q)
    {
        const qint64 id = q.int64(0);
        if (!last || id != lastId) {
            last = index.find(id);
            lastId = id;
        }
        return last;
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

// The projects' own facts; each row makes a project's entry.
const char kProjectsSql[] =
        "SELECT p.id, p.start_date, ph.started, p.planned_investment, p.light_override,"
        " p.light_override_reason FROM projects p LEFT JOIN phases ph ON ph.id = p.phase_id";

void readProjectRows(SqliteStatement &q, FactsById &facts)
{
    while (q.next()) {
        ProjectFacts &f = facts[q.int64(0)];
        f.plannedStart = q.date(1);
        // A project without a phase is not judged late to start: nothing says it is not.
        f.started = q.isNull(2) || q.int64(2) != 0;
        f.annualPlan = Money::fromCents(q.int64(3));
        f.overrideWord = q.text(4);
        f.overrideReason = q.text(5);
    }
}

// One child table the light rules read: its query (a "project_id = ?" filter may follow) and
// what a row adds to its project's facts. Each table fills members of its own, so two tables
// may be read at once. Rows are read straight from SQLite: the lights of ten thousand projects
// read some hundred thousand child rows, and a QVariant per column was half the time of
// opening a large ledger.
struct ChildSource
{
    const char *sql;
    const char *projectColumn;
    void (*row)(ProjectFacts &f, const SqliteStatement &q, const Year &year);
    void (*forget)(ProjectFacts &f); // what its rows added, to read the table again

    QByteArray query(bool oneProject) const
    {
        return oneProject ? QByteArray(sql) + " WHERE " + projectColumn + " = ?" : QByteArray(sql);
    }
};

// The biggest tables first, so that two readers, each taking the next table nobody has taken,
// finish close together.
const ChildSource kChildSources[] = {
    // In id order; sorted by date per project afterwards (sortMilestones).
    { "SELECT project_id, title, planned_date, actual_date FROM milestones", "project_id",
      [](ProjectFacts &f, const SqliteStatement &q, const Year &) {
          f.milestones.push_back({ q.text(1), q.date(2), q.date(3) });
      },
      [](ProjectFacts &f) { f.milestones.clear(); } },
    { "SELECT project_id, period, completed_to_date FROM progress_reports", "project_id",
      [](ProjectFacts &f, const SqliteStatement &q, const Year &year) {
          if (!q.utf8(1).startsWith(year.prefix))
              return;
          const int month = periodMonth(q, 1);
          if (month > f.reportedMonth) {
              f.reportedMonth = month;
              f.completedThisYear = Money::fromCents(q.int64(2));
          }
      },
      [](ProjectFacts &f) { f.reportedMonth = 0; f.completedThisYear = Money(); } },
    { "SELECT r.project_id, k.name, r.description, r.deadline, r.status FROM requirements r"
      " LEFT JOIN requirement_kinds k ON k.id = r.kind_id",
      "r.project_id",
      [](ProjectFacts &f, const SqliteStatement &q, const Year &) {
          f.requirements.push_back({ q.text(1), q.text(2), q.date(3), holds(q, 4, "已解决") });
      },
      [](ProjectFacts &f) { f.requirements.clear(); } },
    { "SELECT project_id, findings, rectification_deadline, status FROM supervisions", "project_id",
      [](ProjectFacts &f, const SqliteStatement &q, const Year &) {
          f.rectifications.push_back({ q.text(1), q.date(2), holds(q, 3, "整改中") });
      },
      [](ProjectFacts &f) { f.rectifications.clear(); } },
    { "SELECT project_id, number, deadline, status FROM duban_items", "project_id",
      [](ProjectFacts &f, const SqliteStatement &q, const Year &) {
          f.duban.push_back({ q.text(1), q.date(2), holds(q, 3, "办结") });
      },
      [](ProjectFacts &f) { f.duban.clear(); } },
    { "SELECT project_id, year, month, cumulative_plan FROM investment_plans", "project_id",
      [](ProjectFacts &f, const SqliteStatement &q, const Year &year) {
          const qint64 month = q.int64(2);
          if (q.int64(1) != year.number || month < 1 || month > 12)
              return;
          f.monthlyPlan.resize(12);
          f.monthlyPlan[size_t(month - 1)] = Money::fromCents(q.int64(3));
      },
      [](ProjectFacts &f) { f.monthlyPlan.clear(); } },
};
constexpr size_t kChildCount = std::size(kChildSources);

// Reads one child table into the facts; the statement's error, or empty.
QString readChildRows(SqliteStatement &q, const ChildSource &source, const FactsIndex &index, const Year &year)
{
    Cursor cursor{ index };
    while (q.next())
        if (ProjectFacts *f = cursor.owner(q))
            source.row(*f, q, year);
    return q.ok() ? QString() : q.error();
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

// From this many projects the child tables are read by two threads, the second on a
// connection of its own: below it, opening that connection costs more than it saves.
constexpr qsizetype kTwoReadersFrom = 1000;

// The child tables of a whole ledger, read by whoever takes each next: this thread on the
// ledger's connection, and a second thread on a read-only connection to the same file. The
// second reader sees what this one sees as long as the ledger's connection holds no
// uncommitted change (checked) and nobody else writes the file meanwhile: the ledger lock
// keeps other programs out, and this thread is busy here. Returns the first error, or empty.
QString readChildTables(sqlite3 *db, const FactsIndex &index, const Year &year)
{
    std::atomic<size_t> next{ 0 };
    // The table a reader was reading when it failed, or kChildCount.
    const auto readTables = [&](sqlite3 *connection, size_t &failed) {
        QString error;
        for (size_t i; error.isEmpty() && (i = next.fetch_add(1)) < kChildCount;) {
            failed = i;
            SqliteStatement q(connection, kChildSources[i].sql);
            error = readChildRows(q, kChildSources[i], index, year);
        }
        if (error.isEmpty())
            failed = kChildCount;
        return error;
    };
    const char *file = db ? sqlite3_db_filename(db, "main") : nullptr;
    const bool second = index.facts.size() >= kTwoReadersFrom && file && *file && sqlite3_get_autocommit(db);
    size_t failed = kChildCount, secondFailed = kChildCount;
    if (!second)
        return readTables(db, failed);

    QString secondError;
    std::thread helper;
    try {
        helper = std::thread([&, path = std::string(file)] {
            sqlite3 *own = nullptr;
            // A reader that cannot open leaves every table to this thread.
            if (sqlite3_open_v2(path.c_str(), &own, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) == SQLITE_OK) {
                sqlite3_busy_timeout(own, 5000); // as the application's own connections wait
                try {
                    secondError = readTables(own, secondFailed);
                } catch (...) { // nothing may leave a thread; the facts are then incomplete
                    secondError = QStringLiteral("out of memory");
                }
            }
            sqlite3_close(own); // its statements are finalized already
        });
    } catch (const std::system_error &) {
        // No thread to be had: one reader does it all.
    }
    // The helper reads into what this frame holds: it is joined however this reader ends.
    struct Joiner
    {
        std::thread &thread;
        ~Joiner()
        {
            if (thread.joinable())
                thread.join();
        }
    } joiner{ helper };
    const QString error = readTables(db, failed);
    if (helper.joinable())
        helper.join();
    if (!error.isEmpty() || secondError.isEmpty() || secondFailed >= kChildCount)
        return error.isEmpty() ? secondError : error;
    // The second connection failed on a table (busy, or refused where the ledger's own is
    // not): what it read of it is forgotten and the table read again here.
    const ChildSource &source = kChildSources[secondFailed];
    for (auto it = index.facts.keyBegin(); it != index.facts.keyEnd(); ++it)
        source.forget(*index.find(*it));
    SqliteStatement q(db, source.sql);
    return readChildRows(q, source, index, year);
}

} // namespace

QHash<qint64, ProjectFacts> loadProjectFacts(const Ledger &ledger, QDate today, qint64 onlyProject,
                                             QString *error)
{
    const Year year(today);
    sqlite3 *db = sqliteHandle(ledger.database());
    FactsIndex index;
    QString problem;
    if (onlyProject) {
        SqliteStatement q(db, (QByteArray(kProjectsSql) + " WHERE p.id = ?").constData());
        q.bind(1, onlyProject);
        readProjectRows(q, index.facts);
        problem = q.ok() ? QString() : q.error();
        index.build();
        for (size_t i = 0; i < kChildCount && problem.isEmpty(); ++i) {
            SqliteStatement child(db, kChildSources[i].query(true).constData());
            child.bind(1, onlyProject);
            problem = readChildRows(child, kChildSources[i], index, year);
        }
    } else {
        SqliteStatement q(db, kProjectsSql);
        readProjectRows(q, index.facts);
        problem = q.ok() ? QString() : q.error();
        index.build();
        if (problem.isEmpty())
            problem = readChildTables(db, index, year);
    }
    for (ProjectFacts &f : index.facts)
        sortMilestones(f);
    if (error)
        *error = problem;
    return std::move(index.facts);
}

ProjectFactsReader::ProjectFactsReader(const Ledger &ledger, QDate today) : m_today(today)
{
    m_queries.push_back(std::make_unique<SqliteStatement>(
            ledger.database(), (QByteArray(kProjectsSql) + " WHERE p.id = ?").constData()));
    for (const ChildSource &source : kChildSources)
        m_queries.push_back(
                std::make_unique<SqliteStatement>(ledger.database(), source.query(true).constData()));
}

ProjectFactsReader::~ProjectFactsReader() = default;

std::optional<ProjectFacts> ProjectFactsReader::read(qint64 projectId) const
{
    const Year year(m_today);
    FactsIndex index;
    for (size_t i = 0; i < m_queries.size(); ++i) {
        SqliteStatement &q = *m_queries[i];
        q.reset();
        q.bind(1, projectId);
        if (i == 0) {
            readProjectRows(q, index.facts);
            index.build();
        } else {
            readChildRows(q, kChildSources[i - 1], index, year);
        }
    }
    const auto it = index.facts.find(projectId);
    if (it == index.facts.end())
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
