#pragma once

#include <QDate>

namespace tz {

// The one source of "today" for derived states, so tests can pin the date
// (the same idea as KeePassXC's Clock/MockClock).
class Clock
{
public:
    static QDate today();
    // Pins today's date; an invalid date returns to the system clock.
    static void setToday(QDate date);
};

} // namespace tz
