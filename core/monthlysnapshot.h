#pragma once

#include "rules.h"

#include <QDate>
#include <QHash>

#include <vector>

namespace tz {

class Ledger;

// A project as it stood at the end of a past day.
struct ProjectState
{
    Light light = Light::Green;
    QStringList reasons;
    qint64 phaseId = 0;
};
using LedgerState = QHash<qint64, ProjectState>; // by project id

// The lights and phases of every project as they stood at the end of each date — to compare
// this month's list with last month's (比上月).
//
// How the past is reconstructed, and why this way: re-judging today's rows with an earlier
// "today" is not enough, because the rows themselves have changed since — a milestone done
// after the month closed has its actual date now, a need resolved since says 已解决, a project
// moved on to 在建. Two records let us undo that honestly:
//  1. The change history (change_log) holds every edit with its time and old value. Undoing,
//     newest first, every edit made after the end of the day — updates get their old value
//     back, rows inserted later disappear, rows deleted later return from the copy the history
//     kept — gives the rows as the ledger held them that evening: what last month's meeting saw.
//  2. Rows written outside the history (a demo ledger, an old file) still carry dates: an
//     actual date, a 解决日期, an 整改完成日期 or a 办结 step later than the day did not exist
//     yet, and a progress report for a later month was not in. These are ignored too.
// Lights are then judged by the same rules (evaluateLight) with today = that date. What the
// rows cannot tell is left as it is now: the light settings, and a dictionary renamed since.
// A date on or after today is judged on the rows as they stand, exactly as the live lights
// are (an actual date typed in the future is then taken as the live rules take it), so the
// red count of "now" agrees with the 总览 and the ledger table.
std::vector<LedgerState> projectStatesAt(const Ledger &ledger, const std::vector<QDate> &dates,
                                         QDate today);

} // namespace tz
