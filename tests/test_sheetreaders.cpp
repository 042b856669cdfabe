// The spreadsheet readers: one city ledger written by five programs reads the same everywhere;
// every quirk of PITFALLS.md is fed to them from a real file; hostile files are refused with a
// message that says where. The files come from tests/data/sheets/make_sheets.py.

#include "sanitizer.h"
#include "importing/csvreader.h"
#include "importing/numberformat.h"
#include "importing/sheet.h"
#include "importing/workbookreader.h"
#include "onesheetbook.h"
#include "importing/xlsxstyles.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QRandomGenerator>
#include <QTest>

#include <cstring>

#include <sys/resource.h>

using namespace tz;

namespace {

QString S(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString data(const char *name)
{
    return QStringLiteral(TZ_TEST_DATA "/sheets/") + S(name);
}

Workbook mustRead(const QString &path)
{
    QString error;
    std::optional<Workbook> book = readWorkbook(path, &error);
    if (!book)
        qFatal("cannot read %s: %s", qPrintable(path), qPrintable(error));
    return *book;
}

// A cell as "type:value" so one QCOMPARE shows both.
QString show(const Cell &c)
{
    static const char *const names[] = { "empty", "text", "number", "bool", "date", "error" };
    return S(names[c.type]) + u':' + c.plainText();
}

bool hasMerge(const Sheet &s, int r1, int c1, int r2, int c2)
{
    for (const Merge &m : s.merges) {
        if (m.firstRow == r1 && m.firstColumn == c1 && m.lastRow == r2 && m.lastColumn == c2)
            return true;
    }
    return false;
}

QByteArray sheetXml(const QByteArray &rows)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
           "<sheetData>" + rows + "</sheetData></worksheet>";
}

long peakMemoryMiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

class TestSheetReaders : public QObject
{
    Q_OBJECT

private slots:
    void columnLetters();
    void excelSerialDates();
    void plainText();
    void cellNumbersAsToDouble();
    void numberFormats();
    void sameLedgerFromEveryProgram_data();
    void sameLedgerFromEveryProgram();
    void cellTypes();
    void packedCellsGiveBackWhatWasSet();
    void missingReferencesAndWpsDimension();
    void strictNamespacesAbsoluteTargetsAndHiddenUnderMerge();
    void date1904_data();
    void date1904();
    void backslashPaths();
    void xmlScannerReadsWhatWritersWrite();
    void xmlScannerRefusesMalformedXml_data();
    void xmlScannerRefusesMalformedXml();
    void refused_data();
    void refused();
    void zipBombMemoryStaysBounded();
    void csvEncodingsAndSeparators_data();
    void csvEncodingsAndSeparators();
    void csvQuotedFields();
    void csvUtf8ThatAlsoDecodesAsGb18030();
    void csvRefused();
    void cliSheet();

private:
    QTemporaryDir m_dir;
};

void TestSheetReaders::columnLetters()
{
    QCOMPARE(columnName(0), S("A"));
    QCOMPARE(columnName(25), S("Z"));
    QCOMPARE(columnName(26), S("AA"));
    QCOMPARE(columnName(16383), S("XFD"));
    for (int c : { 0, 1, 25, 26, 51, 52, 701, 702, 16383 })
        QCOMPARE(columnIndex(columnName(c)), std::optional<int>(c));
    QCOMPARE(columnIndex(u"xfd"), std::optional<int>(16383));
    QVERIFY(!columnIndex(u"XFE"));
    QVERIFY(!columnIndex(u""));
    QVERIFY(!columnIndex(u"A1"));
    QCOMPARE(parseCellReference(u"C12"), std::optional(std::make_pair(11, 2)));
    QCOMPARE(parseCellReference(u"$B$2"), std::optional(std::make_pair(1, 1)));
    QCOMPARE(parseCellReference(u"XFD1048576"), std::optional(std::make_pair(1048575, 16383)));
    for (const char *bad : { "A0", "1A", "A", "AAAA1", "A1048577", "XFE1", "A-1", "A1.5" })
        QVERIFY2(!parseCellReference(S(bad)), bad);
}

void TestSheetReaders::excelSerialDates()
{
    // CTest runs this in Asia/Shanghai, where 1899 had a +08:05:43 offset; run it with TZ=UTC
    // too. Calendar arithmetic must not care.
    QCOMPARE(excelSerialToDate(45047), QDate(2023, 5, 1));
    QCOMPARE(excelSerialToDate(45047.99), QDate(2023, 5, 1));
    QCOMPARE(excelSerialToDate(61), QDate(1900, 3, 1));
    // Below 61 Excel counts its fictitious 1900-02-29.
    QCOMPARE(excelSerialToDate(1), QDate(1900, 1, 1));
    QCOMPARE(excelSerialToDate(59), QDate(1900, 2, 28));
    QCOMPARE(excelSerialToDate(43585, true), QDate(2023, 5, 1));
    QCOMPARE(excelSerialToDate(2958465), QDate(9999, 12, 31));
    QVERIFY(!excelSerialToDate(0.5).isValid());
    QVERIFY(!excelSerialToDate(-1).isValid());
    QVERIFY(!excelSerialToDate(1e10).isValid());
    QVERIFY(!excelSerialToDate(qQNaN()).isValid());
}

void TestSheetReaders::plainText()
{
    QCOMPARE(Cell::fromNumber(1000000).plainText(), S("1000000"));
    QCOMPARE(Cell::fromNumber(125000.5).plainText(), S("125000.5"));
    QCOMPARE(Cell::fromNumber(0.1).plainText(), S("0.1"));
    QCOMPARE(Cell::fromNumber(-0.0).plainText(), S("0"));
    QCOMPARE(Cell::fromNumber(-12).plainText(), S("-12"));
    QCOMPARE(Cell::fromNumber(1e-7).plainText(), S("0.0000001"));
    QCOMPARE(Cell::fromDate(QDate(2023, 5, 1)).plainText(), S("2023-05-01"));
    QVERIFY(Cell::fromText(QString()).isEmpty());
}

void TestSheetReaders::packedCellsGiveBackWhatWasSet()
{
    Sheet s;
    const QString shared = QStringLiteral("共享的文字");
    QCOMPARE(s.setCell(0, 2, Cell::fromText(shared)), 3); // A1:C1 now held
    QCOMPARE(s.setCell(0, 0, Cell::fromNumber(12500.5, QStringLiteral("#,##0.00"))), 0);
    Cell flag;
    flag.type = Cell::Boolean;
    flag.number = 1;
    s.setCell(1, 0, flag);
    Cell error;
    error.type = Cell::Error;
    error.text = QStringLiteral("#DIV/0!");
    s.setCell(1, 1, error);
    s.setCell(2, 3, Cell::fromDate(QDate(2023, 5, 1), QStringLiteral("yyyy\"年\"m\"月\"d\"日\"")));
    s.setCell(3, 0, Cell::fromNumber(-0.25, QStringLiteral("0%")));
    s.setCell(4, 0, Cell::fromText(shared));
    s.setCell(4, 1, Cell::fromNumber(7));

    QCOMPARE(s.rowCount(), 5);
    QCOMPARE(s.columnCount(), 4);
    QCOMPARE(s.cell(0, 2).type, Cell::Text);
    QCOMPARE(s.cell(0, 2).text, shared);
    QCOMPARE(s.cell(4, 0).text, shared);
    QCOMPARE(s.cell(0, 0).number, 12500.5);
    QCOMPARE(s.cell(0, 0).numberFormat, S("#,##0.00"));
    QVERIFY(s.cell(0, 1).isEmpty());
    QCOMPARE(s.cell(1, 0).plainText(), S("TRUE"));
    QCOMPARE(s.cell(1, 1).type, Cell::Error);
    QCOMPARE(s.cell(1, 1).text, S("#DIV/0!"));
    QCOMPARE(s.cell(2, 3).date, QDate(2023, 5, 1));
    QVERIFY(s.cell(2, 3).numberFormat.contains(u'年'));
    QCOMPARE(s.cell(3, 0).number, -0.25);
    QCOMPARE(s.cell(3, 0).numberFormat, S("0%"));
    QCOMPARE(s.cell(4, 1).numberFormat, QString());
    QVERIFY(s.cell(-1, 0).isEmpty() && s.cell(0, -1).isEmpty() && s.cell(9, 0).isEmpty() && s.cell(0, 9).isEmpty());

    // A merge over A1:C1 keeps only A1; the text under it is gone.
    s.merges.append({ 0, 0, 0, 2 });
    QVERIFY(s.clearCoveredCells());
    QCOMPARE(s.cell(0, 0).number, 12500.5);
    QVERIFY(s.cell(0, 2).isEmpty());
    QCOMPARE(s.cell(4, 0).text, shared);

    // A cell written again holds the last value, whatever it held before, and the places of
    // released texts are reused without disturbing the texts of other cells.
    for (int i = 0; i < 1000; ++i)
        QCOMPARE(s.setCell(5, 0, Cell::fromText(QStringLiteral("第%1次").arg(i))), i == 0 ? 1 : 0);
    QCOMPARE(s.cell(5, 0).text, S("第999次"));
    s.setCell(5, 0, Cell::fromNumber(3));
    QCOMPARE(s.cell(5, 0).number, 3.0);
    s.setCell(6, 0, Cell::fromText(S("新的一行")));
    s.setCell(5, 0, Cell::fromText(S("又是文字")));
    QCOMPARE(s.cell(5, 0).text, S("又是文字"));
    QCOMPARE(s.cell(6, 0).text, S("新的一行"));
    QCOMPARE(s.cell(4, 0).text, shared);
    QCOMPARE(s.cell(1, 1).text, S("#DIV/0!"));
}

// Stored numbers are read by hand where that is exact: every value, and whether it is one,
// must be bit for bit what QString::toDouble gives.
void TestSheetReaders::cellNumbersAsToDouble()
{
    QRandomGenerator g(99);
    const char pool[] = "0123456789012345678901234567890123456789.-e+ x";
    QStringList cases = { QString(), QStringLiteral("."), QStringLiteral("-"), QStringLiteral("-0"), QStringLiteral("5."),
                          QStringLiteral(".5"), QStringLiteral("-.5"), QStringLiteral("007"), QStringLiteral("1e3"),
                          QStringLiteral(" 12"), QStringLiteral("12 "), QStringLiteral("0.1"), QStringLiteral("0.285"),
                          QStringLiteral("999999999999999"), QStringLiteral("9999999999999999"),
                          QStringLiteral("123456789.012345"), QStringLiteral("1.2.3"), QStringLiteral("--1") };
    for (int i = 0; i < 100000; ++i) {
        QString s;
        const int n = int(g.bounded(1, 19));
        for (int k = 0; k < n; ++k)
            s += QChar(char16_t(pool[g.bounded(i % 3 ? 11 : int(sizeof pool) - 1)]));
        if (i % 5 == 0)
            s.insert(int(g.bounded(s.size() + 1)), u'.');
        if (i % 7 == 0)
            s.prepend(u'-');
        cases << s;
    }
    for (const QString &s : std::as_const(cases)) {
        bool ok1 = false, ok2 = false;
        const double mine = parseCellNumber(s, &ok1);
        const double qt = s.toDouble(&ok2);
        QVERIFY2(ok1 == ok2, qPrintable(s));
        if (ok1)
            QVERIFY2(std::memcmp(&mine, &qt, sizeof mine) == 0, qPrintable(s));
    }
}

void TestSheetReaders::numberFormats()
{
    const auto kind = [](const char *code) { return classifyNumberFormat(S(code)); };
    using K = NumberFormatKind;
    QCOMPARE(kind("yyyy\"年\"m\"月\"d\"日\""), K::Date);
    QCOMPARE(kind("yyyy\\年m\\月d\\日"), K::Date); // as LibreOffice writes it
    QCOMPARE(kind("[$-804]yyyy年m月d日"), K::Date);
    QCOMPARE(kind("[DBNum1][$-804]m\"月\"d\"日\""), K::Date);
    QCOMPARE(kind("yyyy-mm"), K::Date);
    QCOMPARE(kind("m/d/yy h:mm"), K::Date);
    QCOMPARE(kind("YYYY/M/D"), K::Date);
    QCOMPARE(kind("h:mm"), K::Time);
    QCOMPARE(kind("mm:ss"), K::Time);
    QCOMPARE(kind("[h]:mm:ss"), K::Time);
    QCOMPARE(kind("h:mm AM/PM"), K::Time);
    QCOMPARE(kind("0.00"), K::Number);
    QCOMPARE(kind("[Red]#,##0"), K::Number);
    QCOMPARE(kind("#,##0.00_);[Red](#,##0.00)"), K::Number);
    QCOMPARE(kind("0.00\"万元\""), K::Number);
    QCOMPARE(kind("\"day\"0"), K::Number);
    QCOMPARE(kind("General"), K::Number);
    QCOMPARE(kind("@"), K::Number);
    QCOMPARE(kind("0.00E+00"), K::Number);
    for (int id : { 14, 15, 22, 27, 31, 36, 50, 57, 58 })
        QVERIFY2(XlsxStyles::builtInKind(id) == K::Date, qPrintable(QString::number(id)));
    for (int id : { 18, 20, 21, 45, 46, 47 })
        QVERIFY2(XlsxStyles::builtInKind(id) == K::Time, qPrintable(QString::number(id)));
    for (int id : { 0, 1, 3, 4, 9, 10, 49 })
        QVERIFY2(XlsxStyles::builtInKind(id) == K::Number, qPrintable(QString::number(id)));
}

void TestSheetReaders::sameLedgerFromEveryProgram_data()
{
    QTest::addColumn<QString>("file");
    for (const char *f : { "ledger_openpyxl.xlsx", "ledger_xlsxwriter.xlsx", "ledger_lo.xlsx",
                           "ledger_lo.xls", "ledger_xlwt.xls", "ledger_lo.csv", "ledger_gb18030.csv" })
        QTest::newRow(f) << data(f);
}

void TestSheetReaders::sameLedgerFromEveryProgram()
{
    QFETCH(QString, file);
    const Workbook book = mustRead(file);
    const bool csv = book.format == Workbook::Csv;
    const bool xlsx = book.format == Workbook::Xlsx;
    QCOMPARE(book.firstVisibleSheet(), 0);
    const Sheet &s = book.sheets.at(0);
    if (!csv)
        QCOMPARE(s.name, S("重点项目台账"));
    QCOMPARE(s.rowCount(), 13);
    QCOMPARE(s.columnCount(), 15);

    QCOMPARE(show(s.cell(0, 0)), S("text:2023年全市重大科技创新项目推进台账"));
    QCOMPARE(s.cell(0, 1).type, Cell::Empty); // under the title's merge
    QCOMPARE(show(s.cell(1, 0)), S("text:填报单位：市科技局项目办　　　　　　单位：万元"));
    QCOMPARE(show(s.cell(2, 2)), S("text:项目名称"));
    QCOMPARE(show(s.cell(2, 10)), S("text:要素保障需求"));
    QCOMPARE(show(s.cell(3, 10)), S("text:资金"));
    QCOMPARE(show(s.cell(3, 13)), S("text:环评"));
    QCOMPARE(show(s.cell(4, 0)), S("text:一、高新区（3个）"));
    QCOMPARE(show(s.cell(5, 1)), S("text:GX-2023-001"));
    QCOMPARE(show(s.cell(5, 5)), S("text:王建国（副市长）"));
    QCOMPARE(show(s.cell(5, 14)), S("text:3月底前完成土地摘牌；6月底前开工建设；9月底前主体完工"));
    QCOMPARE(show(s.cell(5, 9)), S("text:2024年12月31日")); // a date typed as text stays text
    QCOMPARE(show(s.cell(6, 6)), S("text:12,500"));          // an amount typed as text too
    QCOMPARE(show(s.cell(11, 0)), S("text:合计"));
    QCOMPARE(show(s.cell(12, 0)), S("text:填表人：张三　　联系电话：0379-63912345　　填报日期：2023年6月5日"));
    if (csv) {
        // CSV holds what LibreOffice showed; the mapping layer parses it.
        QCOMPARE(show(s.cell(5, 0)), S("text:1"));
        QCOMPARE(show(s.cell(5, 6)), S("text:125,000.50"));
        QCOMPARE(show(s.cell(5, 8)), S("text:2023年5月1日"));
        QCOMPARE(show(s.cell(11, 6)), S("text:185,400.50"));
        return;
    }
    QCOMPARE(show(s.cell(5, 0)), S("number:1"));
    QCOMPARE(show(s.cell(5, 6)), S("number:125000.5"));
    QCOMPARE(show(s.cell(6, 7)), S("number:4200"));
    // Real date cells, formatted yyyy"年"m"月"d"日", arrive as the same day in Asia/Shanghai.
    QCOMPARE(s.cell(5, 8).type, Cell::Date);
    QCOMPARE(s.cell(5, 8).date, QDate(2023, 5, 1));
    QCOMPARE(s.cell(9, 8).date, QDate(2022, 11, 20));
    QCOMPARE(s.cell(10, 8).date, QDate(2023, 7, 10));
    QCOMPARE(show(s.cell(7, 8)), S("text:2023年5月"));
    if (xlsx) {
        QVERIFY2(s.cell(5, 8).numberFormat.contains(S("年")), qPrintable(s.cell(5, 8).numberFormat));
        QCOMPARE(s.cell(5, 6).numberFormat, S("#,##0.00"));
    }

    // The 合计 row's formulas: openpyxl stores no cached value; FreeXL does not read cached
    // formula results from .xls; xlsxwriter and LibreOffice store the sums.
    const bool cached = file.endsWith(S("ledger_lo.xlsx")) || file.endsWith(S("ledger_xlsxwriter.xlsx"));
    QCOMPARE(show(s.cell(11, 6)), cached ? S("number:185400.5") : S("empty:"));
    QCOMPARE(show(s.cell(11, 7)), cached ? S("number:51000") : S("empty:"));

    QCOMPARE(book.sheets.size(), 3);
    QCOMPARE(book.sheets.at(1).name, S("填表说明"));
    QCOMPARE(book.sheets.at(2).name, S("字典"));
    QCOMPARE(show(book.sheets.at(2).cell(5, 0)), S("text:成果转化"));
    if (!xlsx)
        return; // FreeXL reports neither merges nor hidden sheets
    QVERIFY(book.sheets.at(2).hidden);
    QVERIFY(!book.sheets.at(1).hidden);
    QVERIFY(hasMerge(s, 0, 0, 0, 14));  // the title
    QVERIFY(hasMerge(s, 2, 10, 2, 13)); // 要素保障需求 over 资金|土地|用工|环评
    QVERIFY(hasMerge(s, 2, 0, 3, 0));   // 序号 over both header rows
    QVERIFY(hasMerge(s, 4, 0, 4, 14));  // the group row
    QVERIFY(s.mergeAt(2, 12));
    QCOMPARE(s.mergeAt(2, 12)->firstColumn, 10);
    QVERIFY(!s.mergeAt(3, 12));
    QVERIFY(!s.mergeAt(5, 5));
}

void TestSheetReaders::cellTypes()
{
    const Sheet s = mustRead(data("cells.xlsx")).sheets.at(0);
    QCOMPARE(show(s.cell(0, 0)), S("text:项目名称"));
    QCOMPARE(show(s.cell(0, 1)), S("text:重大科技 项目")); // rich runs whole, no phonetic run
    QCOMPARE(show(s.cell(0, 2)), S("text:内联文本"));
    QCOMPARE(show(s.cell(0, 3)), S("text:内联富文本"));
    QCOMPARE(show(s.cell(0, 4)), S("text:第一行\r\n第二行")); // _x000D_ decoded
    QCOMPARE(show(s.cell(1, 0)), S("bool:TRUE"));
    QCOMPARE(show(s.cell(1, 1)), S("bool:FALSE"));
    QCOMPARE(show(s.cell(1, 2)), S("error:#DIV/0!"));
    QCOMPARE(show(s.cell(1, 3)), S("text:项目名称x")); // t="str": a formula's cached text
    QCOMPARE(show(s.cell(1, 4)), S("empty:"));         // a formula never calculated
    QCOMPARE(show(s.cell(1, 5)), S("number:3.5"));
    QCOMPARE(show(s.cell(1, 6)), S("number:-12"));
    QCOMPARE(show(s.cell(1, 7)), S("date:2023-05-01")); // t="d", ISO 8601
    QCOMPARE(show(s.cell(2, 0)), S("date:2023-05-01")); // custom yyyy"年"m"月"d"日"
    QCOMPARE(show(s.cell(2, 1)), S("number:12500"));     // [Red]#,##0
    QCOMPARE(s.cell(2, 1).numberFormat, S("[Red]#,##0"));
    QCOMPARE(show(s.cell(2, 2)), S("number:0.5"));       // 0.00"万元"
    QCOMPARE(show(s.cell(2, 3)), S("number:45047"));     // custom "0.00" reusing built-in id 14
    QCOMPARE(show(s.cell(2, 4)), S("date:2023-05-01"));  // built-in 31, the time of day dropped
    QCOMPARE(show(s.cell(2, 5)), S("number:0.5"));       // built-in 20 (h:mm): a time, no date
    QCOMPARE(s.cell(2, 5).numberFormat, S("h:mm"));
}

void TestSheetReaders::missingReferencesAndWpsDimension()
{
    // Dimension A1:A1 as WPS writes it; rows and cells without r are counted.
    const Sheet s = mustRead(data("no_refs.xlsx")).sheets.at(0);
    QCOMPARE(s.rowCount(), 6);
    QCOMPARE(s.columnCount(), 4);
    QCOMPARE(show(s.cell(0, 0)), S("text:甲"));
    QCOMPARE(show(s.cell(0, 1)), S("text:乙"));
    QCOMPARE(show(s.cell(1, 0)), S("number:1"));
    QCOMPARE(show(s.cell(1, 1)), S("empty:"));
    QCOMPARE(show(s.cell(1, 2)), S("number:3"));
    QCOMPARE(show(s.cell(4, 2)), S("number:5"));
    QCOMPARE(show(s.cell(4, 3)), S("number:6"));
    QCOMPARE(show(s.cell(5, 0)), S("number:7"));
    QCOMPARE(show(s.cell(99, 99)), S("empty:"));
    QCOMPARE(show(s.cell(-1, 0)), S("empty:"));
}

void TestSheetReaders::strictNamespacesAbsoluteTargetsAndHiddenUnderMerge()
{
    const Workbook book = mustRead(data("strict.xlsx"));
    QCOMPARE(book.sheets.size(), 2);
    QCOMPARE(book.sheets.at(0).name, S("隐藏"));
    QVERIFY(book.sheets.at(0).hidden); // veryHidden
    QCOMPARE(book.firstVisibleSheet(), 1);
    QCOMPARE(book.findSheet(S("数据")), 1);
    QCOMPARE(book.findSheet(S("1")), 0);
    QCOMPARE(book.findSheet(S("3")), -1);
    const Sheet &s = book.sheets.at(1);
    QCOMPARE(show(s.cell(1, 1)), S("text:严格格式"));
    // 42 sits under the merge B2:C3, where nobody can see it: it must not be imported.
    QCOMPARE(show(s.cell(1, 2)), S("empty:"));
    QVERIFY(hasMerge(s, 1, 1, 2, 2));
}

void TestSheetReaders::date1904_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("xlsx") << data("date1904.xlsx");
    QTest::newRow("xls") << data("date1904.xls");
}

