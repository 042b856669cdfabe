#include "columnwidths.h"

#include <QStringList>

#include <algorithm>

namespace tz {

namespace {

// East Asian wide and full-width characters (UAX #11, the ranges that matter for Chinese text).
bool isWide(char32_t u)
{
    return (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0x303E) || (u >= 0x3041 && u <= 0x33FF)
            || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0xA000 && u <= 0xA4CF)
            || (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F)
            || (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6) || (u >= 0x20000 && u <= 0x3FFFD);
}

} // namespace

int textWidth(QStringView text)
{
    // Walks the UTF-16 units: no UCS-4 copy and no split per cell, since every cell of a large
    // export is measured once for the width and again for its row's height.
    int width = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t u = text[i].unicode();
        if (u < 0x1100) { // Latin, digits, punctuation: the common case in codes and numbers
            ++width;
            continue;
        }
        if (QChar::isHighSurrogate(u) && i + 1 < n && text[i + 1].isLowSurrogate())
            u = QChar::surrogateToUcs4(char16_t(u), text[++i].unicode());
        width += isWide(u) ? 2 : 1;
    }
    return width;
}

int textWidth(std::string_view utf8)
{
    // As above, code point by code point: the same widths as the text's QString gives.
    int width = 0;
    const auto *p = reinterpret_cast<const unsigned char *>(utf8.data());
    const unsigned char *end = p + utf8.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++width;
            ++p;
            continue;
        }
        // Well-formed by contract (isCleanCellText); a cut sequence only must not be read past.
        const ptrdiff_t length = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        if (end - p < length) {
            ++width;
            break;
        }
        char32_t u = char32_t(c) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07);
        for (ptrdiff_t i = 1; i < length; ++i)
            u = u << 6 | (p[i] & 0x3F);
        p += length;
        width += u >= 0x4E00 && u <= 0x9FFF ? 2 : u >= 0x1100 && isWide(u) ? 2 : 1; // CJK first: most of it
    }
    return width;
}



namespace {

// Calls f(width) for each line of text (lines end at LF).
template<typename F>
void eachLineWidth(QStringView text, F f)
{
    qsizetype start = 0;
    for (;;) {
        const qsizetype end = text.indexOf(u'\n', start);
        f(textWidth(text.mid(start, (end < 0 ? text.size() : end) - start)));
        if (end < 0)
            return;
        start = end + 1;
    }
}

template<typename F>
void eachLineWidth(std::string_view utf8, F f)
{
    size_t start = 0;
    for (;;) {
        const size_t end = utf8.find('\n', start);
        f(textWidth(utf8.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start)));
        if (end == std::string_view::npos)
            return;
        start = end + 1;
    }
}

} // namespace

ColumnWidths::ColumnWidths(int columns) : m_widths(columns, 0) { }

int widestLineWidth(QStringView text)
{
    int widest = 0;
    eachLineWidth(text, [&widest](int line) { widest = std::max(widest, line); });
    return widest;
}

int widestLineWidth(std::string_view utf8)
{
    int widest = 0;
    eachLineWidth(utf8, [&widest](int line) { widest = std::max(widest, line); });
    return widest;
}

void ColumnWidths::fit(int column, std::string_view utf8, qsizetype utf16Length)
{
    // As below, skipping exactly the text the QString version skips.
    if (column >= 0 && column < m_widths.size() && utf16Length * 2 <= m_widths[column])
        return;
    fitWidth(column, widestLineWidth(utf8));
}

void ColumnWidths::fit(int column, QStringView text)
{
    // No character is wider than two units: text that short cannot widen the column, and
    // most cells of a large export are, so they need not be measured.
    if (column >= 0 && column < m_widths.size() && text.size() * 2 <= m_widths[column])
        return;
    fitWidth(column, widestLineWidth(text));
}

void ColumnWidths::fitWidth(int column, int width)
{
    if (column < 0)
        return;
    if (column >= m_widths.size())
        m_widths.resize(column + 1, 0);
    m_widths[column] = std::max(m_widths[column], width);
}

void ColumnWidths::fitHeader(int column, const QString &header)
{
    if (header.contains(u'\n')) {
        fit(column, header);
        return;
    }
    const int w = textWidth(header);
    // Up to five Chinese characters stay on one line; longer headers break in two.
    QString half(w <= 10 ? w : std::max(10, (w + 1) / 2), u'0');
    fit(column, half);
}

double ColumnWidths::width(int column, int cap, int minimum) const
{
    const int measured = column < m_widths.size() ? m_widths[column] : 0;
    return std::clamp(measured + 2, minimum, std::max(cap, minimum));
}

int ColumnWidths::wrappedLines(QStringView text, double width)
{
    // A cell shows about one unit less than its width (padding on both sides).
    const int usable = std::max(1, int(width) - 1);
    if (text.size() * 2 <= usable) // every line fits (see fit()): one per line break
        return 1 + int(text.count(u'\n'));
    int lines = 0;
    eachLineWidth(text, [&](int line) { lines += std::max(1, (line + usable - 1) / usable); });
    return lines;
}

int ColumnWidths::wrappedLines(std::string_view utf8, qsizetype utf16Length, bool hasLineFeed, double width)
{
    const int usable = std::max(1, int(width) - 1);
    if (utf16Length * 2 <= usable) // every line fits, as above
        return hasLineFeed ? 1 + int(std::count(utf8.begin(), utf8.end(), '\n')) : 1;
    int lines = 0;
    eachLineWidth(utf8, [&](int line) { lines += std::max(1, (line + usable - 1) / usable); });
    return lines;
}

double ColumnWidths::rowHeight(int lines)
{
    // 14.5 pt a line covers 宋体 and the taller Noto CJK that stands in for it on Linux.
    return lines <= 1 ? 0 : std::min(409.0, lines * 14.5 + 3);
}

} // namespace tz
