#pragma once

#include <QByteArrayView>
#include <QDate>
#include <QString>
#include <QVariant>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;
class QSqlDatabase;

namespace tz {

// The SQLite connection under a Qt Sql connection. The bulk paths (lights of every project,
// exports, imports) use it directly: QSqlQuery turns every column of every row into a
// QVariant and copies it, which costs more than SQLite's own work on ten thousand projects.
// Debian's Qt plugin links the same system libsqlite3 as we do (PITFALLS: one SQLite only).
sqlite3 *sqliteHandle(const QSqlDatabase &db);

// How SqliteStatement::bindVariant binds a value, and so how it is stored: NULL wherever Qt's
// own SQLite driver binds NULL (an empty QVariant, and a null string, null bytes or an invalid
// date held in one: QVariant::isNull() is false for those in Qt 6), integers, reals, UTF-8 text,
// blobs, dates and times as ISO text, anything else as its toString(). One place, so that code
// binding values its own way (the import's encoder) cannot come to disagree with it.
enum class BoundAs : quint8 { Null, Integer, Real, Text, Blob, Date, DateTime, Other };
BoundAs boundAs(const QVariant &value);

// One prepared statement, finalized when it goes. Text comes back as QString (UTF-8 in the
// file), dates stored as yyyy-MM-dd as QDate, without a QVariant in between.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const char *sql);
    SqliteStatement(const QSqlDatabase &db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool ok() const { return m_stmt != nullptr && m_error.isEmpty(); }
    QString error() const { return m_error; }

    // Parameters are numbered from 1, as in SQLite.
    void bind(int index, qint64 value);
    void bind(int index, double value);
    void bind(int index, const QString &value);
    void bindNull(int index);
    // The statement's own UTF-8 buffer for a parameter, emptied: fill it, then bindBuffer().
    // Text is bound from it without a copy (SQLITE_STATIC), so it must not change until the
    // parameter is bound again or the statement reset; bind(QString) uses it too.
    QByteArray &buffer(int index);
    void bindBuffer(int index);
    // UTF-8 text bound without a copy: the bytes must stay as they are until the parameter is
    // bound again or the statement reset.
    void bindStatic(int index, QByteArrayView utf8);
    // A stored value as the Qt Sql layer would bind it (null, integer, real or text).
    void bindVariant(int index, const QVariant &value);

    // Next row: true while there is one; false at the end or on an error (see error()).
    bool next();
    // Runs a statement that returns no rows; true when it completed.
    bool exec();
    // Ready to run again with new bindings; also forgets the error of the last run, so a
    // statement kept for reuse works again once the cause (a full disk) has gone.
    void reset();

    // Columns are numbered from 0.
    bool isNull(int column) const;
    bool isInteger(int column) const; // stored as an integer (not null, text or real)
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    // The column's UTF-8 bytes as stored, valid until the next step: for comparing a status
    // word or reading a few digits without a QString per row.
    QByteArrayView utf8(int column) const;
    QDate date(int column) const; // invalid unless the column holds yyyy-MM-dd
    QVariant value(int column) const; // as QSqlQuery::value would give it

private:
    void fail();

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
    // Per parameter (index 0 unused), kept with their capacity from one run to the next: an
    // import binds a dozen texts per row, and a copy made for SQLite (SQLITE_TRANSIENT) cost
    // two allocations each.
    std::vector<QByteArray> m_buffers = std::vector<QByteArray>(1);
};

} // namespace tz
