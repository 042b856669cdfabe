#include "ledgerfile.h"

#include "migrations.h"

#include <QCoreApplication>
#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

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
