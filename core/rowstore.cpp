#include "rowstore.h"

#include "rowencoding.h"
#include "sqlitestatement.h"

#include <QSqlError>
#include <QSqlRecord>

#include <sqlite3.h>

#include <algorithm>

namespace tz {

RowStore::RowStore(QSqlDatabase db) : m_db(std::move(db)) { }

RowStore::~RowStore() = default;

QString RowStore::selectList(Entity e)
{
    QStringList cols { QStringLiteral("id") };
    for (const ColumnDef &c : entityDef(e).columns)
        cols << QString::fromLatin1(c.name);
    return cols.join(QStringLiteral(", "));
}

namespace {

// Amounts, counts and references are stored as integers, everything else as text; a row read
// either way holds the same QVariant types, so rows compare equal whichever path read them.
bool storedAsInteger(ColumnType type)
{
    return type == ColumnType::Integer || type == ColumnType::Money || type == ColumnType::Decimal
            || type == ColumnType::Ref;
}

// Column i of encoded row j (values of `row`) as parameter `index`: the encoder's UTF-8 text
// without a copy, integers and NULL as they are, anything else as the Qt layer would bind it.
void bindEncoded(SqliteStatement &q, int index, const EncodedRows &encoded, size_t j, const Row &row, int i)
{
    const EncodedRows::Value &v = encoded.value(j, i);
    switch (v.kind) {
    case EncodedRows::Value::Null: q.bindNull(index); break;
    case EncodedRows::Value::Integer: q.bind(index, v.integer); break;
    case EncodedRows::Value::Text: q.bindStatic(index, encoded.text(v)); break;
    case EncodedRows::Value::Other: q.bindVariant(index, row.values.at(i)); break;
    }
}

} // namespace

Row RowStore::rowFromQuery(Entity e, const QSqlQuery &q)
{
    const auto &cols = entityDef(e).columns;
    Row r;
    r.id = q.value(0).toLongLong();
    r.values.reserve(qsizetype(cols.size()));
    for (size_t i = 0; i < cols.size(); ++i) {
        const QVariant v = q.value(int(i) + 1);
        if (v.isNull())
            r.values.append(QVariant());
        else
            r.values.append(storedAsInteger(cols[i].type) ? QVariant(v.toLongLong()) : QVariant(v.toString()));
    }
    return r;
}

QSqlQuery &RowStore::prepared(const QString &sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end()) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(sql);
        it = m_cache.emplace(sql, std::move(q)).first;
    }
    return it->second;
}

bool RowStore::exec(QSqlQuery &q)
{
    if (q.exec())
        return true;
    m_error = q.lastError().text();
    return false;
}

std::optional<Row> RowStore::fetch(Entity e, qint64 id)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                                    .arg(selectList(e), tableName(e)));
    q.addBindValue(id);
    if (!exec(q))
        return std::nullopt;
    std::optional<Row> r;
    if (q.next())
        r = rowFromQuery(e, q);
    q.finish();
    return r;
}

std::vector<Row> RowStore::fetchWhere(Entity e, const QString &column, const QVariant &value)
{
    // Whole tables are read on every open (ten thousand projects, five times as many child
    // rows): straight from SQLite, one typed QVariant per column and no intermediate one.
    QByteArray sql = "SELECT " + selectList(e).toUtf8() + " FROM " + tableName(e).toUtf8();
    if (!column.isEmpty())
        sql += " WHERE " + column.toUtf8() + " = ?";
    sql += " ORDER BY id";
    SqliteStatement q(m_db, sql.constData());
    if (!column.isEmpty())
        q.bindVariant(1, value);
    std::vector<Row> out;
    const auto &cols = entityDef(e).columns;
    while (q.next()) {
        Row r;
        r.id = q.int64(0);
        r.values.reserve(qsizetype(cols.size()));
        for (size_t i = 0; i < cols.size(); ++i) {
            const int c = int(i) + 1;
            if (q.isNull(c))
                r.values.append(QVariant());
            else
                r.values.append(storedAsInteger(cols[i].type) ? QVariant(q.int64(c)) : QVariant(q.text(c)));
        }
        out.push_back(std::move(r));
    }
    if (!q.error().isEmpty())
        m_error = q.error();
    return out;
}

