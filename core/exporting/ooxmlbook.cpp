#include "ooxmlbook.h"

#include "zippart.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <utility>

namespace tz {

namespace {

const char kXmlDecl[] = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const char kRelationships[] = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
const char kOfficeRel[] = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const char kSheetType[] = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

std::string utf8(const QString &s)
{
    return s.toStdString();
}

// 'name' as Excel's formulas quote a sheet name, an apostrophe in it doubled.
std::string quotedSheet(const QString &name)
{
    QString q = name;
    q.replace(u'\'', QStringLiteral("''"));
    return utf8(u'\'' + q + u'\'');
}

void appendAbsolute(XmlBytes &out, int row, int column)
{
    out.append('$');
    out.appendColumnName(column);
    out.append('$');
    out.appendUInt(uint64_t(row) + 1);
}

struct DefinedName
{
    std::string name;
    std::string sheet;
    size_t sheetIndex;
    std::string formula;
};

// Excel keeps defined names sorted by name, without the "_xlnm." of built-in names and any
// leading underscore, regardless of case, then by sheet (as libxlsxwriter wrote them).
std::string sortKey(std::string name)
{
    if (name.rfind("_xlnm.", 0) == 0)
        name.erase(0, 6);
    if (!name.empty() && name.front() == '_')
        name.erase(0, 1);
    for (char &c : name)
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    return name;
}

} // namespace

OoxmlBook::OoxmlBook(const QString &path) : m_package(path) {}

OoxmlSheet &OoxmlBook::addSheet(const QString &name, const SheetSetup &setup, bool hidden)
{
    if (!m_sheets.empty()) {
        const std::string e = m_sheets.back()->finish();
        if (m_error.empty())
            m_error = e;
    }
    const std::string part = "xl/worksheets/sheet" + std::to_string(m_sheets.size() + 1) + ".xml";
    m_sheets.push_back(std::make_unique<OoxmlSheet>(name, setup, m_strings, m_package.beginPart(part)));
    m_hidden.push_back(hidden);
    return *m_sheets.back();
}

QString OoxmlBook::close()
{
    if (!error().isEmpty())
        return error();
    for (const auto &sheet : m_sheets) {
        const std::string e = sheet->finish();
        if (m_error.empty())
            m_error = e;
    }
    if (!m_error.empty())
        return QCoreApplication::translate("tz::export", "生成 Excel 文件时出错：%1").arg(QString::fromStdString(m_error));
    // The string table may be tens of megabytes: streamed like a sheet.
    ZipPart &strings = m_package.beginPart("xl/sharedStrings.xml");
    m_strings.write(strings.out(), ZipPart::kChunk, [&strings] { strings.flushIfFull(); });
    strings.finish();
    m_package.addPart("[Content_Types].xml", contentTypesXml());
    m_package.addPart("_rels/.rels", rootRelsXml());
    m_package.addPart("xl/_rels/workbook.xml.rels", workbookRelsXml());
    m_package.addPart("xl/workbook.xml", workbookXml());
    m_package.addPart("xl/styles.xml", stylesXml());
    m_package.addPart("docProps/core.xml", coreXml());
    m_package.addPart("docProps/app.xml", appXml());
    return m_package.commit();
}

std::string OoxmlBook::workbookXml() const
{
    XmlBytes o;
    o.append(kXmlDecl);
    o.append("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
             "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
             "<fileVersion appName=\"xl\" lastEdited=\"4\" lowestEdited=\"4\" rupBuild=\"4505\"/><workbookPr/>"
             "<bookViews><workbookView xWindow=\"240\" yWindow=\"15\" windowWidth=\"16095\" windowHeight=\"9660\"/>"
             "</bookViews><sheets>");
    for (size_t i = 0; i < m_sheets.size(); ++i) {
        o.append("<sheet name=\"");
        o.appendEscaped(utf8(m_sheets[i]->name()));
        o.append("\" sheetId=\"");
        o.appendUInt(i + 1);
        // Hidden, not "very hidden": an office that wants to extend a list can unhide it.
        o.append(m_hidden[i] ? "\" state=\"hidden\" r:id=\"rId" : "\" r:id=\"rId");
        o.appendUInt(i + 1);
        o.append("\"/>");
    }
    o.append("</sheets>");
    // The autofilter's range and the repeated print rows are names local to their sheet.
    std::vector<DefinedName> names;
    for (size_t i = 0; i < m_sheets.size(); ++i) {
        const OoxmlSheet &s = *m_sheets[i];
        const std::string sheet = quotedSheet(s.name());
        XmlBytes f;
        if (s.hasAutoFilter()) {
            const CellRange r = s.filterRange();
            f.append(sheet + "!");
            appendAbsolute(f, r.firstRow, r.firstColumn);
            f.append(':');
            appendAbsolute(f, r.lastRow, r.lastColumn);
            names.push_back({ "_xlnm._FilterDatabase", utf8(s.name()), i, f.toString() });
            f.clear();
        }
        if (s.repeatFirst() >= 0) {
            f.append(sheet + "!$");
            f.appendUInt(uint64_t(s.repeatFirst()) + 1);
            f.append(":$");
            f.appendUInt(uint64_t(s.repeatLast()) + 1);
            names.push_back({ "_xlnm.Print_Titles", utf8(s.name()), i, f.toString() });
            f.clear();
        }
    }
    std::sort(names.begin(), names.end(),
              [](const DefinedName &a, const DefinedName &b) {
                  return std::make_pair(sortKey(a.name), a.sheet) < std::make_pair(sortKey(b.name), b.sheet);
              });
    if (!names.empty()) {
        o.append("<definedNames>");
        for (const DefinedName &n : names) {
            o.append("<definedName name=\"");
            o.append(n.name);
            o.append("\" localSheetId=\"");
            o.appendUInt(n.sheetIndex);
            o.append(n.name == "_xlnm._FilterDatabase" ? "\" hidden=\"1\">" : "\">");
            o.appendEscaped(n.formula);
            o.append("</definedName>");
        }
        o.append("</definedNames>");
    }
    // Excel recomputes the 合计 formulas on opening; the cached values serve other readers.
    o.append("<calcPr calcId=\"124519\" fullCalcOnLoad=\"1\"/></workbook>");
    return o.toString();
}

std::string OoxmlBook::appXml() const
{
    std::vector<std::string> titles;
    for (const auto &s : m_sheets)
        titles.push_back(utf8(s->name()));
    std::vector<std::string> named; // the print titles, by sheet name
    for (const auto &s : m_sheets)
        if (s->repeatFirst() >= 0)
            named.push_back(quotedSheet(s->name()) + "!Print_Titles");
    std::sort(named.begin(), named.end());
    titles.insert(titles.end(), named.begin(), named.end());
    XmlBytes o;
    o.append(kXmlDecl);
    // "Microsoft Excel" as libxlsxwriter and most writers say: some readers look at it.
    o.append("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" "
             "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
             "<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
             "<HeadingPairs><vt:vector size=\"");
    o.appendUInt(named.empty() ? 2 : 4);
    o.append("\" baseType=\"variant\"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>");
    o.appendUInt(m_sheets.size());
    o.append("</vt:i4></vt:variant>");
    if (!named.empty()) {
        o.append("<vt:variant><vt:lpstr>Named Ranges</vt:lpstr></vt:variant><vt:variant><vt:i4>");
        o.appendUInt(named.size());
        o.append("</vt:i4></vt:variant>");
    }
    o.append("</vt:vector></HeadingPairs><TitlesOfParts><vt:vector size=\"");
    o.appendUInt(titles.size());
    o.append("\" baseType=\"lpstr\">");
    for (const std::string &t : titles) {
        o.append("<vt:lpstr>");
        o.appendEscaped(t);
        o.append("</vt:lpstr>");
    }
    o.append("</vt:vector></TitlesOfParts><Company></Company><LinksUpToDate>false</LinksUpToDate>"
             "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>12.0000</AppVersion>"
             "</Properties>");
    return o.toString();
}

std::string OoxmlBook::coreXml() const
{
    const std::string now = utf8(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    XmlBytes o;
    o.append(kXmlDecl);
    o.append("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
             "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
             "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
    if (!m_title.isEmpty()) {
        o.append("<dc:title>");
        o.appendEscaped(utf8(m_title));
        o.append("</dc:title>");
    }
    o.append("<dc:creator></dc:creator><cp:lastModifiedBy></cp:lastModifiedBy>"
             "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + now + "</dcterms:created>"
             "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + now + "</dcterms:modified></cp:coreProperties>");
    return o.toString();
}

std::string OoxmlBook::contentTypesXml() const
{
    XmlBytes o;
    o.append(kXmlDecl);
    o.append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
             "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
             "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
             "<Override PartName=\"/docProps/app.xml\" "
             "ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
             "<Override PartName=\"/docProps/core.xml\" "
             "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
             "<Override PartName=\"/xl/styles.xml\" "
             "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
             "<Override PartName=\"/xl/workbook.xml\" "
             "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
    for (size_t i = 0; i < m_sheets.size(); ++i) {
        o.append("<Override PartName=\"/xl/worksheets/sheet");
        o.appendUInt(i + 1);
        o.append(".xml\" ContentType=\"");
        o.append(kSheetType);
        o.append("\"/>");
    }
    o.append("<Override PartName=\"/xl/sharedStrings.xml\" "
             "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>");
    return o.toString();
}

std::string OoxmlBook::rootRelsXml()
{
    return std::string(kXmlDecl) + kRelationships + "<Relationship Id=\"rId1\" Type=\"" + kOfficeRel
            + "officeDocument\" Target=\"xl/workbook.xml\"/>"
              "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/"
              "metadata/core-properties\" Target=\"docProps/core.xml\"/>"
              "<Relationship Id=\"rId3\" Type=\""
            + kOfficeRel + "extended-properties\" Target=\"docProps/app.xml\"/></Relationships>";
}

std::string OoxmlBook::workbookRelsXml() const
{
    XmlBytes o;
    o.append(kXmlDecl);
    o.append(kRelationships);
    const auto relationship = [&o](size_t id, const char *type, const std::string &target) {
        o.append("<Relationship Id=\"rId");
        o.appendUInt(id);
        o.append("\" Type=\"");
        o.append(kOfficeRel);
        o.append(type);
        o.append("\" Target=\"");
        o.append(target);
        o.append("\"/>");
    };
    for (size_t i = 0; i < m_sheets.size(); ++i)
        relationship(i + 1, "worksheet", "worksheets/sheet" + std::to_string(i + 1) + ".xml");
    relationship(m_sheets.size() + 1, "styles", "styles.xml");
    relationship(m_sheets.size() + 2, "sharedStrings", "sharedStrings.xml");
    o.append("</Relationships>");
    return o.toString();
}

} // namespace tz
