#pragma once

#include <QCoreApplication>
#include <QString>

namespace tz {

// Why a file could not be opened as a ledger. Every failure leaves the file untouched.
enum class OpenError {
    None,
    NotFound,
    NotSQLite, // any file that is not an SQLite database (text, spreadsheet, empty)
    ForeignDatabase, // an SQLite database of another program
    NewerVersion, // written by a newer Taizhang
    Damaged, // SQLite, ours, but unreadable
    AlreadyExists, // create() on an existing path
    IoError,
};

struct FileCheck
{
    OpenError error = OpenError::None;
    QString message; // translated, names the file
    int schemaVersion = 0;
    bool writable = false;
};

// A process killed inside a transaction leaves a "hot" journal beside the file; SQLite plays it
// back on the next read through a writable connection, but a read-only connection cannot and
// reports an error. Plays it back when there is one and the file is writable; true when the
// file has no hot journal left.
bool recoverHotJournal(const QString &path);

// Looks at a file without changing it (apart from playing back a crash's hot journal) (read-only connection, no journal, no migration).
FileCheck inspectLedgerFile(const QString &path);

// Opens an SQLite connection with our settings: foreign keys on, a busy timeout, rollback
// journal (WAL breaks on network shares, where offices keep ledgers).
// Returns the connection name or an empty string with *error set.
QString openConnection(const QString &path, bool readOnly, QString *error);
void closeConnection(const QString &connectionName);

// Writes a consistent copy of the database behind `connection` to target (replacing it): VACUUM
// INTO a temporary name beside it, synced and integrity-checked, then renamed, so a failed copy
// never leaves a half-written file under the target's name. Returns a translated error or empty.
QString writeCheckedCopy(const QString &connection, const QString &target);

// PRAGMA integrity_check (or the cheaper quick_check) through an open connection: empty when
// the file is sound, else SQLite's first findings.
QString integrityProblems(const QString &connection, bool quick = false);
// The same for a file that is not open, through a read-only connection of its own: empty when
// sound, else why not (the connection's error or SQLite's findings).
QString fileIntegrityProblems(const QString &path);

// PRAGMA quick_check of a file through a private read-only SQLite connection, without Qt Sql,
// so it may run on another thread while the opening thread reads the same file: empty when
// the file is sound, else SQLite's first findings or why the file could not be read.
QString quickCheckFile(const QString &path);

// A translated sentence for a failed write: the disk is full, the file is read-only or locked
// by another program, or the medium failed; always says that nothing was saved.
QString describeWriteError(const QString &path, int sqliteCode, const QString &driverText);
// The same from the text of an error that lost its code on the way up (SQLite's own English
// messages are fixed strings); empty when the text is not a storage error.
QString describeWriteError(const QString &path, const QString &errorText);

} // namespace tz
