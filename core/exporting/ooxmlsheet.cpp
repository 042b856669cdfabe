#include "ooxmlsheet.h"

#include "exportcell.h"
#include "sharedstrings.h"
#include "zippart.h"

#include <cmath>
#include <cstring>

namespace tz {

namespace {

// Excel stores a width in characters of the default font's digit (7 pixels in Calibri 11)
// plus 5 pixels of padding, truncated to 1/256 (ECMA-376 §18.3.1.13): 6 → 6.7109375.
double storedWidth(double characters)
{
    const double pixels = std::floor(characters * 7 + 0.5) + 5;
    return std::floor(pixels / 7 * 256) / 256;
}

// Copies a literal (without its terminating NUL) to p; returns the end.
template<size_t N>
char *put(char *p, const char (&literal)[N])
{
    std::memcpy(p, literal, N - 1);
    return p + N - 1;
}

void appendRange(XmlBytes &out, const CellRange &r)
{
    out.appendCellRef(r.firstRow, r.firstColumn);
    if (r.lastRow != r.firstRow || r.lastColumn != r.firstColumn) {
        out.append(':');
        out.appendCellRef(r.lastRow, r.lastColumn);
    }
}

} // namespace

OoxmlSheet::OoxmlSheet(QString name, const SheetSetup &setup, SharedStrings &strings, ZipPart &part)
    : m_name(std::move(name)), m_strings(strings), m_part(part), m_out(part.out()), m_lastRow(setup.lastRow),
      m_lastColumn(setup.lastColumn), m_printable(setup.printable), m_page(setup.page),
      m_lastText(size_t(setup.lastColumn) + 1), m_lastIndex(size_t(setup.lastColumn) + 1, 0)
{
    writeHead(setup);
}

void OoxmlSheet::writeHead(const SheetSetup &setup)
{
    XmlBytes &o = m_out;
    o.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
             "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
             "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">");
    if (setup.printable && setup.page.fitToWidth)
        o.append("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>");
    o.append("<dimension ref=\"");
    appendRange(o, { 0, 0, m_lastRow, m_lastColumn });
    o.append(setup.selected ? "\"/><sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\""
                            : "\"/><sheetViews><sheetView workbookViewId=\"0\"");
    const int rows = setup.frozenRows;
    const int columns = setup.frozenColumns;
    if (rows > 0 || columns > 0) {
        // The pane right of and below the frozen cells is the active one; Excel writes one
        // selection per pane.
        const char *active = rows && columns ? "bottomRight" : rows ? "bottomLeft" : "topRight";
        o.append("><pane");
        if (columns) {
            o.append(" xSplit=\"");
            o.appendUInt(uint64_t(columns));
            o.append('"');
        }
        if (rows) {
            o.append(" ySplit=\"");
            o.appendUInt(uint64_t(rows));
            o.append('"');
        }
        o.append(" topLeftCell=\"");
        o.appendCellRef(rows, columns);
        o.append("\" activePane=\"");
        o.append(active);
        o.append("\" state=\"frozen\"/>");
        if (rows && columns) {
            o.append("<selection pane=\"topRight\" activeCell=\"");
            o.appendCellRef(0, columns);
            o.append("\" sqref=\"");
            o.appendCellRef(0, columns);
            o.append("\"/><selection pane=\"bottomLeft\" activeCell=\"");
            o.appendCellRef(rows, 0);
            o.append("\" sqref=\"");
            o.appendCellRef(rows, 0);
            o.append("\"/>");
        }
        o.append("<selection pane=\"");
        o.append(active);
        o.append("\"/></sheetView></sheetViews>");
    } else {
        o.append("/></sheetViews>");
    }
    o.append("<sheetFormatPr defaultRowHeight=\"15\"/>");
    bool anyWidth = false;
    for (size_t c = 0; c < setup.widths.size(); ++c) {
        if (setup.widths[c] <= 0)
            continue;
        o.append(anyWidth ? "<col min=\"" : "<cols><col min=\"");
        anyWidth = true;
        o.appendUInt(c + 1);
        o.append("\" max=\"");
        o.appendUInt(c + 1);
        o.append("\" width=\"");
        o.appendNumber(storedWidth(setup.widths[c]));
        o.append("\" customWidth=\"1\"/>");
    }
    if (anyWidth)
        o.append("</cols>");
    o.append("<sheetData>");
}

void OoxmlSheet::fail(const char *why)
{
    if (m_error.empty())
        m_error = std::string(why) + " (" + m_name.toStdString() + ")";
}

void OoxmlSheet::row(int row, double height)
{
    if (row <= m_row || row > m_lastRow)
        return fail("row out of order or beyond the sheet's dimension");
    endRow();
    m_row = row;
    m_column = -1;
    m_rowHeight = height;
    m_rowDigitCount = size_t(XmlBytes::writeUInt(m_rowDigits, uint64_t(row) + 1) - m_rowDigits);
}

void OoxmlSheet::endRow()
{
    if (m_row < 0 || (m_cells.empty() && m_rowHeight <= 0))
        return;
    m_out.append("<row r=\"");
    m_out.appendUInt(uint64_t(m_row) + 1);
    if (m_rowHeight > 0) {
        m_out.append("\" ht=\"");
        m_out.appendNumber(m_rowHeight);
        m_out.append("\" customHeight=\"1");
    }
    if (m_cells.empty()) {
        m_out.append("\"/>");
    } else {
        m_out.append("\">");
        m_out.append(m_cells.view());
        m_out.append("</row>");
        m_cells.clear();
    }
    m_part.flushIfFull();
}

bool OoxmlSheet::cellStart(int column, Style style)
{
    if (m_row < 0 || column <= m_column || column > m_lastColumn) {
        fail("cell out of order or beyond the sheet's dimension");
        return false;
    }
    m_column = column;
    // Written straight into the buffer: this runs for every cell of the workbook.
    char *p = m_cells.reserve(40);
    p = XmlBytes::writeColumnName(put(p, "<c r=\""), column);
    std::memcpy(p, m_rowDigits, m_rowDigitCount);
    p += m_rowDigitCount;
    if (style != Style::None) {
        p = XmlBytes::writeUInt(put(p, "\" s=\""), uint64_t(style));
    }
    *p++ = '"';
    m_cells.commit(p);
    return true;
}

void OoxmlSheet::text(int column, const QString &text, Style style)
{
    const auto c = size_t(column);
    const bool inRange = c < m_lastText.size();
    uint32_t index;
    if (inRange && !text.isEmpty() && text.size() == m_lastText[c].size()
        && (text.constData() == m_lastText[c].constData() || text == m_lastText[c])) {
        index = m_lastIndex[c];
        m_strings.countReference();
    } else {
        m_text.clear();
        appendCellText(m_text, text);
        if (m_text.empty())
            return blank(column, style);
        index = m_strings.index(m_text.view());
        if (inRange) {
            m_lastText[c] = text;
            m_lastIndex[c] = index;
        }
    }
    if (!cellStart(column, style))
        return;
    char *p = m_cells.reserve(32);
    p = XmlBytes::writeUInt(put(p, " t=\"s\"><v>"), index);
    m_cells.commit(put(p, "</v></c>"));
}

void OoxmlSheet::number(int column, double value, Style style)
{
    if (!std::isfinite(value)) // no such number in a spreadsheet
        return blank(column, style);
    if (!cellStart(column, style))
        return;
    m_cells.append("><v>");
    m_cells.appendNumber(value);
    m_cells.append("</v></c>");
}

void OoxmlSheet::date(int column, QDate date, Style style)
{
    if (!date.isValid())
        return blank(column, style);
    if (date.year() < 1900 || date.year() > 9999)
        return text(column, chineseDate(date), style);
    // Calendar arithmetic, never a local time (PITFALLS): day 1 is 1900-01-01, and Excel
    // counts a 1900-02-29 that never was, so days before March 1900 are one less.
    constexpr qint64 kDayZero = 2415019; // the Julian day of 1899-12-30
    qint64 serial = date.toJulianDay() - kDayZero;
    if (serial < 61)
        --serial;
    number(column, double(serial), style);
}

void OoxmlSheet::blank(int column, Style style)
{
    if (style == Style::None || !cellStart(column, style))
        return;
    m_cells.append("/>");
}

void OoxmlSheet::formula(int column, std::string_view formula, double cached, Style style)
{
    if (!cellStart(column, style))
        return;
    if (!formula.empty() && formula.front() == '=')
        formula.remove_prefix(1); // stored without it
    m_cells.append("><f>");
    m_cells.appendEscaped(formula);
    m_cells.append("</f><v>");
    m_cells.appendNumber(cached);
    m_cells.append("</v></c>");
}

void OoxmlSheet::mergeAcross(int firstColumn, int lastColumn, const QString &text, Style style)
{
    this->text(firstColumn, text, style);
    for (int c = firstColumn + 1; c <= lastColumn; ++c)
        blank(c, style);
    if (lastColumn > firstColumn)
        merge({ m_row, firstColumn, m_row, lastColumn });
}

void OoxmlSheet::autoFilter(const CellRange &range)
{
    m_hasFilter = true;
    m_filter = range;
}

void OoxmlSheet::listValidation(int firstRow, int column, int lastRow, const QString &itemsRange)
{
    if (lastRow >= firstRow)
        m_validations.push_back({ firstRow, column, lastRow, itemsRange.toStdString() });
}

void OoxmlSheet::repeatRows(int first, int last)
{
    m_repeatFirst = first;
    m_repeatLast = last;
}

std::string OoxmlSheet::finish()
{
    if (m_finished)
        return m_error;
    m_finished = true;
    endRow();
    writeTail();
    m_part.finish();
    return m_error;
}

void OoxmlSheet::writeTail()
{
    XmlBytes &o = m_out;
    o.append("</sheetData>");
    if (m_hasFilter) {
        o.append("<autoFilter ref=\"");
        appendRange(o, m_filter);
        o.append("\"/>");
    }
    if (!m_merges.empty()) {
        o.append("<mergeCells count=\"");
        o.appendUInt(m_merges.size());
        o.append("\">");
        for (const CellRange &m : m_merges) {
            o.append("<mergeCell ref=\"");
            appendRange(o, m);
            o.append("\"/>");
        }
        o.append("</mergeCells>");
    }
    if (!m_validations.empty()) {
        o.append("<dataValidations count=\"");
        o.appendUInt(m_validations.size());
        o.append("\">");
        for (const Validation &v : m_validations) {
            // A warning, not a stop: the lists are the office's to extend.
            o.append("<dataValidation type=\"list\" errorStyle=\"warning\" allowBlank=\"1\" showInputMessage=\"1\" "
                     "showErrorMessage=\"1\" sqref=\"");
            appendRange(o, { v.firstRow, v.column, v.lastRow, v.column });
            o.append("\"><formula1>");
            o.appendEscaped(v.range);
            o.append("</formula1></dataValidation>");
        }
        o.append("</dataValidations>");
    }
    const PageSetup defaults;
    const PageSetup &p = m_printable ? m_page : defaults;
    if (m_printable && p.centerHorizontally)
        o.append("<printOptions horizontalCentered=\"1\"/>");
    const std::pair<const char *, double> margins[] = { { "<pageMargins left=\"", p.left },
                                                        { "\" right=\"", p.right },
                                                        { "\" top=\"", p.top },
                                                        { "\" bottom=\"", p.bottom } };
    for (const auto &[tag, inches] : margins) {
        o.append(tag);
        o.appendNumber(inches);
    }
    o.append("\" header=\"0.3\" footer=\"0.3\"/>");
    if (m_printable) {
        o.append("<pageSetup paperSize=\"");
        o.appendUInt(uint64_t(p.paper));
        o.append(p.fitToWidth ? "\" fitToHeight=\"0\"" : "\"");
        o.append(p.landscape ? " orientation=\"landscape\"/>" : " orientation=\"portrait\"/>");
        if (!p.footer.empty()) {
            o.append("<headerFooter><oddFooter>");
            o.appendEscaped(p.footer);
            o.append("</oddFooter></headerFooter>");
        }
    }
    o.append("</worksheet>");
}

} // namespace tz
