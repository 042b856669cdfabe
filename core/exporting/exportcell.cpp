#include "exportcell.h"

#include "columnwidths.h"

#include <algorithm>
#include <cmath>

namespace tz {

namespace {

// Decimal digits of n (at least minDigits, zero-padded after a minus) written at `to`; returns
// the end. At most 24 characters.
char16_t *writeDecimal(char16_t *to, qint64 n, int minDigits)
{
    char16_t buffer[24];
    int i = 24;
    const bool negative = n < 0;
    quint64 u = negative ? quint64(0) - quint64(n) : quint64(n);
    do {
        buffer[--i] = char16_t(u'0' + u % 10);
        u /= 10;
    } while (u && i > 1);
    while (24 - i < minDigits && i > 1)
        buffer[--i] = u'0';
    if (negative)
        buffer[--i] = u'-';
    return std::copy(buffer + i, buffer + 24, to);
}

} // namespace

ExportCell ExportCell::fromText(const QString &text)
{
    ExportCell c;
    if (!text.isEmpty()) {
        c.type = Text;
        c.text = text;
    }
    return c;
}

ExportCell ExportCell::fromMoney(Money money)
{
    ExportCell c;
    c.type = Amount;
    c.cents = money.cents();
    return c;
}

ExportCell ExportCell::fromNumber(double value)
{
    ExportCell c;
    c.type = Number;
    c.number = value;
    return c;
}

ExportCell ExportCell::fromDate(QDate date)
{
    ExportCell c;
    if (date.isValid()) {
        c.type = Date;
        c.date = date;
    }
    return c;
}

QString ExportCell::plainText() const
{
    QString s;
    appendPlainText(s);
    return s;
}

void ExportCell::appendPlainText(QString &out) const
{
    switch (type) {
    case Empty:
        return;
    case Text:
        out += text;
        return;
    case Amount: {
        // As Money::toString: 12500.50, -0.05. Made in a buffer and appended once.
        const qint64 a = cents < 0 ? -cents : cents;
        char16_t buffer[2 * 24 + 2];
        char16_t *end = buffer;
        if (cents < 0)
            *end++ = u'-';
        end = writeDecimal(end, a / 100, 1);
        *end++ = u'.';
        end = writeDecimal(end, a % 100, 2);
        out.append(reinterpret_cast<const QChar *>(buffer), end - buffer);
        return;
    }
    case Number:
        out += QString::number(number, 'g', 15);
        return;
    case Date: {
        // ISO 8601 as QDate::toString(Qt::ISODate) writes it, for the years a ledger holds.
        int year = 0, month = 0, day = 0;
        date.getDate(&year, &month, &day); // one calendar conversion, not one per part
        if (year < 0 || year > 9999) {
            out += date.toString(Qt::ISODate);
            return;
        }
        char16_t buffer[3 * 24 + 2];
        char16_t *end = writeDecimal(buffer, year, 4);
        *end++ = u'-';
        end = writeDecimal(end, month, 2);
        *end++ = u'-';
        end = writeDecimal(end, day, 2);
        out.append(reinterpret_cast<const QChar *>(buffer), end - buffer);
        return;
    }
    }
}

QString ExportCell::shownText() const
{
    switch (type) {
    case Amount:
        return Money::fromCents(cents).toDisplayString();
    case Date:
        return chineseDate(date);
    default:
        return plainText();
    }
}

namespace {

int digitCount(qint64 n)
{
    int digits = 1;
    for (n = n < 0 ? -n : n; n >= 10; n /= 10)
        ++digits;
    return digits;
}

} // namespace

int ExportCell::shownWidth() const
{
    switch (type) {
    case Empty:
        return 0;
    case Text:
        return widestLineWidth(text);
    case Amount:
        return amountShownWidth(cents);
    case Number:
        return numberShownWidth(number);
    case Date: {
        if (!date.isValid())
            return 0;
        int year = 0, month = 0, day = 0;
        date.getDate(&year, &month, &day); // one calendar conversion, not one per part
        return dateShownWidth(year, month, day);
    }
    }
    return 0;
}

int amountShownWidth(qint64 cents)
{
    // "-12,345.67": sign, digits with a comma per three, point and two decimals.
    const qint64 whole = (cents < 0 ? -cents : cents) / 100;
    const int digits = digitCount(whole);
    return (cents < 0 ? 1 : 0) + digits + (digits - 1) / 3 + 3;
}

int numberShownWidth(double number)
{
    if (number == std::floor(number) && std::abs(number) < 1e15)
        return (number < 0 ? 1 : 0) + digitCount(qint64(number));
    return int(QString::number(number, 'g', 15).size());
}

int dateShownWidth(int year, int month, int day)
{
    // "2023年5月1日": 年 月 日 are two units each.
    return (year < 0 ? 1 : 0) + digitCount(year) + digitCount(month) + digitCount(day) + 6;
}

void appendDecimal(QString &out, qint64 n, int minDigits)
{
    char16_t buffer[24];
    const char16_t *end = writeDecimal(buffer, n, minDigits);
    out.append(reinterpret_cast<const QChar *>(buffer), end - buffer);
}

void appendChineseDate(QString &out, QDate date)
{
    if (!date.isValid())
        return;
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day); // one calendar conversion, not one per part
    // Made in a buffer and appended once: an append per part was most of the cost of the
    // schedule column, which has a date per milestone.
    char16_t buffer[3 * 24 + 3];
    char16_t *end = writeDecimal(buffer, year, 1);
    *end++ = u'年';
    end = writeDecimal(end, month, 1);
    *end++ = u'月';
    end = writeDecimal(end, day, 1);
    *end++ = u'日';
    out.append(reinterpret_cast<const QChar *>(buffer), end - buffer);
}

QString chineseDate(QDate date)
{
    QString s;
    appendChineseDate(s, date);
    return s;
}

QString chineseNumber(int n)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    if (n <= 0 || n >= 100)
        return QString::number(n);
    if (n < 10)
        return digits.at(n);
    const int tens = n / 10;
    const int ones = n % 10;
    QString s = tens == 1 ? QString() : QString(digits.at(tens));
    s += u'十';
    if (ones)
        s += digits.at(ones);
    return s;
}

bool startsLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.at(0);
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

} // namespace tz
