// The bulk insert of an import (RowsCommand with every id given): its rows and history are
// encoded a chunk ahead on another thread and bound without copies. It must store exactly what
// inserting the rows one by one stores, undo whole, and leave nothing when a row late in the
// list fails.

#include "changelog.h"
#include "commands.h"
#include "ledger.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace tz;

namespace {

int col(Entity e, const char *name)
{
    return columnIndex(e, QString::fromLatin1(name));
}

// Every row of the tables an import writes and every history entry but its time, as text
// with each value's SQL type, so NULL, '' and 0 stay apart.
QStringList dump(const Ledger &l)
{
    QStringList out;
    QSqlQuery q(l.database());
    const auto all = [&](const QString &table, const QString &order) {
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, order)))
            qFatal("%s", qPrintable(table));
        while (q.next()) {
            QStringList cells;
            for (int c = 0; c < q.record().count(); ++c) {
                if (q.record().fieldName(c) == QLatin1String("changed_at"))
                    continue;
                cells << (q.isNull(c) ? QStringLiteral("NULL") : q.value(c).toString());
            }
            out << table + u':' + cells.join(u'|');
        }
    };
    for (const char *t : { "units", "projects", "milestones", "requirements", "investment_plans" })
        all(QString::fromLatin1(t), QStringLiteral("id"));
    all(QStringLiteral("change_log"), QStringLiteral("id"));
    return out;
}

std::unique_ptr<Ledger> fresh(const QTemporaryDir &dir, const char *name)
{
    QString error;
    auto l = Ledger::create(dir.filePath(QString::fromLatin1(name)), &error);
    if (!l)
        qFatal("%s", qPrintable(error));
    l->setUserName(QStringLiteral("tester"));
    return l;
}

QString someText(QRandomGenerator &g, int i)
{
    static const QString words[] = { QString(), QStringLiteral(""), QStringLiteral("短"),
                                     QString(200, QChar(u'长')), QStringLiteral("a\"b\\c\n\t"),
                                     QStringLiteral("𠀀生僻字"), QString(QChar(0xd800)) };
    return words[g.bounded(int(std::size(words)))] + (g.bounded(2) ? QString::number(i) : QString());
}

// Projects, each followed by its milestones and a need, ids given as an import gives them;
// values of every kind a row holds (texts of every length, NULL, empty, numbers, and a
// double and a date, which bind through QVariant). With newUnitEvery, a new unit comes in
// front of every so many projects, and the projects after it refer to it, as an import
// creates a unit where a row first names it.
std::vector<std::pair<Entity, Row>> importLike(int projects, qint64 unit, int newUnitEvery = 0)
{
    QRandomGenerator g(1202);
    std::vector<std::pair<Entity, Row>> rows;
    qint64 milestone = 1, need = 1;
    qint64 nextUnit = unit + 1;
    for (int p = 1; p <= projects; ++p) {
        if (newUnitEvery && p % newUnitEvery == 0) {
            Row u = emptyRow(Entity::Unit);
            u.id = nextUnit++;
            u.values[0] = QStringLiteral("新单位%1").arg(u.id);
            u.values[1] = QStringLiteral("市直部门");
            rows.emplace_back(Entity::Unit, u);
            unit = u.id;
        }
        Row r = emptyRow(Entity::Project);
        r.id = p;
        r.values[col(Entity::Project, "code")] = QStringLiteral("KJ-%1").arg(p);
        r.values[col(Entity::Project, "name")] = someText(g, p) + QStringLiteral("项目");
        r.values[col(Entity::Project, "owner")] = someText(g, p);
        r.values[col(Entity::Project, "notes")] = someText(g, p);
        r.values[col(Entity::Project, "unit_id")] = g.bounded(3) ? QVariant(unit) : QVariant();
        r.values[col(Entity::Project, "total_investment")] = g.bounded(3) ? QVariant(qint64(g.bounded(1000000)) - 500) : QVariant();
        r.values[col(Entity::Project, "planned_investment")] = g.bounded(4) ? QVariant() : QVariant(int(g.bounded(9999)));
        r.values[col(Entity::Project, "contact")] = g.bounded(5) ? QVariant(someText(g, p)) : QVariant(12.5);
        r.values[col(Entity::Project, "start_date")] = g.bounded(5) ? QVariant(QStringLiteral("2023-05-01")) : QVariant(QDate(2023, 6, 30));
        rows.emplace_back(Entity::Project, r);
        for (int k = int(g.bounded(3)); k > 0; --k) {
            Row m = emptyRow(Entity::Milestone);
            m.id = milestone++;
            m.values[0] = qint64(p);
            m.values[1] = someText(g, k) + QStringLiteral("节点");
            m.values[2] = QStringLiteral("2023-0%1-28").arg(k + 1);
            rows.emplace_back(Entity::Milestone, m);
        }
        Row q = emptyRow(Entity::Requirement);
        q.id = need++;
        q.values[0] = qint64(p);
        q.values[1] = qint64(1);
        q.values[2] = someText(g, p) + QStringLiteral("需求");
        q.values[7] = QStringLiteral("待协调");
        rows.emplace_back(Entity::Requirement, q);
    }
    return rows;
}

} // namespace

