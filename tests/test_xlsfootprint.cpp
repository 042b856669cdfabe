// The .xls guard in front of FreeXL: real workbooks written by LibreOffice and python-xlwt
// measure what they declare and still read; the same files, edited to declare huge sheets, an
// impossible shared-string count, sheets without a DIMENSION record, or a sector chain that
// loops, are refused before FreeXL allocates for them (fuzzing found FreeXL taking gigabytes).

#include "importing/workbookreader.h"
#include "importing/xlsfootprint.h"
#include "xlsbuilder.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

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

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return file.readAll();
}

quint16 u16(const QByteArray &b, qint64 at)
{
    return qFromLittleEndian<quint16>(b.constData() + at);
}

quint32 u32(const QByteArray &b, qint64 at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}



// Where ledger_lo.xls keeps its workbook stream: LibreOffice wrote it to consecutive 512-byte
// sectors, which this checks through the FAT, so its records can be edited in place.
struct Span
{
    quint32 firstSector = 0;
    qint64 begin = 0;
    qint64 end = 0;
    qint64 fatAt = 0;
};

Span workbookSpan(const QByteArray &file)
{
    if (u16(file, 30) != 9)
        qFatal("expected 512-byte sectors");
    const qint64 directory = (qint64(u32(file, 48)) + 1) * 512;
    for (int entry = 0; entry < 4; ++entry) {
        const qint64 at = directory + entry * 128;
        const QString name = QString::fromUtf16(reinterpret_cast<const char16_t *>(file.constData() + at),
                                                u16(file, at + 64) / 2 - 1);
        if (name != u"Workbook")
            continue;
        Span span;
        span.firstSector = u32(file, at + 116);
        span.begin = (qint64(span.firstSector) + 1) * 512;
        span.end = span.begin + u32(file, at + 120);
        span.fatAt = (qint64(u32(file, 76)) + 1) * 512;
        for (quint32 s = span.firstSector; (qint64(s) + 2) * 512 < span.end; ++s) {
            if (u32(file, span.fatAt + 4 * s) != s + 1)
                qFatal("the workbook stream is not in consecutive sectors");
        }
        return span;
    }
    qFatal("no Workbook stream");
}

// File offsets of the stream's records of one type.
QList<qint64> records(const QByteArray &file, quint16 type)
{
    const Span span = workbookSpan(file);
    QList<qint64> found;
    for (qint64 at = span.begin; at + 4 <= span.end; at += 4 + u16(file, at + 2)) {
        if (u16(file, at) == type)
            found.append(at);
    }
    return found;
}




constexpr quint16 Dimension = 0x0200;
constexpr quint16 SharedStrings = 0x00FC;
constexpr quint16 LabelSst = 0x00FD;
constexpr quint16 Window1 = 0x003D;
constexpr quint16 FilePass = 0x002F;

// The process's peak resident memory since the last resetPeak() (Linux: VmHWM, which writing
// 5 to clear_refs starts again), so that one test's peak does not hide another's.
void resetPeak()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
}

qint64 peakKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

class TestXlsFootprint : public QObject
{
    Q_OBJECT

private slots:
    void realWorkbooksMeasureWhatTheyHold_data();
    void realWorkbooksMeasureWhatTheyHold();
    void hugeDeclaredSheetsAreRefusedBeforeFreeXl();
    void theLargestSheetBiffAllowsStillReads();
    void impossibleStringCountIsRefused();
    void sheetsWithoutDimensionAreSizedByTheirCells();
    void loopingSectorChainIsRefused();
    void passwordProtectedIsSaidSo();
    void sheetsWithoutSubstreamAreCounted();
    void smallWorkbookReadFromTheMiniStreamStart();
    void fatSectorsBeyondTheHeaderCount();
    void manyWorkbookEntriesCostLittle();

private:
    QString write(const QByteArray &bytes, const char *name);
    QTemporaryDir m_dir;
};

