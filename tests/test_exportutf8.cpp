// The detail sheets take the ledger's UTF-8 text straight into the workbook (detailtables.h):
// what they write and how they measure must be exactly what the QString path gave. Checked
// here against that path itself, on awkward and on random input: isCleanCellText accepts only
// text that cleaning would give back unchanged (and counts its UTF-16 units and line feeds
// right), widths and wrapped lines measured on UTF-8 equal those measured on the QString, and
// Excel serial days computed by hand equal QDate's.

#include "exporting/columnwidths.h"
#include "exporting/ooxmlsheet.h"
#include "exporting/xmlbytes.h"

#include <QDate>
#include <QRandomGenerator>
#include <QTest>

#include <cstdint>
#include <string>
#include <vector>

using namespace tz;

namespace {

std::string cleaned(const std::string &utf8)
{
    XmlBytes out;
    appendCellText(out, QString::fromUtf8(utf8.data(), qsizetype(utf8.size())));
    return out.toString();
}

// Bytes from pieces that matter: ASCII, controls, CR/LF/tab, CJK, full-width signs, a 4-byte
// character, U+FEFF, U+FFFE/U+FFFF, lone continuation bytes, overlongs, an encoded surrogate,
// bytes past U+10FFFF, a cut sequence.
std::string randomText(QRandomGenerator &random)
{
    static const char *const pieces[] = {
        "a", "Z9 ", "<&>\"", "\t", "\n", "\r", "\r\n", "\x01", "\x1f", "\x7f", "中", "项目", "，", "（万元）",
        "\xef\xbc\x90", "\xf0\x9f\x98\x80", "\xef\xbb\xbf", "\xef\xbf\xbe", "\xef\xbf\xbf", "\xef\xbf\xbd", "\x80",
        "\xbf", "\xc0\xaf", "\xe0\x80\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe4\xb8", "\xc2\x85", "\xe1\x84\x80",
        "\xea\xb0\x80", "\xed\x9f\xbf", "\xee\x80\x80", "\xf0\x90\x80\x80", "\xf4\x8f\xbf\xbf", "_x0041_", "12345678",
    };
    std::string s;
    const int n = random.bounded(12);
    for (int i = 0; i < n; ++i)
        s += pieces[random.bounded(int(std::size(pieces)))];
    return s;
}

} // namespace

class TestExportUtf8 : public QObject
{
    Q_OBJECT
private slots:
    void cleanTextIsTakenAsItIs();
    void cleanTextOnRandomInput();
    void widthsMatchTheQStringOnes();
    void serialDaysMatchQDate();
    void unsignedNumbersAsStdWritesThem();
};

void TestExportUtf8::cleanTextIsTakenAsItIs()
{
    const char *const clean[] = { "", "abc", "项目名称", "第一行\n第二行", "tab\there", "emoji \xf0\x9f\x98\x80",
                                  "\xef\xbf\xbd", "全角０１", "\x7f", "12345678abcdefgh中" };
    for (const char *s : clean) {
        size_t units = 99;
        bool lf = true;
        QVERIFY2(isCleanCellText(s, &units, &lf), s);
        const QString q = QString::fromUtf8(s);
        QCOMPARE(qsizetype(units), q.size());
        QCOMPARE(lf, q.contains(u'\n'));
        QCOMPARE(cleaned(s), std::string(s));
    }
    const char *const unclean[] = { "a\rb", "a\r\nb", "\x01", ("\xef\xbb\xbf" "a"), "\xef\xbf\xbe", "\xef\xbf\xbf",
                                    "\x80", "\xc0\xaf", "\xe0\x80\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe4\xb8",
                                    "12345678\x01" };
    for (const char *s : unclean)
        QVERIFY2(!isCleanCellText(s), s);
    // Excel's limit: 32,767 characters (UTF-16 units) a cell.
    QVERIFY(isCleanCellText(std::string(32767, 'x')));
    QVERIFY(!isCleanCellText(std::string(32768, 'x')));
}

