#include "ledgerfile.h"

#include "migrations.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <utility>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace tz {

namespace {

QAtomicInt g_connectionCounter;

} // namespace

QString openConnection(const QString &path, bool readOnly, QString *error)
{
    const QString name = QStringLiteral("tz-ledger-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
        if (readOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options);
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return {};
        }
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON"))) {
            if (error)
                *error = q.lastError().text();
            q.finish();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return {};
        }
    }
    return name;
}

void closeConnection(const QString &connectionName)
{
    if (connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

bool recoverHotJournal(const QString &path)
{
    const QFileInfo journal(path + QStringLiteral("-journal"));
    if (!journal.exists() || journal.size() == 0)
        return true;
    const QFileInfo info(path);
    if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())
        return false;
    QString err;
    const QString conn = openConnection(path, false, &err);
    if (conn.isEmpty())
        return false;
    {
        // Any read takes the shared lock, and SQLite rolls a hot journal back at that moment.
        QSqlQuery q(QSqlDatabase::database(conn, false));
        q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    }
    closeConnection(conn);
    return !QFileInfo::exists(path + QStringLiteral("-journal"))
            || QFileInfo(path + QStringLiteral("-journal")).size() == 0;
}

QString integrityProblems(const QString &connection, bool quick)
{
    QSqlQuery q(QSqlDatabase::database(connection, false));
    if (!q.exec(quick ? QStringLiteral("PRAGMA quick_check(5)") : QStringLiteral("PRAGMA integrity_check(5)")))
        return q.lastError().text();
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    if (problems == QStringList{ QStringLiteral("ok") })
        return {};
    return problems.isEmpty() ? QStringLiteral("?") : problems.join(QLatin1Char('\n'));
}

QString fileIntegrityProblems(const QString &path)
{
    QString err;
    const QString conn = openConnection(path, true, &err);
    if (conn.isEmpty())
        return err;
    const QString problems = integrityProblems(conn);
    closeConnection(conn);
    return problems;
}

QString quickCheckFile(const QString &path)
{
    sqlite3 *db = nullptr;
    const QByteArray name = QFile::encodeName(path);
    QString problems;
    if (sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        problems = QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory");
    } else {
        sqlite3_busy_timeout(db, 5000); // as the application's own connections wait
        SqliteStatement q(db, "PRAGMA quick_check(5)");
        QStringList found;
        while (q.next())
            found << q.text(0);
        if (!q.ok())
            problems = q.error();
        else if (found != QStringList{ QStringLiteral("ok") })
            problems = found.isEmpty() ? QStringLiteral("?") : found.join(QLatin1Char('\n'));
    }
    sqlite3_close(db); // the statement above is finalized already
    return problems;
}

QString describeWriteError(const QString &path, int sqliteCode, const QString &driverText)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    switch (sqliteCode & 0xff) {
    case 13: // SQLITE_FULL
        return QCoreApplication::translate("tz::LedgerFile", "磁盘空间不足，无法写入“%1”。本次修改没有保存，文件保持原样。").arg(shown);
    case 10: // SQLITE_IOERR: a write refused by the system (file size limit, failing disk, lost share)
        return QCoreApplication::translate("tz::LedgerFile", "写入“%1”时出错（磁盘已满、网络共享断开或磁盘故障）。本次修改没有保存，文件保持原样。（%2）").arg(shown, driverText);
    case 8: // SQLITE_READONLY
        return QCoreApplication::translate("tz::LedgerFile", "“%1”是只读的，本次修改没有保存。").arg(shown);
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return QCoreApplication::translate("tz::LedgerFile", "“%1”正被其他程序使用，请稍后再试。本次修改没有保存。").arg(shown);
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return QCoreApplication::translate("tz::LedgerFile", "“%1”已损坏，本次修改没有保存。请从备份恢复。").arg(shown);
    default:
        return QCoreApplication::translate("tz::LedgerFile", "写入“%1”失败，本次修改没有保存：%2").arg(shown, driverText);
    }
}

QString describeWriteError(const QString &path, const QString &errorText)
{
    static const std::pair<const char *, int> messages[] = {
        { "database or disk is full", 13 }, { "disk I/O error", 10 },
        { "attempt to write a readonly database", 8 }, { "database is locked", 5 },
        { "database disk image is malformed", 11 },
    };
    for (const auto &[text, code] : messages)
        if (errorText.contains(QLatin1String(text)))
            return describeWriteError(path, code, errorText);
    return {};
}

