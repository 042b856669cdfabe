#include "exportcell.h"

namespace tz {

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
    switch (type) {
    case Empty:
        return {};
    case Text:
        return text;
    case Amount:
        return Money::fromCents(cents).toString();
    case Number:
        return QString::number(number, 'g', 15);
    case Date:
        return date.toString(Qt::ISODate);
    }
    return {};
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

QString chineseDate(QDate date)
{
    if (!date.isValid())
        return {};
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
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
