#pragma once

#include <QStringView>

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace tz {

// A growing buffer of UTF-8 XML, written by hand: a large export writes tens of millions of
// tags and numbers, and printf-style formatting of them was most of libxlsxwriter's time.
// Numbers are written the same whatever the C or Qt locale (never "12500,5").
class XmlBytes
{
public:
    XmlBytes() = default;

    void append(std::string_view s)
    {
        char *p = grow(s.size());
        std::memcpy(p, s.data(), s.size());
        m_size += s.size();
    }
    void append(char c)
    {
        *grow(1) = c;
        ++m_size;
    }
    void appendUInt(uint64_t n);
    // The shortest text that reads back as the same double, as Excel stores numbers.
    void appendNumber(double value);
    // Text or an attribute value with & < > " escaped.
    void appendEscaped(std::string_view s);
    // "A1"-style reference of a 0-based row and column.
    void appendCellRef(int row, int column);
    // Column letters of a 0-based column: A … Z, AA …
    void appendColumnName(int column);

    const char *data() const { return m_data.data(); }
    size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    void clear() { m_size = 0; }
    std::string_view view() const { return { m_data.data(), m_size }; }
    // Hands the bytes over (sized exactly) and leaves this buffer empty.
    std::string take();
    // Writes on into `storage`'s memory (a buffer given back after use), from empty.
    void adopt(std::string &&storage);

    // Room for `n` more bytes; write into it, then commit what was written.
    char *reserve(size_t n) { return grow(n); }
    void commit(char *end) { m_size = size_t(end - m_data.data()); }

private:
    char *grow(size_t n)
    {
        if (m_size + n > m_data.size())
            m_data.resize(std::max(m_data.size() * 2, m_size + n + 4096));
        return m_data.data() + m_size;
    }

    std::string m_data; // capacity in use is m_data.size(); m_size of it is written
    size_t m_size = 0;
};

// What a cell can hold, appended as UTF-8 to `out`: no XML-invalid control characters (Excel
// would "repair" the file), CRLF and lone CR as LF, unpaired surrogates dropped, and at most
// Excel's 32,767 characters (UTF-16 units, never half a pair).
void appendCellText(std::string &out, QStringView text);

} // namespace tz
