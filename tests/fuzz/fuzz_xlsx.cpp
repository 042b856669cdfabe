// Fuzzes the XLSX reader (libzip + our streaming XML parser) and, on what it accepts, the
// table finder: a mutated workbook must give a workbook or a message, never a crash, a hang
// or unbounded memory (the limits in importing/sheet.h). Every input is read twice, once by
// one thread and once with every worksheet split between two (as large sheets are), and the
// two readings must agree cell for cell, or in their message.

#include "fuzzcommon.h"
#include "importing/tablelocator.h"
#include "importing/xlsxreader.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    tzfuzz::startApplication();
    return 0;
}

namespace {

std::optional<tz::Workbook> readSplitFrom(const QString &path, qint64 splitFrom, QString *error)
{
    tz::XlsxReader reader(path);
    reader.setSplitSheetsFrom(splitFrom);
    return reader.read(error);
}

bool same(const tz::Sheet &a, const tz::Sheet &b)
{
    if (a.name != b.name || a.hidden != b.hidden || a.rowCount() != b.rowCount()
        || a.columnCount() != b.columnCount() || a.merges.size() != b.merges.size())
        return false;
    for (int r = 0; r < a.rowCount(); ++r) {
        for (int c = 0; c < a.columnCount(); ++c) {
            const tz::Cell x = a.cell(r, c);
            const tz::Cell y = b.cell(r, c);
            if (x.type != y.type || x.plainText() != y.plainText() || x.numberFormat != y.numberFormat)
                return false;
        }
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = tzfuzz::writeInput(data, size, QStringLiteral(".xlsx"));
    QString error;
    const auto book = readSplitFrom(path, 0, &error);
    QString splitError;
    const auto split = readSplitFrom(path, 1, &splitError);
    if (bool(book) != bool(split) || error != splitError)
        __builtin_trap(); // the halves must read as one reader does
    if (!book) {
        if (error.isEmpty())
            __builtin_trap(); // a refusal always says why
        return 0;
    }
    if (book->sheets.size() != split->sheets.size())
        __builtin_trap();
    for (int i = 0; i < book->sheets.size(); ++i) {
        if (!same(book->sheets.at(i), split->sheets.at(i)))
            __builtin_trap();
    }
    for (const tz::Sheet &sheet : book->sheets)
        (void)tz::locateTable(sheet);
    return 0;
}
