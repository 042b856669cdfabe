#pragma once

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace tz {

class Ledger;

// Why a backup was made; written into its file name so the list can say so.
enum class BackupReason { Daily, Import, Migration, Manual, BeforeRestore };

struct BackupInfo
{
    QString path;
    QDateTime made; // local time, from the file name
    BackupReason reason = BackupReason::Manual;
    qint64 bytes = 0;
    QDateTime written; // the file's modification time, finer than the name's
    int sequence = 1; // "-2" for the second backup of one reason within one second
};

QString backupReasonLabel(BackupReason reason); // translated: 每日自动备份, 导入前 ...

// Backups live in a folder beside the ledger ("项目台账.tzdb" → "项目台账.tzdb.backups/"), so
// they travel with it to another PC or share, and never next to the program.
QString backupFolder(const QString &ledgerPath);
// Newest first. Files in the folder that are not our backups are ignored.
std::vector<BackupInfo> listBackups(const QString &ledgerPath);

// How many backups rotation keeps (ledger setting "backup_keep", at least 1).
constexpr int DefaultBackupKeep = 20;
int backupKeep(const Ledger &ledger);

// Writes a consistent, synced, integrity-checked copy of the open ledger into its backup
// folder, then deletes the oldest beyond `keep`. Returns a translated error or empty;
// *made gets the new file's path.
QString makeBackup(const Ledger &ledger, BackupReason reason, QString *made = nullptr);
// The same for a ledger file that is not open (before a migration or a restore), read through
// a read-only connection of its own.
QString backupFile(const QString &ledgerPath, BackupReason reason, int keep, QString *made = nullptr);

// The once-a-day backup on open: made when the newest backup is not from `today`. Returns an
// error or empty (also when none was due); *made is empty when none was due.
QString dailyBackupIfDue(const Ledger &ledger, const QDate &today, QString *made = nullptr);
// The import backup: only when the ledger holds projects (an empty ledger has nothing to lose).
QString backupBeforeImport(const Ledger &ledger);

// The newest backup that opens as a ledger and passes PRAGMA integrity_check; nullopt if none.
std::optional<BackupInfo> newestGoodBackup(const QString &ledgerPath);

// Replaces the ledger file (which must not be open) with a backup: the current file is first
// kept as a BeforeRestore backup when it can be read, then the backup is copied to a temporary
// name beside the ledger, synced, checked and renamed over it. Returns an error or empty.
QString restoreBackup(const QString &backupPath, const QString &ledgerPath);

} // namespace tz
