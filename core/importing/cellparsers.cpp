#include "cellparsers.h"

#include <QRegularExpression>
#include <QtNumeric>

namespace tz {

namespace {

// Full-width digits and punctuation typed through a Chinese input method, as ASCII.
QString normalise(const QString &text)
{
    QString s;
    s.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000)
            c = u' ';
        s.append(c);
    }
    return s.trimmed();
}

QDate lastDay(int year, int month)
{
    const QDate first(year, month, 1);
    return first.isValid() ? first.addDays(first.daysInMonth() - 1) : QDate();
}

int chineseNumber(const QString &s)
{
    // 一 … 十二 for months written in words.
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    if (s.isEmpty())
        return -1;
    bool ok = false;
    const int n = s.toInt(&ok);
    if (ok)
        return n;
    if (s == QStringLiteral("十"))
        return 10;
    if (s.startsWith(u'十'))
        return 10 + int(digits.indexOf(s.at(1)));
    if (s.size() == 2 && s.at(1) == u'十')
        return int(digits.indexOf(s.at(0))) * 10;
    if (s.size() == 1)
        return int(digits.indexOf(s.at(0)));
    return -1;
}

QDate dayInMonth(int year, int month, const QString &dayPart)
{
    if (dayPart.isEmpty() || dayPart.contains(u'底') || dayPart.contains(u'末') || dayPart.contains(QStringLiteral("下旬")))
        return lastDay(year, month);
    if (dayPart.contains(QStringLiteral("上旬")))
        return QDate(year, month, 10);
    if (dayPart.contains(QStringLiteral("中旬")))
        return QDate(year, month, 20);
    QString digits = dayPart;
    digits.remove(u'日').remove(u'号');
    const int day = chineseNumber(digits);
    return day > 0 ? QDate(year, month, day) : QDate();
}

// The clauses of schedule text: split at ；;。 and line ends, empty pieces dropped (what
// split(QRegularExpression("[；;。\\n\\r]+"), Qt::SkipEmptyParts) gives, without the engine).
QStringList splitClauses(const QString &text)
{
    QStringList parts;
    qsizetype start = 0;
    const auto separates = [](char16_t c) {
        return c == u'；' || c == u';' || c == u'。' || c == u'\n' || c == u'\r';
    };
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !separates(text.at(i).unicode()))
            continue;
        if (i > start)
            parts << text.mid(start, i - start);
        start = i + 1;
    }
    return parts;
}

} // namespace

std::optional<QDate> parseDateText(const QString &text)
{
    const QString s = normalise(text);
    if (s.isEmpty())
        return std::nullopt;
    static const QRegularExpression numeric(
            QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*(?:[-/.月]\\s*(\\d{1,2})\\s*[日号]?|月\\s*(底|末|上旬|中旬|下旬)?)?$"));
    const auto m = numeric.match(s);
    if (m.hasMatch()) {
        const int y = m.captured(1).toInt();
        const int mo = m.captured(2).toInt();
        if (mo < 1 || mo > 12)
            return std::nullopt;
        const QDate d = m.captured(3).isEmpty() ? dayInMonth(y, mo, m.captured(4))
                                                : QDate(y, mo, m.captured(3).toInt());
        return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
    }
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    const auto c = compact.match(s);
    if (c.hasMatch()) {
        const QDate d(c.captured(1).toInt(), c.captured(2).toInt(), c.captured(3).toInt());
        return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
    }
    return std::nullopt;
}

std::optional<Money> parseAmountText(const QString &text, int unitScale)
{
    QString s = normalise(text);
    s.remove(QStringLiteral("人民币"));
    int scale = unitScale;
    if (s.endsWith(QStringLiteral("亿元")) || s.endsWith(u'亿')) {
        scale = 10000;
        s.chop(s.endsWith(u'亿') ? 1 : 2);
    } else if (s.endsWith(QStringLiteral("万元")) || s.endsWith(u'万')) {
        scale = 1;
        s.chop(s.endsWith(u'万') ? 1 : 2);
    } else if (s.endsWith(u'元')) {
        return std::nullopt; // plain 元 in a 万元 column is almost surely a typing slip: say so
    }
    // Amounts in 亿 can carry up to six decimals and still be exact hundredths of 万元.
    if (scale == 10000) {
        static const QRegularExpression yi(QStringLiteral("^\\s*(\\d[\\d,]*)(?:\\.(\\d{1,6}))?\\s*$"));
        const auto m = yi.match(s);
        if (!m.hasMatch())
            return std::nullopt;
        QString whole = m.captured(1);
        whole.remove(u',');
        // More than a trillion 亿元 is no amount but a slip (and would overflow the cents).
        if (whole.size() > 12)
            return std::nullopt;
        const QString frac = m.captured(2).leftJustified(6, u'0');
        return Money::fromCents(whole.toLongLong() * 1000000 + frac.toLongLong());
    }
    const auto m = Money::parse(s);
    qint64 cents = 0;
    if (!m || qMulOverflow(m->cents(), qint64(scale), &cents))
        return std::nullopt;
    return Money::fromCents(cents);
}

Money amountFromNumber(double value, int unitScale)
{
    return Money::fromDouble(value * unitScale);
}

PersonTitle parsePersonTitle(const QString &text)
{
    const QString s = normalise(text);
    static const QRegularExpression re(QStringLiteral("^([^()\\s]+)\\s*(?:\\(([^)]*)\\)|\\s+(.+))?$"));
    const auto m = re.match(s);
    if (!m.hasMatch())
        return { s, {} };
    return { m.captured(1), (m.captured(2) + m.captured(3)).trimmed() };
}

ScheduleParse parseSchedule(const QString &text, int year)
{
    ScheduleParse out;
    static const QRegularExpression clause(QStringLiteral(
            "^(?:(\\d{4})年)?\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3})月"
            "(底|末|上旬|中旬|下旬|\\d{1,2}[日号]|[一二三四五六七八九十]{1,3}[日号])?"
            "\\s*(?:前|之前|以前)?\\s*[，,:：]?\\s*(.+)$"));
    for (QString part : splitClauses(normalise(text))) {
        part = part.trimmed();
        // Clause numbering such as "1." or "(2)" carries no meaning of its own; it can only
        // start with a digit or a bracket, and most clauses have none.
        static const QRegularExpression numbering(QStringLiteral("^(?:\\d+[.、]|\\(\\d+\\))\\s*"));
        if (!part.isEmpty() && (part.front().isDigit() || part.front() == u'('))
            part.remove(numbering);
        if (part.isEmpty())
            continue;
        const auto m = clause.match(part);
        const int month = m.hasMatch() ? chineseNumber(m.captured(2)) : -1;
        const int y = m.hasMatch() && !m.captured(1).isEmpty() ? m.captured(1).toInt() : year;
        if (month < 1 || month > 12 || y <= 0) {
            out.unparsed << part;
            continue;
        }
        const QDate due = dayInMonth(y, month, m.captured(3));
        if (!due.isValid()) {
            out.unparsed << part;
            continue;
        }
        out.items.push_back({ due, m.captured(4).trimmed() });
    }
    return out;
}

int yearFromText(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("((?:19|20)\\d{2})\\s*年"));
    const auto m = re.match(normalise(text));
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

} // namespace tz
