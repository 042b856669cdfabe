// The XLSX export's faster ways of reading the ledger against the plain ways they replace, on
// demo ledgers whose rows are not stored in the order the sheets list them: the detail sheets'
// rows, read as stored and put in order by DetailOrder, must be the rows SQLite's ORDER BY
// gives, cell for cell, including the tables only SQLite can order (they are read again).

#include "demo.h"
#include "exporting/detailorder.h"
#include "exporting/detailtables.h"
#include "ledger.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <deque>
#include <tuple>

using namespace tz;

namespace {

const QDate kToday(2026, 6, 15);

QString S(const char *s)
{
    return QString::fromUtf8(s);
}

std::unique_ptr<Ledger> demoLedger(const QString &path, int projects)
{
    QString error;
    auto l = Ledger::create(path, &error);
    if (!l)
        qFatal("%s", qPrintable(error));
    error = fillDemoLedger(*l, projects, 7, kToday);
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    return l;
}

void exec(const Ledger &l, const QString &sql)
{
    QSqlQuery q(l.database());
    if (!q.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
}

std::deque<DetailTable> detailTables(const Ledger &l, DetailRowOrder order)
{
    std::deque<DetailTable> tables; // a table cannot be copied, nor moved without a throw
    const QString error = forEachDetailTable(l, kToday, [&](DetailTable &&t) { tables.push_back(std::move(t)); }, order);
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    return tables;
}

// Why two cells differ, or empty.
QString difference(const DetailCell &a, const DetailCell &b)
{
    if (a.kind != b.kind || a.view() != b.view() || a.units != b.units || a.newline != b.newline)
        return S("text or type");
    switch (a.type()) {
    case ExportCell::Amount:
        return a.cents == b.cents ? QString() : S("amount");
    case ExportCell::Number:
        return a.number == b.number ? QString() : S("number");
    case ExportCell::Date:
        return a.date == b.date ? QString() : S("date");
    case ExportCell::Text:
        if (!a.raw != !b.raw || (a.raw && *a.raw != *b.raw))
            return S("raw text");
        return {};
    default:
        return {};
    }
}

void compareTables(const Ledger &l)
{
    const std::deque<DetailTable> read = detailTables(l, DetailRowOrder::Read);
    const std::deque<DetailTable> sql = detailTables(l, DetailRowOrder::Sql);
    QCOMPARE(read.size(), sql.size());
    for (size_t t = 0; t < read.size(); ++t) {
        QCOMPARE(read[t].sheetName, sql[t].sheetName);
        QCOMPARE(read[t].columns.size(), sql[t].columns.size());
        QCOMPARE(read[t].cells.size(), sql[t].cells.size());
        QVERIFY(read[t].rowCount() > 0);
        for (size_t i = 0; i < read[t].cells.size(); ++i) {
            const QString why = difference(read[t].cells[i], sql[t].cells[i]);
            QVERIFY2(why.isEmpty(), qPrintable(S("%1 row %2 column %3: %4")
                                                       .arg(read[t].sheetName)
                                                       .arg(i / read[t].columns.size())
                                                       .arg(i % read[t].columns.size())
                                                       .arg(why)));
        }
    }
}

} // namespace

class TestExportOrder : public QObject
{
    Q_OBJECT
private slots:
    void detailOrderIsAStableSortByKeys();
    void detailRowsStoredInOrder();
    void detailRowsStoredOutOfOrder();
    void keysOnlySqliteOrders();

private:
    QTemporaryDir m_dir;
};

void TestExportOrder::detailOrderIsAStableSortByKeys()
{
    QRandomGenerator random(11);
    for (int round = 0; round < 50; ++round) {
        DetailOrder order;
        std::vector<std::tuple<qint64, int, uint32_t>> expected;
        const int n = random.bounded(200);
        bool sorted = true;
        for (int i = 0; i < n; ++i) {
            // Few distinct keys, so equal ones are common; in order in some rounds.
            const qint64 project = round % 3 == 0 ? i / 4 : random.bounded(-3, 8);
            const int date = round % 3 == 0 ? 20260101 + i % 4 : random.bounded(3) * 10000;
            if (!expected.empty() && std::make_pair(project, date) < std::make_pair(std::get<0>(expected.back()), std::get<1>(expected.back())))
                sorted = false;
            order.add(project, date);
            expected.emplace_back(project, date, uint32_t(i));
        }
        std::sort(expected.begin(), expected.end()); // the row as the last key: stable
        QCOMPARE(order.sorted(), sorted);
        const std::vector<uint32_t> rows = order.permutation();
        QCOMPARE(rows.size(), expected.size());
        for (size_t i = 0; i < rows.size(); ++i)
            QCOMPARE(rows[i], std::get<2>(expected[i]));
    }
    const std::vector<int> items = { 10, 11, 20, 21, 30, 31 };
    QCOMPARE(permuteRows(items, 2, { 2, 0, 1 }), (std::vector<int>{ 30, 31, 10, 11, 20, 21 }));
}

void TestExportOrder::detailRowsStoredInOrder()
{
    // As a demo (or an import) stores them: project by project. Nothing is sorted.
    const auto l = demoLedger(m_dir.filePath(S("inorder.tzdb")), 120);
    compareTables(*l);
}

void TestExportOrder::detailRowsStoredOutOfOrder()
{
    // Rows added later to earlier projects, as a ledger in use gets them: new ids, high ones,
    // for a third of the rows of every table; and milestones on one planned date, which keep
    // their ids' order.
    const auto l = demoLedger(m_dir.filePath(S("shuffled.tzdb")), 120);
    exec(*l, S("PRAGMA foreign_keys = OFF")); // records of a supervision refer to its id
    for (const char *table : { "milestones", "requirements", "progress_reports", "supervisions" })
        exec(*l, S("UPDATE %1 SET id = id + 1000000 WHERE project_id % 3 = 1").arg(QLatin1String(table)));
    exec(*l, S("UPDATE milestones SET id = 3000000 - id WHERE project_id % 5 = 2"));
    exec(*l, S("UPDATE milestones SET planned_date = '2026-04-01' WHERE project_id % 7 = 3"));
    exec(*l, S("PRAGMA foreign_keys = ON"));
    compareTables(*l);
}

void TestExportOrder::keysOnlySqliteOrders()
{
    // A planned date that is not yyyy-MM-dd sorts as text, where no date of ours says where it
    // goes ("2026-6-1" after "2026-12-01"); a project id stored as a real sorts between the
    // integers. Such a table is read again in SQLite's order.
    const auto l = demoLedger(m_dir.filePath(S("odd.tzdb")), 60);
    exec(*l, S("UPDATE milestones SET planned_date = '2026-6-1' WHERE id IN (SELECT max(id) FROM milestones GROUP BY project_id HAVING count(*) > 1)"));
    exec(*l, S("UPDATE milestones SET id = id + 1000000 WHERE project_id % 2 = 0"));
    exec(*l, S("PRAGMA foreign_keys = OFF"));
    exec(*l, S("UPDATE requirements SET project_id = 2.5 WHERE id = (SELECT min(id) FROM requirements)"));
    exec(*l, S("UPDATE requirements SET id = id + 1000000 WHERE project_id % 3 = 0"));
    exec(*l, S("PRAGMA foreign_keys = ON"));
    compareTables(*l);
}

QTEST_GUILESS_MAIN(TestExportOrder)
#include "test_exportorder.moc"
