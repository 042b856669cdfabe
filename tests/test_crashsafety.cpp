// Kills a process changing a ledger (SIGKILL, at random moments) during an import, a merge and a
// burst of multi-row edits, dozens of times, and checks each time that the file passes
// PRAGMA integrity_check and holds all of an operation or none of it, with its change history.

#include "commands.h"
#include "demo.h"
#include "exporting/xlsxexport.h"
#include "ledger.h"
#include "ledgerfile.h"
#include "schema.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace tz;

class TestCrashSafety : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void killDuringImport();
    void killDuringMerge();
    void killDuringEdits();

private:
    enum class Outcome { Before, After };
    // Runs the worker on a copy of `ledger`, kills it after a random delay of up to maxMs, and
    // returns the killed copy; *midway is set when a transaction was cut (a journal was left).
    // Kill number `attempt` of an operation that runs maxMs when left alone.
    QString runAndKill(const QString &ledger, const QStringList &workerArgs, int maxMs, int attempt, bool *midway);
    void checkSound(const QString &path);
    int timeUncut(const QString &ledger, const QStringList &workerArgs);
    qint64 scalar(const QString &path, const QString &sql);

    QTemporaryDir m_dir;
    QString m_empty; // a new ledger, no projects
    QString m_full; // 300 projects, as imported from m_book
    QString m_book; // those 300 projects as a workbook
    QString m_changedBook; // the same projects with other notes
    QRandomGenerator m_random { 20261125 };
    int m_run = 0;
};

static const int Projects = 300;

qint64 TestCrashSafety::scalar(const QString &path, const QString &sql)
{
    QString err;
    const QString conn = openConnection(path, true, &err);
    qint64 value = -1;
    {
        QSqlQuery q(QSqlDatabase::database(conn, false));
        if (q.exec(sql) && q.next())
            value = q.value(0).toLongLong();
    }
    closeConnection(conn);
    return value;
}

void TestCrashSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QDate today(2026, 11, 25);
    QString error;
    m_empty = m_dir.filePath(QStringLiteral("empty.tzdb"));
    QVERIFY(Ledger::create(m_empty, &error));
    {
        const QString demo = m_dir.filePath(QStringLiteral("demo.tzdb"));
        auto ledger = Ledger::create(demo, &error);
        QVERIFY(ledger);
        QCOMPARE(fillDemoLedger(*ledger, Projects, 7, today), QString());
        m_book = m_dir.filePath(QStringLiteral("book.xlsx"));
        QCOMPARE(exportLedgerXlsx(*ledger, m_book, {}, today), QString());
        // The same projects, every note changed: importing this merges into m_full.
        const int notes = columnIndex(Entity::Project, QStringLiteral("notes"));
        auto *macro = new MacroCommand(ledger.get(), QStringLiteral("notes"));
        for (const Row &p : ledger->rows(Entity::Project))
            new SetFieldCommand(ledger.get(), Entity::Project, p.id, notes, p.values.at(notes),
                                QStringLiteral("合并后的备注"), macro);
        QVERIFY(ledger->push(macro));
        m_changedBook = m_dir.filePath(QStringLiteral("changed.xlsx"));
        QCOMPARE(exportLedgerXlsx(*ledger, m_changedBook, {}, today), QString());
    }
    m_full = m_dir.filePath(QStringLiteral("full.tzdb"));
    QVERIFY(QFile::copy(m_empty, m_full));
    QProcess worker;
    worker.start(QStringLiteral(TZ_CRASHWORKER_PATH), { QStringLiteral("import"), m_full, m_book });
    QVERIFY(worker.waitForFinished(120000));
    QCOMPARE(worker.exitCode(), 0);
    QCOMPARE(scalar(m_full, QStringLiteral("SELECT count(*) FROM projects")), qint64(Projects));
}

QString TestCrashSafety::runAndKill(const QString &ledger, const QStringList &workerArgs, int maxMs, int attempt, bool *midway)
{
    const QString copy = m_dir.filePath(QStringLiteral("run%1.tzdb").arg(++m_run));
    QFile::copy(ledger, copy);
    QStringList args = workerArgs;
    args.insert(1, copy);
    QProcess worker;
    worker.start(QStringLiteral(TZ_CRASHWORKER_PATH), args);
    worker.waitForStarted();
    // The delay counts from the moment the worker has opened the ledger and starts changing it.
    worker.waitForReadyRead(60000);
    // The first dozen kills come at random moments past the first third of the run (before
    // it mostly the reading that precedes the writing). The rest wait for the transaction
    // itself: the rollback journal appears with its first write and goes at the commit.
    // Writing got so fast that a transaction is a few per cent of the run, where kills at
    // chosen moments missed it dozens of times running on a loaded machine; polling the
    // journal lands inside it, a little further in at each attempt.
    if (attempt < 12) {
        QTest::qWait(qMax(1, maxMs / 3 + int(m_random.bounded(maxMs - maxMs / 3 + 1))));
    } else {
        const QString journal = copy + QStringLiteral("-journal");
        QElapsedTimer waited;
        waited.start();
        while (!worker.waitForFinished(0) && waited.elapsed() < 4 * maxMs + 2000) {
            if (QFileInfo(journal).size() > 0) {
                QThread::usleep(unsigned(200 * ((attempt - 12) % 10)));
                break;
            }
            QThread::usleep(100);
        }
    }
    // processId() is 0 once the worker has finished by itself, and kill(0) would hit this
    // test's whole process group.
    if (worker.state() == QProcess::Running && worker.processId() > 0)
        ::kill(pid_t(worker.processId()), SIGKILL);
    worker.waitForFinished(10000);
    *midway = QFileInfo(copy + QStringLiteral("-journal")).size() > 0;
    return copy;
}

