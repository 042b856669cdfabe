#include "ooxmlsheet.h"

#include <cmath>

// The parts of a worksheet around its cells: what goes before <sheetData> (known from the
// SheetSetup before the first row) and what is collected to go after it.

namespace tz {

namespace {

// Excel stores a width in characters of the default font's digit (7 pixels in Calibri 11)
// plus 5 pixels of padding, truncated to 1/256 (ECMA-376 §18.3.1.13): 6 → 6.7109375.
double storedWidth(double characters)
{
    const double pixels = std::floor(characters * 7 + 0.5) + 5;
    return std::floor(pixels / 7 * 256) / 256;
}

void appendCellRange(XmlBytes &out, const CellRange &r)
{
    out.appendCellRef(r.firstRow, r.firstColumn);
    if (r.lastRow != r.firstRow || r.lastColumn != r.firstColumn) {
        out.append(':');
        out.appendCellRef(r.lastRow, r.lastColumn);
    }
}

} // namespace

void OoxmlSheet::writeHead(const SheetSetup &setup)
{
    XmlBytes &o = m_out;
    o.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
             "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
             "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">");
    if (setup.printable && setup.page.fitToWidth)
        o.append("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>");
    o.append("<dimension ref=\"");
    appendCellRange(o, { 0, 0, m_lastRow, m_lastColumn });
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

void OoxmlSheet::writeTail()
{
    XmlBytes &o = m_out;
    o.append("</sheetData>");
    if (m_hasFilter) {
        o.append("<autoFilter ref=\"");
        appendCellRange(o, m_filter);
        o.append("\"/>");
    }
    if (!m_merges.empty()) {
        o.append("<mergeCells count=\"");
        o.appendUInt(m_merges.size());
        o.append("\">");
        for (const CellRange &m : m_merges) {
            o.append("<mergeCell ref=\"");
            appendCellRange(o, m);
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
            appendCellRange(o, { v.firstRow, v.column, v.lastRow, v.column });
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
