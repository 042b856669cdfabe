#pragma once

#include <QStringView>

#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

namespace tz {

// A growing buffer of UTF-8 XML, written by hand: a large export writes tens of millions of
// tags and numbers, and printf-style formatting of them was most of libxlsxwriter's time.
// Numbers are written the same whatever the C or Qt locale (never "12500,5"). The memory is
// never zero-filled: it is always written before it is read.
class XmlBytes
{
public:
    XmlBytes() = default;
    explicit XmlBytes(size_t capacity) { grow(capacity); }
    XmlBytes(XmlBytes &&other) noexcept { *this = std::move(other); }
    XmlBytes &operator=(XmlBytes &&other) noexcept
    {
        m_data = std::move(other.m_data);
        m_size = std::exchange(other.m_size, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
        return *this;
    }

    void append(std::string_view s)
    {
        std::memcpy(reserve(s.size()), s.data(), s.size());
        m_size += s.size();
    }
    void append(char c)
    {
        *reserve(1) = c;
        ++m_size;
    }
    void appendUInt(uint64_t n) { commit(writeUInt(reserve(20), n)); }
    // The shortest text that reads back as the same double, as Excel stores numbers; whole
    // numbers and amounts in cents as plain decimals ("98872086", "36258869.77").
    void appendNumber(double value);
    // Text or an attribute value with & < > " escaped.
    void appendEscaped(std::string_view s);
    // "A1"-style reference of a 0-based row and column.
    void appendCellRef(int row, int column);
    // Column letters of a 0-based column: A … Z, AA …
    void appendColumnName(int column) { commit(writeColumnName(reserve(3), column)); }

    const char *data() const { return m_data.get(); }
    size_t size() const { return m_size; }
    size_t capacity() const { return m_capacity; }
    bool empty() const { return m_size == 0; }
    void clear() { m_size = 0; }
    std::string_view view() const { return { m_data.get(), m_size }; }
    std::string toString() const { return std::string(view()); }

    // Room for `n` more bytes at the returned pointer; write into it, then commit() the end of
    // what was written.
    char *reserve(size_t n)
    {
        if (m_size + n > m_capacity)
            grow(m_size + n);
        return m_data.get() + m_size;
    }
    void commit(char *end) { m_size = size_t(end - m_data.get()); }

    // Writers for reserve()d room; each returns the end of what it wrote.
    static char *writeUInt(char *p, uint64_t n)
    {
        if (n >= 100)
            return writeLongUInt(p, n);
        // Style numbers, small indexes and counts, most of what is written: inline.
        if (n >= 10)
            *p++ = char('0' + n / 10);
        *p++ = char('0' + n % 10);
        return p;
    }
    static char *writeLongUInt(char *p, uint64_t n);
    static char *writeColumnName(char *p, int column); // at most 3 letters (Excel's last: XFD)

private:
    void grow(size_t needed);

    std::unique_ptr<char[]> m_data;
    size_t m_size = 0;
    size_t m_capacity = 0;
};

// What a cell can hold, appended as UTF-8 to `out`: no XML-invalid control characters (Excel
// would "repair" the file), CRLF and lone CR as LF, unpaired surrogates dropped, and at most
// Excel's 32,767 characters (UTF-16 units, never half a pair).
void appendCellText(XmlBytes &out, QStringView text);

// Whether `utf8` is already what a cell can hold: appendCellText(QString::fromUtf8(utf8)) would
// give back these very bytes. True for well-formed UTF-8 of at most 32,767 bytes without the
// characters cleaning drops or changes (control characters but tab and LF, CR, U+FFFE, U+FFFF)
// and without U+FEFF or anything the UTF-8 decoder replaces. Text read from the ledger almost
// always is, and then goes to the sheet as it is stored, without a QString in between.
// When it is, gives its length in UTF-16 units (QString::size()) and whether it holds a LF.
bool isCleanCellText(std::string_view utf8, size_t *utf16Units = nullptr, bool *hasLineFeed = nullptr);

} // namespace tz
