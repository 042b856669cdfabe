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

int textWidth(const QString &text)
{
    int width = 0;
    for (const char32_t u : text.toUcs4())
        width += isWide(u) ? 2 : 1;
    return width;
}

ColumnWidths::ColumnWidths(int columns) : m_widths(columns, 0) { }

void ColumnWidths::fit(int column, const QString &text)
{
    if (column < 0)
        return;
    if (column >= m_widths.size())
        m_widths.resize(column + 1, 0);
    for (const QString &line : text.split(u'\n'))
        m_widths[column] = std::max(m_widths[column], textWidth(line));
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

int ColumnWidths::wrappedLines(const QString &text, double width)
{
    // A cell shows about one unit less than its width (padding on both sides).
    const int usable = std::max(1, int(width) - 1);
    int lines = 0;
    for (const QString &line : text.split(u'\n'))
        lines += std::max(1, (textWidth(line) + usable - 1) / usable);
    return lines;
}

double ColumnWidths::rowHeight(int lines)
{
    // 14.5 pt a line covers 宋体 and the taller Noto CJK that stands in for it on Linux.
    return lines <= 1 ? 0 : std::min(409.0, lines * 14.5 + 3);
}

} // namespace tz
