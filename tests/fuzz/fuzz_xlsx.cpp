// Fuzzes the XLSX reader (libzip + our streaming XML parser) and, on what it accepts, the
// table finder: a mutated workbook must give a workbook or a message, never a crash, a hang
// or unbounded memory (the limits in importing/sheet.h).

#include "fuzzcommon.h"
#include "importing/tablelocator.h"
#include "importing/xlsxreader.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    tzfuzz::startApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = tzfuzz::writeInput(data, size, QStringLiteral(".xlsx"));
    QString error;
    const auto book = tz::XlsxReader(path).read(&error);
    if (!book) {
        if (error.isEmpty())
            __builtin_trap(); // a refusal always says why
        return 0;
    }
    for (const tz::Sheet &sheet : book->sheets)
        (void)tz::locateTable(sheet);
    return 0;
}
