#pragma once

#include <QDateTime>
#include <QString>

#include <memory>

class QLockFile;

namespace tz {

// Who holds a ledger open, as written in its lock file.
struct LockHolder
{
    qint64 pid = 0;
    QString host;
    QString program;
    QDateTime since; // when the lock file was written
    bool otherComputer = false;
};

// "项目台账.tzdb.lock" beside the ledger tells a second copy of the program, on this PC or on
// another PC sharing the folder, that the file is in use. A lock left by a crashed program on
// this PC is noticed (its process is gone) and taken over; one from another PC cannot be
// checked, so it stays until someone confirms that PC has closed the ledger.
class LedgerLock
{
public:
    explicit LedgerLock(const QString &ledgerPath);
    ~LedgerLock();

    enum Result { Acquired, HeldElsewhere, Unavailable };
    // Unavailable: no lock can be written (a read-only folder); the ledger opens without one.
    Result tryAcquire();
    bool isLocked() const;
    LockHolder holder() const; // after HeldElsewhere
    // Removes another PC's lock (after the user confirmed it is stale) and acquires.
    bool takeOver();
    // "计算机 X 上的 taizhang（进程 N），自 2026-11-25 09:30 起" — for messages.
    static QString describe(const LockHolder &holder);

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

// True when the file lies on a network file system (SMB/CIFS, NFS, WebDAV, sshfs): the README
// explains why the ledger stays in rollback-journal mode there.
bool isOnNetworkShare(const QString &path);

} // namespace tz