QString TestXlsFootprint::write(const QByteArray &bytes, const char *name)
{
    const QString path = m_dir.filePath(S(name));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestXlsFootprint::realWorkbooksMeasureWhatTheyHold_data()
{
    QTest::addColumn<QString>("file");
    for (const char *f : { "ledger_lo.xls", "ledger_xlwt.xls", "date1904.xls", "tiny_xlwt.xls" })
        QTest::newRow(f) << data(f);
}

// These writers declare each sheet's used range, so FreeXL's cells are the sheets' extents.
void TestXlsFootprint::realWorkbooksMeasureWhatTheyHold()
{
    QFETCH(QString, file);
    const auto footprint = measureXlsFootprint(file);
    QVERIFY(footprint);
    QString error;
    const auto book = readWorkbook(file, &error);
    QVERIFY2(book, qPrintable(error));
    qint64 cells = 0;
    for (const Sheet &sheet : book->sheets)
        cells += qint64(sheet.rowCount()) * sheet.columnCount();
    QCOMPARE(footprint->cells, cells);
    // date1904.xls is small enough that LibreOffice put it in the mini stream.
    QVERIFY(footprint->streamBytes > 0);
    QVERIFY(footprint->bytes() < 64 * 1024);
}

void TestXlsFootprint::hugeDeclaredSheetsAreRefusedBeforeFreeXl()
{
    QByteArray file = bytesOf(data("ledger_lo.xls"));
    const QList<qint64> dimensions = records(file, Dimension);
    QCOMPARE(dimensions.size(), 3);
    for (const qint64 at : dimensions) {
        put32(file, at + 4 + 4, 65536);
        put16(file, at + 4 + 10, 256);
    }
    const QString path = write(file, "三张满表.xls");
    QCOMPARE(measureXlsFootprint(path)->cells, 3 * 65536 * 256);

    resetPeak();
    const qint64 before = peakKilobytes();
    QString error;
    QVERIFY(!readWorkbook(path, &error));
    QVERIFY2(error.contains(S("“三张满表.xls”")) && error.contains(S("表格范围过大"))
                     && error.contains(S("50,331,648 个单元格")),
             qPrintable(error));
    // FreeXL would have taken 768 MB for these three sheets.
    QVERIFY2(peakKilobytes() - before < 64 * 1024, qPrintable(QString::number(peakKilobytes() - before)));
}

// One sheet of 65,536 × 256, as a stray cell in IV65536 makes Excel declare, is within bounds.
void TestXlsFootprint::theLargestSheetBiffAllowsStillReads()
{
    QByteArray file = bytesOf(data("ledger_lo.xls"));
    const qint64 at = records(file, Dimension).first();
    put32(file, at + 4 + 4, 65536);
    put16(file, at + 4 + 10, 256);
    const QString path = write(file, "一张满表.xls");
    QString error;
    const auto book = readWorkbook(path, &error);
    QVERIFY2(book, qPrintable(error));
    QCOMPARE(book->sheets.at(0).rowCount(), 13);
    QCOMPARE(book->sheets.at(0).cell(5, 1).text, S("GX-2023-001"));
}

void TestXlsFootprint::impossibleStringCountIsRefused()
{
    QByteArray file = bytesOf(data("ledger_lo.xls"));
    const QList<qint64> sst = records(file, SharedStrings);
    QCOMPARE(sst.size(), 1);
    // 100 million strings in a stream of 6 KB: FreeXL would allocate 800 MB of slots for them.
    put32(file, sst.first() + 4 + 4, 100000000);
    const QString path = write(file, "字符串表.xls");
    QVERIFY(!measureXlsFootprint(path));
    QString error;
    QVERIFY(!readWorkbook(path, &error));
    QVERIFY2(error.contains(S("“字符串表.xls”")) && error.contains(S("文件结构已损坏")), qPrintable(error));
}

// Without DIMENSION records FreeXL's sources size each sheet by the cells they find; the guard
// does so too, counting the largest extent for every sheet.
void TestXlsFootprint::sheetsWithoutDimensionAreSizedByTheirCells()
{
    QByteArray file = bytesOf(data("ledger_lo.xls"));
    for (const qint64 at : records(file, Dimension))
        put16(file, at, 0x0FFF); // a record type no reader knows, skipped
    const QString undeclared = write(file, "无范围.xls");
    const auto footprint = measureXlsFootprint(undeclared);
    QVERIFY(footprint);
    QCOMPARE(footprint->cells, 3 * 13 * 15); // three sheets, the largest extent each
    // Debian's FreeXL then keeps none of the sheets; the reader says so.
    QString error;
    QVERIFY(!readWorkbook(undeclared, &error));
    QVERIFY2(error.contains(S("没有工作表")), qPrintable(error));

    // One text cell moved to row 65,536, column 4,001: FreeXL would size every sheet by it.
    const qint64 label = records(file, LabelSst).last();
    put16(file, label + 4, 65535);
    put16(file, label + 4 + 2, 4000);
    const QString stray = write(file, "远处的单元格.xls");
    QCOMPARE(measureXlsFootprint(stray)->cells, qint64(3) * 65536 * 4001);
    QVERIFY(!readWorkbook(stray, &error));
    QVERIFY2(error.contains(S("表格范围过大")), qPrintable(error));
}

void TestXlsFootprint::loopingSectorChainIsRefused()
{
    QByteArray file = bytesOf(data("ledger_lo.xls"));
    const Span span = workbookSpan(file);
    // The stream's third sector leads back to its first.
    put32(file, span.fatAt + 4 * (span.firstSector + 2), span.firstSector);
    const QString path = write(file, "循环.xls");
    QVERIFY(!measureXlsFootprint(path));
    QString error;
    QVERIFY(!readWorkbook(path, &error));
    QVERIFY2(error.contains(S("文件结构已损坏")), qPrintable(error));
}

// Behind a FILEPASS record the records' contents are encrypted, their sizes noise: the reader
// says the workbook has a password instead of measuring it.
void TestXlsFootprint::passwordProtectedIsSaidSo()
{
    QByteArray file = bytesOf(data("ledger_lo.xls"));
    const QList<qint64> window = records(file, Window1);
    QCOMPARE(window.size(), 1);
    put16(file, window.first(), FilePass);
    const QString path = write(file, "加密.xls");
    QVERIFY(measureXlsFootprint(path)->encrypted);
    QString error;
    QVERIFY(!readWorkbook(path, &error));
    QVERIFY2(error.contains(S("“加密.xls”")) && error.contains(S("受密码保护")), qPrintable(error));
}

// FreeXL makes a sheet of every BOUNDSHEET and sizes one without a DIMENSION of its own by the
// sheet active at the end, once per such sheet: ten that point nowhere and one of 2,048 ×
// 2,048 took FreeXL 705 MB (found in review).
void TestXlsFootprint::sheetsWithoutSubstreamAreCounted()
{
    QByteArray globals = bof(0x0005);
    const int sheetAt = globals.size() + 11 * boundSheet(0).size() + eof.size();
    globals += boundSheet(quint32(sheetAt));
    for (int i = 0; i < 10; ++i)
        globals += boundSheet(0x00FFFFF0);
    globals += eof;
    QCOMPARE(globals.size(), sheetAt);
    const QByteArray workbook = (globals + bof(0x0010) + dimension(2048, 2048) + eof).leftJustified(8192, '\0');
    CompoundBuilder cfb;
    const quint32 directory = cfb.add(QByteArray());
    const quint32 stream = cfb.add(workbook);
    QByteArray file = cfb.build(directory);
    const QByteArray entries = CompoundBuilder::entry(S("Root Entry"), CompoundBuilder::End, 0, 5)
            + CompoundBuilder::entry(S("Workbook"), stream, quint32(workbook.size()));
    file.replace(512, entries.size(), entries);
    const QString path = write(file, "无页的工作表.xls");
    QCOMPARE(measureXlsFootprint(path)->cells, qint64(1 + 11) * 2048 * 2048);
    QString error;
    QVERIFY(!readWorkbook(path, &error));
    QVERIFY2(error.contains(S("表格范围过大")), qPrintable(error));
}

// FreeXL 1.0.6 reads a workbook smaller than the cutoff from the start of the mini stream,
// whatever its first mini sector says; the format says along the mini FAT. Both are measured.
void TestXlsFootprint::smallWorkbookReadFromTheMiniStreamStart()
{
    const QByteArray lying = bof(0x0005) + boundSheet(0) + eof + bof(0x0010) + dimension(65536, 256)
            + dimension(65536, 256) + dimension(65536, 256) + eof;
    QVERIFY(lying.size() <= 256);
    const QByteArray harmless = (bof(0x0005) + eof).leftJustified(128, '\0');
    QByteArray container = lying.leftJustified(512, '\0') + harmless; // mini sectors 0-7, 8-9
    QByteArray miniFat(4 * 16, '\xFF');
    put32(miniFat, 4 * 8, 9);
    put32(miniFat, 4 * 9, CompoundBuilder::End);
    CompoundBuilder cfb;
    const quint32 directory = cfb.add(QByteArray());
    const quint32 mini = cfb.add(container);
    const quint32 fat = cfb.add(miniFat);
    QByteArray file = cfb.build(directory, fat, 1);
    const QByteArray entries = CompoundBuilder::entry(S("Root Entry"), mini, quint32(container.size()), 5)
            + CompoundBuilder::entry(S("Workbook"), 8, 128);
    file.replace(512, entries.size(), entries);
    const QString path = write(file, "迷你流.xls");
    QCOMPARE(measureXlsFootprint(path)->cells, qint64(3) * 65536 * 256);
    QString error;
    QVERIFY(!readWorkbook(path, &error));
    QVERIFY2(error.contains(S("表格范围过大")), qPrintable(error));
}

// FreeXL loads every FAT sector the DIFAT lists, whatever the header's count says: a workbook
// whose sectors only the second FAT sector describes is read all the same.
void TestXlsFootprint::fatSectorsBeyondTheHeaderCount()
{
    // The dimensions lie in the stream's second sector, past a record no reader knows.
    const QByteArray workbook = (bof(0x0005) + boundSheet(0) + record(0x0FFF, QByteArray(600, '\0')) + eof
                                 + bof(0x0010) + dimension(65536, 256) + dimension(65536, 256)
                                 + dimension(65536, 256) + eof)
                                        .leftJustified(8192, '\0');
    CompoundBuilder cfb;
    const quint32 directory = cfb.add(QByteArray());
    cfb.skip(140);
    const quint32 stream = cfb.add(workbook);
    QByteArray file = cfb.build(directory, CompoundBuilder::End, 0, 1);
    const QByteArray entries = CompoundBuilder::entry(S("Root Entry"), CompoundBuilder::End, 0, 5)
            + CompoundBuilder::entry(S("Workbook"), stream, quint32(workbook.size()));
    file.replace(512, entries.size(), entries);
    const QString path = write(file, "隐藏的FAT.xls");
    QCOMPARE(measureXlsFootprint(path)->cells, qint64(3) * 65536 * 256);
}

// A directory of 800 "Workbook" entries, all on one stream: measured a few times, not 800.
void TestXlsFootprint::manyWorkbookEntriesCostLittle()
{
    const QByteArray workbook = (bof(0x0005) + boundSheet(0) + eof + bof(0x0010) + dimension(10, 10) + eof)
                                        .leftJustified(200 * 1024, '\0');
    CompoundBuilder cfb;
    QByteArray entries = CompoundBuilder::entry(S("Root Entry"), CompoundBuilder::End, 0, 5);
    const quint32 stream = cfb.add(workbook);
    for (int i = 0; i < 800; ++i)
        entries += CompoundBuilder::entry(S("Workbook"), stream + quint32(i % 7), quint32(workbook.size()) - 512 * quint32(i % 7));
    const quint32 directory = cfb.add(entries);
    const QString path = write(cfb.build(directory), "八百个工作簿.xls");
    resetPeak();
    const qint64 before = peakKilobytes();
    const auto footprint = measureXlsFootprint(path);
    QVERIFY(footprint);
    QCOMPARE(footprint->cells, 100);
    QVERIFY2(peakKilobytes() - before < 16 * 1024, qPrintable(QString::number(peakKilobytes() - before)));
}

QTEST_GUILESS_MAIN(TestXlsFootprint)
#include "test_xlsfootprint.moc"
