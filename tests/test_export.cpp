// Exporting the ledger to XLSX and CSV: the cells hold what the ledger holds (typed: numbers,
// dates, codes as text, no formula from text), the layout is an office's own, and what we
// write imports back through our own importer to the same projects.

#include "exportfixture.h"
#include "exporting/columnwidths.h"
#include "exporting/csvexport.h"
#include "exporting/ledgerexportdata.h"
#include "exporting/xlsxexport.h"
#include "importing/ziparchive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QTemporaryDir>

#include <clocale>
#include <cstdio>

using namespace tz;
using namespace exportfixture;

namespace {

int col(MainColumn c)
{
    return int(c);
}

// The row of the main sheet whose 项目编号 cell holds `code`, or -1.
int rowOfCode(const Sheet &s, const QString &code)
{
    for (int r = 0; r < s.rowCount(); ++r)
        if (s.cell(r, col(MainColumn::Code)).text == code)
            return r;
    return -1;
}

bool hasMerge(const Sheet &s, int firstRow, int firstColumn, int lastRow, int lastColumn)
{
    return std::any_of(s.merges.begin(), s.merges.end(), [&](const Merge &m) {
        return m.firstRow == firstRow && m.firstColumn == firstColumn && m.lastRow == lastRow && m.lastColumn == lastColumn;
    });
}

QByteArray zipEntry(const QString &file, const QString &entry)
{
    ZipArchive zip;
    QByteArray data;
    if (!zip.open(file) || !zip.readAll(entry, &data))
        qFatal("cannot read %s from %s", qPrintable(entry), qPrintable(file));
    return data;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void xlsxCellsHoldTheLedger();
    void xlsxLayoutAndPrinting();
    void xlsxImportsBack();
    void xlsxGroupedByUnitImportsBack();
    void xlsxNumbersUnderCommaLocale();
    void csvUtf8();
    void csvGb18030();
    void csvFieldQuotingAndInjection();
    void failedExportLeavesNoFile();
    void emptyLedger();
    void cliExportsByExtension();
    void helpers();
    void fastPathsAgreeWithPlainOnes();
    void unreadableTableFailsTheExport();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    std::unique_ptr<Ledger> m_ledger;
    QString m_xlsx;
};

void TestExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ledger = makeLedger(path(S("source.tzdb")));
    m_xlsx = path(S("ledger.xlsx"));
    XlsxExportOptions o;
    o.reportingUnit = S("洛阳市科技局");
    QCOMPARE(exportLedgerXlsx(*m_ledger, m_xlsx, o, kToday), QString());
}

