#pragma once

#include "rules.h"

#include <QDate>
#include <QHash>

#include <memory>
#include <optional>
#include <vector>

namespace tz {

class Ledger;
class SqliteStatement;

// Gathers the facts the light rules need straight from the ledger's tables: one query per
// table for the whole ledger, so recomputing ten thousand lights stays one pass. Milestones
// come stably sorted by planned date (undated first): the reasons and the exported schedule
// column list them in that order. A table that cannot be read (a damaged file) gives `error`
// (when asked for) SQLite's message; the facts then lack that table's rows.
QHash<qint64, ProjectFacts> loadProjectFacts(const Ledger &ledger, QDate today,
                                             qint64 onlyProject = 0, QString *error = nullptr);

// The same facts for one project at a time, with the statements prepared once: for jobs that
// go through the ledger project by project (printing thousands of sheets), where preparing
// the statements again for every project would cost more than running them.
class ProjectFactsReader
{
public:
    ProjectFactsReader(const Ledger &ledger, QDate today);
    ~ProjectFactsReader();
    std::optional<ProjectFacts> read(qint64 projectId) const; // nullopt: no such project

private:
    QDate m_today;
    // Prepared on the ledger's connection: a reader must go before its ledger.
    mutable std::vector<std::unique_ptr<SqliteStatement>> m_queries;
};

QHash<qint64, LightResult> computeLights(const Ledger &ledger, QDate today);
LightResult computeLight(const Ledger &ledger, qint64 projectId, QDate today);

} // namespace tz
