#pragma once

#include <QString>

namespace tz {

// What an .xlsx number format makes of the number it shows.
enum class NumberFormatKind { Number, Date, Time };

// Reads a format code the way Excel does: letters y, m, d, h, s count only outside quoted
// text ("年"), brackets ([Red], [$-804], [DBNum1]), escapes (\年) and the fill/space codes
// (*x, _x); an m next to h or s is minutes. yyyy"年"m"月"d"日" is a Date, h:mm a Time,
// "0.00", [Red]#,##0 and General are Numbers. A code with both a day and a time is a Date.
NumberFormatKind classifyNumberFormat(const QString &code);

// The format code of a built-in number format id (ECMA-376; the East Asian ids 27–36 and
// 50–58 as Chinese Excel shows them), empty for ids without one.
QString builtInNumberFormat(int id);

} // namespace tz