QString writeCheckedCopy(const QString &connection, const QString &target)
{
    const QFileInfo to(target);
    const QString shown = QDir::toNativeSeparators(to.absoluteFilePath());
    const QString temp = to.absolutePath()
            + QStringLiteral("/.%1.%2.tmp").arg(to.fileName()).arg(QCoreApplication::applicationPid());
    QFile::remove(temp);
    QString err;
    {
        QSqlQuery q(QSqlDatabase::database(connection, false));
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(QDir::toNativeSeparators(temp));
        if (!q.exec())
            err = describeWriteError(target, q.lastError().nativeErrorCode().toInt(), q.lastError().text());
    }
    if (err.isEmpty()) {
        // VACUUM INTO does not sync; the copy is synced and checked before it takes the name.
        QFile f(temp);
        if (!f.open(QIODevice::ReadWrite))
            err = QCoreApplication::translate("tz::LedgerFile", "无法写入“%1”：%2").arg(shown, f.errorString());
#ifdef Q_OS_UNIX
        else if (::fsync(f.handle()) != 0)
            err = QCoreApplication::translate("tz::LedgerFile", "无法写入“%1”：磁盘同步失败。").arg(shown);
#endif
    }
    if (err.isEmpty()) {
        const FileCheck check = inspectLedgerFile(temp);
        if (check.error != OpenError::None) {
            err = check.message;
        } else {
            const QString conn = openConnection(temp, true, &err);
            if (!conn.isEmpty()) {
                if (!integrityProblems(conn).isEmpty())
                    err = QCoreApplication::translate("tz::LedgerFile", "副本校验未通过");
                closeConnection(conn);
            }
        }
    }
    if (err.isEmpty() && to.exists() && !QFile::remove(target))
        err = QCoreApplication::translate("tz::LedgerFile", "无法替换已有文件");
    if (err.isEmpty() && !QFile::rename(temp, target))
        err = QCoreApplication::translate("tz::LedgerFile", "无法重命名临时文件");
    if (!err.isEmpty()) {
        QFile::remove(temp);
        QFile::remove(temp + QStringLiteral("-journal")); // VACUUM INTO journals its target
        return QCoreApplication::translate("tz::LedgerFile", "保存副本“%1”失败：%2").arg(shown, err);
    }
    return {};
}

FileCheck inspectLedgerFile(const QString &path)
{
    FileCheck r;
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!info.exists()) {
        r.error = OpenError::NotFound;
        r.message = QCoreApplication::translate("tz::LedgerFile", "找不到文件“%1”。").arg(shown);
        return r;
    }
    QFile f(path);
    if (!info.isFile() || !f.open(QIODevice::ReadOnly)) {
        r.error = OpenError::IoError;
        r.message = QCoreApplication::translate("tz::LedgerFile", "无法读取文件“%1”：%2").arg(shown, f.errorString());
        return r;
    }
    // The SQLite header is checked by hand first: pointing SQLite at a text file would
    // report an error only on the first query, and never touch a file we need not open.
    const QByteArray header = f.read(16);
    f.close();
    if (header != QByteArray("SQLite format 3\0", 16)) {
        r.error = OpenError::NotSQLite;
        r.message = QCoreApplication::translate("tz::LedgerFile", "“%1”不是台账文件（不是 SQLite 数据库）。").arg(shown);
        return r;
    }
    recoverHotJournal(path);
    QString err;
    const QString conn = openConnection(path, true, &err);
    if (conn.isEmpty()) {
        r.error = OpenError::Damaged;
        r.message = QCoreApplication::translate("tz::LedgerFile", "无法打开“%1”：%2").arg(shown, err);
        return r;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(conn, false);
        QSqlQuery q(db);
        int appId = 0;
        bool ok = q.exec(QStringLiteral("PRAGMA application_id")) && q.next();
        if (ok)
            appId = q.value(0).toInt();
        ok = ok && q.exec(QStringLiteral("PRAGMA user_version")) && q.next();
        if (ok)
            r.schemaVersion = q.value(0).toInt();
        q.finish();
        if (!ok) {
            r.error = OpenError::Damaged;
            r.message = QCoreApplication::translate("tz::LedgerFile", "“%1”已损坏，无法读取：%2").arg(shown, q.lastError().text());
        } else if (appId != LedgerApplicationId) {
            r.error = OpenError::ForeignDatabase;
            r.message = QCoreApplication::translate("tz::LedgerFile", "“%1”是其他程序的 SQLite 数据库，不是台账文件，未作任何改动。").arg(shown);
        } else if (r.schemaVersion > currentSchemaVersion()) {
            r.error = OpenError::NewerVersion;
            r.message = QCoreApplication::translate("tz::LedgerFile", "“%1”由更新版本的台账程序创建（格式版本 %2，本程序支持到 %3），请升级程序。")
                                .arg(shown)
                                .arg(r.schemaVersion)
                                .arg(currentSchemaVersion());
        }
    }
    closeConnection(conn);
    // SQLite needs to write a journal beside the file, so the folder must be writable too.
    r.writable = info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
    return r;
}

} // namespace tz
