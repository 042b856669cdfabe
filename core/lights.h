#pragma once

#include "rules.h"

#include <QDate>
#include <QHash>

namespace tz {

class Ledger;

// Gathers the facts the light rules need straight from the ledger's tables: one query per
// table for the whole ledger, so recomputing ten thousand lights stays one pass.
QHash<qint64, ProjectFacts> loadProjectFacts(const Ledger &ledger, QDate today,
                                             qint64 onlyProject = 0);

QHash<qint64, LightResult> computeLights(const Ledger &ledger, QDate today);
LightResult computeLight(const Ledger &ledger, qint64 projectId, QDate today);

} // namespace tz
