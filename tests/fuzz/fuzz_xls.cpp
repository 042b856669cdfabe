// Fuzzes the .xls path as the program takes it: the reader is chosen by the file's first bytes
// (an OLE compound file goes to FreeXL, or is refused as an encrypted workbook), so mutated
// BIFF files also reach the sniffing and the messages around FreeXL.

#include "fuzzcommon.h"
#include "importing/tablelocator.h"
#include "importing/workbookreader.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    tzfuzz::startApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = tzfuzz::writeInput(data, size, QStringLiteral(".xls"));
    QString error;
    const auto book = tz::readWorkbook(path, &error);
    if (!book) {
        if (error.isEmpty())
            __builtin_trap();
        return 0;
    }
    for (const tz::Sheet &sheet : book->sheets)
        (void)tz::locateTable(sheet);
    return 0;
}
