// The inserts of the ledger: one row (an edit's undo command), and many at once in the order
// of their references (an import), each row with its change-history entry. Apart from
// ledger.cpp, which holds the rest of the writing, because this path has grown helpers of its
// own (table order, the history of an encoded row).
#include "ledger.h"

#include "changelog.h"
#include "rowencoding.h"
#include "rowjson.h"
#include "rowstore.h"

#include <QDateTime>

#include <algorithm>
#include <functional>

namespace tz {

bool Ledger::writeInsert(Entity e, Row &r)
{
    EncodedRows one;
    one.add(e, r);
    return writeEncoded(e, r, one, 0);
}

namespace {

// Tables in an order that puts every table after those it refers to (dictionaries, projects,
// then their children): rows inserted a table at a time in this order find their parents.
int dependencyRank(Entity e)
{
    static const std::vector<int> ranks = [] {
        std::vector<int> r(size_t(EntityCount), -1);
        // Depth of references; a table referring to itself (none today) does not count.
        const std::function<int(Entity, int)> rank = [&](Entity x, int guard) {
            if (r[size_t(x)] >= 0)
                return r[size_t(x)];
            int most = 0;
            for (const ColumnDef &c : entityDef(x).columns) {
                if (c.type == ColumnType::Ref && c.ref != x && guard < EntityCount)
                    most = std::max(most, rank(c.ref, guard + 1) + 1);
            }
            const EntityDef &d = entityDef(x);
            if (d.parentColumn >= 0 && d.parent != x && guard < EntityCount)
                most = std::max(most, rank(d.parent, guard + 1) + 1);
            return r[size_t(x)] = most;
        };
        for (Entity x : allEntities())
            rank(x, 0);
        return r;
    }();
    return ranks[size_t(e)];
}

// An insert's history: its label and new value from the encoded row (entry->rowLabel set when
// the label is not text).
ChangeLog::Inserted historyOf(Entity e, const Row &r, const EncodedRows &encoded, size_t j,
                              ChangeEntry *entry)
{
    // The label is the title column's text: as UTF-8 already when it is a string, NULL when
    // the column is empty, else (a number) as r.text() gives it.
    const int title = entityDef(e).titleColumn;
    std::optional<QByteArrayView> label;
    if (const EncodedRows::Value &v = encoded.value(j, title); v.kind == EncodedRows::Value::Text)
        label = encoded.text(v);
    else if (!r.values.at(title).isValid())
        label = QByteArrayView();
    else
        entry->rowLabel = r.text(title);
    return { entry, encoded.json(j), label }; // new value: rowJson(e, r)
}

} // namespace

bool Ledger::writeInserts(std::vector<std::pair<Entity, Row>> &rows)
{
    return forEachEncodedChunk(rows, [&](size_t begin, const EncodedRows &encoded) {
        return writeEncodedChunk(rows, begin, encoded);
    });
}

bool Ledger::writeEncodedChunk(const std::vector<std::pair<Entity, Row>> &rows, size_t begin,
                               const EncodedRows &encoded)
{
    if (m_failed)
        return false;
    // The rows a table at a time, parents' tables first, several rows per statement: their ids
    // are given, so the order they go in changes nothing in the tables.
    std::vector<size_t> order(encoded.size());
    for (size_t j = 0; j < order.size(); ++j)
        order[j] = j;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return dependencyRank(rows[begin + a].first) < dependencyRank(rows[begin + b].first);
    });
    RowStore &store = rowStore();
    std::vector<const Row *> same;
    std::vector<size_t> at;
    for (size_t k = 0; k < order.size();) {
        const Entity e = rows[begin + order[k]].first;
        same.clear();
        at.clear();
        for (; k < order.size() && rows[begin + order[k]].first == e; ++k) {
            same.push_back(&rows[begin + order[k]].second);
            at.push_back(order[k]);
        }
        if (!store.insertEncodedMany(e, same, at, encoded)) {
            m_lastError = store.lastError();
            return false;
        }
    }
    // Their history in the rows' own order, so its ids follow the list as they always have.
    std::vector<ChangeEntry> entries(encoded.size());
    std::vector<ChangeLog::Inserted> history(encoded.size());
    for (size_t j = 0; j < encoded.size(); ++j) {
        const auto &[e, r] = rows[begin + j];
        entries[j] = insertEntry(e, r);
        history[j] = historyOf(e, r, encoded, j, &entries[j]);
    }
    if (!m_log->appendInserts(history)) {
        m_lastError = m_log->lastError();
        return false;
    }
    for (size_t j = 0; j < encoded.size(); ++j)
        queue({ ChangeEvent::Inserted, rows[begin + j].first, entries[j].rowId, -1, entries[j].projectId });
    return true;
}

ChangeEntry Ledger::insertEntry(Entity e, const Row &r) const
{
    ChangeEntry entry;
    entry.at = QDateTime::currentDateTimeUtc();
    entry.user = m_userName;
    entry.action = QStringLiteral("insert");
    entry.entity = tableName(e);
    entry.rowId = r.id;
    entry.projectId = projectOf(e, r);
    return entry;
}

bool Ledger::writeEncoded(Entity e, Row &r, const EncodedRows &encoded, size_t j)
{
    if (m_failed)
        return false;
    RowStore &store = rowStore();
    if (!store.insertEncoded(e, r, encoded, j)) {
        m_lastError = store.lastError();
        return false;
    }
    ChangeEntry entry = insertEntry(e, r);
    const ChangeLog::Inserted history = historyOf(e, r, encoded, j, &entry);
    if (!m_log->appendInsert(entry, history.newValueUtf8, history.labelUtf8)) {
        m_lastError = m_log->lastError();
        return false;
    }
    queue({ ChangeEvent::Inserted, e, r.id, -1, entry.projectId });
    return true;
}

} // namespace tz
