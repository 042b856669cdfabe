#pragma once

#include "importplan.h"

namespace tz {

class Ledger;

struct ImportResult
{
    QString error; // translated; empty on success
    int added = 0;
    int updated = 0;
    int childrenAdded = 0;
    bool ok() const { return error.isEmpty(); }
};

// Applies a preview to the ledger as one undo step in one transaction: new dictionary entries,
// new projects with their milestones, requirements, reports and plans, changed fields of
// matched projects. With rows in error, goodRowsOnly imports the rest; otherwise nothing is
// imported and the error says why.
ImportResult applyImport(Ledger &ledger, const ImportPreview &preview, bool goodRowsOnly);

} // namespace tz
