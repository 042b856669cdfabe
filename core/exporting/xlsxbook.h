#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <vector>

// libxlsxwriter's types, declared here so that only xlsxbook.cpp and the layout code see the C
// headers (typedef struct lxw_x {…} lxw_x: the tag names the same type in C++).
struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace tz {

// One libxlsxwriter workbook being written, with typed cell writes that take Qt strings and
// remember the first error. Every cell goes through one of these functions and so through
// worksheet_write_string/number/datetime/formula_num: nothing reaches a type-guessing write,
// so text that begins with "=" is a string, never a formula, and digits stay text.
class XlsxBook
{
public:
    explicit XlsxBook(const QString &path);
    // Frees the workbook if close() was not called (libxlsxwriter writes the file on close,
    // so a failed export still closes, into a temporary path the caller throws away).
    ~XlsxBook();
    XlsxBook(const XlsxBook &) = delete;
    XlsxBook &operator=(const XlsxBook &) = delete;

    bool isValid() const { return m_book != nullptr; }
    lxw_workbook *handle() const { return m_book; }

    lxw_worksheet *addSheet(const QString &name);
    lxw_format *addFormat();

    void text(lxw_worksheet *sheet, int row, int column, const QString &text, lxw_format *format);
    void number(lxw_worksheet *sheet, int row, int column, double value, lxw_format *format);
    // Dates before 1900 cannot be Excel serials; they are written as text "1899年…".
    void date(lxw_worksheet *sheet, int row, int column, QDate date, lxw_format *format);
    void blank(lxw_worksheet *sheet, int row, int column, lxw_format *format);
    // A formula with the value it computes, so readers without a calculation engine (our
    // importer, viewers, previews) show the number.
    void formula(lxw_worksheet *sheet, int row, int column, const QString &formula, double cached,
                 lxw_format *format);
    void merge(lxw_worksheet *sheet, int firstRow, int firstColumn, int lastRow, int lastColumn,
               const QString &text, lxw_format *format);
    void setColumn(lxw_worksheet *sheet, int column, double width, lxw_format *format = nullptr);
    void setRowHeight(lxw_worksheet *sheet, int row, double height);
    // A drop-down list on a range, its items in a cell range such as "'字典'!$A$2:$A$13". Never
    // an inline list: libxlsxwriter 1.1.4 sizes those in bytes and crashes on Chinese.
    void listValidation(lxw_worksheet *sheet, int firstRow, int column, int lastRow, const QString &range);

    // Records a libxlsxwriter result; only the first error is kept.
    void check(int lxwError);
    // Writes the file. Returns the translated error, or empty.
    QString close();

private:
    // What a cell can hold, as UTF-8 (valid until the next call): no XML-invalid control
    // characters, CRLF as LF, at most Excel's 32,767 characters.
    const char *cellUtf8(QStringView text);

    lxw_workbook *m_book = nullptr;
    std::vector<char> m_utf8;
    QString m_path;
    int m_error = 0;
};

} // namespace tz
