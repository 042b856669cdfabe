// Backups (made, checked, rotated, listed, restored), opening a damaged ledger, the lock that
// tells a second program the ledger is in use, and the change history's filter and export.

#include "backup.h"
#include "changelogmodel.h"
#include "damage.h"
#include "demo.h"
#include "exporting/xlsxexport.h"
#include "importing/importapply.h"
#include "importing/workbookreader.h"
#include "ledger.h"
#include "ledgerfile.h"
#include "ledgerlock.h"
#include "schema.h"

#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace tz;

class TestBackup : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void backupIsCheckedCopyInFolderBesideLedger();
    void rotationKeepsNewest();
    void dailyBackupOncePerDay();
    void importMakesBackupFirst();
    void formatUpgradeMakesBackupFirst();
    void restoreReplacesAndKeepsCurrent();
    void damagedLedgerIsRefusedAndRestorable();
    void concurrentCheckFindsWhatTheFirstCheckFinds();
    void lockSeenBySecondOpener();
    void lockFromAnotherComputerIsNotStale();
    void lockOfDeadProcessIsTakenOver();
    void cliImportRefusesLockedLedger();
    void cliBackupRestoreHistory();
    void historyFilterAndExport();

private:
    QString cli(const QStringList &args, int *exitCode, QString *err = nullptr);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

QString TestBackup::cli(const QStringList &args, int *exitCode, QString *err)
{
    QProcess p;
    p.start(QStringLiteral(TZ_CLI_PATH), args);
    p.waitForFinished(120000);
    *exitCode = p.exitCode();
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

void TestBackup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("项目台账.tzdb"));
    QString error;
    auto ledger = Ledger::create(m_path, &error);
    QVERIFY(ledger);
    QCOMPARE(fillDemoLedger(*ledger, 30, 1, QDate(2026, 11, 25)), QString());
}