class TestBulkInsert : public QObject
{
    Q_OBJECT
private slots:
    void sameAsOneByOne_data();
    void sameAsOneByOne();
    void failureLeavesNothing_data();
    void failureLeavesNothing();

private:
    QTemporaryDir m_dir;
};

void TestBulkInsert::sameAsOneByOne_data()
{
    QTest::addColumn<int>("newUnitEvery");
    QTest::newRow("projects and children") << 0;
    // Rows go in a table at a time, several per statement: a unit in the middle of a chunk
    // must still be there before the projects after it that refer to it.
    QTest::newRow("new units among them") << 37;
}

void TestBulkInsert::sameAsOneByOne()
{
    QFETCH(int, newUnitEvery);
    const QByteArray tag = QTest::currentDataTag();
    auto bulk = fresh(m_dir, ("bulk-" + tag + ".tzdb").constData());
    auto single = fresh(m_dir, ("single-" + tag + ".tzdb").constData());
    const QStringList empty = dump(*bulk);
    QCOMPARE(dump(*single), empty);
    const qint64 unit = 1; // the same dictionaries in both
    auto rows = importLike(1500, unit, newUnitEvery);
    QVERIFY(rows.size() > 3000); // several chunks, and a partial one at the end
    // One by one, through the path of a single added row.
    QVERIFY(single->beginChange());
    Row u = emptyRow(Entity::Unit);
    u.values[0] = QStringLiteral("高新区");
    u.values[1] = QStringLiteral("区县");
    QVERIFY(single->writeInsert(Entity::Unit, u));
    for (auto [e, r] : rows)
        QVERIFY2(single->writeInsert(e, r), qPrintable(single->lastError()));
    QVERIFY(single->endChange(true));
    // In bulk, as an import pushes it: one command, one step.
    std::vector<std::pair<Entity, Row>> withUnit { { Entity::Unit, u } };
    withUnit.insert(withUnit.end(), rows.begin(), rows.end());
    QVERIFY(bulk->push(new RowsCommand(bulk.get(), QStringLiteral("导入"), RowsCommand::Insert, withUnit)));
    QCOMPARE(dump(*bulk), dump(*single));
    // Undo takes every row away, and records each deletion; redo brings them back the same.
    const QStringList after = dump(*bulk);
    bulk->undoStack()->undo();
    QSqlQuery q(bulk->database());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM projects")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM change_log WHERE action = 'delete'")) && q.next());
    QCOMPARE(q.value(0).toInt(), int(withUnit.size()));
    bulk->undoStack()->redo();
    QCOMPARE(dump(*bulk).mid(0, int(withUnit.size())), after.mid(0, int(withUnit.size())));
}

void TestBulkInsert::failureLeavesNothing_data()
{
    QTest::addColumn<bool>("early");
    // A project code taken twice near the end of the list: SQLite refuses that row only when
    // it gets there, thousands of rows into the transaction.
    QTest::newRow("near the end") << false;
    // The same in the first chunk, while the next chunk is being encoded on the other thread.
    QTest::newRow("with encoding in flight") << true;
}

void TestBulkInsert::failureLeavesNothing()
{
    QFETCH(bool, early);
    auto l = fresh(m_dir, early ? "early.tzdb" : "late.tzdb");
    Row u = emptyRow(Entity::Unit);
    u.values[0] = QStringLiteral("高新区");
    u.values[1] = QStringLiteral("区县");
    QVERIFY(l->beginChange() && l->writeInsert(Entity::Unit, u) && l->endChange(true));
    const QStringList before = dump(*l);
    auto rows = importLike(1500, u.id);
    size_t at = early ? 1 : rows.size() - 1;
    while (rows[at].first != Entity::Project)
        at += early ? 1 : -1;
    rows[at].second.values[col(Entity::Project, "code")] = QStringLiteral("KJ-1");
    QVERIFY(!l->push(new RowsCommand(l.get(), QStringLiteral("导入"), RowsCommand::Insert, rows)));
    QVERIFY2(l->lastError().contains(QStringLiteral("UNIQUE")), qPrintable(l->lastError()));
    QCOMPARE(dump(*l), before);
    QCOMPARE(l->undoStack()->count(), 0);
    // The statements kept for reuse work again for the next change.
    rows[at].second.values[col(Entity::Project, "code")] = QStringLiteral("KJ-AGAIN");
    QVERIFY2(l->push(new RowsCommand(l.get(), QStringLiteral("导入"), RowsCommand::Insert, rows)), qPrintable(l->lastError()));
    QSqlQuery q(l->database());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM change_log")) && q.next());
    QCOMPARE(q.value(0).toInt(), int(rows.size()) + 1); // and the unit's
}

QTEST_GUILESS_MAIN(TestBulkInsert)
#include "test_bulkinsert.moc"
