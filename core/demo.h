#pragma once

#include <QDate>
#include <QString>

namespace tz {

class Ledger;

// Fills a new, empty ledger with `projects` realistic projects of a city's major science and
// technology ledger: the districts and departments, leaders, categories, factor needs,
// milestones (some overdue, some near due), monthly progress and supervision records.
// The same seed and today give the same ledger. Written in one transaction, outside the
// undo stack: making a demo is not an edit. Returns an error message or empty.
QString fillDemoLedger(Ledger &ledger, int projects, quint32 seed, QDate today);

} // namespace tz
