#pragma once

#include "exportcell.h"

#include <QDate>
#include <QString>

#include <functional>

namespace tz {

class Ledger;

// The sheets that follow the main one: 时间节点, 要素保障, 进展调度 and 督导记录, one row per
// record with its project's code and name in front, projects in ledger order. Columns follow
// the schema (so a field added there appears here); derived states are added where the ledger
// computes them: a milestone's 完成状态 (已完成/逾期完成/逾期/临期/未到期) as of `today`.
// Each table is read when its turn comes and handed over to `write` (which may keep it, e.g.
// to write it while the next one is read), so the reader holds only one at a time.
// Returns why a table could not be read (translated), or empty.
QString forEachDetailTable(const Ledger &ledger, QDate today, const std::function<void(ExportTable &&)> &write);

} // namespace tz
