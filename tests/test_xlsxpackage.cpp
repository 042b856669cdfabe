// The .xlsx package our own writer makes (exporting/ooxmlbook.h), part by part, as Excel
// checks it: the zip holds no ZIP64 or data-descriptor entries, every part is well-formed XML
// and declared in [Content_Types].xml, every relationship points at a part, worksheet elements
// come in the schema's order, cells in row and column order inside the declared dimension,
// and the cells carry the formats an office expects. Awkward values go through the writer and
// come back through our reader; openpyxl, a third reader, loads the exported ledger.

#include "exportfixture.h"
#include "exporting/ooxmlbook.h"
#include "exporting/xlsxexport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <zip.h>

using namespace tz;
using namespace exportfixture;

namespace {

// Every entry of a zip file, by name, in the order of the directory.
std::vector<std::pair<QString, QByteArray>> entries(const QString &file)
{
    std::vector<std::pair<QString, QByteArray>> out;
    int code = 0;
    zip_t *z = zip_open(QFile::encodeName(file).constData(), ZIP_RDONLY, &code);
    if (!z)
        return out;
    for (zip_int64_t i = 0; i < zip_get_num_entries(z, 0); ++i) {
        zip_stat_t st;
        zip_stat_index(z, zip_uint64_t(i), 0, &st);
        QByteArray data(qsizetype(st.size), Qt::Uninitialized);
        zip_file_t *f = zip_fopen_index(z, zip_uint64_t(i), 0);
        const zip_int64_t n = f ? zip_fread(f, data.data(), st.size) : -1;
        if (f)
            zip_fclose(f);
        out.emplace_back(QString::fromUtf8(st.name), n == zip_int64_t(st.size) ? data : QByteArray());
    }
    zip_discard(z);
    return out;
}

QByteArray part(const std::vector<std::pair<QString, QByteArray>> &all, const QString &name)
{
    for (const auto &[n, data] : all)
        if (n == name)
            return data;
    return {};
}

// Top-level element names of an XML document, and whether it parsed to the end.
QStringList childElements(const QByteArray &xml, QString *error)
{
    QStringList names;
    QXmlStreamReader r(xml);
    int depth = 0;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && ++depth == 2)
            names << r.name().toString();
        else if (r.isEndElement())
            --depth;
    }
    if (r.hasError())
        *error = r.errorString() + QStringLiteral(" at line %1 column %2").arg(r.lineNumber()).arg(r.columnNumber());
    return names;
}

// 0-based row and column of "AB12".
std::pair<int, int> cellRef(const QString &ref)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < ref.size() && ref[i].isUpper(); ++i)
        column = column * 26 + (ref[i].unicode() - 'A' + 1);
    return { ref.mid(i).toInt() - 1, column - 1 };
}

} // namespace

class TestXlsxPackage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void zipEntriesExcelCanRead();
    void partsAreDeclaredAndWellFormed();
    void worksheetsFollowTheSchema();
    void cellsCarryTheirFormats();
    void awkwardValuesComeBack();
    void textLikeAnEscapeComesBack();
    void anAbandonedBookLeavesNoFile();
    void cellsOutOfOrderFailTheExport();
    void openpyxlLoadsTheLedger();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Ledger> m_ledger;
    QString m_xlsx;
    QString m_grouped;
};

void TestXlsxPackage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ledger = makeLedger(m_dir.filePath(S("source.tzdb")));
    m_xlsx = m_dir.filePath(S("ledger.xlsx"));
    XlsxExportOptions o;
    o.reportingUnit = S("洛阳市科技局");
    QCOMPARE(exportLedgerXlsx(*m_ledger, m_xlsx, o, kToday), QString());
    m_grouped = m_dir.filePath(S("grouped.xlsx"));
    o.groupByUnit = true;
    o.paper = PaperSize::A4;
    QCOMPARE(exportLedgerXlsx(*m_ledger, m_grouped, o, kToday), QString());
}

