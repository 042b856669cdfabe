#pragma once

#include <QDate>
#include <QString>

namespace tz {

class Ledger;

// UTF-8 with a byte-order mark is what current Excel and WPS open correctly on a double
// click; GB18030 is what Excel on older Chinese Windows saves and expects (never GBK, which
// loses rare characters in names).
enum class CsvEncoding { Utf8Bom, Gb18030 };

// The main sheet's columns (as exportLedgerXlsx writes them) as CSV: one header row with the
// factor columns under their own names (资金, 土地, 用工, 环评, 其他) so our importer maps them,
// the year in the planned-investment header ("2023年度计划投资（万元）") so the milestone
// clauses and the sheet agree on it, one row per project, no title, groups or totals.
// RFC 4180 quoting and CRLF line ends; money as 12500.50, dates as 2023-05-01. Text that a
// spreadsheet would run as a formula (= + - @ tab CR at the start) gets a leading apostrophe;
// a code of 12 or more digits or with a leading zero gets a leading tab (quoted), so Excel
// keeps it as text.
// Written through QSaveFile. Returns a translated error, or empty on success.
QString exportLedgerCsv(const Ledger &ledger, const QString &path, CsvEncoding encoding, QDate today);

// One CSV field: quoted when it holds a separator (",", tab, ";", "，"), a quote, a line break
// or edge spaces; quotes doubled. `textColumn` fields are also neutralised against formula
// injection and protected as above when they are long digit strings.
QString csvField(const QString &value, bool textColumn);
// csvField(value, textColumn) appended to `out`.
void appendCsvField(QString &out, const QString &value, bool textColumn);

} // namespace tz
