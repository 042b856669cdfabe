#include "xlsxtablesheet.h"

#include "columnwidths.h"
#include "detailtables.h"
#include "importing/sheet.h"
#include "ooxmlbook.h"

namespace tz {

namespace {

constexpr int kPaperA3 = 8; // Excel's paper codes
constexpr int kPaperA4 = 9;

} // namespace

PageSetup officePage(PaperSize paper)
{
    PageSetup p;
    p.landscape = true;
    p.paper = paper == PaperSize::A3 ? kPaperA3 : kPaperA4;
    // Inches: narrow sides so the wide table keeps a readable scale, room below for the footer.
    p.left = 0.4;
    p.right = 0.4;
    p.top = 0.6;
    p.bottom = 0.7;
    p.centerHorizontally = true;
    p.fitToWidth = true;
    // &P and &N are Excel's page number and page count.
    p.footer = "&C第 &P 页 共 &N 页";
    return p;
}

QString headerText(const ExportColumn &column)
{
    QString text = column.header;
    const qsizetype bracket = text.indexOf(u'（');
    if (bracket > 0)
        text.insert(bracket, u'\n');
    return text;
}

void writeCell(OoxmlSheet &sheet, int column, const ExportCell &cell, Style textStyle)
{
    switch (cell.type) {
    case ExportCell::Empty:
        sheet.blank(column, textStyle);
        break;
    case ExportCell::Text:
        sheet.text(column, cell.text, textStyle);
        break;
    case ExportCell::Amount:
        sheet.number(column, double(cell.cents) / 100.0, Style::Money);
        break;
    case ExportCell::Number:
        sheet.number(column, cell.number, Style::Number);
        break;
    case ExportCell::Date:
        sheet.date(column, cell.date, Style::Date);
        break;
    }
}

std::vector<double> fittedWidths(const std::vector<ExportColumn> &columns, const ColumnWidths &widths)
{
    std::vector<double> out;
    for (int c = 0; c < int(columns.size()); ++c)
        out.push_back(widths.width(c, columns[size_t(c)].maxWidth, c == 0 ? 5 : 8));
    return out;
}

void fitCell(ColumnWidths &widths, int column, const ExportCell &cell)
{
    if (cell.type == ExportCell::Text)
        widths.fit(column, cell.text); // skips text too short to matter
    else
        widths.fitWidth(column, cell.shownWidth());
}

int cellLines(const ExportCell &cell, double width)
{
    return cell.type == ExportCell::Text ? ColumnWidths::wrappedLines(cell.text, width) : 1;
}

namespace {

// fitCell and cellLines for a detail cell: text measured as UTF-8 (or, where cleaning changed
// it, as stored, like an ExportCell), the rest by its shown width.
void fitDetailCell(ColumnWidths &widths, int column, const DetailCell &cell)
{
    switch (cell.type()) {
    case ExportCell::Empty:
        widths.fitWidth(column, 0);
        break;
    case ExportCell::Text:
        if (cell.raw)
            widths.fit(column, *cell.raw);
        else
            widths.fit(column, cell.view(), cell.units);
        break;
    case ExportCell::Amount:
        widths.fitWidth(column, amountShownWidth(cell.cents));
        break;
    case ExportCell::Number:
        widths.fitWidth(column, numberShownWidth(cell.number));
        break;
    case ExportCell::Date:
        widths.fitWidth(column, dateShownWidth(cell.date / 10000, cell.date / 100 % 100, cell.date % 100));
        break;
    }
}

int detailCellLines(const DetailCell &cell, double width)
{
    if (cell.type() != ExportCell::Text)
        return 1;
    return cell.raw ? ColumnWidths::wrappedLines(*cell.raw, width)
                    : ColumnWidths::wrappedLines(cell.view(), cell.units, cell.newline, width);
}

void writeDetailCell(OoxmlSheet &sheet, int column, const DetailCell &cell, Style textStyle)
{
    switch (cell.type()) {
    case ExportCell::Empty:
        sheet.blank(column, textStyle);
        break;
    case ExportCell::Text:
        sheet.text(column, cell.view(), textStyle);
        break;
    case ExportCell::Amount:
        sheet.number(column, double(cell.cents) / 100.0, Style::Money);
        break;
    case ExportCell::Number:
        sheet.number(column, cell.number, Style::Number);
        break;
    case ExportCell::Date: {
        const int year = cell.date / 10000;
        if (year < 1900) // no serial: OoxmlSheet::date writes its text
            sheet.date(column, QDate(year, cell.date / 100 % 100, cell.date % 100), Style::Date);
        else
            sheet.number(column, double(excelSerialDay(year, cell.date / 100 % 100, cell.date % 100)), Style::Date);
        break;
    }
    }
}

} // namespace

void writeTableSheet(OoxmlBook &book, const DetailTable &table, PaperSize paper)
{
    const int columns = int(table.columns.size());
    const size_t rows = table.rowCount();
    // Measure first: widths go ahead of the cells, and row heights depend on them.
    ColumnWidths measured(columns);
    for (int c = 0; c < columns; ++c)
        measured.fitHeader(c, headerText(table.columns[size_t(c)]));
    for (size_t r = 0; r < rows; ++r) {
        const DetailCell *cells = table.row(r);
        for (int c = 0; c < columns; ++c)
            fitDetailCell(measured, c, cells[c]);
    }

    SheetSetup setup;
    setup.widths = fittedWidths(table.columns, measured);
    setup.lastRow = int(rows);
    setup.lastColumn = std::max(columns - 1, 0);
    setup.frozenRows = 1; // the header and the project's code and name stay in view
    setup.frozenColumns = 2;
    setup.printable = true;
    setup.page = officePage(paper);
    OoxmlSheet &sheet = book.addSheet(table.sheetName, setup);

    sheet.row(0, 30); // two lines of header text
    for (int c = 0; c < columns; ++c)
        sheet.text(c, headerText(table.columns[size_t(c)]), Style::Header);
    int row = 1;
    for (size_t r = 0; r < rows; ++r) {
        const DetailCell *cells = table.row(r);
        int lines = 1;
        for (int c = 1; c < columns; ++c)
            lines = std::max(lines, detailCellLines(cells[c], setup.widths[size_t(c)]));
        sheet.row(row++, ColumnWidths::rowHeight(lines));
        // The project code (column A) as text, centred; everything else left and wrapping.
        for (int c = 0; c < columns; ++c)
            writeDetailCell(sheet, c, cells[c], c == 0 ? Style::Code : Style::Text);
    }
    if (columns > 0)
        sheet.autoFilter({ 0, 0, std::max(row - 1, 1), columns - 1 });
    sheet.repeatRows(0, 0);
}

QStringList dictionaryRanges(const QString &name, const std::vector<QStringList> &lists)
{
    QStringList ranges;
    for (int c = 0; c < int(lists.size()); ++c) {
        const qsizetype items = lists[size_t(c)].size();
        // Quoted: a sheet name outside plain ASCII letters must be, in Excel's formula syntax.
        ranges << (items == 0 ? QString()
                              : QStringLiteral("'%1'!$%2$2:$%2$%3").arg(name, columnName(c)).arg(items + 1));
    }
    return ranges;
}

void writeDictionarySheet(OoxmlBook &book, const QString &name, const QStringList &titles,
                          const std::vector<QStringList> &lists)
{
    SheetSetup setup;
    qsizetype longest = 0;
    for (int c = 0; c < int(lists.size()); ++c) {
        const QStringList &items = lists[size_t(c)];
        longest = std::max(longest, items.size());
        int width = textWidth(titles.value(c));
        for (const QString &item : items)
            width = std::max(width, textWidth(item));
        setup.widths.push_back(std::min(width + 2, 50));
    }
    setup.lastRow = int(longest);
    setup.lastColumn = std::max(int(lists.size()) - 1, 0);
    OoxmlSheet &sheet = book.addSheet(name, setup, true);
    for (int r = 0; r <= longest; ++r) {
        sheet.row(r);
        for (int c = 0; c < int(lists.size()); ++c) {
            if (r == 0)
                sheet.text(c, titles.value(c), Style::None);
            else if (r <= lists[size_t(c)].size())
                sheet.text(c, lists[size_t(c)].at(r - 1), Style::None);
        }
    }
}

} // namespace tz
