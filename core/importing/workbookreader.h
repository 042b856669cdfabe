#pragma once

#include "sheet.h"

#include <QString>

#include <optional>

namespace tz {

// Reads any spreadsheet an office sends: .xlsx/.xlsm, .xls, CSV or other delimited text. The
// reader is chosen by the file's first bytes, not its name (a zip is an .xlsx whatever it is
// called; an OLE compound file is an .xls or an encrypted workbook); the name only sharpens the
// message when content and name disagree. On failure *error says why in Chinese, naming the
// file and, where it applies, the sheet, row and column.
std::optional<Workbook> readWorkbook(const QString &path, QString *error);

} // namespace tz
