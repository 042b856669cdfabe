#include "xlsxtablesheet.h"

#include "columnwidths.h"
#include "importing/sheet.h"
#include "sheetformats.h"
#include "xlsxbook.h"


#include <xlsxwriter.h>

namespace tz {

namespace {

constexpr uint8_t kPaperA3 = 8; // Excel's paper codes
constexpr uint8_t kPaperA4 = 9;

} // namespace

void setUpPrinting(XlsxBook &book, lxw_worksheet *sheet, PaperSize paper, int firstRepeat, int lastRepeat)
{
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, paper == PaperSize::A3 ? kPaperA3 : kPaperA4);
    // Inches: narrow sides so the wide table keeps a readable scale, room below for the footer.
    worksheet_set_margins(sheet, 0.4, 0.4, 0.6, 0.7);
    worksheet_center_horizontally(sheet);
    worksheet_fit_to_pages(sheet, 1, 0); // one page wide, as many pages tall as needed
    if (firstRepeat >= 0)
        book.check(worksheet_repeat_rows(sheet, static_cast<lxw_row_t>(firstRepeat),
                                         static_cast<lxw_row_t>(lastRepeat)));
    // &P and &N are Excel's page number and page count.
    const QByteArray footer = QStringLiteral("&C第 &P 页 共 &N 页").toUtf8();
    book.check(worksheet_set_footer(sheet, footer.constData()));
}

QString headerText(const ExportColumn &column)
{
    QString text = column.header;
    const qsizetype bracket = text.indexOf(u'（');
    if (bracket > 0)
        text.insert(bracket, u'\n');
    return text;
}

void writeCell(XlsxBook &book, const SheetFormats &formats, lxw_worksheet *sheet, int row, int column,
               const ExportCell &cell, lxw_format *textFormat)
{
    switch (cell.type) {
    case ExportCell::Empty:
        book.blank(sheet, row, column, textFormat);
        break;
    case ExportCell::Text:
        book.text(sheet, row, column, cell.text, textFormat);
        break;
    case ExportCell::Amount:
        book.number(sheet, row, column, double(cell.cents) / 100.0, formats.money);
        break;
    case ExportCell::Number:
        book.number(sheet, row, column, cell.number, formats.number);
        break;
    case ExportCell::Date:
        book.date(sheet, row, column, cell.date, formats.date);
        break;
    }
}

std::vector<double> applyWidths(XlsxBook &book, lxw_worksheet *sheet, const std::vector<ExportColumn> &columns,
                                const ColumnWidths &widths)
{
    std::vector<double> out;
    for (int c = 0; c < int(columns.size()); ++c) {
        out.push_back(widths.width(c, columns[size_t(c)].maxWidth, c == 0 ? 5 : 8));
        book.setColumn(sheet, c, out.back());
    }
    return out;
}

int cellLines(const ExportCell &cell, double width)
{
    return cell.type == ExportCell::Text ? ColumnWidths::wrappedLines(cell.text, width) : 1;
}

void writeTableSheet(XlsxBook &book, const SheetFormats &formats, const ExportTable &table, PaperSize paper)
{
    lxw_worksheet *sheet = book.addSheet(table.sheetName);
    if (!sheet)
        return;
    const int columns = int(table.columns.size());
    // Measure first: row heights depend on the final column widths.
    ColumnWidths measured(columns);
    for (int c = 0; c < columns; ++c)
        measured.fitHeader(c, headerText(table.columns[size_t(c)]));
    for (const std::vector<ExportCell> &cells : table.rows)
        for (int c = 0; c < columns && c < int(cells.size()); ++c)
            measured.fitWidth(c, cells[size_t(c)].shownWidth());
    const std::vector<double> widths = applyWidths(book, sheet, table.columns, measured);

    for (int c = 0; c < columns; ++c)
        book.text(sheet, 0, c, headerText(table.columns[size_t(c)]), formats.header);
    book.setRowHeight(sheet, 0, 30); // two lines of header text
    int row = 1;
    for (const std::vector<ExportCell> &cells : table.rows) {
        int lines = 1;
        for (int c = 0; c < columns; ++c) {
            const ExportCell &cell = c < int(cells.size()) ? cells[size_t(c)] : ExportCell();
            // The project code (column A) as text, centred; everything else left and wrapping.
            writeCell(book, formats, sheet, row, c, cell, c == 0 ? formats.code : formats.text);
            if (c > 0)
                lines = std::max(lines, cellLines(cell, widths[size_t(c)]));
        }
        if (const double h = ColumnWidths::rowHeight(lines))
            book.setRowHeight(sheet, row, h);
        ++row;
    }
    worksheet_freeze_panes(sheet, 1, 2); // header and the project's code and name stay in view
    if (columns > 0)
        book.check(worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(std::max(row - 1, 1)),
                                        static_cast<lxw_col_t>(columns - 1)));
    setUpPrinting(book, sheet, paper, 0, 0);
}

QStringList writeDictionarySheet(XlsxBook &book, const QString &name, const QStringList &titles,
                                 const std::vector<QStringList> &lists)
{
    QStringList ranges;
    lxw_worksheet *sheet = book.addSheet(name);
    if (!sheet)
        return ranges;
    for (int c = 0; c < int(lists.size()); ++c) {
        const QStringList &items = lists[size_t(c)];
        book.text(sheet, 0, c, titles.value(c), nullptr);
        int width = textWidth(titles.value(c));
        for (int i = 0; i < int(items.size()); ++i) {
            book.text(sheet, i + 1, c, items.at(i), nullptr);
            width = std::max(width, textWidth(items.at(i)));
        }
        book.setColumn(sheet, c, std::min(width + 2, 50));
        // Quoted: a sheet name outside plain ASCII letters must be, in Excel's formula syntax.
        ranges << (items.isEmpty() ? QString()
                                   : QStringLiteral("'%1'!$%2$2:$%2$%3").arg(name, columnName(c)).arg(items.size() + 1));
    }
    // Hidden, not "very hidden": an office that wants to extend a list can still unhide it.
    worksheet_hide(sheet);
    return ranges;
}

} // namespace tz
