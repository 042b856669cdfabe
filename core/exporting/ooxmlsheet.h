#pragma once

#include "sheetformats.h"
#include "xmlbytes.h"

#include <QDate>
#include <QString>
#include <QStringView>

#include <string>
#include <string_view>
#include <vector>

namespace tz {

class SharedStrings;
class ZipPart;

// A cell range, 0-based and inclusive.
struct CellRange
{
    int firstRow = 0;
    int firstColumn = 0;
    int lastRow = 0;
    int lastColumn = 0;
};

// Excel's serial day of a date of years 1900 to 9999: day 1 is 1900-01-01, and Excel counts a
// 1900-02-29 that never was, so days before March 1900 are one less. Calendar arithmetic,
// never a local time (PITFALLS).
int64_t excelSerialDay(int year, int month, int day);

// How a sheet prints. Margins in inches.
struct PageSetup
{
    bool landscape = true;
    int paper = 9; // Excel's paper codes: 8 = A3, 9 = A4
    double left = 0.7, right = 0.7, top = 0.75, bottom = 0.75;
    bool centerHorizontally = false;
    bool fitToWidth = false; // one page wide, as many pages tall as needed
    std::string footer; // Excel's codes (&C, &P, &N), UTF-8; empty: none
};

// What must be known of a sheet before its first row: the worksheet XML puts these ahead of
// the cells (ECMA-376 fixes the order of a worksheet's elements, and Excel "repairs" a file
// that breaks it).
struct SheetSetup
{
    std::vector<double> widths; // columns from A, in Excel's character units; 0: default
    int lastRow = 0; // the last row and column that hold cells (<dimension>)
    int lastColumn = 0;
    int frozenRows = 0;
    int frozenColumns = 0;
    bool selected = false; // the tab that shows when the workbook opens
    bool printable = false; // write `page`; otherwise Excel's default margins only
    PageSetup page;
};

// One worksheet, streamed: rows in increasing order, cells of a row in increasing column
// order, each written to the sheet's compressed part as it comes. Merges, the autofilter and
// drop-down lists are collected and written after the cells, where the schema puts them.
// Writing out of order (a programming error) fails the export rather than making a file
// Excel would refuse.
class OoxmlSheet
{
public:
    OoxmlSheet(QString name, const SheetSetup &setup, SharedStrings &strings, ZipPart &part);

    const QString &name() const { return m_name; }

    // Starts row `row` (0-based). A height of 0 leaves the default height. (The height comes
    // first because the row's cells go straight out behind its tag.)
    void row(int row, double height = 0);

    // Text is always a string cell (never a formula, never a number, whatever it looks like).
    // Empty text is a blank cell.
    void text(int column, const QString &text, Style style);
    // The same for text already as a cell holds it, in UTF-8 (appendCellText's output, or text
    // isCleanCellText). `utf8` must stay valid until the next call for this column or finish().
    void text(int column, std::string_view utf8, Style style);
    void number(int column, double value, Style style);
    // An Excel serial day; a date before 1900 (no serial) is written as its text "1899年…".
    void date(int column, QDate date, Style style);
    // A blank cell carries only its format: without one it is nothing at all.
    void blank(int column, Style style);
    // A formula ("=SUM(L5:L20)" or without the "=") with the value it computes, so readers
    // without a calculation engine (our importer, viewers, previews) show the number.
    void formula(int column, std::string_view formula, double cached, Style style);
    // Text merged across columns first..last of the current row: blanks carry the format to
    // the other cells, so the borders show.
    void mergeAcross(int firstColumn, int lastColumn, const QString &text, Style style);

    // Ranges and lists written after the cells.
    void merge(const CellRange &range) { m_merges.push_back(range); }
    void autoFilter(const CellRange &range);
    // A drop-down list on rows first..last of `column`, its items in a cell range such as
    // "'字典'!$A$2:$A$13". A warning, not a stop, on other input.
    void listValidation(int firstRow, int column, int lastRow, const QString &itemsRange);
    // Rows that repeat at the top of every printed page.
    void repeatRows(int first, int last);

    // Writes the rest and hands the part over. Returns why the sheet is not right, or empty.
    std::string finish();

    // For the workbook's defined names.
    bool hasAutoFilter() const { return m_hasFilter; }
    CellRange filterRange() const { return m_filter; }
    int repeatFirst() const { return m_repeatFirst; }
    int repeatLast() const { return m_repeatLast; }

private:
    void writeHead(const SheetSetup &setup);
    void startRow(bool empty);
    void endRow();
    bool cellStart(int column, Style style);
    void writeTail();
    void fail(const char *why);

    QString m_name;
    SharedStrings &m_strings;
    ZipPart &m_part;
    XmlBytes &m_out;
    int m_lastRow;
    int m_lastColumn;
    bool m_printable;
    PageSetup m_page;

    int m_row = -1; // the current row
    int m_column = -1; // the last cell written in it
    double m_rowHeight = 0;
    char m_rowDigits[12]; // the current row's number, as every cell reference ends
    size_t m_rowDigitCount = 0;
    bool m_rowOpen = false; // <row …> written: its first cell came
    XmlBytes m_text; // scratch for cell text as UTF-8
    // Per column, the last text written and its string index. A column often repeats the
    // cell above (a project's code and name on each of its detail rows): the same text, most
    // often the very same QString, found again without conversion or hashing. Holding the
    // QString keeps its characters alive, so an equal pointer means equal text.
    std::vector<QString> m_lastText;
    std::vector<uint32_t> m_lastIndex;
    // The same for UTF-8 text: an equal pointer (a project's code, stored once) or equal bytes.
    std::vector<std::string_view> m_lastUtf8;
    std::vector<uint32_t> m_lastUtf8Index;

    std::vector<CellRange> m_merges;
    struct Validation
    {
        int firstRow, column, lastRow;
        std::string range;
    };
    std::vector<Validation> m_validations;
    bool m_hasFilter = false;
    CellRange m_filter;
    int m_repeatFirst = -1;
    int m_repeatLast = -1;
    std::string m_error;
    bool m_finished = false;
};

} // namespace tz