void TestExport::xlsxCellsHoldTheLedger()
{
    QString error;
    const auto wb = readWorkbook(m_xlsx, &error);
    QVERIFY2(wb, qPrintable(error));
    QStringList names;
    for (const Sheet &s : wb->sheets)
        names << s.name;
    QCOMPARE(names, (QStringList { S("项目台账"), S("时间节点"), S("要素保障"), S("进展调度"), S("督导记录"), S("字典") }));
    QVERIFY(wb->sheets.last().hidden);
    QCOMPARE(wb->firstVisibleSheet(), 0);

    const Sheet &s = wb->sheets.first();
    const int last = MainColumnCount - 1;
    QCOMPARE(s.cell(0, 0).text, S("2026年重大科技创新项目推进台账"));
    QVERIFY(hasMerge(s, 0, 0, 0, last));
    QCOMPARE(s.cell(1, 0).text, S("填报单位：洛阳市科技局　　单位：万元"));
    // Two-level header: single headers merged down, 要素保障需求 merged across its children.
    QCOMPARE(s.cell(2, 0).text, S("序号"));
    QVERIFY(hasMerge(s, 2, 0, 3, 0));
    QCOMPARE(s.cell(2, col(MainColumn::FactorFunds)).text, S("要素保障需求"));
    QVERIFY(hasMerge(s, 2, col(MainColumn::FactorFunds), 2, col(MainColumn::FactorOther)));
    QCOMPARE(s.cell(3, col(MainColumn::FactorLand)).text, S("土地"));
    QCOMPARE(s.cell(2, col(MainColumn::TotalInvestment)).text, S("总投资\n（万元）"));

    const int r = rowOfCode(s, kLongCode);
    QVERIFY(r > 3);
    const Cell &code = s.cell(r, col(MainColumn::Code));
    QCOMPARE(code.type, Cell::Text); // leading zeros kept
    QCOMPARE(s.cell(r, col(MainColumn::ContactPhone)).type, Cell::Text);
    QCOMPARE(s.cell(r, col(MainColumn::ContactPhone)).text, S("037965432100"));
    const Cell &name = s.cell(r, col(MainColumn::Name));
    QCOMPARE(name.type, Cell::Text);
    QCOMPARE(name.text, injectionName());
    QCOMPARE(s.cell(r, col(MainColumn::Owner)).text, S("+北方创新有限公司"));
    const Cell &total = s.cell(r, col(MainColumn::TotalInvestment));
    QCOMPARE(total.type, Cell::Number);
    QCOMPARE(total.number, 12500.5);
    QCOMPARE(total.numberFormat, S("#,##0.00"));
    QCOMPARE(s.cell(r, col(MainColumn::CompletedInvestment)).number, 0.05);
    const Cell &start = s.cell(r, col(MainColumn::StartDate));
    QCOMPARE(start.type, Cell::Date);
    QCOMPARE(start.date, QDate(2026, 3, 1));
    QCOMPARE(start.numberFormat, S("yyyy\"年\"m\"月\"d\"日\""));
    QVERIFY(s.cell(r, col(MainColumn::PlannedEndDate)).isEmpty());
    QCOMPARE(s.cell(r, col(MainColumn::Schedule)).text, S("2026年3月31日前完成土地摘牌；2027年1月15日前开工建设"));
    QCOMPARE(s.cell(r, col(MainColumn::FactorFunds)).text, S("资金需求 5000万元"));
    QCOMPARE(s.cell(r, col(MainColumn::FactorEnvironment)).text, S("加快环评审批"));
    QVERIFY(s.cell(r, col(MainColumn::FactorLand)).isEmpty());
    const Row leader = m_ledger->rows(Entity::Leader).front();
    QCOMPARE(s.cell(r, col(MainColumn::Leader)).text, QStringLiteral("%1（%2）").arg(leader.text(0), leader.text(1)));
    QVERIFY(QStringList({ S("红灯"), S("黄灯"), S("绿灯") }).contains(s.cell(r, col(MainColumn::Light)).text));
    QCOMPARE(s.cell(r, 0).type, Cell::Number);

    // 合计: SUM formulas whose cached values are the ledger's sums.
    int totalRow = -1;
    for (int i = 0; i < s.rowCount(); ++i)
        if (s.cell(i, 0).text == S("合计"))
            totalRow = i;
    QVERIFY(totalRow > r);
    qint64 cents = 0;
    for (const Row &p : m_ledger->rows(Entity::Project))
        cents += p.integer(pcol("total_investment"));
    QCOMPARE(Money::fromDouble(s.cell(totalRow, col(MainColumn::TotalInvestment)).number).cents(), cents);
    QVERIFY(s.cell(totalRow + 2, 0).text.startsWith(S("填表人：")));

    // Only the three SUMs are formulas; the "=" name is a shared string.
    const QString xml = QString::fromUtf8(zipEntry(m_xlsx, S("xl/worksheets/sheet1.xml")));
    const QRegularExpression formula(S("<f>([^<]*)</f>"));
    QStringList formulas;
    for (auto it = formula.globalMatch(xml); it.hasNext();)
        formulas << it.next().captured(1);
    QCOMPARE(formulas.size(), 3);
    for (const QString &f : formulas)
        QVERIFY2(f.startsWith(S("SUM(")) && f.endsWith(QStringLiteral("%1)").arg(totalRow)), qPrintable(f));
    QVERIFY(!xml.contains(S("HYPERLINK")));
    QVERIFY(QString::fromUtf8(zipEntry(m_xlsx, S("xl/sharedStrings.xml"))).contains(S("=HYPERLINK(")));

    // The detail sheets: milestones with their derived state.
    const Sheet &ms = wb->sheets.at(1);
    QCOMPARE(ms.cell(0, 0).text, S("项目编号"));
    int states = 0;
    for (int i = 1; i < ms.rowCount(); ++i) {
        if (ms.cell(i, 0).text != kLongCode)
            continue;
        ++states;
        QCOMPARE(ms.cell(i, 1).text, injectionName());
        QCOMPARE(ms.cell(i, 3).type, Cell::Date);
        // 完成状态 after 实际完成时间: overdue in March, done early in January.
        QCOMPARE(ms.cell(i, 5).text, states == 1 ? S("逾期") : S("已完成"));
    }
    QCOMPARE(states, 2);
    QCOMPARE(ms.rowCount(), int(m_ledger->count(Entity::Milestone)) + 1);
    QCOMPARE(wb->sheets.at(2).rowCount(), int(m_ledger->count(Entity::Requirement)) + 1);
    QCOMPARE(wb->sheets.at(3).rowCount(), int(m_ledger->count(Entity::Progress)) + 1);
    QCOMPARE(wb->sheets.at(4).rowCount(), int(m_ledger->count(Entity::Supervision)) + 1);
    // The dictionary lists the units for the drop-down.
    QCOMPARE(wb->sheets.last().cell(0, 0).text, S("责任单位"));
    QCOMPARE(wb->sheets.last().cell(1, 0).text, m_ledger->rows(Entity::Unit).front().text(0));
}

