// A full disk, simulated with a file-size limit (RLIMIT_FSIZE: every write past it fails as on a
// full disk, with SIGXFSZ ignored as the program's own signal handling would): the change fails
// with a message that says so, the ledger file is byte for byte unchanged, and the program goes
// on working once space is back.

#include "demo.h"
#include "exporting/xlsxexport.h"
#include "importing/importapply.h"
#include "importing/workbookreader.h"
#include "ledger.h"
#include "ledgerfile.h"
#include "schema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace tz;

namespace {

QByteArray digest(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// The limit applies to this process while the guard lives.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(qint64 bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit l = m_saved;
        l.rlim_cur = rlim_t(bytes);
        setrlimit(RLIMIT_FSIZE, &l);
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_saved); }

private:
    rlimit m_saved {};
};

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void importOnFullDisk();
    void editOnFullDisk();
    void saveCopyOnFullDisk();
    void exportOnFullDisk();

private:
    QTemporaryDir m_dir;
    QString m_ledger;
    QString m_big;
    QString m_book;
};

void TestDiskFull::initTestCase()
{
    std::signal(SIGXFSZ, SIG_IGN);
    QVERIFY(m_dir.isValid());
    const QDate today(2026, 11, 25);
    QString error;
    {
        m_big = m_dir.filePath(QStringLiteral("big.tzdb"));
        auto ledger = Ledger::create(m_big, &error);
        QVERIFY(ledger);
        QCOMPARE(fillDemoLedger(*ledger, 1500, 3, today), QString());
        m_book = m_dir.filePath(QStringLiteral("book.xlsx"));
        QCOMPARE(exportLedgerXlsx(*ledger, m_book, {}, today), QString());
    }
    m_ledger = m_dir.filePath(QStringLiteral("ledger.tzdb"));
    auto ledger = Ledger::create(m_ledger, &error);
    QVERIFY(ledger);
    QCOMPARE(fillDemoLedger(*ledger, 20, 5, today), QString());
}

void TestDiskFull::importOnFullDisk()
{
    FileCheck check;
    auto ledger = Ledger::open(m_ledger, false, &check);
    QVERIFY(ledger);
    QString error;
    const auto book = readWorkbook(m_book, &error);
    QVERIFY2(book, qPrintable(error));
    const ImportPreview preview = planImport(*ledger, book->sheets.at(0), m_book, {});
    const int added = preview.added();
    QVERIFY(added > 1000);
    const QByteArray before = digest(m_ledger);
    const qint64 size = QFileInfo(m_ledger).size();
    ImportResult result;
    {
        // Room for the backup and the journal (each no larger than the file), not for growth.
        FileSizeLimit limit(size + 8192);
        result = applyImport(*ledger, preview, false);
    }
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral("磁盘")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("没有保存")), qPrintable(result.error));
    QCOMPARE(ledger->count(Entity::Project), 20);
    QCOMPARE(ledger->undoStack()->count(), 0);
    ledger.reset();
    QCOMPARE(digest(m_ledger), before);

    // Space is back: the same import goes through, and the file is sound.
    ledger = Ledger::open(m_ledger, false, &check);
    QVERIFY(ledger);
    result = applyImport(*ledger, planImport(*ledger, book->sheets.at(0), m_book, {}), false);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(ledger->count(Entity::Project), 20 + added);
    QCOMPARE(integrityProblems(ledger->connectionName()), QString());
    QVERIFY(ledger->undoStack()->canUndo());
    ledger->undoStack()->undo();
    QCOMPARE(ledger->count(Entity::Project), 20);
}

void TestDiskFull::editOnFullDisk()
{
    FileCheck check;
    auto ledger = Ledger::open(m_ledger, false, &check);
    QVERIFY(ledger);
    const qint64 id = ledger->rows(Entity::Project).front().id;
    const int notes = columnIndex(Entity::Project, QStringLiteral("notes"));
    const QByteArray before = digest(m_ledger);
    QString error;
    {
        // Not even a journal fits.
        FileSizeLimit limit(512);
        error = ledger->setField(Entity::Project, id, notes, QString(20000, QChar(u'长')));
    }
    QVERIFY2(error.contains(QStringLiteral("没有保存")), qPrintable(error));
    QCOMPARE(digest(m_ledger), before);
    // Still working: a normal edit now succeeds.
    QCOMPARE(ledger->setField(Entity::Project, id, notes, QStringLiteral("空间恢复后")), QString());
    QCOMPARE(ledger->row(Entity::Project, id)->text(notes), QStringLiteral("空间恢复后"));
}

void TestDiskFull::saveCopyOnFullDisk()
{
    FileCheck check;
    auto ledger = Ledger::open(m_ledger, false, &check);
    QVERIFY(ledger);
    const QString target = m_dir.filePath(QStringLiteral("copy.tzdb"));
    QString error;
    {
        FileSizeLimit limit(QFileInfo(m_ledger).size() / 2);
        error = ledger->saveCopy(target);
    }
    QVERIFY2(error.contains(QStringLiteral("磁盘")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(target));
    const QStringList leftovers = QDir(m_dir.path()).entryList({ QStringLiteral(".copy.tzdb*") }, QDir::Files | QDir::Hidden);
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u' ')));
    QCOMPARE(ledger->saveCopy(target), QString());
    QCOMPARE(inspectLedgerFile(target).error, OpenError::None);
}

void TestDiskFull::exportOnFullDisk()
{
    // The workbook is compressed in memory and written last, through QSaveFile: a disk that
    // fills up on the way fails the export with a message, and the workbook already there is
    // byte for byte what it was, with nothing left beside it.
    FileCheck check;
    auto ledger = Ledger::open(m_big, true, &check);
    QVERIFY(ledger);
    const QByteArray before = digest(m_book);
    QString error;
    {
        FileSizeLimit limit(64 * 1024);
        error = exportLedgerXlsx(*ledger, m_book, {}, QDate(2026, 11, 25));
    }
    QVERIFY2(error.contains(QStringLiteral("无法写入")), qPrintable(error));
    QCOMPARE(digest(m_book), before);
    QCOMPARE(QDir(m_dir.path()).entryList({ QStringLiteral("book.xlsx?*") }, QDir::Files | QDir::Hidden), QStringList());
    // Space is back: the same export goes through.
    QCOMPARE(exportLedgerXlsx(*ledger, m_book, {}, QDate(2026, 11, 25)), QString());
    QVERIFY(readWorkbook(m_book, &error));
}

QTEST_GUILESS_MAIN(TestDiskFull)
#include "test_diskfull.moc"
