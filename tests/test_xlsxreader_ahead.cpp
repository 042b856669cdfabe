// The read-ahead of large zip entries (ReadAhead, ZipArchive::openEntry with a chunk size): a
// second thread inflates a worksheet while the XML scanner reads it. The reader must see the
// same chunks, the same end and the same error message as reading in turn, the queue must
// stay bounded, and a reader that gives up early must not wait for the rest.

#include "importing/readahead.h"
#include "importing/workbookreader.h"
#include "onesheetbook.h"
#include "importing/ziparchive.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>


using namespace tz;

namespace {

QString S(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

const char *const kSheetPart = "xl/worksheets/sheet1.xml";

// Rows 1..rows, each with its number and a text: some 3 MB for 40,000 rows, several chunks.
QByteArray bigSheet(int rows, const QByteArray &firstRow = {})
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                     "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    xml += firstRow;
    for (int r = firstRow.isEmpty() ? 1 : 2; r <= rows; ++r) {
        const QByteArray n = QByteArray::number(r);
        xml += "<row r=\"" + n + "\"><c r=\"A" + n + "\"><v>" + n + "</v></c><c r=\"B" + n
                + "\" t=\"inlineStr\"><is><t>&#39033;&#30446;" + n + "</t></is></c></row>";
    }
    xml += "</sheetData></worksheet>";
    return xml;
}

struct Read
{
    QByteArray bytes;
    int chunks = 0;
    bool ok = true;
    QString error;
};

// The whole entry through readChunk, with or without read-ahead.
Read readEntry(const QString &path, qint64 ahead)
{
    Read r;
    ZipArchive zip;
    if (!zip.open(path) || !zip.openEntry(S(kSheetPart), ahead)) {
        r.ok = false;
        r.error = zip.error();
        return r;
    }
    while (!zip.atEnd()) {
        const qsizetype before = r.bytes.size();
        if (!zip.readChunk(&r.bytes, 1 << 20)) {
            r.ok = false;
            r.error = zip.error();
            return r;
        }
        r.chunks += r.bytes.size() > before ? 1 : 0;
    }
    return r;
}

} // namespace

class TestXlsxReaderAhead : public QObject
{
    Q_OBJECT
private slots:
    void chunksInOrderThenEnd();
    void errorAfterItsChunks();
    void boundedAndStopsWhenDropped();
    void zipEntrySameWithAndWithout();
    void damagedEntrySameMessage();
    void largeSheetReads();
    void earlyXmlErrorDoesNotWaitForTheRest();

private:
    QTemporaryDir m_dir;
};

void TestXlsxReaderAhead::chunksInOrderThenEnd()
{
    int made = 0;
    ReadAhead ahead([&made](QByteArray *chunk, QString *) {
        if (made == 20)
            return ReadAhead::End;
        chunk->append(QByteArray::number(made++) + ';');
        return ReadAhead::Chunk;
    });
    QVERIFY(ahead.threaded());
    QByteArray all;
    QString error;
    int chunks = 0;
    while (ahead.next(&all, &error) == ReadAhead::Chunk)
        ++chunks;
    QCOMPARE(chunks, 20);
    QCOMPARE(all, QByteArray("0;1;2;3;4;5;6;7;8;9;10;11;12;13;14;15;16;17;18;19;"));
    QCOMPARE(ahead.next(&all, &error), ReadAhead::End); // and again, without waiting
    QVERIFY(error.isEmpty());
}

void TestXlsxReaderAhead::errorAfterItsChunks()
{
    int made = 0;
    ReadAhead ahead([&made](QByteArray *chunk, QString *error) {
        if (made == 5) {
            *error = S("第 5 块坏了");
            return ReadAhead::Error;
        }
        chunk->append('a' + char(made++));
        return ReadAhead::Chunk;
    });
    QByteArray all;
    QString error;
    while (ahead.next(&all, &error) == ReadAhead::Chunk)
        QVERIFY(error.isEmpty());
    QCOMPARE(all, QByteArray("abcde")); // every chunk before the error, none after
    QCOMPARE(error, S("第 5 块坏了"));
    error.clear();
    QCOMPARE(ahead.next(&all, &error), ReadAhead::Error);
    QCOMPARE(error, S("第 5 块坏了"));
}