void TestSheetReaders::date1904()
{
    QFETCH(QString, file);
    QCOMPARE(show(mustRead(file).sheets.at(0).cell(0, 0)), S("date:2023-05-01"));
}

void TestSheetReaders::backslashPaths()
{
    QCOMPARE(show(mustRead(data("backslash.xlsx")).sheets.at(0).cell(0, 0)), S("text:反斜杠路径"));
}

// The worksheet XML scanner: entities and character references, CDATA, comments and
// processing instructions, prefixed elements, single quotes, self-closing and r-less cells,
// rich text with a phonetic guide, namespace declarations that are no attributes, UTF-16.
void TestSheetReaders::xmlScannerReadsWhatWritersWrite()
{
    QTemporaryDir dir;
    const QByteArray rows =
            "<!-- written by hand --><?some-tool hint?>"
            "<x:row xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" r='1'>"
            "<x:c r='A1' t='inlineStr'><x:is><x:t>&lt;a&amp;b&gt; &quot;&apos;&#x4E2D;&#25991;</x:t></x:is></x:c>"
            "<x:c r=\"B1\"/>"
            "<x:c r=\"C1\" t=\"inlineStr\"><x:is><x:t><![CDATA[<不是标签>&amp;]]></x:t></x:is></x:c>"
            "</x:row>"
            "<row r=\"2\"><c t=\"inlineStr\"><is><r><t>富</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">文本 </t></r>"
            "<rPh sb=\"0\" eb=\"1\"><t>フ</t></rPh></is></c>"
            "<c><v>12.5</v></c><c t=\"inlineStr\"><is><t>第一行_x000D_\n第二行</t></is></c></row>\n"
            // References between UTF-8 runs, one beyond the BMP, hex digits in either case.
            "<row r=\"3\"><c t=\"inlineStr\"><is><t>项&#30446;名&#x1F600;末&#x4e2D;</t></is></c>"
            // Decimal ones of every form: leading zeros, a tab, past the surrogates, beyond the BMP.
            "<c t=\"inlineStr\"><is><t>&#0030446;&#9;&#57344;&#128512;&#65;</t></is></c></row>\n";
    const QString utf8Book = writeOneSheetBook(dir.path(), "scanner.xlsx", sheetXml(rows));
    QVERIFY(!utf8Book.isEmpty());
    const QString utf16 = QString::fromUtf8(sheetXml(rows)).replace(S("encoding=\"UTF-8\""), S("encoding=\"UTF-16\""));
    QStringEncoder toUtf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    const QString utf16Book = writeOneSheetBook(dir.path(), "scanner16.xlsx", toUtf16(utf16));
    QVERIFY(!utf16Book.isEmpty());
    for (const QString &path : { utf8Book, utf16Book }) {
        const Sheet sheet = mustRead(path).sheets.at(0);
        QCOMPARE(sheet.name, S("表1"));
        QCOMPARE(show(sheet.cell(0, 0)), S("text:<a&b> \"'中文"));
        QCOMPARE(show(sheet.cell(0, 1)), S("empty:"));
        QCOMPARE(show(sheet.cell(0, 2)), S("text:<不是标签>&amp;"));
        QCOMPARE(show(sheet.cell(1, 0)), S("text:富文本 "));
        QCOMPARE(show(sheet.cell(1, 1)), S("number:12.5"));
        QCOMPARE(show(sheet.cell(1, 2)), S("text:第一行\r\n第二行"));
        QCOMPARE(sheet.cell(2, 0).text, S("项目名") + QString::fromUcs4(U"\U0001F600") + S("末中"));
        QCOMPARE(sheet.cell(2, 1).text, S("目\t") + QChar(0xE000) + QString::fromUcs4(U"\U0001F600") + S("A"));
        QCOMPARE(sheet.rowCount(), 3);
    }
}

