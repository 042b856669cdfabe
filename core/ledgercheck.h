#pragma once

#include <QStringList>

namespace tz {

class Ledger;

struct CheckReport
{
    QStringList problems; // translated, each names the row it is about
    bool healthy() const { return problems.isEmpty(); }
};

// SQLite's own integrity and foreign-key checks, then the ledger's rules: values of the right
// form, amounts not negative, dates in order, known dictionary words, no duplicate reports.
CheckReport checkLedger(const Ledger &ledger);

} // namespace tz
