#pragma once

#include <QtGlobal>

#include <cstdint>
#include <vector>

namespace tz {

// The order of a detail sheet's rows: by project, then (milestones) by planned date, then by
// id. SQLite gives it with ORDER BY only by walking the project index and looking up every row
// in the table (and, for two of the tables, sorting each project's rows on top): three times
// the work of reading the table as stored. So rows are read in id order and their keys kept
// here, and put in order afterwards; they mostly come in order already (entered and imported
// project by project), which is found without sorting.
class DetailOrder
{
public:
    // Keys of the next row read. `date` is the planned date as yyyymmdd (0 when the order has
    // no date), which sorts as the stored yyyy-MM-dd text does.
    void add(qint64 project, int date)
    {
        if (!m_keys.empty() && less({ project, date, 0 }, m_keys.back()))
            m_sorted = false;
        m_keys.push_back({ project, date, uint32_t(m_keys.size()) });
    }
    void reserve(size_t rows) { m_keys.reserve(rows); }
    bool sorted() const { return m_sorted; }
    // The rows as read, in the sheet's order: row i of the sheet is row permutation()[i] read.
    // Equal keys keep the order they were read in (by id).
    std::vector<uint32_t> permutation() const;

private:
    struct Key
    {
        qint64 project;
        int date;
        uint32_t row;
    };
    static bool less(const Key &a, const Key &b)
    {
        return a.project != b.project ? a.project < b.project : a.date < b.date;
    }

    std::vector<Key> m_keys;
    bool m_sorted = true;
};

// Rows of `width` items each, put in the order `permutation` gives (see DetailOrder).
template<typename T>
std::vector<T> permuteRows(const std::vector<T> &items, size_t width, const std::vector<uint32_t> &permutation)
{
    std::vector<T> out;
    out.reserve(items.size());
    for (const uint32_t row : permutation)
        out.insert(out.end(), items.begin() + ptrdiff_t(size_t(row) * width),
                   items.begin() + ptrdiff_t((size_t(row) + 1) * width));
    return out;
}

} // namespace tz
