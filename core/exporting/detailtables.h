#pragma once

#include "exportcell.h"

#include <QDate>
#include <QString>

#include <deque>
#include <functional>
#include <memory>
#include <string_view>
#include <vector>

namespace tz {

class Ledger;

// Bytes that stay where they are until the store goes: cells point into it. Blocks of 1 MB,
// so that a table's text costs an allocation per megabyte, not one per cell.
class TextStore
{
public:
    std::string_view add(std::string_view bytes);

private:
    std::vector<std::unique_ptr<char[]>> m_blocks;
    size_t m_used = 0;
    size_t m_capacity = 0;
};

// One cell of a detail sheet, as ExportCell but with its text as the cell will hold it, in
// UTF-8: read from SQLite's UTF-8 without a QString (and its conversions, twice) in between.
struct DetailCell
{
    const char *text = nullptr; // Text: UTF-8, cleaned for a cell (in the table's stores)
    uint32_t length = 0;
    // What measuring the text needs without walking it (most cells are short enough to skip):
    // its length as QString::size() gives it (a cell holds at most 32,767) and any line break.
    uint16_t units = 0;
    uint8_t kind = ExportCell::Empty; // an ExportCell::Type, in a byte: the cell is 24 bytes
    bool newline = false;
    union {
        qint64 cents; // Amount
        double number; // Number
        int date; // Date: yyyymmdd, a valid day from year 1
        const QString *raw; // Text that needed cleaning: as stored, for its width (else null)
    };

    DetailCell() : raw(nullptr) {}
    ExportCell::Type type() const { return ExportCell::Type(kind); }
    std::string_view view() const { return { text, length }; }
};

// A detail sheet: its columns and rows × columns cells, row by row.
struct DetailTable
{
    QString sheetName;
    std::vector<ExportColumn> columns;
    std::vector<DetailCell> cells;
    // Where the cells' text and raw texts are: this table's own, and the project codes and
    // names all tables share.
    TextStore text;
    std::deque<QString> raw;
    std::shared_ptr<const void> shared;

    size_t rowCount() const { return columns.empty() ? 0 : cells.size() / columns.size(); }
    const DetailCell *row(size_t r) const { return cells.data() + r * columns.size(); }
};

// The sheets that follow the main one: 时间节点, 要素保障, 进展调度 and 督导记录, one row per
// record with its project's code and name in front, projects in ledger order. Columns follow
// the schema (so a field added there appears here); derived states are added where the ledger
// computes them: a milestone's 完成状态 (已完成/逾期完成/逾期/临期/未到期) as of `today`.
// Each table is read when its turn comes and handed over to `write` (which may keep it, e.g.
// to write it while the next one is read), so the reader holds only one at a time.
// Returns why a table could not be read (translated), or empty.
// `order` says who puts the rows in order: this code after reading each table as stored
// (Read, the fast way), or SQLite's ORDER BY (Sql: what Read falls back to for a table whose
// keys it cannot order; chosen here only by tests, to hold the two to the same sheets).
enum class DetailRowOrder { Read, Sql };
QString forEachDetailTable(const Ledger &ledger, QDate today, const std::function<void(DetailTable &&)> &write,
                           DetailRowOrder order = DetailRowOrder::Read);

} // namespace tz
