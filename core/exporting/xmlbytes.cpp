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

char *XmlBytes::writeUInt(char *p, uint64_t n)
{
    if (n < 100) { // style numbers, small indexes and counts: most of what is written
        if (n >= 10)
            *p++ = char('0' + n / 10);
        *p++ = char('0' + n % 10);
        return p;
    }
    char digits[20];
    char *end = digits + sizeof digits;
    char *d = end;
    do {
        *--d = char('0' + n % 10);
        n /= 10;
    } while (n);
    const size_t count = size_t(end - d);
    std::memcpy(p, d, count);
    return p + count;
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

} // namespace tz