void TestExport::xlsxLayoutAndPrinting()
{
    const QString xml = QString::fromUtf8(zipEntry(m_xlsx, S("xl/worksheets/sheet1.xml")));
    const int lastData = int(m_ledger->count(Entity::Project)) + 4;
    // Frozen below the header and right of 项目名称; autofilter on the lower header row.
    QVERIFY(xml.contains(S("<pane xSplit=\"3\" ySplit=\"4\" topLeftCell=\"D5\" activePane=\"bottomRight\" state=\"frozen\"/>")));
    QVERIFY2(xml.contains(QStringLiteral("<autoFilter ref=\"A4:X%1\"/>").arg(lastData)), qPrintable(xml.right(3000)));
    // Drop-downs point at the hidden 字典 sheet (never an inline list: 1.1.4 crashes on those).
    QVERIFY(xml.contains(QStringLiteral("sqref=\"G5:G%1\"><formula1>'字典'!$A$2:$A$").arg(lastData)));
    QVERIFY(xml.contains(S("<formula1>'字典'!$B$2:$B$6</formula1>")));
    // A3 landscape, one page wide, footer with page numbers.
    QVERIFY(xml.contains(S("<pageSetup paperSize=\"8\" fitToHeight=\"0\" orientation=\"landscape\"/>")));
    QVERIFY(xml.contains(S("<pageSetUpPr fitToPage=\"1\"/>")));
    QVERIFY(xml.contains(S("<oddFooter>&amp;C第 &amp;P 页 共 &amp;N 页</oddFooter>")));
    const QString book = QString::fromUtf8(zipEntry(m_xlsx, S("xl/workbook.xml")));
    QVERIFY2(book.contains(S("_xlnm.Print_Titles\" localSheetId=\"0\">'项目台账'!$3:$4")), qPrintable(book));
    // Widths from the text: 项目名称 as wide as the longest name (capped), 序号 narrow.
    const QRegularExpression cols(S("<col min=\"(\\d+)\" max=\"\\d+\" width=\"([\\d.]+)\""));
    QHash<int, double> widths;
    for (auto it = cols.globalMatch(xml); it.hasNext();) {
        const auto m = it.next();
        widths.insert(m.captured(1).toInt(), m.captured(2).toDouble());
    }
    QVERIFY(widths.value(col(MainColumn::Serial) + 1) < 8);
    QVERIFY(widths.value(col(MainColumn::Name) + 1) >= 28 && widths.value(col(MainColumn::Name) + 1) < 29);
    QVERIFY(widths.value(col(MainColumn::Schedule) + 1) <= 41);

    // The A4 option.
    XlsxExportOptions o;
    o.paper = PaperSize::A4;
    const QString a4 = path(S("a4.xlsx"));
    QCOMPARE(exportLedgerXlsx(*m_ledger, a4, o, kToday), QString());
    QVERIFY(QString::fromUtf8(zipEntry(a4, S("xl/worksheets/sheet1.xml"))).contains(S("paperSize=\"9\"")));
}

