#pragma once

#include "money.h"

#include <QDate>
#include <QString>

#include <vector>

namespace tz {

// One value of an exported sheet, typed the way the spreadsheet must store it. The writers
// never guess a type from text: a code of digits stays Text, an amount is an Amount (a number
// cell in XLSX), a day is a Date (a date cell). That is what keeps "000123…" from losing its
// zeros and "=…" from becoming a formula.
struct ExportCell
{
    enum Type { Empty, Text, Amount, Number, Date };

    Type type = Empty;
    QString text;
    qint64 cents = 0; // Amount, in hundredths of 万元
    double number = 0; // Number
    QDate date; // Date

    static ExportCell fromText(const QString &text);
    static ExportCell fromMoney(Money money);
    static ExportCell fromNumber(double value);
    static ExportCell fromDate(QDate date);

    bool isEmpty() const { return type == Empty; }
    // For CSV: "12500.50", "2023-05-01", the text itself; what our importer reads back exactly.
    QString plainText() const;
    // As a spreadsheet shows it with our formats ("12,500.50", "2023年5月1日"); for widths.
    QString shownText() const;
    // The width of shownText() in spreadsheet units (see textWidth), the widest line for text;
    // worked out from the number or date without making the text.
    int shownWidth() const;
    // plainText() appended to `out`, without a string of its own per cell.
    void appendPlainText(QString &out) const;
};

// A column of an exported table. `parent` is the merged header above it (要素保障需求), empty
// for a header that stands alone.
struct ExportColumn
{
    QString header;
    QString parent;
    ExportCell::Type type = ExportCell::Text;
    int maxWidth = 50; // in Excel width units; long text wraps beyond it
};

struct ExportTable
{
    QString sheetName;
    std::vector<ExportColumn> columns;
    std::vector<std::vector<ExportCell>> rows;
};

// shownWidth() of an amount, a number and a date, for cells kept in another form (the detail
// sheets'): the same widths without an ExportCell.
int amountShownWidth(qint64 cents);
int numberShownWidth(double number);
int dateShownWidth(int year, int month, int day);

// "2023年5月1日": the spelling offices write, with year and day, so a re-import reads the
// same day back whatever the ledger year is.
QString chineseDate(QDate date);
void appendChineseDate(QString &out, QDate date);
// Decimal digits of n appended to out; QString::number and arg() allocate a string each.
void appendDecimal(QString &out, qint64 n, int minDigits = 1);
// "一" … "九十九" for group numbers ("一、高新区（7个）"); digits from 100 on.
QString chineseNumber(int n);
// Text a spreadsheet would run as a formula (= + - @ tab CR at the start): such text must be
// written as a string in XLSX and neutralised in CSV.
bool startsLikeFormula(const QString &text);

} // namespace tz
