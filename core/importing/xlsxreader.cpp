#include "xlsxreader.h"

#include "xlsxsheetparser.h"
#include "xlsxstyles.h"
#include "xmlentryreader.h"
#include "ziparchive.h"

#include <QCoreApplication>
#include <QUrl>

namespace tz {

namespace {

QString partFolder(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.left(slash + 1);
}

// The relationships part of a part: xl/workbook.xml -> xl/_rels/workbook.xml.rels.
QString relationshipsPart(const QString &part)
{
    return partFolder(part) + QStringLiteral("_rels/") + part.mid(partFolder(part).size())
            + QStringLiteral(".rels");
}

} // namespace

QString resolvePartTarget(const QString &sourcePart, const QString &target)
{
    QString t = QUrl::fromPercentEncoding(target.toUtf8());
    t.replace(u'\\', u'/');
    const QString joined = t.startsWith(u'/') ? t.mid(1) : partFolder(sourcePart) + t;
    QStringList parts;
    for (const QString &segment : joined.split(u'/', Qt::SkipEmptyParts)) {
        if (segment == u"..") {
            if (!parts.isEmpty())
                parts.removeLast();
        } else if (segment != u".") {
            parts.append(segment);
        }
    }
    return parts.join(u'/');
}

XlsxReader::XlsxReader(const QString &path) : m_path(path) { }

bool XlsxReader::readRelationships(ZipArchive &zip, const QString &part, Relationships *rels, QString *error)
{
    rels->clear();
    const QString relsPart = relationshipsPart(part);
    if (!zip.contains(relsPart))
        return true; // the caller falls back to the usual part names
    XmlEntryReader xml(zip, relsPart, describeCellLocation(m_path));
    if (!xml.open()) {
        *error = xml.error();
        return false;
    }
    while (xml.next()) {
        if (xml.isStart(u"Relationship") && xml.attribute(u"TargetMode") != u"External")
            rels->insert(xml.attribute(u"Id"),
                         { xml.attribute(u"Type"), resolvePartTarget(part, xml.attribute(u"Target")) });
    }
    if (xml.failed()) {
        *error = xml.error();
        return false;
    }
    return true;
}

bool XlsxReader::readSharedStrings(ZipArchive &zip, const QString &part, QString *error)
{
    m_sharedStrings.clear();
    if (part.isEmpty() || !zip.contains(part))
        return true; // a workbook with only numbers, or only inline strings, has none
    XmlEntryReader xml(zip, part, describeCellLocation(m_path));
    if (!xml.open()) {
        *error = xml.error();
        return false;
    }
    while (xml.next()) {
        if (xml.isStart(u"si")) {
            QString text;
            if (!readStringItem(xml, &text))
                break;
            if (m_sharedStrings.size() >= limits::MaxCells) {
                xml.fail(QCoreApplication::translate("tz::import", "%1：文字单元格超过 %2 个，文件过大，无法读取。")
                                 .arg(describeCellLocation(m_path))
                                 .arg(limits::MaxCells));
                break;
            }
            m_sharedStrings.append(text);
        }
    }
    if (xml.failed()) {
        *error = xml.error();
        return false;
    }
    return true;
}

std::optional<Workbook> XlsxReader::read(QString *error)
{
    const QString where = describeCellLocation(m_path);
    ZipArchive zip;
    if (!zip.open(m_path)) {
        *error = zip.error();
        return std::nullopt;
    }
    // The package names its main part; xl/workbook.xml is only the usual place.
    Relationships rels;
    if (!readRelationships(zip, QString(), &rels, error))
        return std::nullopt;
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    for (const Relationship &r : std::as_const(rels)) {
        if (r.type.endsWith(QStringLiteral("/officeDocument")))
            workbookPart = r.target;
    }
    if (workbookPart.endsWith(QStringLiteral(".bin"), Qt::CaseInsensitive)) {
        *error = QCoreApplication::translate("tz::import", "%1：这是 Excel 二进制工作簿（.xlsb），暂不支持。请在 Excel 中另存为 .xlsx 后再导入。")
                         .arg(where);
        return std::nullopt;
    }
    if (!zip.contains(workbookPart)) {
        QByteArray mime;
        if (zip.contains(QStringLiteral("mimetype")) && zip.readAll(QStringLiteral("mimetype"), &mime)
            && mime.startsWith("application/vnd.oasis.opendocument"))
            *error = QCoreApplication::translate("tz::import", "%1：这是 OpenDocument 文档（如 WPS 或 LibreOffice 的 .ods），暂不支持。请另存为 .xlsx 后再导入。")
                             .arg(where);
        else
            *error = QCoreApplication::translate("tz::import", "%1：这是一个 zip 压缩包，但不是 Excel 工作簿（缺少 workbook.xml）。")
                             .arg(where);
        return std::nullopt;
    }

    if (!readRelationships(zip, workbookPart, &rels, error))
        return std::nullopt;
    QString sharedPart = QStringLiteral("xl/sharedStrings.xml");
    QString stylesPart = QStringLiteral("xl/styles.xml");
    for (const Relationship &r : std::as_const(rels)) {
        if (r.type.endsWith(QStringLiteral("/sharedStrings")))
            sharedPart = r.target;
        else if (r.type.endsWith(QStringLiteral("/styles")))
            stylesPart = r.target;
    }

    // workbook.xml: the sheets in tab order, their visibility, and the date system.
    struct SheetEntry
    {
        QString name;
        bool hidden;
        QString id;
    };
    QVector<SheetEntry> entries;
    bool date1904 = false;
    {
        XmlEntryReader xml(zip, workbookPart, where);
        if (!xml.open()) {
            *error = xml.error();
            return std::nullopt;
        }
        while (xml.next()) {
            if (xml.isStart(u"workbookPr")) {
                const QString v = xml.attribute(u"date1904");
                date1904 = v == u"1" || v.compare(u"true", Qt::CaseInsensitive) == 0;
            } else if (xml.isStart(u"sheet")) {
                const QString state = xml.attribute(u"state");
                entries.append({ xml.attribute(u"name"),
                                 state == u"hidden" || state == u"veryHidden", xml.attribute(u"id") });
            }
        }
        if (xml.failed()) {
            *error = xml.error();
            return std::nullopt;
        }
    }

    XlsxStyles styles;
    if (zip.contains(stylesPart) && !styles.read(zip, stylesPart, where, error))
        return std::nullopt;
    if (!readSharedStrings(zip, sharedPart, error))
        return std::nullopt;

    Workbook book;
    book.format = Workbook::Xlsx;
    qint64 budget = limits::MaxCells;
    XlsxSheetParser parser(zip, m_sharedStrings, styles, date1904, m_path);
    for (const SheetEntry &e : std::as_const(entries)) {
        const auto rel = rels.constFind(e.id);
        // Chart sheets and dialog sheets hold no cells.
        if (rel != rels.constEnd() && !rel->type.endsWith(QStringLiteral("/worksheet")))
            continue;
        if (rel == rels.constEnd() || !zip.contains(rel->target)) {
            *error = QCoreApplication::translate("tz::import", "%1：找不到工作表“%2”的内容，文件不完整或已损坏。")
                             .arg(where, e.name);
            return std::nullopt;
        }
        Sheet sheet;
        sheet.name = e.name;
        sheet.hidden = e.hidden;
        if (!parser.parse(rel->target, &sheet, &budget, error))
            return std::nullopt;
        book.sheets.append(std::move(sheet));
    }
    if (book.sheets.isEmpty()) {
        *error = QCoreApplication::translate("tz::import", "%1：工作簿中没有工作表。").arg(where);
        return std::nullopt;
    }
    return book;
}

} // namespace tz
