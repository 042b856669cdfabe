#pragma once

#include "values.h"

#include <QByteArray>
#include <QByteArrayView>

#include <functional>
#include <vector>

namespace tz {

// Rows turned into what SQLite is given for them: each column's value as it binds (NULL, an
// integer, UTF-8 text), and the row's JSON for the change history (rowJson). Pure work on
// the values, so an import encodes the next rows on another core while this one writes.
class EncodedRows
{
public:
    struct Value
    {
        // Other: any type but the usual stored forms; bound from the row's QVariant itself.
        enum Kind : quint8 { Null, Integer, Text, Other };
        Kind kind = Null;
        qint64 integer = 0;
        qsizetype offset = 0; // of the text in the shared bytes
        qsizetype size = 0;
    };

    void add(Entity e, const Row &row);
    size_t size() const { return m_first.size(); }
    const Value &value(size_t row, int column) const { return m_values[m_first[row] + size_t(column)]; }
    QByteArrayView text(const Value &v) const { return QByteArrayView(m_bytes.constData() + v.offset, v.size); }
    QByteArrayView json(size_t row) const { return text(m_json[row]); }

private:
    QByteArray m_bytes; // every text of the rows, one after the other
    std::vector<Value> m_values; // the columns of every row
    std::vector<size_t> m_first; // per row: its first column in m_values
    std::vector<Value> m_json; // per row: where its JSON is
};

// Calls write(begin, encoded) for consecutive chunks of the rows in order, row begin + j being
// row j of encoded; stops at the first write that fails and returns false. Large lists are
// encoded a chunk ahead on another thread: the rows must not change until this returns.
bool forEachEncodedChunk(const std::vector<std::pair<Entity, Row>> &rows,
                         const std::function<bool(size_t, const EncodedRows &)> &write);

} // namespace tz
