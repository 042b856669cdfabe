#include "sqlitestatement.h"

#include "utf8.h"

#include <QSqlDatabase>
#include <QSqlDriver>

#include <sqlite3.h>

namespace tz {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // The QSQLITE driver hands out its sqlite3* under this type name.
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql) : m_db(db)
{
    if (!db) {
        m_error = QStringLiteral("no SQLite connection");
        return;
    }
    if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
        fail();
    else
        m_buffers.resize(size_t(sqlite3_bind_parameter_count(m_stmt)) + 1);
}

SqliteStatement::SqliteStatement(const QSqlDatabase &db, const char *sql)
    : SqliteStatement(sqliteHandle(db), sql)
{ }

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::fail()
{
    if (m_error.isEmpty())
        m_error = QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "no SQLite connection");
}

void SqliteStatement::bind(int index, qint64 value)
{
    if (m_stmt && sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK)
        fail();
}

void SqliteStatement::bind(int index, double value)
{
    if (m_stmt && sqlite3_bind_double(m_stmt, index, value) != SQLITE_OK)
        fail();
}

void SqliteStatement::bind(int index, const QString &value)
{
    // As UTF-8, the file's encoding: our encoder is faster than SQLite's translation of
    // UTF-16, which an import of ten thousand rows paid a quarter of its writing time for.
    // The bytes are QString::toUtf8's, so what is stored has not changed. A null string
    // binds as empty text, not NULL.
    appendUtf8(&buffer(index), value);
    bindBuffer(index);
}

QByteArray &SqliteStatement::buffer(int index)
{
    // Slot 0 takes an index out of range; bindBuffer() then reports SQLite's range error.
    QByteArray &b = m_buffers[index > 0 && size_t(index) < m_buffers.size() ? size_t(index) : 0];
    b.resize(0); // keeps the capacity
    return b;
}

void SqliteStatement::bindBuffer(int index)
{
    const QByteArray &b = m_buffers[index > 0 && size_t(index) < m_buffers.size() ? size_t(index) : 0];
    // constData() of an empty array is "", never null: empty text, not NULL.
    if (m_stmt && sqlite3_bind_text(m_stmt, index, b.constData(), int(b.size()), SQLITE_STATIC) != SQLITE_OK)
        fail();
}

void SqliteStatement::bindStatic(int index, QByteArrayView utf8)
{
    // data() of an empty view may be null, which SQLite would bind as NULL: empty text instead.
    if (m_stmt && sqlite3_bind_text(m_stmt, index, utf8.isEmpty() ? "" : utf8.data(), int(utf8.size()), SQLITE_STATIC) != SQLITE_OK)
        fail();
}

void SqliteStatement::bindNull(int index)
{
    if (m_stmt && sqlite3_bind_null(m_stmt, index) != SQLITE_OK)
        fail();
}

BoundAs boundAs(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return BoundAs::Null;
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Bool:
        return BoundAs::Integer;
    case QMetaType::Double:
    case QMetaType::Float:
        return BoundAs::Real;
    case QMetaType::QString:
        return static_cast<const QString *>(value.constData())->isNull() ? BoundAs::Null : BoundAs::Text;
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(value.constData())->isNull() ? BoundAs::Null : BoundAs::Blob;
    case QMetaType::QDate:
        return value.toDate().isValid() ? BoundAs::Date : BoundAs::Null;
    case QMetaType::QDateTime:
        return value.toDateTime().isValid() ? BoundAs::DateTime : BoundAs::Null;
    default:
        return BoundAs::Other;
    }
}

void SqliteStatement::bindVariant(int index, const QVariant &value)
{
    switch (boundAs(value)) {
    case BoundAs::Null:
        bindNull(index);
        return;
    case BoundAs::Integer:
        bind(index, value.toLongLong());
        return;
    case BoundAs::Real:
        bind(index, value.toDouble());
        return;
    case BoundAs::Text:
        bind(index, *static_cast<const QString *>(value.constData())); // no copy per column
        return;
    case BoundAs::Blob: {
        const auto *bytes = static_cast<const QByteArray *>(value.constData());
        if (m_stmt && sqlite3_bind_blob(m_stmt, index, bytes->constData(), int(bytes->size()), SQLITE_TRANSIENT) != SQLITE_OK)
            fail();
        return;
    }
    case BoundAs::Date:
        bind(index, value.toDate().toString(Qt::ISODate));
        return;
    case BoundAs::DateTime:
        bind(index, value.toDateTime().toString(Qt::ISODateWithMs));
        return;
    case BoundAs::Other:
        bind(index, value.toString());
        return;
    }
}

bool SqliteStatement::next()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        fail();
    return false;
}

bool SqliteStatement::exec()
{
    if (!m_stmt || !m_error.isEmpty())
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW)
        return true;
    fail();
    return false;
}

void SqliteStatement::reset()
{
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_error.clear();
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

bool SqliteStatement::isInteger(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_INTEGER;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString SqliteStatement::text(int column) const
{
    // The file holds UTF-8: Qt's decoder is faster than SQLite's own UTF-16 translation.
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArrayView SqliteStatement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

QDate SqliteStatement::date(int column) const
{
    // Stored dates are yyyy-MM-dd (dateToStorage); anything else is no date.
    const auto *s = sqlite3_column_text(m_stmt, column);
    if (!s || sqlite3_column_bytes(m_stmt, column) != 10 || s[4] != '-' || s[7] != '-')
        return {};
    int parts[3] = {};
    const int starts[3] = { 0, 5, 8 }, ends[3] = { 4, 7, 10 };
    for (int p = 0; p < 3; ++p)
        for (int i = starts[p]; i < ends[p]; ++i) {
            if (s[i] < '0' || s[i] > '9')
                return {};
            parts[p] = parts[p] * 10 + (s[i] - '0');
        }
    return QDate(parts[0], parts[1], parts[2]);
}

QVariant SqliteStatement::value(int column) const
{
    // The same types the QSQLITE driver gives, so rows read either way compare equal.
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(qlonglong(int64(column)));
    case SQLITE_FLOAT:
        return QVariant(real(column));
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(m_stmt, column)),
                          sqlite3_column_bytes(m_stmt, column));
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>());
    default:
        return text(column);
    }
}

} // namespace tz