void TestExport::xlsxImportsBack()
{
    ImportPreview p;
    const auto back = importFile(m_xlsx, path(S("xlsx.tzdb")), &p);
    QCOMPARE(p.year, 2026);
    QCOMPARE(p.rowsWithErrors(), 0);
    QCOMPARE(p.added(), int(m_ledger->count(Entity::Project)));
    QCOMPARE(snapshot(*back), snapshot(*m_ledger));
}

void TestExport::xlsxGroupedByUnitImportsBack()
{
    XlsxExportOptions o;
    o.groupByUnit = true;
    o.year = 2026;
    const QString file = path(S("grouped.xlsx"));
    QCOMPARE(exportLedgerXlsx(*m_ledger, file, o, kToday), QString());
    QString error;
    const auto wb = readWorkbook(file, &error);
    QVERIFY(wb);
    const Sheet &s = wb->sheets.first();
    int count = 0;
    for (const Row &p : m_ledger->rows(Entity::Project))
        count += m_ledger->rowTitle(Entity::Unit, p.integer(pcol("unit_id"))) == S("高新区") ? 1 : 0;
    QCOMPARE(s.cell(4, 0).text, QStringLiteral("一、高新区（%1个）").arg(count));
    QVERIFY(hasMerge(s, 4, 0, 4, MainColumnCount - 1));
    ImportPreview p;
    const auto back = importFile(file, path(S("grouped.tzdb")), &p);
    QCOMPARE(p.rowsWithErrors(), 0);
    QCOMPARE(snapshot(*back), snapshot(*m_ledger));
}

void TestExport::xlsxNumbersUnderCommaLocale()
{
    // A German locale made on the spot (package "locales"): printf would write 12500,5.
    QTemporaryDir locales;
    QProcess localedef;
    localedef.start(S("localedef"), { S("-i"), S("de_DE"), S("-f"), S("UTF-8"), locales.filePath(S("de_DE.UTF-8")) });
    QVERIFY2(localedef.waitForFinished(60000) && localedef.exitCode() == 0,
             "localedef failed: install the Debian package \"locales\" (bash .ci/deps test)");
    qputenv("LOCPATH", QFile::encodeName(locales.path()));
    const std::string before = std::setlocale(LC_NUMERIC, nullptr);
    QVERIFY(std::setlocale(LC_NUMERIC, "de_DE.UTF-8"));
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", 2.5);
    QCOMPARE(QByteArray(buffer), QByteArray("2,5")); // the locale really is in force
    const QString file = path(S("comma.xlsx"));
    const QString error = exportLedgerXlsx(*m_ledger, file, {}, kToday);
    const std::string during = std::setlocale(LC_NUMERIC, nullptr);
    std::setlocale(LC_NUMERIC, before.c_str());
    qunsetenv("LOCPATH");
    QCOMPARE(error, QString());
    QCOMPARE(QString::fromStdString(during), S("de_DE.UTF-8")); // restored for the caller
    const QString xml = QString::fromUtf8(zipEntry(file, S("xl/worksheets/sheet1.xml")));
    QVERIFY(xml.contains(S("<v>12500.5</v>")));
    QVERIFY(!xml.contains(S("<v>12500,5</v>")));
    const auto back = importFile(file, path(S("comma.tzdb")));
    QCOMPARE(snapshot(*back), snapshot(*m_ledger));
}