void TestSheetReaders::xmlScannerRefusesMalformedXml_data()
{
    QTest::addColumn<QByteArray>("rows");
    QTest::addColumn<QString>("expected");
    const QString xml = S("XML 内容有误");
    QTest::newRow("mismatched tags") << QByteArray("<row r=\"1\"><c><v>1</v></row>") << xml;
    QTest::newRow("undefined entity") << QByteArray("<row><c t=\"inlineStr\"><is><t>a&nbsp;b</t></is></c></row>") << xml;
    QTest::newRow("control character") << QByteArray("<row><c t=\"inlineStr\"><is><t>a\x01b</t></is></c></row>") << xml;
    QTest::newRow("invalid UTF-8") << QByteArray("<row><c t=\"inlineStr\"><is><t>a\xff\xfe</t></is></c></row>") << xml;
    QTest::newRow("reference to NUL") << QByteArray("<row><c t=\"inlineStr\"><is><t>&#0;</t></is></c></row>") << xml;
    QTest::newRow("reference to a control character") << QByteArray("<row><c t=\"inlineStr\"><is><t>a&#31;b</t></is></c></row>") << xml;
    QTest::newRow("decimal reference to a surrogate") << QByteArray("<row><c t=\"inlineStr\"><is><t>&#55296;</t></is></c></row>") << xml;
    QTest::newRow("reference without its semicolon") << QByteArray("<row><c t=\"inlineStr\"><is><t>&#39033 项</t></is></c></row>") << xml;
    QTest::newRow("reference to a surrogate") << QByteArray("<row><c t=\"inlineStr\"><is><t>&#xD800;</t></is></c></row>") << xml;
    QTest::newRow("reference beyond Unicode") << QByteArray("<row><c t=\"inlineStr\"><is><t>&#x110000;</t></is></c></row>") << xml;
    QTest::newRow("reference without digits") << QByteArray("<row><c t=\"inlineStr\"><is><t>&#;</t></is></c></row>") << xml;
    QTest::newRow("reference with a capital X") << QByteArray("<row><c t=\"inlineStr\"><is><t>&#X31;</t></is></c></row>") << xml;
    QTest::newRow("reference with a letter") << QByteArray("<row><c t=\"inlineStr\"><is><t>&#12a;</t></is></c></row>") << xml;
    QTest::newRow("invalid UTF-8 between references")
            << QByteArray("<row><c t=\"inlineStr\"><is><t>&#20013;\xff&#25991;</t></is></c></row>") << xml;
    QTest::newRow("unquoted attribute") << QByteArray("<row r=1><c><v>1</v></c></row>") << xml;
    QTest::newRow("unclosed") << QByteArray("<row><c><v>1</v></c>") << xml;
    QTest::newRow("DTD inside") << QByteArray("<!DOCTYPE x [<!ENTITY a \"b\">]><row/>") << S("文档类型定义（DTD）");
}

