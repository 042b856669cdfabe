#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace tz {

// An amount in 万元 held as an exact count of hundredths, so that summing ten thousand
// projects never drifts the way binary floating point does. Also used for other
// two-decimal quantities (亩, 人) of factor requirements.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromCents(qint64 cents) { return Money(cents); }

    // Accepts "12500", "12,500.5", "１２５００", " 3.14 " and a leading minus sign; rejects
    // anything with more than two decimals or stray characters.
    static std::optional<Money> parse(const QString &text);
    // Rounds half away from zero to two decimals; for values read from spreadsheets.
    static Money fromDouble(double value);

    constexpr qint64 cents() const { return m_cents; }
    double toDouble() const { return double(m_cents) / 100.0; }
    // "12500.50" — plain, for files and JSON.
    QString toString() const;
    // "12,500.50" — grouped, for tables and print.
    QString toDisplayString() const;

    constexpr Money operator+(Money o) const { return Money(m_cents + o.m_cents); }
    constexpr Money operator-(Money o) const { return Money(m_cents - o.m_cents); }
    Money &operator+=(Money o)
    {
        m_cents += o.m_cents;
        return *this;
    }
    constexpr bool operator==(Money o) const { return m_cents == o.m_cents; }
    constexpr bool operator!=(Money o) const { return m_cents != o.m_cents; }
    constexpr bool operator<(Money o) const { return m_cents < o.m_cents; }
    constexpr bool operator<=(Money o) const { return m_cents <= o.m_cents; }
    constexpr bool operator>(Money o) const { return m_cents > o.m_cents; }
    constexpr bool operator>=(Money o) const { return m_cents >= o.m_cents; }

private:
    constexpr explicit Money(qint64 cents) : m_cents(cents) { }
    qint64 m_cents = 0;
};

} // namespace tz
