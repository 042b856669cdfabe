#pragma once

#include "sheet.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace tz {

class ZipArchive;

// Reads an Office Open XML workbook (.xlsx, .xlsm; transitional or strict) with our own
// streaming parser on libzip: sheet names and visibility, the 1904 date system, shared and
// inline strings, number formats that make a number a date, cached formula values and merged
// areas. Charts, pictures and formatting beyond number formats are ignored.
class XlsxReader
{
public:
    explicit XlsxReader(const QString &path);

    // On failure *error says why in Chinese and where (file, sheet, row, column).
    std::optional<Workbook> read(QString *error);

private:
    struct Relationship
    {
        QString type;
        QString target; // resolved to a part name
    };
    using Relationships = QHash<QString, Relationship>;

    bool readRelationships(ZipArchive &zip, const QString &part, Relationships *rels, QString *error);
    bool readSharedStrings(ZipArchive &zip, const QString &part, QString *error);

    QString m_path;
    QStringList m_sharedStrings;
};

// Resolves a relationship target against the folder of the part that holds the relationships:
// "worksheets/sheet1.xml" from "xl/workbook.xml" is "xl/worksheets/sheet1.xml"; an absolute
// target ("/xl/worksheets/sheet1.xml") starts from the package root; ".." goes up.
QString resolvePartTarget(const QString &sourcePart, const QString &target);

} // namespace tz
