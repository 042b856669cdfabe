#pragma once

#include <QString>

#include <optional>

namespace tz {

// What FreeXL allocates before it hands out a single cell, read from the file itself.
//
// FreeXL (Debian 12's 1.0.6) believes the sizes a workbook declares: for every DIMENSION
// record it allocates and clears a dense array of rows × columns cells (16 bytes each), and
// for the shared-string table an array of as many pointers as the SST record claims. A 10 KB
// file that declares the largest sheets BIFF allows, a few times over, makes it take gigabytes
// (found by fuzzing). The reader therefore walks the compound file and the BIFF records the
// way FreeXL will, adds those sizes up, and refuses the file before FreeXL sees it.
struct XlsFootprint
{
    // Cells FreeXL would allocate: every DIMENSION record's rows × columns, and for sheets
    // without one, the extent of their cell records (what FreeXL then sizes them by).
    qint64 cells = 0;
    // Slots of the shared-string table as the SST record declares them.
    qint64 sharedStrings = 0;
    // Bytes of the workbook stream that were walked.
    qint64 streamBytes = 0;
    // A FILEPASS record: what follows is encrypted, and its sizes mean nothing, so the walk
    // stops there and the file is to be refused as password-protected.
    bool encrypted = false;

    // FreeXL's bytes for all of the above (its cell value is 16 bytes, a string slot 8).
    qint64 bytes() const { return cells * 16 + sharedStrings * 8; }
};

// Walks the OLE compound file at `path` to its "Workbook" (BIFF8) or "Book" (BIFF5) stream, as
// FreeXL finds it, and sums what FreeXL would allocate for it. Nothing is returned when the file
// is damaged in a way FreeXL would not notice in time: no such stream, a sector chain that
// loops, a DIMENSION or SST record too short for its fields, more shared strings declared than
// the stream has room for.
std::optional<XlsFootprint> measureXlsFootprint(const QString &path);

} // namespace tz