void TestXlsxPackage::zipEntriesExcelCanRead()
{
    // libzip gives an entry written without a known size a ZIP64 local header, which Excel is
    // known to refuse; ours must have none, nor data descriptors. Walk the local headers.
    for (const QString &file : { m_xlsx, m_grouped }) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray z = f.readAll();
        const auto u16 = [&z](qsizetype at) { return quint16(quint8(z[at]) | quint8(z[at + 1]) << 8); };
        const auto u32 = [&](qsizetype at) { return quint32(u16(at)) | quint32(u16(at + 2)) << 16; };
        qsizetype at = 0;
        QStringList names;
        while (at + 30 <= z.size() && u32(at) == 0x04034b50) {
            const QString name = QString::fromUtf8(z.mid(at + 30, u16(at + 26)));
            QVERIFY2(u16(at + 4) <= 20, qPrintable(name)); // version needed: 2.0, no ZIP64
            QVERIFY2((u16(at + 6) & 0x8) == 0, qPrintable(name)); // no data descriptor
            QCOMPARE(u16(at + 28), quint16(0)); // no extra field
            QVERIFY2(u16(at + 8) == 8, qPrintable(name)); // deflated
            names << name;
            at += 30 + u16(at + 26) + u16(at + 28) + qsizetype(u32(at + 18));
        }
        QCOMPARE(u32(at), quint32(0x02014b50)); // the central directory follows the last entry
        QCOMPARE(names.value(0), S("[Content_Types].xml")); // where file(1) looks for it
        QCOMPARE(names.value(1), S("_rels/.rels"));
        QCOMPARE(int(entries(file).size()), int(names.size()));
    }
}

