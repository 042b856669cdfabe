#include "ledgerlock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStorageInfo>
#include <QSysInfo>

namespace tz {

LedgerLock::LedgerLock(const QString &ledgerPath)
    : m_path(ledgerPath + QStringLiteral(".lock")), m_lock(std::make_unique<QLockFile>(m_path))
{
    // Never stale by age: an office keeps a ledger open all day, and on a share the age is
    // the only test QLockFile has for another PC's lock.
    m_lock->setStaleLockTime(0);
}

LedgerLock::~LedgerLock() = default;

LedgerLock::Result LedgerLock::tryAcquire()
{
    if (m_lock->tryLock(0))
        return Acquired;
    return m_lock->error() == QLockFile::LockFailedError ? HeldElsewhere : Unavailable;
}

bool LedgerLock::isLocked() const
{
    return m_lock->isLocked();
}

LockHolder LedgerLock::holder() const
{
    LockHolder h;
    m_lock->getLockInfo(&h.pid, &h.host, &h.program);
    h.since = QFileInfo(m_path).lastModified();
    h.otherComputer = !h.host.isEmpty() && h.host != QSysInfo::machineHostName();
    return h;
}

bool LedgerLock::takeOver()
{
    m_lock->removeStaleLockFile();
    if (m_lock->tryLock(0))
        return true;
    // removeStaleLockFile() only removes locks QLockFile itself judges stale.
    QFile::remove(m_path);
    return m_lock->tryLock(0);
}

QString LedgerLock::describe(const LockHolder &h)
{
    return QCoreApplication::translate("tz::LedgerLock", "计算机“%1”上的 %2（进程 %3），自 %4 起")
            .arg(h.host.isEmpty() ? QStringLiteral("?") : h.host,
                 h.program.isEmpty() ? QStringLiteral("taizhang") : h.program)
            .arg(h.pid)
            .arg(h.since.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

bool isOnNetworkShare(const QString &path)
{
    const QByteArray type = QStorageInfo(QFileInfo(path).absolutePath()).fileSystemType().toLower();
    for (const char *net : { "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "fuse.sshfs",
                             "davfs", "fuse.davfs2", "9p", "afs", "ncpfs" })
        if (type == net)
            return true;
    return false;
}

} // namespace tz
