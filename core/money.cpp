#include "money.h"

#include <cmath>
#include <limits>

namespace tz {

std::optional<Money> Money::parse(const QString &text)
{
    QString s;
    s.reserve(text.size());
    for (QChar c : text) {
        // Full-width digits and punctuation come from Chinese input methods.
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
            c = QChar(u'0' + (c.unicode() - 0xFF10));
        else if (c == QChar(0xFF0E))
            c = u'.';
        else if (c == QChar(0xFF0C))
            c = u',';
        else if (c == QChar(0xFF0D))
            c = u'-';
        if (c.isSpace() || c == u',')
            continue;
        s.append(c);
    }
    if (s.isEmpty())
        return std::nullopt;
    bool negative = false;
    int i = 0;
    if (s.at(0) == u'-' || s.at(0) == u'+') {
        negative = s.at(0) == u'-';
        ++i;
    }
    qint64 whole = 0;
    qint64 frac = 0;
    int fracDigits = 0;
    bool seenDot = false;
    bool seenDigit = false;
    for (; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == u'.') {
            if (seenDot)
                return std::nullopt;
            seenDot = true;
            continue;
        }
        if (!c.isDigit() || c.unicode() > 127)
            return std::nullopt;
        seenDigit = true;
        const int d = c.unicode() - u'0';
        if (seenDot) {
            if (++fracDigits > 2)
                return std::nullopt;
            frac = frac * 10 + d;
        } else {
            if (whole > (std::numeric_limits<qint64>::max() / 1000))
                return std::nullopt;
            whole = whole * 10 + d;
        }
    }
    if (!seenDigit)
        return std::nullopt;
    if (fracDigits == 1)
        frac *= 10;
    const qint64 cents = whole * 100 + frac;
    return Money(negative ? -cents : cents);
}

Money Money::fromDouble(double value)
{
    // Round the decimal a spreadsheet shows, not the binary value: 0.285 is stored as
    // 0.28499999…, and Excel's ROUND still gives 0.29. Ten decimals settle the binary noise.
    // That is: hundredths rounded half up, once the value is rounded to ten decimals. Only a
    // value within a hair of half a cent can come out differently from rounding the binary
    // value itself; every other (every amount an import reads) is rounded here directly,
    // without formatting it (below 1e9 the product errs by at most 1.2e-5 of a cent).
    const double a = value < 0 ? -value : value;
    if (a < 1e9) { // also false for NaN
        const double x = a * 100;
        const double whole = std::floor(x);
        const double fraction = x - whole;
        if (std::fabs(fraction - 0.5) > 1e-4) {
            const qint64 cents = qint64(whole) + (fraction > 0.5 ? 1 : 0);
            return Money(value < 0 ? -cents : cents);
        }
    }
    const QString s = QString::number(value < 0 ? -value : value, 'f', 10);
    const qsizetype dot = s.indexOf(u'.');
    qint64 cents = s.left(dot).toLongLong() * 100 + s.mid(dot + 1, 2).toLongLong();
    if (s.at(dot + 3) >= u'5')
        ++cents;
    return Money(value < 0 ? -cents : cents);
}

QString Money::toString() const
{
    // Without QString::arg: the change history writes this for every amount of every new row.
    const qint64 a = m_cents < 0 ? -m_cents : m_cents;
    QString s = m_cents < 0 ? QStringLiteral("-") : QString();
    s += QString::number(a / 100);
    const char16_t cents[] = { u'.', char16_t(u'0' + a % 100 / 10), char16_t(u'0' + a % 10) };
    s.append(QStringView(cents, 3));
    return s;
}

QString Money::toDisplayString() const
{
    const qint64 a = m_cents < 0 ? -m_cents : m_cents;
    QString whole = QString::number(a / 100);
    for (int pos = whole.size() - 3; pos > 0; pos -= 3)
        whole.insert(pos, u',');
    return QStringLiteral("%1%2.%3")
            .arg(m_cents < 0 ? QStringLiteral("-") : QString(), whole)
            .arg(a % 100, 2, 10, QChar(u'0'));
}

} // namespace tz