void TestSheetReaders::xmlScannerRefusesMalformedXml()
{
    QFETCH(QByteArray, rows);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = writeOneSheetBook(dir.path(), "bad.xlsx", sheetXml(rows));
    QVERIFY(!path.isEmpty());
    QString error;
    QVERIFY(!readWorkbook(path, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(error.startsWith(S("“bad.xlsx”")), qPrintable(error));
}

void TestSheetReaders::refused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("DTD") << data("dtd.xlsx") << S("工作表“Sheet1”：文件中含有文档类型定义（DTD）");
    QTest::newRow("column XFE") << data("bad_ref.xlsx") << S("工作表“Sheet1”第 1 行：单元格引用“XFE1”");
    QTest::newRow("zip bomb") << data("bomb.xlsx") << S("解压后的内容超过 256 MB");
    QTest::newRow("one 20 MB token") << data("long_token.xlsx") << S("超过 4 MB 的连续内容");
    QTest::newRow("truncated") << data("truncated.xlsx") << S("文件已损坏或不完整");
    QTest::newRow("text named .xlsx") << data("text.xlsx") << S("扩展名是 .xlsx，但内容不是 Excel 工作簿");
    QTest::newRow("encrypted or old") << data("encrypted.xlsx") << S("受密码保护");
    QTest::newRow("missing") << data("no_such_file.xlsx") << S("无法打开文件");
}

void TestSheetReaders::refused()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!readWorkbook(file, &error));
    QVERIFY2(error.startsWith(u'“' + QFileInfo(file).fileName() + u'”'), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestSheetReaders::zipBombMemoryStaysBounded()
{
    // bomb_lying.xlsx declares 1000 bytes for 300 MB of sheet (1 MB comments); libzip reads on
    // regardless, so only counting the inflated bytes stops it, and streaming keeps memory low.
    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY(!readWorkbook(data("bomb_lying.xlsx"), &error));
    QVERIFY2(error.contains(S("“压缩炸弹”")), qPrintable(error));
    QVERIFY2(error.contains(S("解压后的内容超过 256 MB")), qPrintable(error)); // the one-part limit
    qInfo("lying zip bomb refused in %lld ms, peak memory %ld MiB", timer.elapsed(), peakMemoryMiB());
#if !TZ_ASAN // the sanitizer's shadow memory and quarantine count too
    QVERIFY2(peakMemoryMiB() < 120, qPrintable(QString::number(peakMemoryMiB())));
#endif
}

void TestSheetReaders::csvEncodingsAndSeparators_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("separator");
    QTest::addColumn<QString>("b2");
    QTest::newRow("GB18030") << data("ledger_gb18030.csv") << S("GB18030") << S(",") << S("");
    QTest::newRow("UTF-8") << data("ledger_lo.csv") << S("UTF-8") << S(",") << S("");
    QTest::newRow("UTF-8 BOM") << data("utf8_bom.csv") << S("UTF-8 BOM") << S(",") << S("智能装备");
    QTest::newRow("UTF-16LE") << data("utf16le_bom.csv") << S("UTF-16LE") << S("\t") << S("智能装备");
    QTest::newRow("full-width comma") << data("fullwidth_comma.csv") << S("UTF-8") << S("，") << S("智能装备");
}

