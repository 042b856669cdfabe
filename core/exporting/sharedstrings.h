#pragma once

#include "xmlbytes.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tz {



// The workbook's shared string table: every text cell refers to its string by index, each
// distinct string stored once. An export repeats the same words (units, states, a project's
// name on each of its detail rows), so most lookups find a string already there.
// An open-addressing hash table over one block of UTF-8 bytes: no allocation per string.
class SharedStrings
{
public:
    SharedStrings();

    // The index of `utf8` (already cleaned for a cell), adding it if new.
    uint32_t index(std::string_view utf8);
    // One more cell refers to a string whose index the writer already knows.
    void countReference() { ++m_references; }
    // Text cells written so far (Excel's "count") and distinct strings ("uniqueCount").
    uint64_t references() const { return m_references; }
    size_t size() const { return m_strings.size(); }

    // sharedStrings.xml, appended to `out` in pieces; `flush` is called whenever out holds
    // more than `chunk` bytes, so the part never has to be whole in memory.
    template<typename Flush>
    void write(XmlBytes &out, size_t chunk, Flush flush) const;

private:
    struct Entry
    {
        uint64_t offset;
        uint32_t length;
        uint32_t hash;
    };

    std::string_view text(const Entry &e) const { return { m_bytes.data() + e.offset, e.length }; }
    void rehash();
    void writeOne(XmlBytes &out, const Entry &e) const;
    void writeHead(XmlBytes &out) const;
    static void writeTail(XmlBytes &out);

    std::string m_bytes;
    std::vector<Entry> m_strings;
    std::vector<uint32_t> m_slots; // index + 1 into m_strings; 0 is empty
    uint64_t m_references = 0;
};

template<typename Flush>
void SharedStrings::write(XmlBytes &out, size_t chunk, Flush flush) const
{
    writeHead(out);
    for (const Entry &e : m_strings) {
        writeOne(out, e);
        if (out.size() >= chunk)
            flush();
    }
    writeTail(out);
    flush();
}

} // namespace tz