void TestXlsxPackage::partsAreDeclaredAndWellFormed()
{
    for (const QString &file : { m_xlsx, m_grouped }) {
        const auto all = entries(file);
        QCOMPARE(int(all.size()), 14);
        for (const auto &[name, data] : all) {
            QVERIFY2(!data.isEmpty(), qPrintable(name));
            QString error;
            childElements(data, &error);
            QVERIFY2(error.isEmpty(), qPrintable(name + u' ' + error));
            QVERIFY2(data.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"), qPrintable(name));
        }
        // Each part is declared by [Content_Types].xml (by extension or by name), and each
        // declared name exists.
        const QString types = QString::fromUtf8(part(all, S("[Content_Types].xml")));
        const QRegularExpression override(S("<Override PartName=\"/([^\"]+)\""));
        QStringList declared;
        for (auto it = override.globalMatch(types); it.hasNext();)
            declared << it.next().captured(1);
        for (const QString &d : declared)
            QVERIFY2(!part(all, d).isEmpty(), qPrintable(d));
        for (const auto &[name, data] : all)
            QVERIFY2(name == S("[Content_Types].xml") || name.endsWith(S(".rels")) || declared.contains(name), qPrintable(name));
        // Every relationship points at a part.
        const QRegularExpression target(S("Target=\"([^\"]+)\""));
        for (auto it = target.globalMatch(QString::fromUtf8(part(all, S("_rels/.rels")))); it.hasNext();) {
            const QString t = it.next().captured(1);
            QVERIFY2(!part(all, t).isEmpty(), qPrintable(t));
        }
        int sheets = 0;
        for (auto it = target.globalMatch(QString::fromUtf8(part(all, S("xl/_rels/workbook.xml.rels")))); it.hasNext();) {
            const QString t = it.next().captured(1);
            QVERIFY2(!part(all, S("xl/") + t).isEmpty(), qPrintable(t));
            sheets += t.startsWith(S("worksheets/"));
        }
        QCOMPARE(sheets, 6);
    }
    // xmllint, a validating parser of its own (libxml2-utils), agrees.
    const QString dir = m_dir.filePath(S("parts"));
    for (const auto &[name, data] : entries(m_grouped)) {
        const QString path = dir + u'/' + name;
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
        f.close();
        QProcess lint;
        lint.start(S("xmllint"), { S("--noout"), path });
        QVERIFY2(lint.waitForFinished(60000), "xmllint not found: run `bash .ci/deps test` (libxml2-utils)");
        QVERIFY2(lint.exitCode() == 0, qPrintable(name + u' ' + QString::fromUtf8(lint.readAllStandardError())));
    }
}

void TestXlsxPackage::worksheetsFollowTheSchema()
{
    // CT_Worksheet is a sequence: an element out of place and Excel "repairs" the file.
    const QStringList order = { S("sheetPr"), S("dimension"), S("sheetViews"), S("sheetFormatPr"), S("cols"),
                                S("sheetData"), S("autoFilter"), S("mergeCells"), S("dataValidations"),
                                S("printOptions"), S("pageMargins"), S("pageSetup"), S("headerFooter") };
    for (const QString &file : { m_xlsx, m_grouped }) {
        const auto all = entries(file);
        for (int i = 1; i <= 6; ++i) {
            const QByteArray xml = part(all, QStringLiteral("xl/worksheets/sheet%1.xml").arg(i));
            QString error;
            const QStringList children = childElements(xml, &error);
            QVERIFY(error.isEmpty());
            int last = -1;
            for (const QString &c : children) {
                const int at = int(order.indexOf(c));
                QVERIFY2(at > last, qPrintable(QStringLiteral("sheet%1: %2").arg(i).arg(children.join(u' '))));
                last = at;
            }
            QVERIFY(children.contains(S("dimension")) && children.contains(S("sheetData")));
            // Rows ascending, cells ascending in their row, all inside the dimension, which
            // they reach.
            const QString text = QString::fromUtf8(xml);
            const auto dim = QRegularExpression(S("<dimension ref=\"A1:([A-Z]+\\d+)\"/>")).match(text);
            QVERIFY(dim.hasMatch());
            const auto [lastRow, lastColumn] = cellRef(dim.captured(1));
            int row = -1, column = -1, maxRow = 0, maxColumn = 0;
            const QRegularExpression tags(S("<row r=\"(\\d+)\"|<c r=\"([A-Z]+)(\\d+)\""));
            for (auto it = tags.globalMatch(text); it.hasNext();) {
                const auto m = it.next();
                if (!m.captured(1).isEmpty()) {
                    QVERIFY(m.captured(1).toInt() - 1 > row);
                    row = m.captured(1).toInt() - 1;
                    column = -1;
                    continue;
                }
                const auto [r, c] = cellRef(m.captured(2) + m.captured(3));
                QVERIFY(r == row && c > column);
                column = c;
                maxRow = std::max(maxRow, r);
                maxColumn = std::max(maxColumn, c);
            }
            QCOMPARE(maxRow, lastRow);
            QCOMPARE(maxColumn, lastColumn);
        }
    }
}

void TestXlsxPackage::cellsCarryTheirFormats()
{
    // The awkward project's row: its name wraps (left, wrapText), its total investment is
    // money (#,##0.00, right), its start a date (yyyy"年"m"月"d"日", centred), its code text ("@").
    const auto all = entries(m_xlsx);
    const QString sheet = QString::fromUtf8(part(all, S("xl/worksheets/sheet1.xml")));
    const QString styles = QString::fromUtf8(part(all, S("xl/styles.xml")));
    QString error;
    const auto wb = readWorkbook(m_xlsx, &error);
    QVERIFY2(wb, qPrintable(error));
    int row = -1;
    for (int r = 0; r < wb->sheets.first().rowCount(); ++r)
        if (wb->sheets.first().cell(r, 1).text == kLongCode)
            row = r;
    QVERIFY(row > 0);
    const auto styleOf = [&](const char *column) {
        const QString ref = QString::fromLatin1(column) + QString::number(row + 1);
        const auto m = QRegularExpression(S("<c r=\"") + ref + S("\" s=\"(\\d+)\"")).match(sheet);
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    };
    const QString xfs = styles.section(S("<cellXfs"), 1).section(S("</cellXfs>"), 0, 0);
    const QStringList xf = xfs.split(S("<xf "), Qt::SkipEmptyParts).mid(1);
    const auto formatOf = [&](int s) {
        const QString id = QRegularExpression(S("numFmtId=\"(\\d+)\"")).match(xf.value(s)).captured(1);
        const auto m = QRegularExpression(S("<numFmt numFmtId=\"") + id + S("\" formatCode=\"([^\"]*)\"")).match(styles);
        return m.captured(1).replace(S("&quot;"), S("\""));
    };
    const int name = styleOf("C"), money = styleOf("L"), date = styleOf("O"), code = styleOf("B");
    QVERIFY(name > 0 && money > 0 && date > 0 && code > 0);
    QVERIFY2(xf.value(name).contains(S("horizontal=\"left\" vertical=\"center\" wrapText=\"1\"")), qPrintable(xf.value(name)));
    QCOMPARE(formatOf(money), S("#,##0.00"));
    QVERIFY(xf.value(money).contains(S("horizontal=\"right\"")) && !xf.value(money).contains(S("wrapText")));
    QCOMPARE(formatOf(date), S("yyyy\"年\"m\"月\"d\"日\""));
    QVERIFY(xf.value(date).contains(S("horizontal=\"center\"")));
    QCOMPARE(formatOf(code), S("@"));
    QVERIFY(styles.contains(S("<name val=\"宋体\"/>")));
    // Numbers are plain decimals, as Excel writes them.
    QVERIFY(sheet.contains(S("<v>12500.5</v>")));
    QVERIFY(!sheet.contains(QRegularExpression(S("<v>[^<]*e[+-]"))));
}

void TestXlsxPackage::awkwardValuesComeBack()
{
    const QString file = m_dir.filePath(S("awkward.xlsx"));
    const QString longText(40000, u'字');
    const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80"); // a surrogate pair in UTF-16
    const QStringList texts = {
        S("<&>\"' 标记"), S("  两端空白\t"), S("甲\r\n乙\r丙"), S("控制\x01\x1f字符"), S("=1+1"), S("00123"),
        QString(QChar(0xD800)) + S("孤"), emoji + S("笑"), longText,
    };
    const double numbers[] = { 0.1 + 0.2, 1e20, -0.0, -12.5, 123456789012.0, 1e-7, 98872086, 36258869.77 };
    const QDate dates[] = { QDate(1900, 1, 1), QDate(1900, 2, 28), QDate(1900, 3, 1), QDate(2026, 6, 15),
                            QDate(9999, 12, 31), QDate(1899, 12, 31) };
    {
        OoxmlBook book(file);
        SheetSetup setup;
        setup.lastRow = 3;
        setup.lastColumn = int(texts.size()) - 1;
        OoxmlSheet &s = book.addSheet(S("怪值"), setup);
        s.row(0);
        for (int c = 0; c < texts.size(); ++c)
            s.text(c, texts.at(c), Style::Text);
        s.row(1);
        for (int c = 0; c < int(std::size(numbers)); ++c)
            s.number(c, numbers[c], Style::Number);
        s.row(2);
        for (int c = 0; c < int(std::size(dates)); ++c)
            s.date(c, dates[c], Style::Date);
        s.row(3);
        s.formula(0, "=SUM(A2:B2)", 1e20 + 0.30000000000000004, Style::TotalMoney);
        s.number(1, qQNaN(), Style::Money); // no such number: a formatted blank
        QCOMPARE(book.close(), QString());
    }
    QString error;
    const auto wb = readWorkbook(file, &error);
    QVERIFY2(wb, qPrintable(error));
    const Sheet &s = wb->sheets.first();
    QCOMPARE(s.name, S("怪值"));
    QCOMPARE(s.cell(0, 0).text, texts.at(0));
    QCOMPARE(s.cell(0, 1).text, texts.at(1)); // xml:space="preserve" kept the blanks
    QCOMPARE(s.cell(0, 2).text, S("甲\n乙\n丙"));
    QCOMPARE(s.cell(0, 3).text, S("控制字符"));
    QCOMPARE(s.cell(0, 4).type, Cell::Text);
    QCOMPARE(s.cell(0, 4).text, S("=1+1"));
    QCOMPARE(s.cell(0, 5).text, S("00123"));
    QCOMPARE(s.cell(0, 6).text, S("孤"));
    QCOMPARE(s.cell(0, 7).text, emoji + S("笑"));
    QCOMPARE(s.cell(0, 8).text.size(), 32767);
    for (int c = 0; c < int(std::size(numbers)); ++c)
        QCOMPARE(s.cell(1, c).number, numbers[c] == 0 ? 0.0 : numbers[c]);
    for (int c = 0; c < 5; ++c)
        QCOMPARE(s.cell(2, c).date, dates[c]);
    QCOMPARE(s.cell(2, 5).text, S("1899年12月31日")); // no serial before 1900
    QCOMPARE(s.cell(3, 0).number, 1e20 + 0.30000000000000004);
    QVERIFY(s.cell(3, 1).isEmpty());
    // The serials themselves: Excel counts a 1900-02-29 that never was.
    const QString xml = QString::fromUtf8(part(entries(file), S("xl/worksheets/sheet1.xml")));
    QVERIFY(xml.contains(S("<c r=\"A3\" s=\"9\"><v>1</v></c><c r=\"B3\" s=\"9\"><v>59</v></c><c r=\"C3\" s=\"9\"><v>61</v></c>")));
    QVERIFY(xml.contains(S("<f>SUM(A2:B2)</f>")));
    const QString sst = QString::fromUtf8(part(entries(file), S("xl/sharedStrings.xml")));
    QVERIFY(sst.contains(S("count=\"10\" uniqueCount=\"10\"")));
    QVERIFY(sst.contains(S("<t>&lt;&amp;&gt;&quot;' 标记</t>")));
}

void TestXlsxPackage::cellsOutOfOrderFailTheExport()
{
    // A sheet is streamed: a row or cell that comes back is a programming error, reported
    // rather than written into a file Excel would refuse; the target is left untouched.
    const QString file = m_dir.filePath(S("order.xlsx"));
    {
        QFile old(file);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    OoxmlBook book(file);
    SheetSetup setup;
    setup.lastRow = 5;
    setup.lastColumn = 2;
    OoxmlSheet &s = book.addSheet(S("乱序"), setup);
    s.row(2);
    s.number(1, 1, Style::Number);
    s.number(0, 2, Style::Number);
    s.row(1);
    const QString error = book.close();
    QVERIFY2(error.contains(S("生成 Excel 文件时出错")), qPrintable(error));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("old"));

    // More rows than Excel opens: refused, not written.
    OoxmlBook big(file);
    setup.lastRow = 1048576;
    big.addSheet(S("太长"), setup).row(0);
    QVERIFY(big.close().contains(S("1,048,576")));
    f.seek(0);
    QCOMPARE(f.readAll(), QByteArray("old"));
}

void TestXlsxPackage::openpyxlLoadsTheLedger()
{
    // Debian's python3-openpyxl, with the system Python (not a virtual environment's).
    const char *script = R"(
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.worksheets[0]
print(wb.sheetnames)
print(wb['字典'].sheet_state, ws.freeze_panes, len(ws.data_validations.dataValidation), ws.auto_filter.ref)
print(ws['A1'].value)
print(sorted(str(r) for r in ws.merged_cells.ranges if str(r) in ('A1:X1', 'A2:X2', 'A3:A4', 'R3:V3')))
for row in ws.iter_rows(min_row=5):
    if row[1].value == sys.argv[2]:
        print(repr(row[2].value), row[11].value, row[11].number_format, row[14].value.date(), row[14].number_format)
print(wb.properties.title)
)";
    QProcess p;
    p.start(S("/usr/bin/python3"), { S("-c"), QString::fromUtf8(script), m_grouped, kLongCode });
    QVERIFY(p.waitForFinished(120000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromUtf8(p.readAllStandardError())
                                            + S("\n(needs python3-openpyxl: bash .ci/deps test)")));
    const QStringList lines = out.split(u'\n');
    QCOMPARE(lines.value(0), S("['项目台账', '时间节点', '要素保障', '进展调度', '督导记录', '字典']"));
    QVERIFY2(QRegularExpression(S("^hidden D5 3 A4:X\\d+$")).match(lines.value(1)).hasMatch(), qPrintable(lines.value(1)));
    QCOMPARE(lines.value(2), S("2026年重大科技创新项目推进台账"));
    QCOMPARE(lines.value(3), S("['A1:X1', 'A2:X2', 'A3:A4', 'R3:V3']"));
    QCOMPARE(lines.value(4), S("'=HYPERLINK(\"http://example.invalid\",\"点我\")，测试项目' 12500.5 #,##0.00 2026-03-01 yyyy\"年\"m\"月\"d\"日\""));
    QCOMPARE(lines.value(5), S("2026年重大科技创新项目推进台账"));
}

