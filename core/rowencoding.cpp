#include "rowencoding.h"

#include "rowjson.h"
#include "sqlitestatement.h"
#include "utf8.h"

#include <future>
#include <system_error>

namespace tz {

namespace {

// Below this many rows a list is encoded on this thread: a thread costs more than it saves.
constexpr size_t kChunkRows = 512;

EncodedRows::Value::Kind kindOf(const QVariant &v)
{
    // Integers and text are bound from here; the rest goes through bindVariant as it is.
    switch (boundAs(v)) {
    case BoundAs::Null:
        return EncodedRows::Value::Null;
    case BoundAs::Integer:
        return EncodedRows::Value::Integer;
    case BoundAs::Text:
        return EncodedRows::Value::Text;
    default:
        return EncodedRows::Value::Other;
    }
}

EncodedRows encode(const std::vector<std::pair<Entity, Row>> &rows, size_t begin, size_t end)
{
    EncodedRows out;
    for (size_t i = begin; i < end; ++i)
        out.add(rows[i].first, rows[i].second);
    return out;
}

} // namespace

void EncodedRows::add(Entity e, const Row &row)
{
    m_first.push_back(m_values.size());
    for (const QVariant &v : row.values) {
        Value value;
        value.kind = kindOf(v);
        if (value.kind == Value::Integer) {
            value.integer = v.toLongLong();
        } else if (value.kind == Value::Text) {
            value.offset = m_bytes.size();
            appendUtf8(&m_bytes, *static_cast<const QString *>(v.constData()));
            value.size = m_bytes.size() - value.offset;
        }
        m_values.push_back(value);
    }
    Value json;
    json.kind = Value::Text;
    json.offset = m_bytes.size();
    appendRowJson(&m_bytes, e, row);
    json.size = m_bytes.size() - json.offset;
    m_json.push_back(json);
}

bool forEachEncodedChunk(const std::vector<std::pair<Entity, Row>> &rows,
                         const std::function<bool(size_t, const EncodedRows &)> &write)
{
    if (rows.size() <= kChunkRows)
        return write(0, encode(rows, 0, rows.size()));
    // Writing (SQLite) takes longer than encoding: while this thread writes one chunk, the next
    // is encoded on another. The rows are only read there, and not changed here meanwhile.
    const auto chunk = [&rows](size_t begin) {
        return encode(rows, begin, std::min(rows.size(), begin + kChunkRows));
    };
    // A thread that cannot be started (out of threads or memory) must not throw out of a
    // change with its transaction open: the chunk is then encoded here, when it is wanted.
    const auto ahead = [&chunk](size_t begin) {
        try {
            return std::async(std::launch::async, chunk, begin);
        } catch (const std::system_error &) {
            return std::async(std::launch::deferred, chunk, begin);
        }
    };
    std::future<EncodedRows> next = ahead(0);
    for (size_t begin = 0; begin < rows.size(); begin += kChunkRows) {
        const EncodedRows current = next.get();
        if (begin + kChunkRows < rows.size())
            next = ahead(begin + kChunkRows);
        if (!write(begin, current))
            return false; // the chunk being encoded is waited for as `next` goes
    }
    return true;
}

} // namespace tz
