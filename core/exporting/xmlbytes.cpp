#include "xmlbytes.h"

#include "utf8.h"

#include <QChar>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace tz {

namespace {

constexpr int kMaxCellChars = 32767; // Excel's limit for the text of one cell

} // namespace

void XmlBytes::grow(size_t needed)
{
    const size_t capacity = std::max({ needed, m_capacity * 2, size_t(4096) });
    std::unique_ptr<char[]> data(new char[capacity]); // uninitialised: written before read
    if (m_size)
        std::memcpy(data.get(), m_data.get(), m_size);
    m_data = std::move(data);
    m_capacity = capacity;
}

char *XmlBytes::writeLongUInt(char *p, uint64_t n)
{
    // Two digits per division, from a table, straight into place: a sheet writes a number or
    // three per cell (its row, its string's index, amounts), and a digit per division through
    // a buffer was a sixth of writing it.
    static constexpr char kPairs[] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                                     "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
                                     "8081828384858687888990919293949596979899";
    size_t count = 1;
    for (uint64_t limit = 10; count < 20 && n >= limit; limit *= 10)
        ++count; // 10^19 is the last power of ten a uint64_t holds
    char *const end = p + count;
    char *d = end;
    while (n >= 100) {
        const size_t pair = size_t(n % 100) * 2;
        n /= 100;
        d -= 2;
        d[0] = kPairs[pair];
        d[1] = kPairs[pair + 1];
    }
    if (n >= 10) {
        d[-2] = kPairs[size_t(n) * 2];
        d[-1] = kPairs[size_t(n) * 2 + 1];
    } else {
        d[-1] = char('0' + n);
    }
    return end;
}

char *XmlBytes::writeColumnName(char *p, int column)
{
    // Bijective base 26: A = 0, Z = 25, AA = 26.
    if (column >= 26 * 27)
        *p++ = char('A' + (column / 26 - 1) / 26 - 1);
    if (column >= 26)
        *p++ = char('A' + (column / 26 - 1) % 26);
    *p++ = char('A' + column % 26);
    return p;
}

void XmlBytes::appendNumber(double value)
{
    if (!std::isfinite(value) || value == 0) {
        append('0'); // also for -0, which Excel would show as "-0" in some formats
        return;
    }
    char *p = reserve(32);
    // Whole numbers and hundredths (every amount) below 1e13 have at most 15 significant
    // digits, and for those the plain decimal is the shortest text of the double: no two such
    // decimals share a double.
    if (std::fabs(value) < 1e13) {
        const long long cents = std::llround(value * 100);
        if (double(cents) / 100 == value) {
            if (cents < 0)
                *p++ = '-';
            const uint64_t magnitude = uint64_t(cents < 0 ? -cents : cents);
            p = writeUInt(p, magnitude / 100);
            if (const auto fraction = unsigned(magnitude % 100)) {
                *p++ = '.';
                *p++ = char('0' + fraction / 10);
                if (fraction % 10)
                    *p++ = char('0' + fraction % 10);
            }
            commit(p);
            return;
        }
    }
    // std::to_chars never consults the locale, and without a precision it gives the shortest
    // text that reads back as the same double (fixed or scientific, whichever is shorter).
    commit(std::to_chars(p, p + 32, value).ptr);
}

void XmlBytes::appendEscaped(std::string_view s)
{
    const char *p = s.data();
    const char *end = p + s.size();
    while (p < end) {
        const char *run = p;
        while (p < end && *p != '&' && *p != '<' && *p != '>' && *p != '"')
            ++p;
        if (p > run)
            append(std::string_view(run, size_t(p - run)));
        if (p == end)
            break;
        switch (*p++) {
        case '&':
            append("&amp;");
            break;
        case '<':
            append("&lt;");
            break;
        case '>':
            append("&gt;");
            break;
        default:
            append("&quot;");
            break;
        }
    }
}

void XmlBytes::appendCellRef(int row, int column)
{
    char *p = writeColumnName(reserve(24), column);
    commit(writeUInt(p, uint64_t(row) + 1));
}

