#pragma once

#include <QDate>
#include <QJsonDocument>

namespace tz {

class Ledger;

// The whole ledger as one JSON document (the contract of `taizhang-cli export`): top-level
// projects, leaders, units, dictionaries and 督办 items; each project with its derived light
// and milestone states as of `today`. Money is a JSON number in 万元, dates are yyyy-MM-dd or
// null, references are names.
QJsonDocument exportLedgerJson(const Ledger &ledger, QDate today);

} // namespace tz
