#pragma once

#include <QDate>
#include <QString>
#include <QVector>

#include <optional>
#include <vector>

namespace tz {

// One cell as the spreadsheet stores it, before any meaning is given to it. Readers never
// guess: a CSV field is Text even when it looks like a number or a date, and an .xlsx number
// becomes a Date only when its number format is a date format.
struct Cell
{
    enum Type : quint8 { Empty, Text, Number, Boolean, Date, Error };

    Type type = Empty;
    // Text and Error cells ("#DIV/0!"); empty otherwise.
    QString text;
    // Number cells; Boolean cells hold 0 or 1.
    double number = 0;
    // Date cells: the calendar day. A time of day, if the cell had one, is dropped.
    QDate date;
    // Number and Date cells of .xlsx files: the format code ("#,##0.00", "0%", "h:mm"), so the
    // mapping layer can tell a percentage or a time of day from a plain number.
    QString numberFormat;

    bool isEmpty() const { return type == Empty; }
    // The value as plain text: numbers unformatted in their shortest exact form ("12500",
    // "0.1"), dates as yyyy-MM-dd, booleans as TRUE/FALSE.
    QString plainText() const;

    static Cell fromText(const QString &text);
    static Cell fromNumber(double value, const QString &format = {});
    static Cell fromDate(QDate date, const QString &format = {});
};

// A merged area, 0-based and inclusive. Only its top-left cell holds a value.
struct Merge
{
    int firstRow = 0;
    int firstColumn = 0;
    int lastRow = 0;
    int lastColumn = 0;

    bool contains(int row, int column) const
    {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }
};

// One worksheet. Rows and columns are 0-based; row 0 is the sheet's row 1, column 0 is "A".
class Sheet
{
public:
    QString name;
    // Hidden and "very hidden" sheets (dictionaries, lookup lists) are read too, and marked.
    bool hidden = false;
    QVector<Merge> merges;

    int rowCount() const { return int(m_rows.size()); }
    int columnCount() const { return m_columnCount; }
    // An empty cell for any position without a value, including positions out of range.
    // By value: cells are kept packed (below) and unpacked when asked for.
    Cell cell(int row, int column) const;
    // The merged area covering the position, if any.
    const Merge *mergeAt(int row, int column) const;

    // For readers. Returns the number of cell slots the sheet now holds, so that readers can
    // keep a whole workbook under Limits::MaxCells.
    qint64 setCell(int row, int column, Cell cell);
    // Empties every cell a merge covers except its top-left one: Excel and WPS show only that
    // one, and a value hidden under a merge must not surface in an import. False when the
    // merges would take unreasonably long (a crafted file with millions of huge merges).
    bool clearCoveredCells();

private:
    // A Cell takes 72 bytes; a sheet of 10,000 rows by 17 columns held 15 MB of them, the
    // largest part of an import's peak. Packed, a cell is 16 bytes. Texts stay QStrings in one
    // list, so a shared string that a crafted file repeats over millions of cells is still held
    // once (implicitly shared with the reader's table) rather than copied into a pool each time.
    struct Packed
    {
        union {
            double number;
            qint64 julianDay;
            quint32 text; // index into m_texts
        };
        quint32 format = 0; // index into m_formats; 0 is no format
        Cell::Type type = Cell::Empty;

        Packed() : julianDay(0) {}
    };
    static_assert(sizeof(Packed) == 16, "a packed cell is meant to stay 16 bytes");

    quint32 formatIndex(const QString &format);
    // Texts of overwritten or cleared cells are released and their places reused, so a file
    // that writes one cell millions of times holds one text, not millions (the cell budget
    // counts slots, not writes).
    quint32 storeText(QString &&text);
    void releaseText(const Packed &cell);

    QVector<std::vector<Packed>> m_rows;
    QVector<QString> m_texts;
    std::vector<quint32> m_freeTexts; // places in m_texts that no cell refers to
    QVector<QString> m_formats = { QString() };
    quint32 m_lastFormat = 0;
    int m_columnCount = 0;
};

struct Workbook
{
    enum Format { Xlsx, Xls, Csv };

    Format format = Xlsx;
    QVector<Sheet> sheets;

    // The index of the first sheet that is not hidden, or -1.
    int firstVisibleSheet() const;
    // By exact name, else by 1-based number ("2"); -1 when nothing matches.
    int findSheet(const QString &nameOrNumber) const;
};

// Limits every reader enforces, kept in one place. A real city ledger has a few thousand rows;
// these leave room for a hundred times that and still stop a zip bomb or a runaway file before it
// exhausts memory.
namespace limits {
// Bytes inflated from one .xlsx altogether, and from one part of it. A province's flat sheet
// of 100,000 projects by 17 columns, as openpyxl writes it (inline strings, every Chinese
// character as a &#...; reference), is 135 MB of XML; the zip bombs of the tests are 300 MB.
// Parts are read as a stream, so these bound the time spent on a bomb, not the memory.
constexpr qint64 MaxInflatedBytes = qint64(512) << 20;
constexpr qint64 MaxEntryBytes = qint64(256) << 20;
// Entries of one zip archive; a workbook has tens, a few thousand with many pictures.
constexpr qint64 MaxZipEntries = 100000;
// Bytes of one XML token (a text run, a comment, a tag): a cell holds at most 32,767
// characters, so anything near this is no spreadsheet.
constexpr qint64 MaxXmlTokenBytes = qint64(4) << 20;
// Bytes of a CSV or .xls file.
constexpr qint64 MaxFileBytes = qint64(256) << 20;
// Excel's own limits.
constexpr int MaxRows = 1048576;
constexpr int MaxColumns = 16384;
// Cell slots held in memory for a whole workbook (16 bytes each, and their text).
constexpr qint64 MaxCells = 4000000;
} // namespace limits

// "A" <-> 0, "Z" <-> 25, "AA" <-> 26, "XFD" <-> 16383. Case-insensitive; nullopt for anything
// that is not letters or lies beyond column XFD.
QString columnName(int column);
std::optional<int> columnIndex(QStringView letters);
// "C12" -> row 11, column 2; nullopt for a malformed or out-of-range reference.
std::optional<std::pair<int, int>> parseCellReference(QStringView reference);

// An Excel serial day number to a calendar date by calendar arithmetic, never through a
// QDateTime in local time (in Asia/Shanghai 1899 has a +08:05:43 offset and every date would
// land a day early). Serials below 61 are shifted for Excel's fictitious 1900-02-29. The time
// of day (the fraction) is dropped. Invalid date for serials below 1 or beyond year 9999.
QDate excelSerialToDate(double serial, bool date1904 = false);
// A cell's stored number (<v>2993</v>, <v>-12.5</v>): exactly QString::toDouble's value, the
// plain decimals a sheet mostly holds read by hand (toDouble cost four thousand instructions
// a cell), anything else by toDouble.
double parseCellNumber(const QString &text, bool *ok);

// Where a message points: "“区县台账.xlsx”工作表“Sheet1”第 12 行 C 列" (row and column 0-based).
// Without a sheet, just the file; with row or column -1, that part is left out.
QString describeCellLocation(const QString &filePath, const QString &sheet = {}, int row = -1,
                             int column = -1);

} // namespace tz
