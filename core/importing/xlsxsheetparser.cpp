#include "xlsxsheetparser.h"

#include "sheet.h"
#include "xlsxstyles.h"
#include "xmlentryreader.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace tz {

namespace {

// Excel writes characters XML cannot carry as _xHHHH_ (a carriage return is _x000D_).
QString decodeEscapes(QString text)
{
    // Most texts have no underscore at all: a plain loop, not a substring search per cell.
    const QChar *const begin = text.constData();
    const QChar *const end = begin + text.size();
    if (std::find(begin, end, QChar(u'_')) == end || !text.contains(QStringLiteral("_x")))
        return text;
    static const QRegularExpression escape(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = escape.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += QChar(char16_t(m.captured(1).toUShort(nullptr, 16)));
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace

bool readStringItem(XmlEntryReader &xml, QString *text)
{
    text->clear();
    int depth = 1;
    int phonetic = 0; // depth inside <rPh>
    while (xml.next()) {
        if (xml.tokenType() == QXmlStreamReader::StartElement) {
            ++depth;
            if (xml.isStart(u"rPh"))
                phonetic = depth;
            else if (xml.isStart(u"t") && phonetic == 0) {
                --depth;
                if (text->isEmpty()) { // the usual single run, read in place
                    if (!xml.readText(text))
                        return false;
                    continue;
                }
                QString run;
                if (!xml.readText(&run))
                    return false;
                text->append(run);
            }
        } else if (xml.tokenType() == QXmlStreamReader::EndElement) {
            if (depth == phonetic)
                phonetic = 0;
            if (--depth == 0) {
                *text = decodeEscapes(*text);
                return true;
            }
        }
    }
    return false;
}

XlsxSheetParser::XlsxSheetParser(ZipArchive &zip, const QStringList &sharedStrings,
                                 const XlsxStyles &styles, bool date1904, const QString &filePath)
    : m_zip(zip), m_sharedStrings(sharedStrings), m_styles(styles), m_date1904(date1904),
      m_filePath(filePath)
{
}

QString XlsxSheetParser::at(const Sheet *sheet, int row, int column) const
{
    return describeCellLocation(m_filePath, sheet->name, row, column);
}

bool XlsxSheetParser::parse(const QString &part, Sheet *sheet, qint64 *cellBudget, QString *error)
{
    const auto fail = [error](const QString &message) {
        *error = message;
        return false;
    };
    XmlEntryReader xml(m_zip, part, describeCellLocation(m_filePath, sheet->name));
    if (!xml.open())
        return fail(xml.error());
    bool inData = false;
    int row = -1;
    int column = 0;
    while (xml.next()) {
        if (xml.isStart(u"sheetData")) {
            inData = true;
        } else if (xml.isEnd(u"sheetData")) {
            inData = false;
        } else if (inData && xml.isStart(u"row")) {
            xml.attribute(u"r", &m_ref);
            const QString &r = m_ref;
            bool ok = true;
            row = r.isEmpty() ? row + 1 : r.toInt(&ok) - 1;
            if (!ok || row < 0 || row >= limits::MaxRows)
                return fail(QCoreApplication::translate("tz::import", "%1：行号“%2”无效或超出 Excel 的 %3 行。")
                                    .arg(at(sheet, -1, -1), r.isEmpty() ? QString::number(row + 1) : r)
                                    .arg(limits::MaxRows));
            column = 0;
        } else if (inData && xml.isStart(u"c")) {
            xml.attribute(u"r", &m_ref);
            const QString &r = m_ref;
            if (!r.isEmpty()) {
                const auto ref = parseCellReference(r);
                if (!ref)
                    return fail(QCoreApplication::translate("tz::import", "%1：单元格引用“%2”无效或超出 Excel 的范围"
                                                                          "（最多 1048576 行、16384 列）。")
                                        .arg(at(sheet, std::max(row, 0), -1), r));
                row = ref->first;
                column = ref->second;
            } else if (column >= limits::MaxColumns || row < 0) {
                return fail(QCoreApplication::translate("tz::import", "%1：单元格超出 Excel 的 %2 列。")
                                    .arg(at(sheet, std::max(row, 0), -1))
                                    .arg(limits::MaxColumns));
            }
            if (!readCell(xml, sheet, row, column, cellBudget))
                break;
            ++column;
        } else if (xml.isStart(u"mergeCell")) {
            if (!readMerge(xml, sheet))
                break;
        }
    }
    if (xml.failed())
        return fail(xml.error());
    if (!sheet->clearCoveredCells())
        return fail(QCoreApplication::translate("tz::import", "%1：合并单元格过多或范围过大，无法读取。").arg(at(sheet, -1, -1)));
    return true;
}

bool XlsxSheetParser::readCell(XmlEntryReader &xml, Sheet *sheet, int row, int column, qint64 *cellBudget)
{
    // Kept from cell to cell: short ASCII attributes and values decode into them in place.
    xml.attribute(u"t", &m_type);
    const QString &type = m_type;
    xml.attribute(u"s", &m_style);
    const int style = m_style.toInt();
    QString &value = m_value;
    value.truncate(0);
    QString inlineText;
    bool hasValue = false;
    bool hasInline = false;
    int depth = 1;
    while (depth > 0 && xml.next()) {
        if (xml.isStart(u"v")) {
            if (!xml.readText(&value))
                return false;
            hasValue = true;
        } else if (xml.isStart(u"is")) {
            if (!readStringItem(xml, &inlineText))
                return false;
            hasInline = true;
        } else if (xml.tokenType() == QXmlStreamReader::StartElement) {
            if (!xml.skipElement()) // <f>, <extLst>: a formula's text is not its value
                return false;
        } else if (xml.tokenType() == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    if (xml.failed())
        return false;

    Cell cell;
    if (type == u"inlineStr") {
        cell = Cell::fromText(inlineText);
    } else if (!hasValue || value.isEmpty()) {
        // A formula nobody calculated (openpyxl writes them so) has no cached value.
        cell = hasInline ? Cell::fromText(inlineText) : Cell();
    } else if (type == u"s") {
        bool ok = false;
        const int index = value.toInt(&ok);
        if (!ok || index < 0 || index >= m_sharedStrings.size())
            return xml.fail(QCoreApplication::translate("tz::import", "%1：共享字符串编号“%2”不存在，文件可能已损坏。")
                                    .arg(at(sheet, row, column), value));
        cell = Cell::fromText(m_sharedStrings.at(index));
    } else if (type == u"str") {
        cell = Cell::fromText(decodeEscapes(value));
    } else if (type == u"b") {
        cell.type = Cell::Boolean;
        cell.number = (value == u"1" || value.compare(u"true", Qt::CaseInsensitive) == 0) ? 1 : 0;
    } else if (type == u"e") {
        cell.type = Cell::Error;
        cell.text = value;
    } else if (type == u"d") {
        // ISO 8601, written by Strict OOXML and some tools instead of a serial.
        const QDate date = QDate::fromString(value.left(10), Qt::ISODate);
        cell = date.isValid() ? Cell::fromDate(date, m_styles.formatCode(style)) : Cell::fromText(value);
    } else {
        bool ok = false;
        const double number = parseCellNumber(value, &ok);
        if (!ok)
            return xml.fail(QCoreApplication::translate("tz::import", "%1：数值“%2”无法识别，文件可能已损坏。")
                                    .arg(at(sheet, row, column), value));
        const QString format = m_styles.formatCode(style);
        // A date format on a value below 1 shows a time of day, not a day: keep the number.
        const QDate date = m_styles.kind(style) == NumberFormatKind::Date
                ? excelSerialToDate(number, m_date1904)
                : QDate();
        cell = date.isValid() ? Cell::fromDate(date, format) : Cell::fromNumber(number, format);
    }
    if (cell.isEmpty())
        return true;
    *cellBudget -= sheet->setCell(row, column, std::move(cell));
    if (*cellBudget < 0)
        return xml.fail(QCoreApplication::translate("tz::import", "%1：单元格超过 %2 个，文件过大，无法读取。")
                                .arg(at(sheet, row, column))
                                .arg(limits::MaxCells));
    return true;
}

bool XlsxSheetParser::readMerge(XmlEntryReader &xml, Sheet *sheet)
{
    const QString ref = xml.attribute(u"ref");
    const QStringList corners = ref.split(u':');
    const auto first = parseCellReference(corners.value(0));
    const auto last = corners.size() == 2 ? parseCellReference(corners.at(1)) : first;
    if (!first || !last || corners.size() > 2)
        return xml.fail(QCoreApplication::translate("tz::import", "%1：合并区域“%2”无效。").arg(at(sheet, -1, -1), ref));
    Merge m;
    m.firstRow = std::min(first->first, last->first);
    m.lastRow = std::max(first->first, last->first);
    m.firstColumn = std::min(first->second, last->second);
    m.lastColumn = std::max(first->second, last->second);
    if (m.firstRow != m.lastRow || m.firstColumn != m.lastColumn)
        sheet->merges.append(m);
    return true;
}

} // namespace tz
