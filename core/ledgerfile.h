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

// Looks at a file without changing it (read-only connection, no journal, no migration).
FileCheck inspectLedgerFile(const QString &path);

// Opens an SQLite connection with our settings: foreign keys on, a busy timeout, rollback
// journal (WAL breaks on network shares, where offices keep ledgers).
// Returns the connection name or an empty string with *error set.
QString openConnection(const QString &path, bool readOnly, QString *error);
void closeConnection(const QString &connectionName);

} // namespace tz
