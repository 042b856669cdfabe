#pragma once

#include <QString>
#include <QStringList>

namespace tz {

class Sheet;
class XlsxStyles;
class XmlEntryReader;
class ZipArchive;

// Reads the text of an <si> (shared string) or <is> (inline string) element, positioned on its
// start tag: plain <t>, or every rich-text run's <t> joined, without the phonetic guide (<rPh>)
// that Japanese Excel adds. Excel's escapes for control characters (_x000D_) are decoded.
bool readStringItem(XmlEntryReader &xml, QString *text);

// Reads one worksheet part into a Sheet. Rows and cells without an r attribute are placed by
// counting; the dimension element is ignored (WPS writes A1:A1, Google Sheets none).
class XlsxSheetParser
{
public:
    XlsxSheetParser(ZipArchive &zip, const QStringList &sharedStrings, const XlsxStyles &styles,
                    bool date1904, const QString &filePath);

    // *cellBudget is decreased by the cell slots the sheet takes; running out is an error.
    bool parse(const QString &part, Sheet *sheet, qint64 *cellBudget, QString *error);

private:
    bool readCell(XmlEntryReader &xml, Sheet *sheet, int row, int column, qint64 *cellBudget);
    bool readMerge(XmlEntryReader &xml, Sheet *sheet);
    QString at(const Sheet *sheet, int row, int column) const;

    ZipArchive &m_zip;
    const QStringList &m_sharedStrings;
    const XlsxStyles &m_styles;
    bool m_date1904;
    QString m_filePath;
    // A cell's reference, type, style and value, decoded into the same strings for every cell.
    QString m_ref, m_type, m_style, m_value;
};

} // namespace tz
