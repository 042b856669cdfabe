#include "detailorder.h"

#include <algorithm>

namespace tz {

std::vector<uint32_t> DetailOrder::permutation() const
{
    std::vector<Key> keys = m_keys;
    if (!m_sorted)
        std::stable_sort(keys.begin(), keys.end(), less);
    std::vector<uint32_t> rows;
    rows.reserve(keys.size());
    for (const Key &k : keys)
        rows.push_back(k.row);
    return rows;
}

} // namespace tz
