#pragma once

#include "headermap.h"
#include "sheet.h"

#include <vector>

namespace tz {

// Where the table is in an office's sheet: below the title and "填报单位" lines, a header of one
// or two rows (a merged parent such as 要素保障需求 flattened into its children), then data rows
// among group rows ("一、高新区（7个）"), totals (合计) and a footer (填表人…).
struct SheetTable
{
    enum RowKind { Data, Blank, Group, Total, Footer };
    struct RowInfo
    {
        int row = 0; // 0-based sheet row
        RowKind kind = Data;
        QString group; // the group a data row sits under ("高新区"), from the last group row
    };

    int headerTop = -1; // 0-based, inclusive
    int headerBottom = -1;
    QStringList headers; // per column, flattened
    QStringList parents; // per column, the merged header above it, or empty
    std::vector<ColumnMapping> mappings;
    std::vector<RowInfo> rows; // every row below the header
    QString title; // the text above the header, joined
    int year = 0; // from the title or a header; 0 when the sheet does not say
};

// Finds the header: the row among the first 30 that holds the most known header words, with at
// least a project name or code. Empty optional when no such row exists.
std::optional<SheetTable> locateTable(const Sheet &sheet);

// The text of a cell as a header or group label reads it: merged areas give their value to
// every position they cover.
QString cellText(const Sheet &sheet, int row, int column);

} // namespace tz