void appendCellText(XmlBytes &out, QStringView text)
{
    // Cleaning and the UTF-8 conversion in one pass: a large export writes a million strings.
    // A UTF-16 unit never takes more than three bytes.
    const qsizetype n = text.size();
    char *o = out.reserve(size_t(n) * 3);
    qsizetype kept = 0;
    for (qsizetype i = 0; i < n; ++i) {
        char32_t u = text[i].unicode();
        if (u < 0x80 && u >= 0x20) { // the common case: printable ASCII
            if (++kept > kMaxCellChars)
                break;
            *o++ = char(u);
            continue;
        }
        if (u == u'\r') {
            if (i + 1 < n && text[i + 1] == u'\n')
                continue; // CRLF: the LF follows
            u = u'\n';
        } else if ((u < 0x20 && u != u'\t' && u != u'\n') || u == 0xFFFE || u == 0xFFFF) {
            continue; // not allowed in XML 1.0
        } else if (QChar::isSurrogate(u)) {
            // Keep only well-formed pairs, and never half of one at the length limit.
            if (!QChar::isHighSurrogate(u) || i + 1 >= n || !text[i + 1].isLowSurrogate())
                continue;
            if (kept + 2 > kMaxCellChars)
                break;
            u = QChar::surrogateToUcs4(char16_t(u), text[++i].unicode());
            kept += 2;
            o = putUtf8(o, u);
            continue;
        }
        if (++kept > kMaxCellChars)
            break;
        o = putUtf8(o, u);
    }
    out.commit(o);
}

bool isCleanCellText(std::string_view utf8, size_t *utf16Units, bool *hasLineFeed)
{
    // Bytes, not UTF-16 units: a byte count within the limit is a unit count within it.
    if (utf8.size() > size_t(kMaxCellChars))
        return false;
    const auto *p = reinterpret_cast<const unsigned char *>(utf8.data());
    const unsigned char *end = p + utf8.size();
    const auto continuation = [](unsigned char c) { return (c & 0xC0) == 0x80; };
    constexpr uint64_t kHigh = 0x8080808080808080ull;
    constexpr uint64_t kSpaces = 0x2020202020202020ull;
    size_t units = 0;
    bool lineFeed = false;
    while (p < end) {
        // Eight printable ASCII bytes at a time (no byte >= 0x80, none below 0x20).
        uint64_t w;
        while (end - p >= 8 && (std::memcpy(&w, p, 8), ((w & kHigh) | ((w - kSpaces) & ~w & kHigh)) == 0)) {
            p += 8;
            units += 8;
        }
        if (p == end)
            break;
        const unsigned c = *p;
        if (c < 0x80) {
            if (c < 0x20 && c != '\t' && c != '\n')
                return false; // dropped, or CR made LF
            lineFeed = lineFeed || c == '\n';
            ++p;
            ++units;
            continue;
        }
        // Most Chinese text: E1-EC lead three bytes of U+1000-CFFF, none of them special.
        if (c >= 0xE1 && c <= 0xEC && end - p >= 3 && continuation(p[1]) && continuation(p[2])) {
            p += 3;
            ++units;
            continue;
        }
        // The shortest form only (no overlong encodings), no surrogates, nothing past U+10FFFF.
        if (c < 0xC2 || c > 0xF4)
            return false;
        const size_t length = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        if (size_t(end - p) < length)
            return false;
        const unsigned second = p[1];
        const unsigned low = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
        const unsigned high = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
        if (second < low || second > high)
            return false;
        for (size_t i = 2; i < length; ++i)
            if (!continuation(p[i]))
                return false;
        // U+FEFF (a decoder may take it for a byte order mark), U+FFFE and U+FFFF (not XML).
        if (c == 0xEF && ((second == 0xBB && p[2] == 0xBF) || (second == 0xBF && p[2] >= 0xBE)))
            return false;
        p += length;
        units += length == 4 ? 2 : 1; // a surrogate pair beyond the BMP
    }
    if (utf16Units)
        *utf16Units = units;
    if (hasLineFeed)
        *hasLineFeed = lineFeed;
    return true;
}

} // namespace tz