void TestBackup::backupIsCheckedCopyInFolderBesideLedger()
{
    FileCheck check;
    auto ledger = Ledger::open(m_path, false, &check);
    QString made;
    QCOMPARE(makeBackup(*ledger, BackupReason::Manual, &made), QString());
    QCOMPARE(QFileInfo(made).absolutePath(), m_dir->filePath(QStringLiteral("项目台账.tzdb.backups")));
    QVERIFY(QFileInfo(made).fileName().startsWith(QStringLiteral("项目台账-")));
    auto copy = Ledger::open(made, true, &check);
    QVERIFY2(copy, qPrintable(check.message));
    QCOMPARE(copy->count(Entity::Project), 30);
    QCOMPARE(integrityProblems(copy->connectionName()), QString());
    const auto list = listBackups(m_path);
    QCOMPARE(list.size(), size_t(1));
    QCOMPARE(list.front().path, made);
    QCOMPARE(list.front().reason, BackupReason::Manual);
    QVERIFY(qAbs(list.front().made.secsTo(QDateTime::currentDateTime())) < 60);
    // No temporary file is left beside the backups.
    QCOMPARE(QDir(backupFolder(m_path)).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TestBackup::rotationKeepsNewest()
{
    FileCheck check;
    auto ledger = Ledger::open(m_path, false, &check);
    QCOMPARE(ledger->setSetting(QStringLiteral("backup_keep"), QStringLiteral("3")), QString());
    QCOMPARE(backupKeep(*ledger), 3);
    QStringList made;
    for (int i = 0; i < 5; ++i) {
        QString path;
        QCOMPARE(makeBackup(*ledger, BackupReason::Manual, &path), QString());
        made << path;
    }
    const auto list = listBackups(m_path);
    QCOMPARE(list.size(), size_t(3));
    // Within one second the names are numbered; the newest three remain, newest first.
    QStringList kept;
    for (const BackupInfo &b : list)
        kept << b.path;
    QCOMPARE(kept, (QStringList{ made[4], made[3], made[2] }));
}

void TestBackup::dailyBackupOncePerDay()
{
    FileCheck check;
    auto ledger = Ledger::open(m_path, false, &check);
    QString made;
    QCOMPARE(dailyBackupIfDue(*ledger, QDate::currentDate(), &made), QString());
    QVERIFY(!made.isEmpty());
    QCOMPARE(dailyBackupIfDue(*ledger, QDate::currentDate(), &made), QString());
    QVERIFY(made.isEmpty());
    QCOMPARE(listBackups(m_path).size(), size_t(1));
    QCOMPARE(listBackups(m_path).front().reason, BackupReason::Daily);
}

void TestBackup::importMakesBackupFirst()
{
    const QString book = m_dir->filePath(QStringLiteral("book.xlsx"));
    {
        QString error;
        auto other = Ledger::create(m_dir->filePath(QStringLiteral("other.tzdb")), &error);
        QCOMPARE(fillDemoLedger(*other, 10, 99, QDate(2026, 11, 25)), QString());
        QCOMPARE(exportLedgerXlsx(*other, book, {}, QDate(2026, 11, 25)), QString());
    }
    FileCheck check;
    auto ledger = Ledger::open(m_path, false, &check);
    QString error;
    const auto wb = readWorkbook(book, &error);
    QVERIFY(wb);
    const ImportResult r = applyImport(*ledger, planImport(*ledger, wb->sheets.at(0), book, {}), false);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const auto list = listBackups(m_path);
    QCOMPARE(list.size(), size_t(1));
    QCOMPARE(list.front().reason, BackupReason::Import);
    auto before = Ledger::open(list.front().path, true, &check);
    QCOMPARE(before->count(Entity::Project), 30); // the ledger as it was before the import
    QCOMPARE(ledger->count(Entity::Project), 30 + r.added);
}

void TestBackup::formatUpgradeMakesBackupFirst()
{
    // A ledger of an older format (user_version below the current one) is copied before the
    // upgrade touches it.
    {
        QString err;
        const QString conn = openConnection(m_path, false, &err);
        QSqlQuery q(QSqlDatabase::database(conn, false));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 0")));
        q.finish();
        q = QSqlQuery();
        closeConnection(conn);
    }
    QCOMPARE(inspectLedgerFile(m_path).schemaVersion, 0);
    FileCheck check;
    auto ledger = Ledger::open(m_path, false, &check);
    const auto list = listBackups(m_path);
    QCOMPARE(list.size(), size_t(1));
    QCOMPARE(list.front().reason, BackupReason::Migration);
    QCOMPARE(inspectLedgerFile(list.front().path).schemaVersion, 0); // the file as it was
    auto copy = Ledger::open(list.front().path, true, &check);
    QVERIFY(!copy); // read-only and old: it cannot be upgraded in place, so it is not opened
    QCOMPARE(check.error, OpenError::IoError);
}

void TestBackup::restoreReplacesAndKeepsCurrent()
{
    FileCheck check;
    QString backup;
    {
        auto ledger = Ledger::open(m_path, false, &check);
        QCOMPARE(makeBackup(*ledger, BackupReason::Manual, &backup), QString());
        QCOMPARE(ledger->removeRow(Entity::Project, ledger->rows(Entity::Project).front().id), QString());
        QCOMPARE(ledger->count(Entity::Project), 29);
    }
    QCOMPARE(restoreBackup(backup, m_path), QString());
    auto restored = Ledger::open(m_path, false, &check);
    QVERIFY(restored);
    QCOMPARE(restored->count(Entity::Project), 30);
    const auto list = listBackups(m_path);
    QCOMPARE(list.size(), size_t(2));
    QCOMPARE(list.front().reason, BackupReason::BeforeRestore);
    auto replaced = Ledger::open(list.front().path, true, &check);
    QCOMPARE(replaced->count(Entity::Project), 29); // the restore itself can be undone
}

void TestBackup::damagedLedgerIsRefusedAndRestorable()
{
    FileCheck check;
    {
        auto ledger = Ledger::open(m_path, false, &check);
        QCOMPARE(makeBackup(*ledger, BackupReason::Daily), QString());
    }
    // Scribble over the middle of the file, as a failing disk or a bad copy would.
    QVERIFY(scribbleOverMiddle(m_path, '\xA5'));
    const qint64 size = QFileInfo(m_path).size();
    auto ledger = Ledger::open(m_path, false, &check);
    QVERIFY(!ledger);
    QCOMPARE(check.error, OpenError::Damaged);
    QVERIFY2(check.message.contains(QStringLiteral("已损坏")), qPrintable(check.message));
    // A damaged backup is skipped when looking for the newest good one.
    QVERIFY(QFile::copy(m_path, backupFolder(m_path) + QStringLiteral("/项目台账-29991231-235959-manual.tzdb")));
    const auto good = newestGoodBackup(m_path);
    QVERIFY(good);
    QVERIFY(!good->path.contains(QStringLiteral("2999")));
    QCOMPARE(restoreBackup(good->path, m_path), QString());
    ledger = Ledger::open(m_path, false, &check);
    QVERIFY2(ledger, qPrintable(check.message));
    QCOMPARE(ledger->count(Entity::Project), 30);
    // The damaged file itself was kept, byte for byte, beside the backups.
    bool keptDamaged = false;
    for (const BackupInfo &b : listBackups(m_path))
        keptDamaged |= b.reason == BackupReason::BeforeRestore && b.bytes == size;
    QVERIFY(keptDamaged);
}

void TestBackup::concurrentCheckFindsWhatTheFirstCheckFinds()
{
    // A sound file: the check on the other thread passes, and the ledger reads as usual.
    FileCheck check;
    {
        auto ledger = Ledger::open(m_path, false, &check, Ledger::Check::Concurrent);
        QVERIFY2(ledger, qPrintable(check.message));
        QCOMPARE(ledger->count(Entity::Project), 30);
        QCOMPARE(ledger->awaitIntegrityCheck(), QString());
        QCOMPARE(ledger->awaitIntegrityCheck(), QString()); // asked again: still sound, no wait
    }
    // Damage inside a table's pages: the file opens (its header and schema read fine), and the
    // concurrent check names it before the caller shows anything.
    QVERIFY(scribbleOverMiddle(m_path, '\xA5'));
    const QByteArray damaged = [&] {
        QFile g(m_path);
        return g.open(QIODevice::ReadOnly) ? g.readAll() : QByteArray();
    }();
    auto ledger = Ledger::open(m_path, false, &check, Ledger::Check::Concurrent);
    QVERIFY2(ledger, qPrintable(check.message));
    const QString problems = ledger->awaitIntegrityCheck();
    QVERIFY2(problems.contains(QStringLiteral("已损坏")), qPrintable(problems));
    ledger.reset();
    // Checked the usual way, the same file is refused; neither way wrote to it.
    QVERIFY(!Ledger::open(m_path, false, &check));
    QCOMPARE(check.error, OpenError::Damaged);
    QFile g(m_path);
    QVERIFY(g.open(QIODevice::ReadOnly));
    QCOMPARE(g.readAll(), damaged);
    // A ledger dropped before its check finished waits for it: no thread outlives the file.
    ledger = Ledger::open(m_path, false, &check, Ledger::Check::Concurrent);
    QVERIFY(ledger);
    ledger.reset();
}

void TestBackup::lockSeenBySecondOpener()
{
    LedgerLock first(m_path);
    QCOMPARE(first.tryAcquire(), LedgerLock::Acquired);
    LedgerLock second(m_path);
    QCOMPARE(second.tryAcquire(), LedgerLock::HeldElsewhere);
    const LockHolder h = second.holder();
    QCOMPARE(h.pid, QCoreApplication::applicationPid());
    QVERIFY(!h.otherComputer);
    QVERIFY(LedgerLock::describe(h).contains(h.host));
}

void TestBackup::lockFromAnotherComputerIsNotStale()
{
    // A lock written by the program on another PC of a shared folder: its process cannot be
    // checked from here, so however old, it holds until the user takes it over.
    QFile lock(m_path + QStringLiteral(".lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write("4242\ntaizhang\nOFFICE-PC-07\n0123456789abcdef\n\n");
    QVERIFY(lock.setFileTime(QDateTime::currentDateTime().addDays(-3), QFileDevice::FileModificationTime));
    lock.close();
    LedgerLock second(m_path);
    QCOMPARE(second.tryAcquire(), LedgerLock::HeldElsewhere);
    const LockHolder h = second.holder();
    QCOMPARE(h.host, QStringLiteral("OFFICE-PC-07"));
    QVERIFY(h.otherComputer);
    QVERIFY(LedgerLock::describe(h).contains(QStringLiteral("OFFICE-PC-07")));
    QVERIFY(second.takeOver());
    QVERIFY(second.isLocked());
}

void TestBackup::lockOfDeadProcessIsTakenOver()
{
    // A program on this PC that crashed: its process is gone, so the lock is stale.
    QProcess gone;
    gone.start(QStringLiteral("true"));
    gone.waitForFinished();
    QFile lock(m_path + QStringLiteral(".lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(gone.processId() ? gone.processId() : 999999) + "\ntaizhang\n"
               + QSysInfo::machineHostName().toUtf8() + '\n' + QSysInfo::machineUniqueId() + '\n'
               + QSysInfo::bootUniqueId() + '\n');
    lock.close();
    LedgerLock next(m_path);
    QCOMPARE(next.tryAcquire(), LedgerLock::Acquired);
}

void TestBackup::cliImportRefusesLockedLedger()
{
    const QString book = m_dir->filePath(QStringLiteral("book.xlsx"));
    {
        QString error;
        auto other = Ledger::create(m_dir->filePath(QStringLiteral("other.tzdb")), &error);
        QCOMPARE(fillDemoLedger(*other, 5, 77, QDate(2026, 11, 25)), QString());
        QCOMPARE(exportLedgerXlsx(*other, book, {}, QDate(2026, 11, 25)), QString());
    }
    LedgerLock held(m_path);
    QCOMPARE(held.tryAcquire(), LedgerLock::Acquired);
    int code = 0;
    QString err;
    cli({ QStringLiteral("import"), m_path, book }, &code, &err);
    QCOMPARE(code, 3);
    QVERIFY2(err.contains(QStringLiteral("正被")), qPrintable(err));
    FileCheck check;
    QCOMPARE(Ledger::open(m_path, true, &check)->count(Entity::Project), 30);
    const QString out = cli({ QStringLiteral("import"), m_path, book, QStringLiteral("--force") }, &code, &err);
    QVERIFY2(code == 0, qPrintable(out + err));
    QVERIFY2(out.contains(QStringLiteral("已导入")), qPrintable(out));
    QVERIFY(Ledger::open(m_path, true, &check)->count(Entity::Project) > 30 || out.contains(QStringLiteral("更新 5 个")));
}

void TestBackup::cliBackupRestoreHistory()
{
    int code = 0;
    QString err;
    QString out = cli({ QStringLiteral("backup"), m_path }, &code, &err);
    QCOMPARE(code, 0);
    QVERIFY(out.contains(QStringLiteral(".backups")));
    out = cli({ QStringLiteral("backups"), m_path }, &code);
    QCOMPARE(code, 0);
    QVERIFY2(out.contains(QStringLiteral("手动备份")), qPrintable(out));
    {
        FileCheck check;
        auto ledger = Ledger::open(m_path, false, &check);
        QCOMPARE(ledger->removeRow(Entity::Project, ledger->rows(Entity::Project).front().id), QString());
    }
    out = cli({ QStringLiteral("history"), m_path }, &code);
    QCOMPARE(code, 0);
    QVERIFY2(out.startsWith(QStringLiteral("时间,修改人,操作")), qPrintable(out.left(80)));
    QVERIFY(out.contains(QStringLiteral("删除")));
    out = cli({ QStringLiteral("restore"), m_path }, &code, &err);
    QCOMPARE(code, 0);
    FileCheck check;
    QCOMPARE(Ledger::open(m_path, true, &check)->count(Entity::Project), 30);
    // Damaged: check names the newest good backup and how to restore it.
    QVERIFY(scribbleOverMiddle(m_path, '\x5A'));
    cli({ QStringLiteral("check"), m_path }, &code, &err);
    QCOMPARE(code, 3);
    QVERIFY2(err.contains(QStringLiteral("taizhang-cli restore")), qPrintable(err));
}

void TestBackup::historyFilterAndExport()
{
    FileCheck check;
    auto ledger = Ledger::open(m_path, false, &check);
    ledger->setUserName(QStringLiteral("张三"));
    const auto projects = ledger->rows(Entity::Project);
    const int notes = columnIndex(Entity::Project, QStringLiteral("notes"));
    QCOMPARE(ledger->setField(Entity::Project, projects[0].id, notes, QStringLiteral("张三改的")), QString());
    ledger->setUserName(QStringLiteral("李四"));
    QCOMPARE(ledger->setField(Entity::Project, projects[1].id, notes, QStringLiteral("李四改的")), QString());

    ChangeLogModel model(ledger.get());
    const int all = model.rowCount();
    ChangeFilter f;
    f.user = QStringLiteral("张三");
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ChangeLogModel::NewValue).data().toString(), QStringLiteral("张三改的"));
    f = {};
    f.text = QStringLiteral("李四改");
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 1);
    f = {};
    f.from = QDate::currentDate().addDays(1);
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 0);
    f.from = QDate::currentDate();
    f.to = QDate::currentDate();
    model.setFilter(f);
    QCOMPARE(model.rowCount(), all);
    f = {};
    f.projectId = projects[1].id;
    model.setFilter(f);
    QVERIFY(model.rowCount() >= 1);
    for (int r = 0; r < model.rowCount(); ++r)
        QVERIFY(model.index(r, ChangeLogModel::What).data().toString().contains(projects[1].text(entityDef(Entity::Project).titleColumn)));

    f = {};
    f.user = QStringLiteral("李四");
    model.setFilter(f);
    const QString csv = m_dir->filePath(QStringLiteral("history.csv"));
    QCOMPARE(model.exportCsv(csv), QString());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes);
    QCOMPARE(text.count(QStringLiteral("\r\n")), 2); // header and the one change
    QVERIFY(text.contains(QStringLiteral("李四改的")));
    QVERIFY(!text.contains(QStringLiteral("张三改的")));
    // Read-only: the model offers nothing to edit.
    QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));
}

QTEST_GUILESS_MAIN(TestBackup)
#include "test_backup.moc"
