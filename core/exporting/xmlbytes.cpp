#include "xmlbytes.h"

#include <QChar>

#include <charconv>
#include <cmath>

namespace tz {

namespace {

constexpr int kMaxCellChars = 32767; // Excel's limit for the text of one cell

} // namespace

void XmlBytes::appendUInt(uint64_t n)
{
    char digits[20];
    char *end = digits + sizeof digits;
    char *p = end;
    do {
        *--p = char('0' + n % 10);
        n /= 10;
    } while (n);
    append(std::string_view(p, size_t(end - p)));
}

void XmlBytes::appendNumber(double value)
{
    if (!std::isfinite(value) || value == 0) {
        append('0'); // also for -0, which Excel would show as "-0" in some formats
        return;
    }
    // std::to_chars never consults the locale, and without a precision it gives the shortest
    // round trip: 12500.5, 0.05, 98872086 (fixed or scientific, whichever is shorter).
    char *p = grow(32);
    const auto result = std::to_chars(p, p + 32, value);
    m_size += size_t(result.ptr - p);
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

void XmlBytes::appendColumnName(int column)
{
    // Bijective base 26: A = 0, Z = 25, AA = 26; Excel's last column XFD has three letters.
    char letters[4];
    int n = 0;
    for (int c = column + 1; c > 0 && n < 4; c = (c - 1) / 26)
        letters[n++] = char('A' + (c - 1) % 26);
    char *p = grow(4);
    for (int i = n - 1; i >= 0; --i)
        *p++ = letters[i];
    m_size += size_t(n);
}

void XmlBytes::appendCellRef(int row, int column)
{
    appendColumnName(column);
    appendUInt(uint64_t(row) + 1);
}

std::string XmlBytes::take()
{
    m_data.resize(m_size);
    m_size = 0;
    return std::move(m_data);
}

void XmlBytes::adopt(std::string &&storage)
{
    m_data = std::move(storage);
    m_data.resize(m_data.capacity());
    m_size = 0;
}

void appendCellText(std::string &out, QStringView text)
{
    // Cleaning and the UTF-8 conversion in one pass: a large export writes a million strings.
    // A UTF-16 unit never takes more than three bytes.
    const qsizetype n = text.size();
    const size_t start = out.size();
    out.resize(start + size_t(n) * 3);
    char *o = out.data() + start;
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
            *o++ = char(0xF0 | (u >> 18));
            *o++ = char(0x80 | ((u >> 12) & 0x3F));
            *o++ = char(0x80 | ((u >> 6) & 0x3F));
            *o++ = char(0x80 | (u & 0x3F));
            continue;
        }
        if (++kept > kMaxCellChars)
            break;
        if (u < 0x80) {
            *o++ = char(u);
        } else if (u < 0x800) {
            *o++ = char(0xC0 | (u >> 6));
            *o++ = char(0x80 | (u & 0x3F));
        } else {
            *o++ = char(0xE0 | (u >> 12));
            *o++ = char(0x80 | ((u >> 6) & 0x3F));
            *o++ = char(0x80 | (u & 0x3F));
        }
    }
    out.resize(size_t(o - out.data()));
}

} // namespace tz
