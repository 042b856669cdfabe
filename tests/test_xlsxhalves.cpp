// A worksheet read in two halves by two threads reads exactly as one reader reads it: every
// workbook of tests/data (written by openpyxl, xlsxwriter, LibreOffice, and by hand for the
// edge cases and the hostile files) and sheets built here for the ways the halves can fail to
// fit, read with the split forced on tiny parts and with it off, give the same cells, merges
// and messages; and the tests check which way each was read.

#include "importing/sheet.h"
#include "importing/xlsxreader.h"
#include "onesheetbook.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace tz;

namespace {

QString S(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

struct Outcome
{
    std::optional<Workbook> book;
    QString error;
    int halves = 0;
    int wholeAfterTrying = 0;
};

Outcome readWith(const QString &path, qint64 splitFrom)
{
    XlsxReader reader(path);
    reader.setSplitSheetsFrom(splitFrom);
    Outcome o;
    o.book = reader.read(&o.error);
    o.halves = reader.sheetsReadInHalves();
    o.wholeAfterTrying = reader.sheetsReadWholeAfterTrying();
    return o;
}

// Every cell, merge and sheet property as text, so that one QCOMPARE shows the first difference.
QStringList describe(const Workbook &book)
{
    QStringList lines;
    for (const Sheet &s : book.sheets) {
        lines << S("sheet %1 hidden=%2 %3x%4").arg(s.name).arg(s.hidden).arg(s.rowCount()).arg(s.columnCount());
        for (int r = 0; r < s.rowCount(); ++r) {
            for (int c = 0; c < s.columnCount(); ++c) {
                const Cell cell = s.cell(r, c);
                if (!cell.isEmpty())
                    lines << S("%1,%2 %3 %4 [%5]").arg(r).arg(c).arg(int(cell.type)).arg(cell.plainText(), cell.numberFormat);
            }
        }
        for (const Merge &m : s.merges)
            lines << S("merge %1,%2-%3,%4").arg(m.firstRow).arg(m.firstColumn).arg(m.lastRow).arg(m.lastColumn);
    }
    return lines;
}

// Rows 1..n of six cells: text with Chinese and entities, numbers, a date, an inline string.
QByteArray rows(int first, int last, bool numbered = true)
{
    QByteArray xml;
    for (int r = first; r <= last; ++r) {
        const QByteArray n = QByteArray::number(r);
        xml += numbered ? "<row r=\"" + n + "\">" : QByteArray("<row>");
        xml += "<c r=\"A" + n + "\" t=\"inlineStr\"><is><t>项目&amp;" + n + "</t></is></c>";
        xml += "<c r=\"B" + n + "\"><v>" + QByteArray::number(r * 1.5) + "</v></c>";
        xml += "<c r=\"D" + n + "\" t=\"str\"><v>第" + n + "行</v></c>";
        xml += "<c r=\"F" + n + "\" t=\"b\"><v>" + QByteArray::number(r % 2) + "</v></c>";
        xml += "</row>\n";
    }
    return xml;
}

QByteArray worksheet(const QByteArray &data, const QByteArray &after = {})
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            + data + "</sheetData>" + after + "</worksheet>";
}

} // namespace

class TestXlsxHalves : public QObject
{
    Q_OBJECT

private slots:
    void everyTestWorkbookReadsTheSame_data();
    void everyTestWorkbookReadsTheSame();
    void builtSheets_data();
    void builtSheets();

private:
    QTemporaryDir m_dir;
};

