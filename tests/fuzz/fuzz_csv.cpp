// Fuzzes the CSV reader: encoding detection (BOM, strict UTF-8, GB18030), separator sniffing
// and the RFC 4180 parser, then the table finder on the sheet it produces.

#include "fuzzcommon.h"
#include "importing/csvreader.h"
#include "importing/tablelocator.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    tzfuzz::startApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = tzfuzz::writeInput(data, size, QStringLiteral(".csv"));
    tz::CsvReader reader(path);
    QString error;
    const auto book = reader.read(&error);
    if (!book) {
        if (error.isEmpty())
            __builtin_trap();
        return 0;
    }
    for (const tz::Sheet &sheet : book->sheets)
        (void)tz::locateTable(sheet);
    return 0;
}
