#include "ooxmlsheet.h"

#include "exportcell.h"
#include "sharedstrings.h"
#include "zippart.h"

#include <cmath>
#include <cstring>

namespace tz {

namespace {

// Copies a literal (without its terminating NUL) to p; returns the end.
template<size_t N>
char *put(char *p, const char (&literal)[N])
{
    std::memcpy(p, literal, N - 1);
    return p + N - 1;
}

} // namespace

int64_t excelSerialDay(int year, int month, int day)
{
    // Days since 1970-01-01 of the proleptic Gregorian date (H. Hinnant's days_from_civil).
    const int64_t y = year - (month <= 2 ? 1 : 0);
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const int64_t yearOfEra = y - era * 400;
    const int64_t dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int64_t dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    constexpr int64_t kDayZero = -25569; // 1899-12-30
    const int64_t serial = era * 146097 + dayOfEra - 719468 - kDayZero;
    return serial < 61 ? serial - 1 : serial;
}

OoxmlSheet::OoxmlSheet(QString name, const SheetSetup &setup, SharedStrings &strings, ZipPart &part)
    : m_name(std::move(name)), m_strings(strings), m_part(part), m_out(part.out()), m_lastRow(setup.lastRow),
      m_lastColumn(setup.lastColumn), m_printable(setup.printable), m_page(setup.page),
      m_lastText(size_t(setup.lastColumn) + 1), m_lastIndex(size_t(setup.lastColumn) + 1, 0),
      m_lastUtf8(size_t(setup.lastColumn) + 1), m_lastUtf8Index(size_t(setup.lastColumn) + 1, 0)
{
    // Excel opens no sheet larger (libxlsxwriter refused to write one, too).
    constexpr int kExcelRows = 1048576;
    constexpr int kExcelColumns = 16384;
    if (m_lastRow >= kExcelRows || m_lastColumn >= kExcelColumns) {
        fail("more rows or columns than Excel allows (1,048,576 by 16,384)");
        m_lastRow = -1; // and nothing is written into it
    }
    writeHead(setup);
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

void OoxmlSheet::startRow(bool empty)
{
    m_out.append("<row r=\"");
    m_out.append(std::string_view(m_rowDigits, m_rowDigitCount));
    if (m_rowHeight > 0) {
        m_out.append("\" ht=\"");
        m_out.appendNumber(m_rowHeight);
        m_out.append("\" customHeight=\"1");
    }
    m_out.append(empty ? "\"/>" : "\">");
    m_rowOpen = !empty;
}

void OoxmlSheet::endRow()
{
    if (m_rowOpen)
        m_out.append("</row>");
    else if (m_row >= 0 && m_rowHeight > 0) // a row with a height and no cells
        startRow(true);
    m_rowOpen = false;
    m_part.flushIfFull();
}

bool OoxmlSheet::cellStart(int column, Style style)
{
    if (m_row < 0 || column <= m_column || column > m_lastColumn) {
        fail("cell out of order or beyond the sheet's dimension");
        return false;
    }
    m_column = column;
    if (!m_rowOpen)
        startRow(false);
    // Written straight into the buffer: this runs for every cell of the workbook.
    char *p = m_out.reserve(40);
    p = XmlBytes::writeColumnName(put(p, "<c r=\""), column);
    std::memcpy(p, m_rowDigits, m_rowDigitCount);
    p += m_rowDigitCount;
    if (style != Style::None) {
        p = XmlBytes::writeUInt(put(p, "\" s=\""), uint64_t(style));
    }
    *p++ = '"';
    m_out.commit(p);
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
    char *p = m_out.reserve(32);
    p = XmlBytes::writeUInt(put(p, " t=\"s\"><v>"), index);
    m_out.commit(put(p, "</v></c>"));
}

void OoxmlSheet::text(int column, std::string_view utf8, Style style)
{
    if (utf8.empty())
        return blank(column, style);
    const auto c = size_t(column);
    const bool inRange = c < m_lastUtf8.size();
    uint32_t index;
    if (inRange && utf8.size() == m_lastUtf8[c].size()
        && (utf8.data() == m_lastUtf8[c].data() || utf8 == m_lastUtf8[c])) {
        index = m_lastUtf8Index[c];
        m_strings.countReference();
    } else {
        index = m_strings.index(utf8);
        if (inRange) {
            m_lastUtf8[c] = utf8;
            m_lastUtf8Index[c] = index;
        }
    }
    if (!cellStart(column, style))
        return;
    char *p = m_out.reserve(32);
    p = XmlBytes::writeUInt(put(p, " t=\"s\"><v>"), index);
    m_out.commit(put(p, "</v></c>"));
}

void OoxmlSheet::number(int column, double value, Style style)
{
    if (!std::isfinite(value)) // no such number in a spreadsheet
        return blank(column, style);
    if (!cellStart(column, style))
        return;
    m_out.append("><v>");
    m_out.appendNumber(value);
    m_out.append("</v></c>");
}

void OoxmlSheet::date(int column, QDate date, Style style)
{
    if (!date.isValid())
        return blank(column, style);
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day); // one calendar conversion
    if (year < 1900 || year > 9999)
        return text(column, chineseDate(date), style);
    number(column, double(excelSerialDay(year, month, day)), style);
}

void OoxmlSheet::blank(int column, Style style)
{
    if (style == Style::None || !cellStart(column, style))
        return;
    m_out.append("/>");
}

void OoxmlSheet::formula(int column, std::string_view formula, double cached, Style style)
{
    if (!cellStart(column, style))
        return;
    if (!formula.empty() && formula.front() == '=')
        formula.remove_prefix(1); // stored without it
    m_out.append("><f>");
    m_out.appendEscaped(formula);
    m_out.append("</f><v>");
    m_out.appendNumber(cached);
    m_out.append("</v></c>");
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
    m_lastText = {}; // what they share with the table goes with it
    m_lastUtf8 = {};
    endRow();
    writeTail();
    m_part.finish();
    return m_error;
}

} // namespace tz
