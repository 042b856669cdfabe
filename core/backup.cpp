#include "backup.h"

#include "ledger.h"
#include "ledgerfile.h"
#include "schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>

namespace tz {

namespace {

struct ReasonName
{
    BackupReason reason;
    const char *code;
};
// The code in the file name is ASCII so the name survives any file system and archive tool.
constexpr ReasonName reasonNames[] = {
    { BackupReason::Daily, "daily" },         { BackupReason::Import, "import" },
    { BackupReason::Migration, "migration" }, { BackupReason::Manual, "manual" },
    { BackupReason::BeforeRestore, "before-restore" },
};

QString reasonCode(BackupReason reason)
{
    for (const ReasonName &r : reasonNames)
        if (r.reason == reason)
            return QString::fromLatin1(r.code);
    return QStringLiteral("manual");
}

const QString timeFormat = QStringLiteral("yyyyMMdd-HHmmss");

// "<ledger base name>-20261125-134501-import.tzdb", or "...-import-2.tzdb" within one second.
QString newBackupPath(const QString &ledgerPath, BackupReason reason)
{
    const QFileInfo ledger(ledgerPath);
    const QString stem = QStringLiteral("%1/%2-%3-%4")
                                 .arg(backupFolder(ledgerPath), ledger.completeBaseName(),
                                      QDateTime::currentDateTime().toString(timeFormat), reasonCode(reason));
    QString path = stem + QStringLiteral(".tzdb");
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = stem + QStringLiteral("-%1.tzdb").arg(n);
    return path;
}

void rotate(const QString &ledgerPath, int keep)
{
    const auto all = listBackups(ledgerPath);
    for (size_t i = size_t(std::max(keep, 1)); i < all.size(); ++i)
        QFile::remove(all[i].path);
}

QString ensureFolder(const QString &ledgerPath)
{
    const QString folder = backupFolder(ledgerPath);
    if (!QDir().mkpath(folder))
        return QCoreApplication::translate("tz::Backup", "无法创建备份文件夹“%1”。").arg(QDir::toNativeSeparators(folder));
    return {};
}

int keepFromConnection(const QString &connection)
{
    QSqlQuery q(QSqlDatabase::database(connection, false));
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = 'backup_keep'"));
    bool ok = false;
    const int keep = q.exec() && q.next() ? q.value(0).toInt(&ok) : 0;
    return ok && keep > 0 ? keep : DefaultBackupKeep;
}

QString copyInto(const QString &connection, const QString &ledgerPath, BackupReason reason, int keep,
                 QString *made)
{
    if (QString err = ensureFolder(ledgerPath); !err.isEmpty())
        return err;
    const QString target = newBackupPath(ledgerPath, reason);
    if (QString err = writeCheckedCopy(connection, target); !err.isEmpty())
        return QCoreApplication::translate("tz::Backup", "备份失败：%1").arg(err);
    if (made)
        *made = target;
    rotate(ledgerPath, keep);
    return {};
}

} // namespace

QString backupReasonLabel(BackupReason reason)
{
    switch (reason) {
    case BackupReason::Daily:
        return QCoreApplication::translate("tz::Backup", "每日自动备份");
    case BackupReason::Import:
        return QCoreApplication::translate("tz::Backup", "导入前");
    case BackupReason::Migration:
        return QCoreApplication::translate("tz::Backup", "格式升级前");
    case BackupReason::Manual:
        return QCoreApplication::translate("tz::Backup", "手动备份");
    case BackupReason::BeforeRestore:
        return QCoreApplication::translate("tz::Backup", "恢复前");
    }
    return {};
}

QString backupFolder(const QString &ledgerPath)
{
    const QFileInfo ledger(ledgerPath);
    return ledger.absolutePath() + QLatin1Char('/') + ledger.fileName() + QStringLiteral(".backups");
}

std::vector<BackupInfo> listBackups(const QString &ledgerPath)
{
    const QString base = QRegularExpression::escape(QFileInfo(ledgerPath).completeBaseName());
    const QRegularExpression pattern(QStringLiteral("^%1-(\\d{8}-\\d{6})-([a-z-]+?)(?:-(\\d+))?\\.tzdb$").arg(base));
    std::vector<BackupInfo> list;
    const QDir dir(backupFolder(ledgerPath));
    const auto entries = dir.entryInfoList({ QStringLiteral("*.tzdb") }, QDir::Files);
    for (const QFileInfo &f : entries) {
        const auto m = pattern.match(f.fileName());
        if (!m.hasMatch())
            continue;
        BackupInfo b;
        b.path = f.absoluteFilePath();
        b.made = QDateTime::fromString(m.captured(1), timeFormat);
        b.bytes = f.size();
        b.written = f.lastModified();
        b.sequence = m.captured(3).isEmpty() ? 1 : m.captured(3).toInt();
        const QString code = m.captured(2);
        for (const ReasonName &r : reasonNames)
            if (code == QLatin1String(r.code))
                b.reason = r.reason;
        if (b.made.isValid())
            list.push_back(b);
    }
    // Names carry whole seconds: within one second the file's own time decides, then the
    // number added to a repeated name.
    std::sort(list.begin(), list.end(), [](const BackupInfo &a, const BackupInfo &b) {
        if (a.made != b.made)
            return a.made > b.made;
        if (a.written != b.written)
            return a.written > b.written;
        return a.sequence > b.sequence;
    });
    return list;
}

int backupKeep(const Ledger &ledger)
{
    bool ok = false;
    const int keep = ledger.setting(QStringLiteral("backup_keep")).toInt(&ok);
    return ok && keep > 0 ? keep : DefaultBackupKeep;
}

QString makeBackup(const Ledger &ledger, BackupReason reason, QString *made)
{
    return copyInto(ledger.connectionName(), ledger.path(), reason, backupKeep(ledger), made);
}

QString backupFile(const QString &ledgerPath, BackupReason reason, int keep, QString *made)
{
    QString err;
    const QString conn = openConnection(ledgerPath, true, &err);
    if (conn.isEmpty())
        return QCoreApplication::translate("tz::Backup", "备份失败：%1").arg(err);
    if (keep <= 0)
        keep = keepFromConnection(conn);
    err = copyInto(conn, ledgerPath, reason, keep, made);
    closeConnection(conn);
    return err;
}

QString dailyBackupIfDue(const Ledger &ledger, const QDate &today, QString *made)
{
    if (made)
        made->clear();
    const auto list = listBackups(ledger.path());
    const bool due = std::none_of(list.begin(), list.end(), [&](const BackupInfo &b) {
        return b.made.date() == today;
    });
    return due ? makeBackup(ledger, BackupReason::Daily, made) : QString();
}

QString backupBeforeImport(const Ledger &ledger)
{
    if (ledger.count(Entity::Project) == 0)
        return {};
    return makeBackup(ledger, BackupReason::Import);
}

std::optional<BackupInfo> newestGoodBackup(const QString &ledgerPath)
{
    for (const BackupInfo &b : listBackups(ledgerPath))
        if (inspectLedgerFile(b.path).error == OpenError::None && fileIntegrityProblems(b.path).isEmpty())
            return b;
    return std::nullopt;
}

QString restoreBackup(const QString &backupPath, const QString &ledgerPath)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(ledgerPath).absoluteFilePath());
    const FileCheck source = inspectLedgerFile(backupPath);
    if (source.error != OpenError::None)
        return QCoreApplication::translate("tz::Backup", "无法恢复：%1").arg(source.message);
    if (!fileIntegrityProblems(backupPath).isEmpty())
        return QCoreApplication::translate("tz::Backup", "无法恢复：备份“%1”未通过完整性检查。").arg(QDir::toNativeSeparators(backupPath));
    if (QFileInfo::exists(ledgerPath)) {
        // The file being replaced is kept too, so a restore can itself be undone. A damaged
        // file cannot be copied through SQLite: then its bytes are kept as they are.
        if (!backupFile(ledgerPath, BackupReason::BeforeRestore, 0).isEmpty()) {
            if (QString err = ensureFolder(ledgerPath); !err.isEmpty())
                return err;
            const QString raw = newBackupPath(ledgerPath, BackupReason::BeforeRestore);
            if (!QFile::copy(ledgerPath, raw))
                return QCoreApplication::translate("tz::Backup", "无法恢复：当前文件“%1”无法先行备份。").arg(shown);
        }
    }
    recoverHotJournal(ledgerPath);
    QFile in(backupPath);
    QSaveFile out(ledgerPath);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("tz::Backup", "无法恢复“%1”：%2").arg(shown, in.isOpen() ? out.errorString() : in.errorString());
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() || out.write(chunk) != chunk.size()) {
            out.cancelWriting();
            return QCoreApplication::translate("tz::Backup", "无法恢复“%1”：%2").arg(shown, out.errorString());
        }
    }
    if (!out.commit()) // QSaveFile syncs, then renames over the ledger in one step
        return QCoreApplication::translate("tz::Backup", "无法恢复“%1”：%2").arg(shown, out.errorString());
    // A journal that could not be played back belongs to the file just replaced: SQLite would
    // play it into the restored file and damage it.
    for (const char *suffix : { "-journal", "-wal", "-shm" })
        QFile::remove(ledgerPath + QLatin1String(suffix));
    return {};
}

} // namespace tz