qint64 RowStore::count(Entity e, const QString &column, const QVariant &value)
{
    QString sql = QStringLiteral("SELECT COUNT(*) FROM %1").arg(tableName(e));
    if (!column.isEmpty())
        sql += QStringLiteral(" WHERE %1 = ?").arg(column);
    QSqlQuery &q = prepared(sql);
    if (!column.isEmpty())
        q.addBindValue(value);
    if (!exec(q) || !q.next())
        return -1;
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

bool RowStore::insert(Entity e, Row &row)
{
    EncodedRows one;
    one.add(e, row);
    return insertEncoded(e, row, one, 0);
}

bool RowStore::insertEncodedMany(Entity e, const std::vector<const Row *> &rows, const std::vector<size_t> &at,
                                 const EncodedRows &encoded)
{
    const auto &cols = entityDef(e).columns;
    const int perRow = int(cols.size()) + 1; // with the id
    // 32 rows of the widest table (projects) bind some 700 parameters, under the 999 of an
    // old SQLite; fewer to a statement should a table ever grow past what this one allows.
    const int limit = sqlite3_limit(sqliteHandle(m_db), SQLITE_LIMIT_VARIABLE_NUMBER, -1);
    size_t mostRows = 32;
    while (mostRows > 1 && mostRows * size_t(perRow) > size_t(std::max(limit, 1)))
        mostRows /= 2;
    size_t done = 0;
    while (done < rows.size()) {
        // The largest power of two that fits: a few statements per entity, not one per size.
        size_t n = mostRows;
        while (n > rows.size() - done)
            n /= 2;
        std::unique_ptr<SqliteStatement> &q = m_multiInserts[{ int(e), n }];
        if (!q) {
            QStringList names = { QStringLiteral("id") };
            for (const ColumnDef &c : cols)
                names << QString::fromLatin1(c.name);
            const QString one = QStringLiteral("(?") + QStringLiteral(", ?").repeated(perRow - 1) + u')';
            QStringList tuples;
            for (size_t r = 0; r < n; ++r)
                tuples << one;
            const QByteArray sql = QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                                           .arg(tableName(e), names.join(QStringLiteral(", ")),
                                                tuples.join(QStringLiteral(", ")))
                                           .toUtf8();
            q = std::make_unique<SqliteStatement>(m_db, sql.constData());
        }
        for (size_t r = 0; r < n; ++r) {
            const Row &row = *rows[done + r];
            const size_t j = at[done + r];
            int index = int(r) * perRow + 1;
            q->bind(index++, row.id);
            for (size_t i = 0; i < cols.size(); ++i, ++index)
                bindEncoded(*q, index, encoded, j, row, int(i));
        }
        const bool ok = q->exec();
        if (!ok)
            m_error = q->error();
        q->reset(); // also after a failure: the statement is kept for the next change
        if (!ok)
            return false;
        done += n;
    }
    return true;
}

bool RowStore::insertEncoded(Entity e, Row &row, const EncodedRows &encoded, size_t j)
{
    const auto &cols = entityDef(e).columns;
    const bool withId = row.id != 0;
    std::unique_ptr<SqliteStatement> &q = m_inserts[{ int(e), withId }];
    if (!q) {
        QStringList names;
        QStringList marks;
        if (withId) {
            names << QStringLiteral("id");
            marks << QStringLiteral("?");
        }
        for (const ColumnDef &c : cols) {
            names << QString::fromLatin1(c.name);
            marks << QStringLiteral("?");
        }
        const QByteArray sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                       .arg(tableName(e), names.join(QStringLiteral(", ")),
                                            marks.join(QStringLiteral(", ")))
                                       .toUtf8();
        q = std::make_unique<SqliteStatement>(m_db, sql.constData());
    }
    int index = 1;
    if (withId)
        q->bind(index++, row.id);
    for (size_t i = 0; i < cols.size(); ++i, ++index)
        bindEncoded(*q, index, encoded, j, row, int(i));
    const bool ok = q->exec();
    if (!ok)
        m_error = q->error();
    else if (!withId)
        row.id = sqlite3_last_insert_rowid(sqliteHandle(m_db));
    q->reset(); // also after a failure: the statement is kept for the next change
    return ok;
}

bool RowStore::update(Entity e, qint64 id, int column, const QVariant &stored)
{
    QSqlQuery &q = prepared(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
                                    .arg(tableName(e),
                                         QString::fromLatin1(entityDef(e).columns.at(size_t(column)).name)));
    q.addBindValue(stored.isValid() ? stored : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(id);
    if (!exec(q))
        return false;
    const bool touched = q.numRowsAffected() == 1;
    q.finish();
    if (!touched)
        m_error = QStringLiteral("row %1 of %2 not found").arg(id).arg(tableName(e));
    return touched;
}

bool RowStore::remove(Entity e, qint64 id)
{
    QSqlQuery &q = prepared(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(tableName(e)));
    q.addBindValue(id);
    if (!exec(q))
        return false;
    const bool touched = q.numRowsAffected() == 1;
    q.finish();
    if (!touched)
        m_error = QStringLiteral("row %1 of %2 not found").arg(id).arg(tableName(e));
    return touched;
}

} // namespace tz
