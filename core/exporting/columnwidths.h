#pragma once

#include <QString>
#include <QStringView>
#include <QVector>

#include <string_view>

namespace tz {

// How wide text shows in a spreadsheet column, in Excel's width units (the width of "0" in
// the default font): a Chinese character or full-width sign takes about two, Latin letters and
// digits one. A file states its column widths (no spreadsheet fits them on opening), and a
// column sized by character count cuts Chinese in half.
int textWidth(QStringView text);
// The width of the widest line of text.
int widestLineWidth(QStringView text);
// The same for text already in UTF-8 and well-formed (see isCleanCellText): the detail
// sheets measure their cells as the ledger stores them.
int textWidth(std::string_view utf8);
int widestLineWidth(std::string_view utf8);

// The widths of one sheet's columns, measured from what is written into them.
class ColumnWidths
{
public:
    explicit ColumnWidths(int columns = 0);

    // Data text: a multi-line cell is as wide as its widest line.
    void fit(int column, QStringView text);
    // `utf16Length` is the text's QString::size(): short text is skipped unmeasured.
    void fit(int column, std::string_view utf8, qsizetype utf16Length);
    // A width measured elsewhere (ExportCell::shownWidth), for cells that are not text.
    void fitWidth(int column, int width);
    // Header text may wrap onto two lines (the two-row header has room for them), so a long
    // header asks for about half its width, never less than a short word. A header with its
    // own line breaks ("年度计划投资\n（万元）") asks for its widest line.
    void fitHeader(int column, const QString &header);

    // Width for the column between `minimum` and `cap`, with a little padding; text beyond
    // the cap wraps.
    double width(int column, int cap, int minimum = 6) const;
    int count() const { return int(m_widths.size()); }

    // How many lines text takes when wrapped in a column `width` units wide. Chinese breaks
    // between any two characters, so counting width is close to what Excel and LibreOffice do.
    static int wrappedLines(QStringView text, double width);
    static int wrappedLines(std::string_view utf8, qsizetype utf16Length, bool hasLineFeed, double width);
    // The row height (points) for that many lines of 10 pt text, or 0 for the default height.
    // A file states its row heights, and LibreOffice does not fit rows of a file that does not
    // ask for it, so rows of wrapped text get their height written.
    static double rowHeight(int lines);

private:
    QVector<int> m_widths;
};

} // namespace tz