void TestExportUtf8::cleanTextOnRandomInput()
{
    QRandomGenerator random(20240601);
    int accepted = 0;
    for (int i = 0; i < 200000; ++i) {
        const std::string s = randomText(random);
        size_t units = 0;
        bool lf = false;
        if (!isCleanCellText(s, &units, &lf))
            continue;
        ++accepted;
        const QString q = QString::fromUtf8(s.data(), qsizetype(s.size()));
        if (cleaned(s) != s || qsizetype(units) != q.size() || lf != q.contains(u'\n'))
            QFAIL(qPrintable(QStringLiteral("accepted, but the QString path differs: %1")
                                     .arg(QString::fromLatin1(QByteArray::fromStdString(s).toHex(' ')))));
    }
    QVERIFY(accepted > 10000); // the check is not vacuous
}

void TestExportUtf8::widthsMatchTheQStringOnes()
{
    QRandomGenerator random(7);
    for (int i = 0; i < 50000; ++i) {
        const std::string s = randomText(random);
        size_t units = 0;
        bool lf = false;
        if (!isCleanCellText(s, &units, &lf))
            continue;
        const QString q = QString::fromUtf8(s.data(), qsizetype(s.size()));
        QCOMPARE(textWidth(std::string_view(s)), textWidth(QStringView(q)));
        QCOMPARE(widestLineWidth(std::string_view(s)), widestLineWidth(QStringView(q)));
        for (const double width : { 0.0, 1.0, 2.0, 3.0, 5.0, 8.0, 13.0, 24.0, 40.0 })
            QCOMPARE(ColumnWidths::wrappedLines(s, qsizetype(units), lf, width), ColumnWidths::wrappedLines(q, width));
        ColumnWidths a(1), b(1);
        const int start = random.bounded(20);
        a.fitWidth(0, start);
        b.fitWidth(0, start);
        a.fit(0, s, qsizetype(units));
        b.fit(0, q);
        QCOMPARE(a.width(0, 100, 0), b.width(0, 100, 0));
    }
}

void TestExportUtf8::serialDaysMatchQDate()
{
    const auto expected = [](QDate d) {
        qint64 serial = d.toJulianDay() - 2415019; // the Julian day of 1899-12-30
        return serial < 61 ? serial - 1 : serial;
    };
    for (QDate d(1900, 1, 1); d <= QDate(1904, 12, 31); d = d.addDays(1))
        QCOMPARE(excelSerialDay(d.year(), d.month(), d.day()), expected(d));
    QRandomGenerator random(3);
    for (int i = 0; i < 100000; ++i) {
        const QDate d = QDate(1900, 1, 1).addDays(random.bounded(int(QDate(1900, 1, 1).daysTo(QDate(9999, 12, 31))) + 1));
        QCOMPARE(excelSerialDay(d.year(), d.month(), d.day()), expected(d));
    }
    QCOMPARE(excelSerialDay(1900, 3, 1), qint64(61)); // after the 1900-02-29 Excel counts
    QCOMPARE(excelSerialDay(9999, 12, 31), qint64(2958465));
}

void TestExportUtf8::unsignedNumbersAsStdWritesThem()
{
    // Every width of number, each power of ten and its neighbours, and random ones.
    std::vector<uint64_t> values = { 0, UINT64_MAX, UINT64_MAX - 1, uint64_t(UINT32_MAX) + 1 };
    for (uint64_t p = 1; p <= UINT64_MAX / 10; p *= 10)
        for (uint64_t v : { p - 1, p, p + 1, p * 10 - 1, p * 7 + 3 })
            values.push_back(v);
    QRandomGenerator random(3);
    for (int i = 0; i < 20000; ++i)
        values.push_back(random.generate64() >> random.bounded(64));
    for (const uint64_t v : values) {
        char out[20];
        const char *end = XmlBytes::writeUInt(out, v);
        QCOMPARE(std::string(out, size_t(end - out)), std::to_string(v));
    }
}

QTEST_GUILESS_MAIN(TestExportUtf8)
#include "test_exportutf8.moc"
