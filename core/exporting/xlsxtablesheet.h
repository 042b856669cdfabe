#pragma once

#include "exportcell.h"
#include "ooxmlsheet.h"
#include "xlsxexport.h"

#include <QStringList>

namespace tz {

class ColumnWidths;
class OoxmlBook;
struct DetailTable;

// Landscape on `paper`, one page wide, centred, and the footer "第 X 页 共 Y 页" — how offices
// print a ledger. (The rows repeated on each page are set on the sheet: OoxmlSheet::repeatRows.)
PageSetup officePage(PaperSize paper);

// "年度计划投资\n（万元）": the unit in brackets on a line of its own instead of wherever the
// column happens to break. Our importer drops the line break with the other white space.
QString headerText(const ExportColumn &column);

// Writes one typed cell of the current row: text with `textStyle`, numbers, money and dates
// with theirs.
void writeCell(OoxmlSheet &sheet, int column, const ExportCell &cell, Style textStyle);

// The measured widths, each column capped at its ExportColumn::maxWidth.
std::vector<double> fittedWidths(const std::vector<ExportColumn> &columns, const ColumnWidths &widths);

// Widens `column` for the cell as shown (ExportCell::shownWidth).
void fitCell(ColumnWidths &widths, int column, const ExportCell &cell);

// Lines the text of a wrapping cell takes in its column; 1 for anything else.
int cellLines(const ExportCell &cell, double width);

// A plain table sheet: one header row, the rows, frozen header, autofilter, fitted widths.
void writeTableSheet(OoxmlBook &book, const DetailTable &table, PaperSize paper);

// The ranges the items of each list will occupy on the list sheet `name` ("'字典'!$A$2:$A$13"),
// empty for an empty list: known before the sheet is written, so the sheets that point at it
// can come first.
QStringList dictionaryRanges(const QString &name, const std::vector<QStringList> &lists);
// The hidden sheet of drop-down lists: one column per list, its title in row 1.
void writeDictionarySheet(OoxmlBook &book, const QString &name, const QStringList &titles,
                          const std::vector<QStringList> &lists);

} // namespace tz