void TestExport::csvUtf8()
{
    const QString file = path(S("ledger.csv"));
    QCOMPARE(exportLedgerCsv(*m_ledger, file, CsvEncoding::Utf8Bom, kToday), QString());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    QVERIFY(!text.startsWith(S("ID"))); // Excel would take it for SYLK
    QVERIFY(text.startsWith(S("序号,项目编号,项目名称,")));
    QVERIFY(text.contains(S(",2026年度计划投资（万元）,")));
    QVERIFY(text.contains(S(",资金,土地,用工,环评,其他,预警,备注\r\n")));
    // CRLF ends every record; the only bare LF is the one inside the quoted notes.
    QVERIFY(text.endsWith(S("\r\n")));
    QCOMPARE(int(text.count(S("\r\n"))), int(m_ledger->count(Entity::Project)) + 1);
    QCOMPARE(int(text.count(u'\n') - text.count(S("\r\n"))), 1);
    // The awkward project: code as written, formula-like text neutralised, RFC 4180 quoting.
    // Long or zero-led digits get a tab so Excel keeps them as text; our importer trims it.
    QVERIFY(text.contains(QStringLiteral(",\"\t%1\",").arg(kLongCode)));
    QVERIFY(text.contains(S(",\"\t037965432100\",")));
    QVERIFY(text.contains(S(",\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"点我\"\")，测试项目\",")));
    QVERIFY(text.contains(S(",'+北方创新有限公司,")));
    QVERIFY(text.contains(S(",\"'@注意：第一行\n第二行\"\r\n")));
    QVERIFY(text.contains(S(",12500.50,3000.00,0.05,2026-03-01,,2026年3月31日前完成土地摘牌；2027年1月15日前开工建设,")));

    ImportPreview p;
    const auto back = importFile(file, path(S("csv.tzdb")), &p);
    QCOMPARE(p.rowsWithErrors(), 0);
    QCOMPARE(p.year, 2026); // from the 2026年度计划投资 header: CSV has no title row
    QCOMPARE(snapshot(*back), snapshot(*m_ledger, true));
}

void TestExport::csvGb18030()
{
    const QString utf8 = path(S("ledger.csv"));
    const QString gb = path(S("ledger_gb18030.csv"));
    QCOMPARE(exportLedgerCsv(*m_ledger, utf8, CsvEncoding::Utf8Bom, kToday), QString());
    QCOMPARE(exportLedgerCsv(*m_ledger, gb, CsvEncoding::Gb18030, kToday), QString());
    QFile a(utf8), b(gb);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    const QByteArray gbBytes = b.readAll();
    QVERIFY(!gbBytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(gbBytes.startsWith("\xD0\xF2\xBA\xC5")); // 序号 in GB18030
    QStringDecoder decoder("GB18030");
    const QString decoded = decoder.decode(gbBytes);
    QVERIFY(!decoder.hasError());
    QCOMPARE(decoded, QString::fromUtf8(a.readAll().mid(3)));
    ImportPreview p;
    const auto back = importFile(gb, path(S("gb.tzdb")), &p);
    QCOMPARE(p.rowsWithErrors(), 0);
    QCOMPARE(snapshot(*back), snapshot(*m_ledger, true));
}

void TestExport::csvFieldQuotingAndInjection()
{
    QCOMPARE(csvField(S("plain"), true), S("plain"));
    QCOMPARE(csvField(S("a,b"), true), S("\"a,b\""));
    QCOMPARE(csvField(S("说\"好\""), true), S("\"说\"\"好\"\"\""));
    QCOMPARE(csvField(S("甲，乙"), true), S("\"甲，乙\""));
    QCOMPARE(csvField(S("a\r\nb"), true), S("\"a\nb\""));
    for (const char *bad : { "=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx" })
        QVERIFY2(csvField(S(bad), true).startsWith(S("'")) || csvField(S(bad), true).startsWith(S("\"'")), bad);
    QCOMPARE(csvField(S("-12.50"), false), S("-12.50")); // numbers are not text: left alone
    QCOMPARE(csvField(S("项目=1"), true), S("项目=1"));
    QCOMPARE(csvField(S("000123"), true), S("\"\t000123\""));
    QCOMPARE(csvField(S("123456789012"), true), S("\"\t123456789012\""));
    QCOMPARE(csvField(S("13758957127"), true), S("13758957127")); // Excel shows 11 digits whole
    QCOMPARE(csvField(S("2026"), true), S("2026"));
}

void TestExport::failedExportLeavesNoFile()
{
    const QString missing = path(S("no/such/dir/out.xlsx"));
    const QString error = exportLedgerXlsx(*m_ledger, missing, {}, kToday);
    QVERIFY2(error.contains(S("无法写入")), qPrintable(error));
    QVERIFY(!QFile::exists(missing));
    QVERIFY(!exportLedgerCsv(*m_ledger, path(S("no/such/dir/out.csv")), CsvEncoding::Utf8Bom, kToday).isEmpty());
    // A good file already there survives a failed export over it: a directory of that name
    // cannot be replaced, and nothing is left beside it.
    QVERIFY(QDir(m_dir.path()).mkpath(S("taken.xlsx")));
    QVERIFY(!exportLedgerXlsx(*m_ledger, path(S("taken.xlsx")), {}, kToday).isEmpty());
    QVERIFY(QFileInfo(path(S("taken.xlsx"))).isDir());
    QCOMPARE(QDir(m_dir.path()).entryList({ S("taken.xlsx?*") }, QDir::AllEntries | QDir::Hidden), QStringList());
}

void TestExport::emptyLedger()
{
    QString error;
    auto empty = Ledger::create(path(S("empty.tzdb")), &error);
    QVERIFY2(empty, qPrintable(error));
    const QString xlsx = path(S("empty.xlsx"));
    QCOMPARE(exportLedgerXlsx(*empty, xlsx, {}, kToday), QString());
    const auto wb = readWorkbook(xlsx, &error);
    QVERIFY2(wb, qPrintable(error));
    const Sheet &s = wb->sheets.first();
    QCOMPARE(s.cell(4, 0).text, S("合计"));
    QCOMPARE(s.cell(4, col(MainColumn::TotalInvestment)).number, 0.0);
    const QString csv = path(S("empty.csv"));
    QCOMPARE(exportLedgerCsv(*empty, csv, CsvEncoding::Gb18030, kToday), QString());
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll().count("\r\n"), 1); // the header only
}

