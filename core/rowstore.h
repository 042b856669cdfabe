#pragma once

#include "values.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace tz {

class EncodedRows;
class SqliteStatement;

// Generic reads and writes of entity rows with prepared statements only. Knows SQL, not
// undo or history; the Ledger and the undo commands build on it.
class RowStore
{
public:
    explicit RowStore(QSqlDatabase db);
    ~RowStore();

    std::optional<Row> fetch(Entity e, qint64 id);
    // Rows whose column equals value (column empty: all rows), ordered by id.
    std::vector<Row> fetchWhere(Entity e, const QString &column = {}, const QVariant &value = {});
    bool insert(Entity e, Row &row); // assigns row.id when 0
    // The same, with the values already encoded (row j of encoded): the bulk path of imports.
    bool insertEncoded(Entity e, Row &row, const EncodedRows &encoded, size_t j);
    // Rows of one entity, each with its id given, row k of them being row at[k] of encoded:
    // up to 32 rows per INSERT statement (SQLite's work per statement was as much as a row's).
    bool insertEncodedMany(Entity e, const std::vector<const Row *> &rows, const std::vector<size_t> &at,
                           const EncodedRows &encoded);
    bool update(Entity e, qint64 id, int column, const QVariant &stored);
    bool remove(Entity e, qint64 id);
    qint64 count(Entity e, const QString &column = {}, const QVariant &value = {});
    QString lastError() const { return m_error; }

    static Row rowFromQuery(Entity e, const QSqlQuery &q); // id in field 0
    static QString selectList(Entity e); // "id, a, b, ..."

private:
    QSqlQuery &prepared(const QString &sql);
    bool exec(QSqlQuery &q);

    QSqlDatabase m_db;
    std::map<QString, QSqlQuery> m_cache;
    // INSERT statements straight on SQLite, by entity and by whether the id is given: an import
    // inserts tens of thousands of rows, and binding through QSqlQuery cost more than SQLite's
    // own work. Finalized with the store, before the connection closes.
    std::map<std::pair<int, bool>, std::unique_ptr<SqliteStatement>> m_inserts;
    // insertEncodedMany's, by entity and rows per statement (1, 2, 4, ... 32).
    std::map<std::pair<int, size_t>, std::unique_ptr<SqliteStatement>> m_multiInserts;
    QString m_error;
};

} // namespace tz