void TestSheetReaders::csvEncodingsAndSeparators()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(QString, separator);
    QFETCH(QString, b2);
    CsvReader reader(file);
    QString error;
    const std::optional<Workbook> book = reader.read(&error);
    QVERIFY2(book, qPrintable(error));
    QCOMPARE(reader.encoding(), encoding);
    QCOMPARE(QString(reader.separator()), separator);
    const Sheet &s = book->sheets.at(0);
    QCOMPARE(s.name, QFileInfo(file).completeBaseName());
    if (!b2.isEmpty()) {
        QCOMPARE(s.cell(0, 0).text, S("项目编号")); // no BOM left in the first cell
        QCOMPARE(s.cell(1, 1).text, b2);
    }
    if (file.endsWith(S("utf8_bom.csv")))
        QCOMPARE(show(s.cell(1, 2)), S("text:12,500"));
    if (file.endsWith(S("fullwidth_comma.csv"))) {
        QCOMPARE(s.columnCount(), 4);
        QCOMPARE(show(s.cell(1, 3)), S("text:12,500"));
        QCOMPARE(show(s.cell(2, 3)), S("text:8600")); // CSV never guesses numbers
    }
}

void TestSheetReaders::csvQuotedFields()
{
    CsvReader reader(data("quoted.csv"));
    QString error;
    const std::optional<Workbook> book = reader.read(&error);
    QVERIFY2(book, qPrintable(error));
    QCOMPARE(QString(reader.separator()), S(";"));
    const Sheet &s = book->sheets.at(0);
    QCOMPARE(s.rowCount(), 4);
    QCOMPARE(show(s.cell(0, 0)), S("text:名称"));
    QCOMPARE(show(s.cell(0, 1)), S("text:进度"));
    QCOMPARE(show(s.cell(1, 0)), S("text:甲;乙"));
    QCOMPARE(show(s.cell(1, 1)), S("text:3月底前完成土地摘牌\n6月底前开工建设"));
    QCOMPARE(show(s.cell(2, 0)), S("text:他说\"好\"")); // after a lone CR line end
    QCOMPARE(show(s.cell(2, 1)), S("empty:"));
    QCOMPARE(show(s.cell(3, 0)), S("empty:"));
    QCOMPARE(show(s.cell(3, 1)), S("text:末行")); // no line break at the end
}

