#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <vector>

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
    // A part of at least splitFrom() inflated bytes is read by two threads (see
    // xlsxsheethalves.cpp); the result, and any message, is what one reader gives.
    bool parse(const QString &part, Sheet *sheet, qint64 *cellBudget, QString *error);

    static constexpr qint64 DefaultSplitFrom = qint64(2) << 20;
    qint64 splitFrom() const { return m_splitFrom; }
    void setSplitFrom(qint64 bytes) { m_splitFrom = bytes; }
    // Parts read in two halves, and parts tried so but read whole, by this parser.
    int partsInHalves() const { return m_inHalves; }
    int partsWholeAfterTrying() const { return m_wholeAfterTrying; }

    // Where one reader of a part starts and stops. The first half of a split part stops at
    // the row the second half starts at, which it learns (boundary()) when it gets near it.
    struct Range
    {
        // The second half: starts inside <sheetData>, on a row that must say its number.
        bool resumed = false;
        // The first half: from this offset on, ask boundary() where to stop (-1: nowhere).
        qint64 askFrom = -1;
        std::function<qint64()> boundary;
        // The second half: set when the first half failed and the rest is not wanted.
        const std::atomic<bool> *cancelled = nullptr;
        // Out: the first half stopped exactly on the boundary's row start tag, inside the
        // elements it names.
        bool stopped = false;
        std::vector<QByteArray> openAtStop;
        // Out: the halves do not fit together (the boundary fell inside something else, or the
        // second half found what one reader would not have): read the part whole instead.
        bool mismatch = false;
    };
    // One reader's pass over its range of the part.
    bool parseRange(XmlEntryReader &xml, Sheet *sheet, qint64 *cellBudget, QString *error, Range *range);

private:
    enum class Split { Read, Failed, Whole };
    Split parseHalves(const QString &part, qint64 size, Sheet *sheet, qint64 *cellBudget, QString *error);
    bool readCell(XmlEntryReader &xml, Sheet *sheet, int row, int column, qint64 *cellBudget);
    bool readMerge(XmlEntryReader &xml, Sheet *sheet);
    // Empties the cells merges cover; false, with the message, when there are too many.
    bool clearMerged(Sheet *sheet, QString *error) const;
    QString at(const Sheet *sheet, int row, int column) const;

    ZipArchive &m_zip;
    const QStringList &m_sharedStrings;
    const XlsxStyles &m_styles;
    bool m_date1904;
    QString m_filePath;
    qint64 m_splitFrom = DefaultSplitFrom;
    int m_inHalves = 0;
    int m_wholeAfterTrying = 0;
    // A cell's reference, type, style and value, decoded into the same strings for every cell.
    QString m_ref, m_type, m_style, m_value;
};

} // namespace tz
