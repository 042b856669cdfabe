#include "numberformat.h"

#include <QVector>

namespace tz {

NumberFormatKind classifyNumberFormat(const QString &code)
{
    QVector<char16_t> tokens; // one entry per run of y, m, d, h or s
    bool elapsed = false;
    const qsizetype n = code.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = QChar(code.at(i)).toLower().unicode();
        if (c == u'"') {
            const qsizetype close = code.indexOf(u'"', i + 1);
            i = close < 0 ? n : close;
        } else if (c == u'[') {
            const qsizetype close = code.indexOf(u']', i + 1);
            const QString inside = code.mid(i + 1, close < 0 ? -1 : close - i - 1).toLower();
            // [h], [mm], [ss]: elapsed time. Everything else in brackets is a colour, a
            // condition or a locale, whose letters mean nothing here.
            if (!inside.isEmpty()
                && (inside.count(u'h') == inside.size() || inside.count(u'm') == inside.size()
                    || inside.count(u's') == inside.size()))
                elapsed = true;
            i = close < 0 ? n : close;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // the next character is literal, a width or a fill
        } else if (code.mid(i, 5).compare(QStringLiteral("am/pm"), Qt::CaseInsensitive) == 0) {
            i += 4;
        } else if (code.mid(i, 3).compare(QStringLiteral("a/p"), Qt::CaseInsensitive) == 0) {
            i += 2;
        } else if (c == u'y' || c == u'm' || c == u'd' || c == u'h' || c == u's') {
            if (tokens.isEmpty() || tokens.last() != c || QChar(code.at(i - 1)).toLower() != c)
                tokens.append(c);
        }
    }
    bool date = false;
    bool time = elapsed;
    for (qsizetype t = 0; t < tokens.size(); ++t) {
        switch (tokens.at(t)) {
        case u'y':
        case u'd':
            date = true;
            break;
        case u'h':
        case u's':
            time = true;
            break;
        default: { // m: minutes right after hours or right before seconds, else the month
            const bool minute = (t > 0 && tokens.at(t - 1) == u'h')
                    || (t + 1 < tokens.size() && tokens.at(t + 1) == u's');
            (minute ? time : date) = true;
        }
        }
    }
    if (date)
        return NumberFormatKind::Date;
    return time ? NumberFormatKind::Time : NumberFormatKind::Number;
}

QString builtInNumberFormat(int id)
{
    switch (id) {
    case 0: return QStringLiteral("General");
    case 1: return QStringLiteral("0");
    case 2: return QStringLiteral("0.00");
    case 3: return QStringLiteral("#,##0");
    case 4: return QStringLiteral("#,##0.00");
    case 9: return QStringLiteral("0%");
    case 10: return QStringLiteral("0.00%");
    case 11: return QStringLiteral("0.00E+00");
    case 12: return QStringLiteral("# ?/?");
    case 13: return QStringLiteral("# ?\?/?\?");
    case 14: return QStringLiteral("yyyy/m/d"); // mm-dd-yy in the standard; shown as the locale's date
    case 15: return QStringLiteral("d-mmm-yy");
    case 16: return QStringLiteral("d-mmm");
    case 17: return QStringLiteral("mmm-yy");
    case 18: return QStringLiteral("h:mm AM/PM");
    case 19: return QStringLiteral("h:mm:ss AM/PM");
    case 20: return QStringLiteral("h:mm");
    case 21: return QStringLiteral("h:mm:ss");
    case 22: return QStringLiteral("yyyy/m/d h:mm");
    case 27: case 36: case 50: case 52: case 57:
        return QStringLiteral("yyyy\"年\"m\"月\"");
    case 28: case 29: case 51: case 53: case 54: case 58:
        return QStringLiteral("m\"月\"d\"日\"");
    case 30: return QStringLiteral("m-d-yy");
    case 31: return QStringLiteral("yyyy\"年\"m\"月\"d\"日\"");
    case 32: return QStringLiteral("h\"时\"mm\"分\"");
    case 33: return QStringLiteral("h\"时\"mm\"分\"ss\"秒\"");
    case 34: case 55: return QStringLiteral("上午/下午h\"时\"mm\"分\"");
    case 35: case 56: return QStringLiteral("上午/下午h\"时\"mm\"分\"ss\"秒\"");
    case 37: return QStringLiteral("#,##0 ;(#,##0)");
    case 38: return QStringLiteral("#,##0 ;[Red](#,##0)");
    case 39: return QStringLiteral("#,##0.00;(#,##0.00)");
    case 40: return QStringLiteral("#,##0.00;[Red](#,##0.00)");
    case 45: return QStringLiteral("mm:ss");
    case 46: return QStringLiteral("[h]:mm:ss");
    case 47: return QStringLiteral("mmss.0");
    case 48: return QStringLiteral("##0.0E+0");
    case 49: return QStringLiteral("@");
    default: return {};
    }
}

} // namespace tz
