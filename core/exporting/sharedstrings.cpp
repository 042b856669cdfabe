#include "sharedstrings.h"

#include "xmlbytes.h"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace tz {

namespace {

// Eight bytes at a time, multiply and fold: the strings are short and the table only needs
// them spread over its slots, not a hash that resists an attacker.
uint32_t hashOf(std::string_view s)
{
    const char *p = s.data();
    size_t n = s.size();
    uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
    const auto mix = [&h](uint64_t v) {
        h = (h ^ v) * 0xBF58476D1CE4E5B9ull;
        h ^= h >> 29;
    };
    for (; n >= 8; p += 8, n -= 8) {
        uint64_t v;
        std::memcpy(&v, p, 8);
        mix(v);
    }
    if (n) {
        uint64_t v = 0;
        std::memcpy(&v, p, n);
        mix(v);
    }
    h *= 0x94D049BB133111EBull;
    return uint32_t(h >> 32);
}

bool isXmlSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

SharedStrings::SharedStrings() : m_slots(1024, 0) {}

uint32_t SharedStrings::index(std::string_view utf8)
{
    ++m_references;
    const uint32_t h = hashOf(utf8);
    const size_t mask = m_slots.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        const uint32_t slot = m_slots[i];
        if (slot == 0) {
            const auto index = uint32_t(m_strings.size());
            m_strings.push_back({ m_bytes.size(), uint32_t(utf8.size()), h });
            m_bytes.append(utf8);
            m_slots[i] = index + 1;
            // At most half full, so probe runs stay short.
            if (m_strings.size() * 2 > m_slots.size())
                rehash();
            return index;
        }
        const Entry &e = m_strings[slot - 1];
        if (e.hash == h && text(e) == utf8)
            return slot - 1;
    }
}

void SharedStrings::rehash()
{
    std::vector<uint32_t> table(m_slots.size() * 2, 0);
    const size_t mask = table.size() - 1;
    for (size_t k = 0; k < m_strings.size(); ++k) {
        size_t i = m_strings[k].hash & mask;
        while (table[i])
            i = (i + 1) & mask;
        table[i] = uint32_t(k + 1);
    }
    m_slots.swap(table);
}

void SharedStrings::writeHead(XmlBytes &out) const
{
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
               "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"");
    out.appendUInt(m_references);
    out.append("\" uniqueCount=\"");
    out.appendUInt(m_strings.size());
    out.append("\">");
}

void SharedStrings::writeOne(XmlBytes &out, const Entry &e) const
{
    const std::string_view s = text(e);
    // Without xml:space="preserve" a reader may drop leading and trailing white space.
    if (!s.empty() && (isXmlSpace(s.front()) || isXmlSpace(s.back())))
        out.append("<si><t xml:space=\"preserve\">");
    else
        out.append("<si><t>");
    // Readers decode "_xHHHH_" in cell text as the character HHHH (the escape OOXML uses for
    // characters XML cannot hold), so text that happens to read like one has its underscore
    // escaped the same way ("_x005F_"), or "编号_x0041_" would come back as "编号A".
    size_t done = 0;
    for (size_t at = s.find("_x"); at != std::string_view::npos; at = s.find("_x", at + 1)) {
        if (at + 7 > s.size() || s[at + 6] != '_'
            || !std::all_of(s.begin() + at + 2, s.begin() + at + 6, [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }))
            continue;
        out.appendEscaped(s.substr(done, at - done));
        out.append("_x005F_");
        done = at + 1;
    }
    out.appendEscaped(s.substr(done));
    out.append("</t></si>");
}

void SharedStrings::writeTail(XmlBytes &out)
{
    out.append("</sst>");
}

} // namespace tz
