#pragma once

#include "exportcell.h"
#include "xlsxexport.h"

#include <QStringList>

struct lxw_format;
struct lxw_worksheet;

namespace tz {

class ColumnWidths;
class XlsxBook;
struct SheetFormats;

// Landscape on `paper`, one page wide, rows firstRepeat..lastRepeat on every page, and the
// footer "第 X 页 共 Y 页" — how offices print a ledger.
void setUpPrinting(XlsxBook &book, lxw_worksheet *sheet, PaperSize paper, int firstRepeat, int lastRepeat);

// "年度计划投资\n（万元）": the unit in brackets on a line of its own instead of wherever the
// column happens to break. Our importer drops the line break with the other white space.
QString headerText(const ExportColumn &column);

// Writes one typed cell: text with `textFormat`, numbers, money and dates with theirs.
void writeCell(XlsxBook &book, const SheetFormats &formats, lxw_worksheet *sheet, int row, int column,
               const ExportCell &cell, lxw_format *textFormat);

// Sets the measured widths, each column capped at its ExportColumn::maxWidth; returns them.
std::vector<double> applyWidths(XlsxBook &book, lxw_worksheet *sheet, const std::vector<ExportColumn> &columns,
                                const ColumnWidths &widths);

// Lines the text of a wrapping cell takes in its column; 1 for anything else.
int cellLines(const ExportCell &cell, double width);

// A plain table sheet: one header row, the rows, frozen header, autofilter, fitted widths.
void writeTableSheet(XlsxBook &book, const SheetFormats &formats, const ExportTable &table, PaperSize paper);

// The hidden sheet of drop-down lists: one column per list, its title in row 1. Returns, per
// list, the range its items occupy ("'字典'!$A$2:$A$13"), empty for an empty list.
QStringList writeDictionarySheet(XlsxBook &book, const QString &name, const QStringList &titles,
                                 const std::vector<QStringList> &lists);

} // namespace tz