void TestXlsxPackage::textLikeAnEscapeComesBack()
{
    // Readers decode _xHHHH_ in cell text; text that only looks like it must come back as typed.
    const QString file = m_dir.filePath(S("escape.xlsx"));
    const QStringList texts = { S("编号_x0041_备注"), S("_x005F_"), S("a_x12_b"), S("_x00e9__x0041_"), S("_xZZZZ_") };
    {
        OoxmlBook book(file);
        SheetSetup setup;
        setup.lastRow = int(texts.size()) - 1;
        setup.lastColumn = 0;
        OoxmlSheet &s = book.addSheet(S("x"), setup);
        for (int r = 0; r < texts.size(); ++r) {
            s.row(r);
            s.text(0, texts[r], Style::Text);
        }
        QCOMPARE(book.close(), QString());
    }
    QString error;
    const auto wb = readWorkbook(file, &error);
    QVERIFY2(wb, qPrintable(error));
    for (int r = 0; r < texts.size(); ++r)
        QCOMPARE(wb->sheets.first().cell(r, 0).text, texts[r]);
}

void TestXlsxPackage::anAbandonedBookLeavesNoFile()
{
    // A book dropped without close() (the export failed elsewhere) while its sheets are still
    // being compressed by their threads: no file, no temporary left, no thread outlives it.
    const QString file = m_dir.filePath(S("abandoned.xlsx"));
    for (int round = 0; round < 10; ++round) {
        OoxmlBook book(file);
        SheetSetup setup;
        setup.lastRow = 200000;
        setup.lastColumn = 3;
        for (int k = 0; k < 2; ++k) {
            OoxmlSheet &s = book.addSheet(S("s%1").arg(k), setup);
            for (int r = 0; r < 20000 * (round % 5 + 1); ++r) {
                s.row(r);
                s.text(0, S("项目%1").arg(r % 977), Style::Text);
                s.number(1, r * 1.25, Style::Money);
            }
        }
    }
    QVERIFY(!QFile::exists(file));
    QCOMPARE(QDir(m_dir.path()).entryList({ S("abandoned.xlsx*") }, QDir::Files | QDir::Hidden), QStringList());
}

QTEST_GUILESS_MAIN(TestXlsxPackage)
#include "test_xlsxpackage.moc"
