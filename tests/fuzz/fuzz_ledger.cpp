// Fuzzes opening a ledger file someone else wrote (or a disk damaged): the header check, the
// read-only inspection, opening (and migrating) it, the consistency check and reading every
// table with the lights computed. A damaged file must be refused with a message or opened
// and read; never a crash.

#include "fuzzcommon.h"
#include "ledger.h"
#include "ledgercheck.h"
#include "lights.h"
#include "schema.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    tzfuzz::startApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = tzfuzz::writeInput(data, size, QStringLiteral(".tzdb"));
    QFile::remove(path + QStringLiteral("-journal"));
    tz::FileCheck check;
    auto ledger = tz::Ledger::open(path, false, &check);
    if (!ledger) {
        if (check.message.isEmpty())
            __builtin_trap();
        return 0;
    }
    (void)tz::checkLedger(*ledger);
    for (tz::Entity e : tz::allEntities())
        (void)ledger->rows(e);
    (void)tz::computeLights(*ledger, QDate(2026, 11, 25));
    return 0;
}
