#include "sheetformats.h"

namespace tz {

namespace {

// Number formats 164 on are the workbook's own. "@" and "#,##0.00" have built-in ids too, but
// as custom formats they read the same in every program (and as libxlsxwriter wrote them).
// The date format is the one offices use; our importer and Excel's East Asian built-ins read
// it as a date.
constexpr int kTextFormat = 164;
constexpr int kMoneyFormat = 165;
constexpr int kDateFormat = 166;

// Fonts, fills and borders by index in styles.xml (below).
enum Font { DefaultFont, Body, Bold, TitleFont, RedFont, YellowFont, GreenFont };
enum Fill { NoFill, Gray125, HeaderFill, GroupFill, RedFill, YellowFill, GreenFill };

struct Xf
{
    int numFmt;
    Font font;
    Fill fill;
    bool border;
    const char *horizontal; // nullptr: Excel's default alignment
    bool wrap;
};

// In the order of enum Style.
constexpr Xf kXfs[] = {
    { 0, DefaultFont, NoFill, false, nullptr, false }, // None
    { 0, TitleFont, NoFill, false, "center", false }, // Title
    { 0, Body, NoFill, false, "left", false }, // Subtitle
    { 0, Bold, HeaderFill, true, "center", true }, // Header
    { 0, Body, NoFill, true, "left", true }, // Text
    { 0, Body, NoFill, true, "center", true }, // Center
    { kTextFormat, Body, NoFill, true, "center", false }, // Code
    { kMoneyFormat, Body, NoFill, true, "right", false }, // Money
    { 0, Body, NoFill, true, "center", false }, // Number
    { kDateFormat, Body, NoFill, true, "center", false }, // Date
    { 0, Bold, GroupFill, true, "left", false }, // Group
    { 0, Bold, NoFill, true, "center", false }, // TotalLabel
    { kMoneyFormat, Bold, NoFill, true, "right", false }, // TotalMoney
    { 0, Body, NoFill, true, "center", false }, // TotalBlank
    { 0, Body, NoFill, false, "left", false }, // Footer
    // Excel's own "bad / neutral / good" cell styles: familiar, and legible in grey print.
    { 0, RedFont, RedFill, true, "center", false }, // LightRed
    { 0, YellowFont, YellowFill, true, "center", false }, // LightYellow
    { 0, GreenFont, GreenFill, true, "center", false }, // LightGreen
};
static_assert(sizeof kXfs / sizeof kXfs[0] == size_t(Style::LightGreen) + 1, "one xf per Style");

// No theme part is written, so nothing refers to theme colours or fonts: colours are
// automatic or given as RGB.
const char kHead[] =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<numFmts count=\"3\">"
        "<numFmt numFmtId=\"164\" formatCode=\"@\"/>"
        "<numFmt numFmtId=\"165\" formatCode=\"#,##0.00\"/>"
        "<numFmt numFmtId=\"166\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/>"
        "</numFmts>"
        "<fonts count=\"7\">"
        "<font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        "<font><sz val=\"10\"/><name val=\"宋体\"/><family val=\"2\"/></font>"
        "<font><b/><sz val=\"10\"/><name val=\"宋体\"/><family val=\"2\"/></font>"
        "<font><b/><sz val=\"18\"/><name val=\"宋体\"/><family val=\"2\"/></font>"
        "<font><sz val=\"10\"/><color rgb=\"FF9C0006\"/><name val=\"宋体\"/><family val=\"2\"/></font>"
        "<font><sz val=\"10\"/><color rgb=\"FF9C5700\"/><name val=\"宋体\"/><family val=\"2\"/></font>"
        "<font><sz val=\"10\"/><color rgb=\"FF006100\"/><name val=\"宋体\"/><family val=\"2\"/></font>"
        "</fonts>"
        "<fills count=\"7\">"
        "<fill><patternFill patternType=\"none\"/></fill>"
        "<fill><patternFill patternType=\"gray125\"/></fill>"
        "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFD9D9D9\"/><bgColor indexed=\"64\"/></patternFill></fill>"
        "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFF2F2F2\"/><bgColor indexed=\"64\"/></patternFill></fill>"
        "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFFFC7CE\"/><bgColor indexed=\"64\"/></patternFill></fill>"
        "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFFFEB9C\"/><bgColor indexed=\"64\"/></patternFill></fill>"
        "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFC6EFCE\"/><bgColor indexed=\"64\"/></patternFill></fill>"
        "</fills>"
        "<borders count=\"2\">"
        "<border><left/><right/><top/><bottom/><diagonal/></border>"
        "<border><left style=\"thin\"><color auto=\"1\"/></left><right style=\"thin\"><color auto=\"1\"/></right>"
        "<top style=\"thin\"><color auto=\"1\"/></top><bottom style=\"thin\"><color auto=\"1\"/></bottom><diagonal/></border>"
        "</borders>"
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>";

const char kTail[] =
        "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        "<dxfs count=\"0\"/>"
        "<tableStyles count=\"0\" defaultTableStyle=\"TableStyleMedium9\" defaultPivotStyle=\"PivotStyleLight16\"/>"
        "</styleSheet>";

void appendXf(std::string &out, const Xf &x)
{
    out += "<xf numFmtId=\"" + std::to_string(x.numFmt) + "\" fontId=\"" + std::to_string(int(x.font))
            + "\" fillId=\"" + std::to_string(int(x.fill)) + "\" borderId=\"" + (x.border ? "1" : "0")
            + "\" xfId=\"0\"";
    if (!x.horizontal) {
        out += "/>";
        return;
    }
    if (x.numFmt)
        out += " applyNumberFormat=\"1\"";
    out += " applyFont=\"1\"";
    if (x.fill != NoFill)
        out += " applyFill=\"1\"";
    if (x.border)
        out += " applyBorder=\"1\"";
    out += " applyAlignment=\"1\"><alignment horizontal=\"";
    out += x.horizontal;
    out += "\" vertical=\"center\"";
    if (x.wrap)
        out += " wrapText=\"1\"";
    out += "/></xf>";
}

} // namespace

std::string stylesXml()
{
    std::string out = kHead;
    out += "<cellXfs count=\"" + std::to_string(sizeof kXfs / sizeof kXfs[0]) + "\">";
    for (const Xf &x : kXfs)
        appendXf(out, x);
    out += "</cellXfs>";
    out += kTail;
    return out;
}

} // namespace tz