void TestXlsxReaderAhead::boundedAndStopsWhenDropped()
{
    std::atomic<int> made { 0 };
    QElapsedTimer timer;
    {
        // An endless stream (a bomb that lies about its size, say): never more than the queue
        // and the chunk in the producer's hands are made ahead of the reader.
        ReadAhead ahead([&made](QByteArray *chunk, QString *) {
            chunk->append(QByteArray(1024, 'x'));
            ++made;
            return ReadAhead::Chunk;
        }, 2);
        QByteArray bytes;
        QString error;
        for (int i = 0; i < 3; ++i)
            QCOMPARE(ahead.next(&bytes, &error), ReadAhead::Chunk);
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        QVERIFY2(made.load() <= 3 + 2 + 1, qPrintable(QString::number(made.load())));
        timer.start();
    } // dropped with the producer waiting for room: it must stop, not run on
    QVERIFY(timer.elapsed() < 2000);
    const int atDrop = made.load();
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    QCOMPARE(made.load(), atDrop);
}

void TestXlsxReaderAhead::zipEntrySameWithAndWithout()
{
    const QString path = writeOneSheetBook(m_dir.path(), "big.xlsx", bigSheet(40000), false);
    QVERIFY(!path.isEmpty());
    const Read inTurn = readEntry(path, 0);
    const Read ahead = readEntry(path, 1 << 20);
    QVERIFY2(inTurn.ok && ahead.ok, qPrintable(inTurn.error + ahead.error));
    QVERIFY(inTurn.chunks > 2); // several chunks, so the queue is used
    QCOMPARE(ahead.chunks, inTurn.chunks);
    QCOMPARE(ahead.bytes, inTurn.bytes);
    QCOMPARE(ahead.bytes, bigSheet(40000));
}

void TestXlsxReaderAhead::damagedEntrySameMessage()
{
    // The worksheet stored as it is, one digit in its middle changed in the file: the XML is
    // still good, and only the CRC at the entry's end shows the damage (the reader failing
    // after it has taken several chunks).
    const QString path = writeOneSheetBook(m_dir.path(), "damaged.xlsx", bigSheet(40000), true);
    QVERIFY(!path.isEmpty());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray all = f.readAll();
    const qsizetype at = all.indexOf("<v>20000</v>");
    QVERIFY(at > 0);
    all[at + 3] = '3';
    QVERIFY(f.seek(0) && f.write(all) == all.size());
    f.close();

    const Read inTurn = readEntry(path, 0);
    const Read ahead = readEntry(path, 1 << 20);
    QVERIFY(!inTurn.ok && !ahead.ok);
    QCOMPARE(ahead.error, inTurn.error);
    QCOMPARE(ahead.chunks, inTurn.chunks);
    QVERIFY2(ahead.error.contains(S("无法解压其中的“xl/worksheets/sheet1.xml”")), qPrintable(ahead.error));

    QString error;
    QVERIFY(!readWorkbook(path, &error));
    QCOMPARE(error, inTurn.error);
}

void TestXlsxReaderAhead::largeSheetReads()
{
    const QString path = writeOneSheetBook(m_dir.path(), "large.xlsx", bigSheet(40000), false);
    QString error;
    const auto book = readWorkbook(path, &error);
    QVERIFY2(book, qPrintable(error));
    const Sheet &s = book->sheets.at(0);
    QCOMPARE(s.rowCount(), 40000);
    for (const int r : { 0, 1, 12345, 39999 }) {
        QCOMPARE(s.cell(r, 0).number, double(r + 1));
        QCOMPARE(s.cell(r, 1).text, S("项目") + QString::number(r + 1));
    }
}

void TestXlsxReaderAhead::earlyXmlErrorDoesNotWaitForTheRest()
{
    // A broken first row in front of 200,000 good ones: the reader stops at once, with the
    // message that names the line and column, and the read-ahead thread is stopped with it.
    const QString path = writeOneSheetBook(m_dir.path(), "early.xlsx",
                                   bigSheet(200000, "<row r=\"1\"><c r=\"A1\"><v>1</v></c></rowx>"), false);
    QVERIFY(!path.isEmpty());
    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY(!readWorkbook(path, &error));
    QVERIFY2(error.contains(S("XML 内容有误")) && error.contains(S("第 2 行")), qPrintable(error));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestXlsxReaderAhead)
#include "test_xlsxreader_ahead.moc"
