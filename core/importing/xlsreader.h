#pragma once

#include "sheet.h"

#include <QString>

#include <optional>

namespace tz {

// Reads a legacy Excel 97–2003 workbook (.xls, BIFF) through FreeXL. FreeXL reports neither
// merged areas nor hidden sheets, and not the cached results of formulas: such cells read as
// empty. Dates come from FreeXL already as calendar days (it honours the 1904 system).
class XlsReader
{
public:
    explicit XlsReader(const QString &path);

    std::optional<Workbook> read(QString *error);

private:
    QString m_path;
};

} // namespace tz