void TestExport::cliExportsByExtension()
{
    const auto cli = [](const QStringList &args, QByteArray *err = nullptr) {
        QProcess p;
        p.start(QStringLiteral(TZ_CLI_PATH), args + QStringList { S("--today"), S("2026-06-15") });
        p.waitForFinished(120000);
        if (err)
            *err = p.readAllStandardError();
        return p.exitCode();
    };
    const auto head = [](const QString &file, int n) {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.read(n) : QByteArray();
    };
    const QString ledger = path(S("source.tzdb"));
    QCOMPARE(cli({ S("export"), ledger, path(S("cli.xlsx")) }), 0);
    QCOMPARE(head(path(S("cli.xlsx")), 2), QByteArray("PK"));
    QCOMPARE(cli({ S("export"), ledger, path(S("cli.csv")) }), 0);
    QCOMPARE(head(path(S("cli.csv")), 3), QByteArray("\xEF\xBB\xBF"));
    QCOMPARE(cli({ S("export"), ledger, path(S("cli_gb.CSV")), S("--encoding"), S("gb18030") }), 0);
    QCOMPARE(head(path(S("cli_gb.CSV")), 4), QByteArray("\xD0\xF2\xBA\xC5"));
    QCOMPARE(cli({ S("export"), ledger, path(S("cli.json")) }), 0);
    QCOMPARE(head(path(S("cli.json")), 1), QByteArray("{"));
    QByteArray err;
    QCOMPARE(cli({ S("export"), ledger, path(S("x.xlsx")), S("--encoding"), S("gb18030") }, &err), 2);
    QVERIFY(!QFile::exists(path(S("x.xlsx"))));
    QCOMPARE(cli({ S("export"), ledger, path(S("x.csv")), S("--encoding"), S("latin1") }, &err), 2);
    QCOMPARE(cli({ S("export"), ledger, path(S("no/dir/x.xlsx")) }, &err), 3);
    QVERIFY2(QString::fromUtf8(err).contains(S("无法写入")), err.constData());
}

void TestExport::helpers()
{
    QCOMPARE(chineseNumber(1), S("一"));
    QCOMPARE(chineseNumber(10), S("十"));
    QCOMPARE(chineseNumber(12), S("十二"));
    QCOMPARE(chineseNumber(20), S("二十"));
    QCOMPARE(chineseNumber(99), S("九十九"));
    QCOMPARE(chineseDate(QDate(2023, 3, 31)), S("2023年3月31日"));
    QCOMPARE(LedgerExportData::scheduleText({ { QDate(2023, 6, 30), S("开工建设") }, { QDate(2023, 3, 31), S("完成土地摘牌") } }),
             S("2023年3月31日前完成土地摘牌；2023年6月30日前开工建设"));
}