void TestSheetReaders::csvUtf8ThatAlsoDecodesAsGb18030()
{
    QFile f(data("utf8_ambiguous.csv"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    // The pitfall is real: these UTF-8 bytes are valid GB18030 too, and mean something else.
    QStringDecoder gb("GB18030", QStringConverter::Flag::Stateless);
    QVERIFY(gb.isValid());
    const QString garbage = gb.decode(bytes);
    QVERIFY(!gb.hasError());
    QVERIFY(!garbage.contains(S("中文测试")));
    const Sheet s = mustRead(f.fileName()).sheets.at(0);
    QCOMPARE(show(s.cell(0, 1)), S("text:中文测试"));
}

void TestSheetReaders::csvRefused()
{
    QVERIFY(m_dir.isValid());
    const auto write = [this](const char *name, const QByteArray &bytes) {
        const QString path = m_dir.filePath(S(name));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", name);
        return path;
    };
    QString error;
    QVERIFY(!readWorkbook(write("open_quote.csv", "a,b\n1,\"never closed\n2,3\n"), &error));
    QVERIFY2(error.contains(S("“open_quote.csv”工作表“open_quote”第 2 行：引号没有闭合")), qPrintable(error));
    QVERIFY(!readWorkbook(write("binary.csv", QByteArray("a,b\n\0\x01\x02", 7)), &error));
    QVERIFY2(error.contains(S("不是文本文件")), qPrintable(error));
    QVERIFY(!readWorkbook(write("bad.csv", "\xff\xff\xff,\x81\n"), &error));
    QVERIFY2(error.contains(S("文字编码")), qPrintable(error));
    QVERIFY(!readWorkbook(write("web.xls", "<html><table><tr><td>1</td></tr></table></html>"), &error));
    QVERIFY2(error.contains(S("网页")), qPrintable(error));
    // An OLE compound file whose directory names an EncryptionInfo stream: an encrypted .xlsx,
    // whatever its name says.
    QByteArray ole = QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0');
    for (const char c : QByteArray("EncryptionInfo"))
        ole += QByteArray(1, c) + QByteArray(1, '\0');
    ole += QByteArray(1024, '\0');
    QVERIFY(!readWorkbook(write("加密.xls", ole), &error));
    QVERIFY2(error.contains(S("“加密.xls”：工作簿受密码保护（已加密）")), qPrintable(error));
    // Tab-separated text named .xls, as many systems export, is read as text.
    const auto tsv = readWorkbook(write("export.xls", "项目编号\t项目名称\nGX-001\t智能装备\n"), &error);
    QVERIFY2(tsv, qPrintable(error));
    QCOMPARE(show(tsv->sheets.at(0).cell(1, 1)), S("text:智能装备"));
}

void TestSheetReaders::cliSheet()
{
    const auto run = [](const QStringList &args, QByteArray *out, QByteArray *err) {
        QProcess p;
        p.start(QStringLiteral(TZ_CLI_PATH), args);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
            return -1;
        *out = p.readAllStandardOutput();
        *err = p.readAllStandardError();
        return p.exitCode();
    };
    QByteArray out;
    QByteArray err;
    QCOMPARE(run({ S("sheet"), data("ledger_lo.xlsx") }, &out, &err), 0);
    const QStringList lines = QString::fromUtf8(out).split(u'\n');
    QCOMPARE(lines.size(), 14); // 13 rows and the final line break
    QCOMPARE(lines.at(0), S("2023年全市重大科技创新项目推进台账") + QString(14, u','));
    QCOMPARE(lines.at(3), S(",,,,,,,,,,资金,土地,用工,环评,"));
    QCOMPARE(lines.at(5), S("1,GX-2023-001,洛阳智能装备创新中心,洛阳智造科技有限公司,高新区,王建国（副市长）,"
                            "125000.5,30000,2023-05-01,2024年12月31日,5000,120亩,,已批复,"
                            "3月底前完成土地摘牌；6月底前开工建设；9月底前主体完工"));
    QVERIFY2(lines.at(6).contains(S(",\"12,500\",4200,2023-03-15,")), qPrintable(lines.at(6)));
    QCOMPARE(lines.at(11), S("合计,,,,,,185400.5,51000,,,,,,,"));

    QCOMPARE(run({ S("sheet"), data("ledger_lo.xlsx"), S("--sheet"), S("字典") }, &out, &err), 0);
    QVERIFY(QString::fromUtf8(out).startsWith(S("项目类别,项目阶段\n平台建设,谋划\n")));
    QCOMPARE(run({ S("sheet"), data("ledger_lo.xlsx"), S("--sheet"), S("2") }, &out, &err), 0);
    QVERIFY(QString::fromUtf8(out).startsWith(S("1. 金额单位为万元。\n")));
    QCOMPARE(run({ S("sheet"), data("quoted.csv") }, &out, &err), 0);
    QCOMPARE(QString::fromUtf8(out), S("名称,进度\n甲;乙,\"3月底前完成土地摘牌\n6月底前开工建设\"\n\"他说\"\"好\"\"\",\n,末行\n"));

    QCOMPARE(run({ S("sheet"), data("ledger_lo.xlsx"), S("--sheet"), S("9") }, &out, &err), 2);
    QCOMPARE(run({ S("sheet"), data("text.xlsx") }, &out, &err), 3);
    QVERIFY2(QString::fromUtf8(err).contains(S("“text.xlsx”")), err.constData());
    QVERIFY(out.isEmpty());
    QCOMPARE(run({ S("sheet"), data("no_such_file.csv") }, &out, &err), 3);
}

QTEST_GUILESS_MAIN(TestSheetReaders)
#include "test_sheetreaders.moc"
