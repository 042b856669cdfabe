#pragma once

#include "ooxmlsheet.h"
#include "sharedstrings.h"
#include "zippackage.h"

#include <QString>

#include <memory>
#include <vector>

namespace tz {

// An .xlsx workbook written as it is made, without libxlsxwriter (which held every cell in
// memory and deflated at level 6: 2 GB and most of the time for 100,000 projects). Sheets come
// one after another in tab order, each streamed and compressed while it is written; the
// shared strings, workbook, styles, relationships and properties are written at close().
// The parts are those libxlsxwriter wrote, element for element, less its theme (nothing refers
// to one), so what Excel, WPS and LibreOffice already opened they open the same.
class OoxmlBook
{
public:
    // Opens `path` for writing (replaced only by a complete file, see ZipPackage).
    explicit OoxmlBook(const QString &path);

    // The translated reason the workbook cannot be written (e.g. the file cannot be created);
    // empty while all is well.
    QString error() const { return m_package.error(); }

    // Starts the next sheet; the one before is finished first. Sheet names must be valid
    // Excel names (≤ 31 characters, none of []:*?/\).
    OoxmlSheet &addSheet(const QString &name, const SheetSetup &setup, bool hidden = false);
    void setTitle(const QString &title) { m_title = title; }

    // Writes the file. Returns the translated error, or empty.
    QString close();

private:
    std::string workbookXml() const;
    std::string appXml() const;
    std::string coreXml() const;
    std::string contentTypesXml() const;
    std::string workbookRelsXml() const;
    static std::string rootRelsXml();

    ZipPackage m_package; // first: the sheets write into its parts
    SharedStrings m_strings;
    std::vector<std::unique_ptr<OoxmlSheet>> m_sheets;
    std::vector<bool> m_hidden;
    QString m_title;
    std::string m_error;
};

} // namespace tz
