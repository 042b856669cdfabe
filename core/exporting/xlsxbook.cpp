#include "xlsxbook.h"

#include "exportcell.h"

#include <QCoreApplication>
#include <QFile>

#include <xlsxwriter.h>

namespace tz {

namespace {

lxw_row_t rowOf(int row)
{
    return static_cast<lxw_row_t>(row);
}

lxw_col_t colOf(int column)
{
    return static_cast<lxw_col_t>(column);
}

constexpr int kMaxCellChars = 32767; // Excel's limit, which libxlsxwriter enforces

} // namespace

XlsxBook::XlsxBook(const QString &path) : m_path(path)
{
    m_book = workbook_new(QFile::encodeName(path).constData());
}

XlsxBook::~XlsxBook()
{
    if (m_book)
        workbook_close(m_book);
}

lxw_worksheet *XlsxBook::addSheet(const QString &name)
{
    lxw_worksheet *sheet = workbook_add_worksheet(m_book, name.toUtf8().constData());
    if (!sheet)
        check(LXW_ERROR_MEMORY_MALLOC_FAILED);
    return sheet;
}

lxw_format *XlsxBook::addFormat()
{
    return workbook_add_format(m_book);
}

const char *XlsxBook::cellUtf8(QStringView text)
{
    // Cleaning and the UTF-8 conversion in one pass into a buffer kept for the next cell:
    // a large export writes a million strings, and two temporary strings each were a tenth of
    // its time. A UTF-16 unit never takes more than three bytes.
    const qsizetype n = text.size();
    if (m_utf8.size() < size_t(n) * 3 + 1)
        m_utf8.resize(size_t(n) * 3 + 1);
    char *out = m_utf8.data();
    qsizetype kept = 0;
    for (qsizetype i = 0; i < n; ++i) {
        char32_t u = text[i].unicode();
        if (u < 0x80 && u >= 0x20) { // the common case: printable ASCII
            if (++kept > kMaxCellChars)
                break;
            *out++ = char(u);
            continue;
        }
        if (u == u'\r') {
            if (i + 1 < n && text[i + 1] == u'\n')
                continue; // CRLF: the LF follows
            u = u'\n';
        } else if ((u < 0x20 && u != u'\t' && u != u'\n') || u == 0xFFFE || u == 0xFFFF) {
            continue; // not allowed in XML 1.0: Excel would "repair" the file
        } else if (QChar::isSurrogate(u)) {
            // Keep only well-formed pairs, and never half of one at the length limit.
            if (!QChar::isHighSurrogate(u) || i + 1 >= n || !text[i + 1].isLowSurrogate())
                continue;
            if (kept + 2 > kMaxCellChars)
                break;
            u = QChar::surrogateToUcs4(char16_t(u), text[++i].unicode());
            kept += 2;
            *out++ = char(0xF0 | (u >> 18));
            *out++ = char(0x80 | ((u >> 12) & 0x3F));
            *out++ = char(0x80 | ((u >> 6) & 0x3F));
            *out++ = char(0x80 | (u & 0x3F));
            continue;
        }
        if (++kept > kMaxCellChars)
            break;
        if (u < 0x80) {
            *out++ = char(u);
        } else if (u < 0x800) {
            *out++ = char(0xC0 | (u >> 6));
            *out++ = char(0x80 | (u & 0x3F));
        } else {
            *out++ = char(0xE0 | (u >> 12));
            *out++ = char(0x80 | ((u >> 6) & 0x3F));
            *out++ = char(0x80 | (u & 0x3F));
        }
    }
    *out = '\0';
    return m_utf8.data();
}

void XlsxBook::text(lxw_worksheet *sheet, int row, int column, const QString &text, lxw_format *format)
{
    if (text.isEmpty()) {
        blank(sheet, row, column, format);
        return;
    }
    check(worksheet_write_string(sheet, rowOf(row), colOf(column), cellUtf8(text), format));
}

void XlsxBook::number(lxw_worksheet *sheet, int row, int column, double value, lxw_format *format)
{
    check(worksheet_write_number(sheet, rowOf(row), colOf(column), value, format));
}

void XlsxBook::date(lxw_worksheet *sheet, int row, int column, QDate date, lxw_format *format)
{
    if (!date.isValid()) {
        blank(sheet, row, column, format);
        return;
    }
    if (date.year() < 1900 || date.year() > 9999) {
        text(sheet, row, column, chineseDate(date), format);
        return;
    }
    // libxlsxwriter turns the calendar date into a serial by arithmetic, without a time zone.
    lxw_datetime dt = { date.year(), date.month(), date.day(), 0, 0, 0.0 };
    check(worksheet_write_datetime(sheet, rowOf(row), colOf(column), &dt, format));
}

void XlsxBook::blank(lxw_worksheet *sheet, int row, int column, lxw_format *format)
{
    if (format) // without a format a blank cell is nothing at all
        check(worksheet_write_blank(sheet, rowOf(row), colOf(column), format));
}

void XlsxBook::formula(lxw_worksheet *sheet, int row, int column, const QString &formula, double cached,
                       lxw_format *format)
{
    check(worksheet_write_formula_num(sheet, rowOf(row), colOf(column), formula.toUtf8().constData(), format,
                                      cached));
}

void XlsxBook::merge(lxw_worksheet *sheet, int firstRow, int firstColumn, int lastRow, int lastColumn,
                     const QString &text, lxw_format *format)
{
    if (firstRow == lastRow && firstColumn == lastColumn) {
        this->text(sheet, firstRow, firstColumn, text, format);
        return;
    }
    // worksheet_merge_range writes its text with worksheet_write_string.
    check(worksheet_merge_range(sheet, rowOf(firstRow), colOf(firstColumn), rowOf(lastRow), colOf(lastColumn),
                                cellUtf8(text), format));
}

void XlsxBook::setColumn(lxw_worksheet *sheet, int column, double width, lxw_format *format)
{
    check(worksheet_set_column(sheet, colOf(column), colOf(column), width, format));
}

void XlsxBook::setRowHeight(lxw_worksheet *sheet, int row, double height)
{
    check(worksheet_set_row(sheet, rowOf(row), height, nullptr));
}

void XlsxBook::listValidation(lxw_worksheet *sheet, int firstRow, int column, int lastRow, const QString &range)
{
    if (lastRow < firstRow)
        return;
    QByteArray formula = (u'=' + range).toUtf8();
    lxw_data_validation v = {};
    v.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
    v.value_formula = formula.data();
    // A warning, not a stop: the dictionaries are the office's to extend, and a new unit typed
    // in the sheet is a question for the importer, not an error.
    v.error_type = LXW_VALIDATION_ERROR_TYPE_WARNING;
    check(worksheet_data_validation_range(sheet, rowOf(firstRow), colOf(column), rowOf(lastRow), colOf(column), &v));
}

void XlsxBook::check(int lxwError)
{
    if (lxwError != LXW_NO_ERROR && m_error == LXW_NO_ERROR)
        m_error = lxwError;
}

QString XlsxBook::close()
{
    if (!m_book)
        return QCoreApplication::translate("tz::export", "无法创建 Excel 工作簿（内存不足）。");
    const lxw_error closed = workbook_close(m_book);
    m_book = nullptr;
    if (m_error != LXW_NO_ERROR)
        return QCoreApplication::translate("tz::export", "生成 Excel 文件时出错：%1")
                .arg(QString::fromUtf8(lxw_strerror(static_cast<lxw_error>(m_error))));
    if (closed != LXW_NO_ERROR)
        return QCoreApplication::translate("tz::export", "无法写入 Excel 文件“%1”：%2")
                .arg(m_path, QString::fromUtf8(lxw_strerror(closed)));
    return {};
}

} // namespace tz