void TestXlsxHalves::everyTestWorkbookReadsTheSame_data()
{
    QTest::addColumn<QString>("file");
    const QDir data(QStringLiteral(TZ_TEST_DATA "/sheets"));
    for (const QString &name : data.entryList({ QStringLiteral("*.xlsx") }, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << data.filePath(name);
}

void TestXlsxHalves::everyTestWorkbookReadsTheSame()
{
    QFETCH(QString, file);
    const Outcome one = readWith(file, 0);
    const Outcome two = readWith(file, 1);
    QCOMPARE(one.halves + one.wholeAfterTrying, 0);
    // The city ledger, as three programs write it: all three sheets in halves.
    if (QFileInfo(file).fileName().startsWith(u"ledger_"))
        QCOMPARE(two.halves, 3);
    QCOMPARE(two.error, one.error);
    QCOMPARE(bool(two.book), bool(one.book));
    if (one.book)
        QCOMPARE(describe(*two.book), describe(*one.book));
}

void TestXlsxHalves::builtSheets_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<int>("halves");           // sheets read in two halves
    QTest::addColumn<int>("wholeAfterTrying"); // sheets tried so, then read whole
    const QByteArray many = rows(1, 3000);
    QTest::newRow("3,000 numbered rows") << worksheet(many) << 1 << 0;
    QTest::newRow("merges after the rows")
            << worksheet(many, "<mergeCells count=\"2\"><mergeCell ref=\"A10:C11\"/><mergeCell ref=\"B2900:F2900\"/></mergeCells>")
            << 1 << 0;
    QTest::newRow("rows without numbers") << worksheet(rows(1, 3000, false)) << 0 << 1;
    // Numbered up to the middle, counted after it: the second half's first row has no number.
    QTest::newRow("numbers stop halfway") << worksheet(rows(1, 1000) + rows(1001, 3000, false)) << 0 << 1;
    // A later row rewrites cells of an earlier one: the last value wins, as read in order.
    QTest::newRow("a late row rewrites row 5")
            << worksheet(many + "<row r=\"5\"><c r=\"A5\"><v>42</v></c><c r=\"Z5\" t=\"inlineStr\"><is><t>末</t></is></c></row>")
            << 1 << 0;
    // The text "<row" where the second half looks for a row start: inside a CDATA section.
    QByteArray cdata;
    for (int i = 0; i < 400; ++i)
        cdata += "<row r=\\\"9\\\"/>";
    QTest::newRow("'<row' inside CDATA")
            << worksheet(rows(1, 10) + "<row r=\"11\"><c r=\"A11\" t=\"inlineStr\"><is><t><![CDATA[" + cdata
                         + "]]></t></is></c></row>" + rows(12, 20))
            << 0 << 1;
    // Damage in the second half: the message is the one reader's, with its line and column.
    QTest::newRow("bad number late") << worksheet(many + "<row r=\"3001\"><c r=\"A3001\"><v>1x</v></c></row>") << 0 << 1;
    QTest::newRow("unclosed late") << worksheet(many + "<row r=\"3001\"><c r=\"A3001\"><v>1</v></row>") << 0 << 1;
    // Damage in the first half: the first reader's message, no second try.
    QTest::newRow("bad number early")
            << worksheet("<row r=\"1\"><c r=\"A1\"><v>1x</v></c></row>" + many) << 0 << 0;
    QTest::newRow("prefixed names") << QByteArray("<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><x:sheetData>"
                                                  + QByteArray(many).replace("<row", "<x:row").replace("</row", "</x:row")
                                                  + "</x:sheetData></x:worksheet>")
                                    << 0 << 0;
}

void TestXlsxHalves::builtSheets()
{
    QFETCH(QByteArray, xml);
    QFETCH(int, halves);
    QFETCH(int, wholeAfterTrying);
    const QString path = writeOneSheetBook(m_dir.path(), QTest::currentDataTag(), xml);
    QVERIFY(!path.isEmpty());
    const Outcome one = readWith(path, 0);
    const Outcome two = readWith(path, 1);
    QCOMPARE(two.error, one.error);
    QCOMPARE(bool(two.book), bool(one.book));
    if (one.book)
        QCOMPARE(describe(*two.book), describe(*one.book));
    QCOMPARE(two.halves, halves);
    QCOMPARE(two.wholeAfterTrying, wholeAfterTrying);
}

QTEST_GUILESS_MAIN(TestXlsxHalves)
#include "test_xlsxhalves.moc"
