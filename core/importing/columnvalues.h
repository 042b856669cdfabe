#pragma once

#include <algorithm>
#include <utility>
#include <vector>

namespace tz {

// The few values one imported row gives, keyed by a table column. An import keeps one per
// sheet row until it is applied; a QHash spends about 1.5 KB on its spans even for ten entries,
// which made the drafts of a 10,000-row sheet weigh 35 MB. A vector sorted by column holds the
// same for the entries alone, and iterates in column order, so the preview lists a project's
// changes in the order of its columns rather than in hash order.
template <typename T>
class ColumnValues
{
public:
    using Entry = std::pair<int, T>;

    // Sets the column's value, replacing one set before.
    void insert(int column, T value)
    {
        const auto it = find(column);
        if (it != m_entries.end() && it->first == column)
            it->second = std::move(value);
        else
            m_entries.insert(it, Entry(column, std::move(value)));
    }
    bool contains(int column) const
    {
        const auto it = find(column);
        return it != m_entries.end() && it->first == column;
    }
    // A default-constructed T when the column has no value.
    T value(int column) const
    {
        const auto it = find(column);
        return it != m_entries.end() && it->first == column ? it->second : T();
    }
    bool isEmpty() const { return m_entries.empty(); }
    int size() const { return int(m_entries.size()); }
    typename std::vector<Entry>::const_iterator begin() const { return m_entries.begin(); }
    typename std::vector<Entry>::const_iterator end() const { return m_entries.end(); }

private:
    typename std::vector<Entry>::iterator find(int column)
    {
        return std::lower_bound(m_entries.begin(), m_entries.end(), column,
                                [](const Entry &e, int c) { return e.first < c; });
    }
    typename std::vector<Entry>::const_iterator find(int column) const
    {
        return std::lower_bound(m_entries.begin(), m_entries.end(), column,
                                [](const Entry &e, int c) { return e.first < c; });
    }

    std::vector<Entry> m_entries;
};

} // namespace tz