void TestExport::fastPathsAgreeWithPlainOnes()
{
    // Widths of numbers and dates are worked out without making their text, and plain text is
    // appended without a string per cell: both must say what the text itself says.
    std::vector<ExportCell> cells;
    for (qint64 cents : { 0LL, 5LL, -5LL, 99LL, 100LL, 99999LL, 100000LL, -123456789LL, 99999999999LL, 100000000000LL })
        cells.push_back(ExportCell::fromMoney(Money::fromCents(cents)));
    for (double n : { 0.0, 7.0, 10.0, -42.0, 123456.0, 2.5, 1e20 })
        cells.push_back(ExportCell::fromNumber(n));
    for (const QDate d : { QDate(2026, 1, 1), QDate(2026, 12, 31), QDate(1899, 12, 30), QDate(9999, 9, 9), QDate(10, 2, 3) })
        cells.push_back(ExportCell::fromDate(d));
    for (const QString &t : { S("项目"), S("ab\n宽宽宽"), S("𠀀x"), S("") })
        cells.push_back(ExportCell::fromText(t));
    for (const ExportCell &c : cells) {
        const QString shown = c.shownText();
        QCOMPARE(c.shownWidth(), widestLineWidth(shown));
        QString appended = S("x");
        c.appendPlainText(appended);
        QString expected;
        switch (c.type) {
        case ExportCell::Amount:
            expected = Money::fromCents(c.cents).toString();
            break;
        case ExportCell::Number:
            expected = QString::number(c.number, 'g', 15);
            break;
        case ExportCell::Date:
            expected = c.date.toString(Qt::ISODate);
            break;
        default:
            expected = c.text;
        }
        QCOMPARE(appended, S("x") + expected);
    }
    QCOMPARE(textWidth(S("𠀀")), 2); // a supplementary CJK character is one wide character
    QCOMPARE(ColumnWidths::wrappedLines(S("宽宽宽宽\nab"), 5), 3);

    for (const QString &v : { S("plain"), S("a,b"), S(" edge"), S("x\r\ny"), S("=1"), S("0012"), S("123456789012"),
                              S("甲，乙"), S("say \"hi\""), S("\t"), S("") })
        for (bool textColumn : { true, false }) {
            QString out = S(">");
            appendCsvField(out, v, textColumn);
            QCOMPARE(out, S(">") + csvField(v, textColumn));
        }
}

void TestExport::unreadableTableFailsTheExport()
{
    // The export reads SQLite directly; a table it cannot read must fail the export with a
    // message, not pass for a ledger without those rows.
    const auto damaged = makeLedger(path(S("damaged.tzdb")));
    QSqlQuery q(damaged->database());
    QVERIFY(q.exec(S("ALTER TABLE supervisions RENAME TO supervisions_gone")));
    const QString xlsx = path(S("damaged.xlsx"));
    const QString error = exportLedgerXlsx(*damaged, xlsx, {}, kToday);
    QVERIFY2(error.contains(S("supervisions")), qPrintable(error));
    QVERIFY(!QFile::exists(xlsx));
    QVERIFY(q.exec(S("ALTER TABLE projects RENAME TO projects_gone")));
    const QString csv = path(S("damaged.csv"));
    QVERIFY(!exportLedgerCsv(*damaged, csv, CsvEncoding::Utf8Bom, kToday).isEmpty());
    QVERIFY(!QFile::exists(csv));
    // The CSV goes to its file as it is made: a failed export still leaves a file that was there.
    QFile before(csv);
    QVERIFY(before.open(QIODevice::WriteOnly));
    QVERIFY(before.write("before") == 6);
    before.close();
    QVERIFY(!exportLedgerCsv(*damaged, csv, CsvEncoding::Gb18030, kToday).isEmpty());
    QVERIFY(before.open(QIODevice::ReadOnly));
    QCOMPARE(before.readAll(), QByteArray("before"));
}

QTEST_GUILESS_MAIN(TestExport)
#include "test_export.moc"