void TestCrashSafety::checkSound(const QString &path)
{
    // What the program does first: inspect the file read-only. A hot journal must not make
    // the file look damaged.
    FileCheck check = inspectLedgerFile(path);
    QVERIFY2(check.error == OpenError::None, qPrintable(check.message));
    auto ledger = Ledger::open(path, false, &check);
    QVERIFY2(ledger, qPrintable(check.message));
    QCOMPARE(integrityProblems(ledger->connectionName()), QString());
}

int TestCrashSafety::timeUncut(const QString &ledger, const QStringList &workerArgs)
{
    // How long the operation runs when left alone, from "ready" to its end; the kills are
    // spread over that time so that most land inside it.
    const QString copy = m_dir.filePath(QStringLiteral("timing%1.tzdb").arg(++m_run));
    QFile::copy(ledger, copy);
    QStringList args = workerArgs;
    args.insert(1, copy);
    QProcess worker;
    worker.start(QStringLiteral(TZ_CRASHWORKER_PATH), args);
    worker.waitForReadyRead(60000);
    QElapsedTimer t;
    t.start();
    if (!worker.waitForFinished(3000)) { // the edit burst never ends: a few rounds suffice
        worker.kill();
        worker.waitForFinished();
        return 800;
    }
    return std::max(50, int(t.elapsed()));
}

void TestCrashSafety::killDuringImport()
{
    int midway = 0;
    int completed = 0;
    const int window = timeUncut(m_empty, { QStringLiteral("import"), m_book });
    int kills = 0;
    for (int i = 0; i < 14 || (midway == 0 && i < 60); ++i, ++kills) {
        bool cut = false;
        const QString path = runAndKill(m_empty, { QStringLiteral("import"), m_book }, window, i, &cut);
        midway += cut;
        checkSound(path);
        const qint64 projects = scalar(path, QStringLiteral("SELECT count(*) FROM projects"));
        QVERIFY2(projects == 0 || projects == Projects, qPrintable(QString::number(projects)));
        const qint64 milestones = scalar(path, QStringLiteral("SELECT count(*) FROM milestones"));
        const qint64 logged = scalar(path, QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'projects'"));
        if (projects == 0) {
            QCOMPARE(milestones, 0);
            QCOMPARE(logged, 0);
        } else {
            ++completed;
            QCOMPARE(milestones, scalar(m_full, QStringLiteral("SELECT count(*) FROM milestones")));
            QCOMPARE(logged, qint64(Projects));
        }
    }
    qInfo("import: %d kills, %d cut a transaction, %d after the commit", kills, midway, completed);
    QVERIFY2(midway > 0, "no kill landed inside the import's transaction");
}

void TestCrashSafety::killDuringMerge()
{
    int midway = 0;
    const int window = timeUncut(m_full, { QStringLiteral("import"), m_changedBook });
    int kills = 0;
    for (int i = 0; i < 12 || (midway == 0 && i < 60); ++i, ++kills) {
        bool cut = false;
        const QString path = runAndKill(m_full, { QStringLiteral("import"), m_changedBook }, window, i, &cut);
        midway += cut;
        checkSound(path);
        const qint64 merged = scalar(path, QStringLiteral("SELECT count(*) FROM projects WHERE notes = '合并后的备注'"));
        QVERIFY2(merged == 0 || merged == Projects, qPrintable(QString::number(merged)));
        QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM change_log WHERE new_value = '合并后的备注'")), merged);
    }
    qInfo("merge: %d kills, %d cut a transaction", kills, midway);
    QVERIFY2(midway > 0, "no kill landed inside the merge's transaction");
}

void TestCrashSafety::killDuringEdits()
{
    int midway = 0;
    int kills = 0;
    for (int i = 0; i < 14 || (midway == 0 && i < 60); ++i, ++kills) {
        bool cut = false;
        const QString path = runAndKill(m_full, { QStringLiteral("edits") }, 800, i, &cut);
        midway += cut;
        checkSound(path);
        // Every project carries the notes of the same round (or none has a round yet), and the
        // history has each committed round exactly once per project.
        const qint64 withRound = scalar(path, QStringLiteral("SELECT count(*) FROM projects WHERE notes LIKE 'round %'"));
        QVERIFY2(withRound == 0 || withRound == Projects, qPrintable(QString::number(withRound)));
        if (withRound)
            QCOMPARE(scalar(path, QStringLiteral("SELECT count(DISTINCT notes) FROM projects")), 1);
        const qint64 rounds = scalar(path, QStringLiteral("SELECT count(DISTINCT new_value) FROM change_log WHERE new_value LIKE 'round %'"));
        const qint64 entries = scalar(path, QStringLiteral("SELECT count(*) FROM change_log WHERE new_value LIKE 'round %'"));
        QCOMPARE(entries, rounds * Projects);
    }
    qInfo("edits: %d kills, %d cut a transaction", kills, midway);
    QVERIFY2(midway > 0, "no kill landed inside an edit's transaction");
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "test_crashsafety.moc"
