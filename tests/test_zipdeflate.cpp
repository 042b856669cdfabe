// The export's own deflating and zip container (exporting/chunkdeflater.h, deflatepool.h,
// zippart.h, zipcontainer.h), against independent readers: pieces deflated apart and laid end
// to end must inflate, with zlib's plain inflate, to exactly the text, whatever the piece
// boundaries (empty parts, a part exactly one chunk long, a byte over, random bytes that do not
// compress); CRCs combined from pieces equal the CRC of the whole; the container is read back
// by libzip and by Python's zipfile; a package too large for a plain zip, or a write that
// fails, leaves no file.

#include "exporting/chunkdeflater.h"
#include "exporting/deflatepool.h"
#include "exporting/zipcontainer.h"
#include "exporting/zippackage.h"
#include "exporting/zippart.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>
#include <zlib.h>

#include <csignal>
#include <string>
#include <vector>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace tz;

namespace {

// Raw inflate (no wrapper) of `deflated`, as a zip reader does it; `ended` tells whether the
// stream's final block came exactly at its end.
std::string inflateRaw(const std::string &deflated, bool *ended)
{
    z_stream z = {};
    *ended = false;
    if (inflateInit2(&z, -15) != Z_OK)
        return {};
    std::string out;
    char buffer[65536];
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(deflated.data()));
    z.avail_in = uInt(deflated.size());
    int rc = Z_OK;
    while (rc == Z_OK) {
        z.next_out = reinterpret_cast<Bytef *>(buffer);
        z.avail_out = sizeof buffer;
        rc = inflate(&z, Z_NO_FLUSH);
        out.append(buffer, sizeof buffer - z.avail_out);
        if (rc == Z_BUF_ERROR && z.avail_in == 0)
            break; // input ran out before the final block
    }
    *ended = rc == Z_STREAM_END && z.avail_in == 0;
    inflateEnd(&z);
    return out;
}

// Text like a worksheet's: repetitive, with numbers that change.
std::string sheetLike(size_t bytes, quint32 seed)
{
    QRandomGenerator random(seed);
    std::string s;
    s.reserve(bytes + 64);
    for (int row = 1; s.size() < bytes; ++row)
        s += "<row r=\"" + std::to_string(row) + "\"><c r=\"A" + std::to_string(row) + "\" s=\"3\" t=\"s\"><v>"
                + std::to_string(random.bounded(5000)) + "</v></c></row>";
    s.resize(bytes);
    return s;
}

std::string randomBytes(size_t bytes, quint32 seed)
{
    QRandomGenerator random(seed);
    std::string s(bytes, '\0');
    for (char &c : s)
        c = char(random.bounded(256));
    return s;
}

// `text` cut at `cuts` (offsets, increasing), each piece deflated alone and primed with what
// comes before it (or not), then joined.
std::string deflatedInPieces(const std::string &text, const QList<int> &cuts, bool prime)
{
    ChunkDeflater d;
    std::string joined;
    size_t from = 0;
    for (size_t i = 0; i <= size_t(cuts.size()); ++i) {
        const size_t to = i < size_t(cuts.size()) ? size_t(cuts[qsizetype(i)]) : text.size();
        std::string piece;
        const std::string_view before = prime ? std::string_view(text).substr(0, from) : std::string_view();
        if (!d.deflate(before, std::string_view(text).substr(from, to - from), i == size_t(cuts.size()), piece))
            return "deflate failed";
        joined += piece;
        from = to;
    }
    return joined;
}

uint32_t zlibCrc(const std::string &s)
{
    return uint32_t(crc32(0, reinterpret_cast<const Bytef *>(s.data()), uInt(s.size())));
}

// A part written through ZipPart in writes of `step` bytes, flushing as a sheet does.
void writePart(ZipPart &part, const std::string &text, size_t step)
{
    for (size_t at = 0; at < text.size(); at += step) {
        part.out().append(std::string_view(text).substr(at, step));
        part.flushIfFull();
    }
    part.finish();
}

std::string joined(const ZipPart &part)
{
    std::string s;
    for (std::string_view piece : part.pieces())
        s += piece;
    return s;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestZipDeflate : public QObject
{
    Q_OBJECT
private slots:
    void piecesJoinIntoOneStream_data();
    void piecesJoinIntoOneStream();
    void primingKeepsTheRatio();
    void crcCombines();
    void partsThroughThePool_data();
    void partsThroughThePool();
    void containerReadsBack();
    void tooLargeForAPlainZipIsRefused();
    void aFailingWriteLeavesNoFile();

private:
    QTemporaryDir m_dir;
};

void TestZipDeflate::piecesJoinIntoOneStream_data()
{
    QTest::addColumn<int>("kind"); // 0 sheet-like, 1 random, 2 one byte repeated
    QTest::addColumn<int>("size");
    QTest::addColumn<QList<int>>("cuts");
    QTest::addColumn<bool>("prime");
    for (const bool prime : { false, true }) {
        const char *p = prime ? " primed" : "";
        QTest::addRow("empty%s", p) << 0 << 0 << QList<int>{} << prime;
        QTest::addRow("empty pieces%s", p) << 0 << 0 << QList<int>{ 0, 0 } << prime;
        QTest::addRow("one byte%s", p) << 0 << 1 << QList<int>{} << prime;
        QTest::addRow("one piece%s", p) << 0 << 300000 << QList<int>{} << prime;
        QTest::addRow("empty last piece%s", p) << 0 << 300000 << QList<int>{ 300000 } << prime;
        QTest::addRow("empty first piece%s", p) << 0 << 300000 << QList<int>{ 0 } << prime;
        QTest::addRow("a byte each side%s", p) << 0 << 65537 << QList<int>{ 1, 65536 } << prime;
        QTest::addRow("window-sized%s", p) << 0 << 200000 << QList<int>{ 32768, 65536, 65537, 98305 } << prime;
        QTest::addRow("random%s", p) << 1 << 700000 << QList<int>{ 262144, 262145, 600000 } << prime;
        QTest::addRow("runs%s", p) << 2 << 1000000 << QList<int>{ 100, 500000 } << prime;
    }
}

void TestZipDeflate::piecesJoinIntoOneStream()
{
    QFETCH(int, kind);
    QFETCH(int, size);
    QFETCH(QList<int>, cuts);
    QFETCH(bool, prime);
    const std::string text = kind == 0 ? sheetLike(size_t(size), 7)
            : kind == 1                ? randomBytes(size_t(size), 11)
                                       : std::string(size_t(size), 'x');
    const std::string deflated = deflatedInPieces(text, cuts, prime);
    bool ended = false;
    const std::string back = inflateRaw(deflated, &ended);
    QVERIFY(ended); // one final block, at the very end: no piece but the last closed the stream
    QCOMPARE(back.size(), text.size());
    QVERIFY(back == text);
}

void TestZipDeflate::primingKeepsTheRatio()
{
    // Priming each piece with the 32 KiB before it makes 64 KiB pieces compress about as well
    // as one stream; without it, each piece starts cold.
    const std::string text = sheetLike(4 << 20, 3);
    QList<int> cuts;
    for (size_t at = 65536; at < text.size(); at += 65536)
        cuts.push_back(int(at));
    const size_t whole = deflatedInPieces(text, {}, false).size();
    const size_t primed = deflatedInPieces(text, cuts, true).size();
    const size_t cold = deflatedInPieces(text, cuts, false).size();
    qInfo("whole %zu, primed pieces %zu, cold pieces %zu", whole, primed, cold);
    QVERIFY(primed < cold);
    QVERIFY(double(primed) < double(whole) * 1.01);
}

void TestZipDeflate::crcCombines()
{
    const std::string a = sheetLike(100000, 1);
    const std::string b = randomBytes(77777, 2);
    QCOMPARE(crc32Of(a), zlibCrc(a));
    QCOMPARE(crc32Of(b, crc32Of(a)), zlibCrc(a + b));
    QCOMPARE(crc32Combine(crc32Of(a), crc32Of(b), b.size()), zlibCrc(a + b));
    QCOMPARE(crc32Combine(crc32Of(a), crc32Of({}), 0), zlibCrc(a));
    QCOMPARE(crc32Combine(0, crc32Of(b), b.size()), zlibCrc(b));
    QCOMPARE(crc32Of("123456789"), 0xCBF43926u); // the check value of CRC-32 (zip's)
}

void TestZipDeflate::partsThroughThePool_data()
{
    QTest::addColumn<unsigned>("threads");
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("step");
    QTest::addColumn<bool>("random");
    const int chunk = int(ZipPart::kChunk);
    for (const unsigned threads : { 0u, 1u, 2u, 4u }) {
        const std::string t = "threads " + std::to_string(threads);
        QTest::addRow("%s empty", t.c_str()) << threads << 0 << 1 << false;
        QTest::addRow("%s small", t.c_str()) << threads << 100 << 7 << false;
        QTest::addRow("%s one chunk", t.c_str()) << threads << chunk << chunk << false;
        QTest::addRow("%s chunk less a byte", t.c_str()) << threads << chunk - 1 << 1000 << false;
        QTest::addRow("%s chunk and a byte", t.c_str()) << threads << chunk + 1 << chunk << false;
        QTest::addRow("%s many chunks", t.c_str()) << threads << 9 * chunk + 17 << 4099 << false;
        QTest::addRow("%s random", t.c_str()) << threads << 3 * chunk + 5 << 65536 << true;
    }
}

void TestZipDeflate::partsThroughThePool()
{
    QFETCH(unsigned, threads);
    QFETCH(int, size);
    QFETCH(int, step);
    QFETCH(bool, random);
    const std::string text = random ? randomBytes(size_t(size), 5) : sheetLike(size_t(size), 9);
    DeflatePool pool(threads);
    if (threads > 0)
        QCOMPARE(pool.threads(), threads);
    // Two parts at once, as a sheet still deflating while the next is written.
    ZipPart first("a.xml", pool);
    ZipPart second("b.xml", pool);
    writePart(first, text, size_t(step));
    writePart(second, text.substr(0, text.size() / 2), size_t(step));
    QCOMPARE(QString::fromStdString(first.wait()), QString());
    QCOMPARE(QString::fromStdString(second.wait()), QString());
    for (ZipPart *part : { &first, &second }) {
        const std::string expected = part == &first ? text : text.substr(0, text.size() / 2);
        bool ended = false;
        const std::string back = inflateRaw(joined(*part), &ended);
        QVERIFY(ended);
        QVERIFY(back == expected);
        QCOMPARE(part->size(), uint64_t(expected.size()));
        QCOMPARE(part->crc(), zlibCrc(expected));
        QCOMPARE(part->compressedSize(), uint64_t(joined(*part).size()));
    }
}

void TestZipDeflate::containerReadsBack()
{
    // Parts as the package has them: two streamed through the pool, a small one, an empty one.
    const std::string big = sheetLike(3 * ZipPart::kChunk + 123, 4);
    const std::string noise = randomBytes(ZipPart::kChunk + 1, 8);
    const QString file = m_dir.filePath(QStringLiteral("back.zip"));
    {
        ZipPackage package(file);
        QCOMPARE(package.error(), QString());
        writePart(package.beginPart("xl/worksheets/sheet1.xml"), big, 5000);
        package.addPart("xl/styles.xml", "<styleSheet/>");
        writePart(package.beginPart("xl/worksheets/sheet2.xml"), noise, 70000);
        package.addPart("docProps/empty.xml", std::string());
        package.addPart("[Content_Types].xml", "<Types/>");
        QCOMPARE(package.commit(), QString());
    }
    const std::vector<std::pair<std::string, std::string>> expected = {
        { "[Content_Types].xml", "<Types/>" }, // first, where file(1) looks
        { "xl/worksheets/sheet1.xml", big },
        { "xl/styles.xml", "<styleSheet/>" },
        { "xl/worksheets/sheet2.xml", noise },
        { "docProps/empty.xml", "" },
    };
    // libzip, which checks each entry's CRC as it reads to the end.
    int code = 0;
    zip_t *z = zip_open(QFile::encodeName(file).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    QVERIFY2(z, qPrintable(QString::number(code)));
    QCOMPARE(zip_get_num_entries(z, 0), zip_int64_t(expected.size()));
    for (size_t i = 0; i < expected.size(); ++i) {
        zip_stat_t st;
        QCOMPARE(zip_stat_index(z, i, 0, &st), 0);
        QCOMPARE(std::string(st.name), expected[i].first);
        QCOMPARE(st.size, zip_uint64_t(expected[i].second.size()));
        QCOMPARE(st.comp_method, zip_uint16_t(ZIP_CM_DEFLATE));
        std::string data(expected[i].second.size() + 1, '\0');
        zip_file_t *f = zip_fopen_index(z, i, 0);
        QVERIFY(f);
        const zip_int64_t n = zip_fread(f, data.data(), data.size());
        QCOMPARE(zip_fclose(f), 0); // 0: the CRC matched
        QCOMPARE(n, zip_int64_t(expected[i].second.size()));
        data.resize(size_t(n));
        QVERIFY(data == expected[i].second);
    }
    zip_discard(z);
    // Python's zipfile, a reader that shares no code with ours or libzip.
    // The system Python, as test_xlsxpackage runs it.
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), { QStringLiteral("-c"),
                      QStringLiteral("import sys, zipfile\n"
                                     "z = zipfile.ZipFile(sys.argv[1])\n"
                                     "assert z.testzip() is None\n"
                                     "print(' '.join('%s:%d' % (i.filename, len(z.read(i))) for i in z.infolist()))\n"),
                      file });
    QVERIFY2(p.waitForFinished(60000), qPrintable(p.errorString()));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QString listing;
    for (const auto &[name, data] : expected)
        listing += QStringLiteral("%1:%2 ").arg(QString::fromStdString(name)).arg(data.size());
    QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()).trimmed(), listing.trimmed());
}

void TestZipDeflate::tooLargeForAPlainZipIsRefused()
{
    std::string written;
    const auto write = [&written](std::string_view b) {
        written += b;
        return true;
    };
    const std::string piece = "x";
    ZipEntry e{ "big.xml", 0, uint64_t(1) << 32, { piece } }; // 4 GiB uncompressed
    QVERIFY(!writeZip({ e }, write).empty());
    e.size = 0xFFFFFFFFu; // all ones: the ZIP64 marker, not a size
    QVERIFY(!writeZip({ e }, write).empty());
    QVERIFY(written.empty());
    e.size = 0xFFFFFFFEu; // the largest a plain zip holds
    QCOMPARE(QString::fromStdString(writeZip({ e }, write)), QString());
    QVERIFY(!written.empty());
    written.clear();
    QVERIFY(!writeZip(std::vector<ZipEntry>(70000, ZipEntry{ "a", 0, 0, { piece } }), write).empty());
    QVERIFY(written.empty()); // refused before a byte was written
    // A write that fails stops the container.
    int calls = 0;
    QVERIFY(!writeZip({ ZipEntry{ "a", 0, 1, { piece } } }, [&calls](std::string_view) { return ++calls < 2; }).empty());
    QCOMPARE(calls, 2);
}

void TestZipDeflate::aFailingWriteLeavesNoFile()
{
#ifdef Q_OS_UNIX
    // A full disk, as test_diskfull makes one: writes past the limit fail (SIGXFSZ ignored).
    std::signal(SIGXFSZ, SIG_IGN);
    const QString file = m_dir.filePath(QStringLiteral("full.xlsx"));
    QFile old(file);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("the file that was there");
    old.close();
    const std::string big = randomBytes(2 * ZipPart::kChunk, 13); // does not compress below the limit
    QString error;
    {
        ZipPackage package(file);
        QCOMPARE(package.error(), QString());
        writePart(package.beginPart("xl/worksheets/sheet1.xml"), big, 4096);
        rlimit saved {};
        getrlimit(RLIMIT_FSIZE, &saved);
        rlimit limit = saved;
        limit.rlim_cur = 100000;
        setrlimit(RLIMIT_FSIZE, &limit);
        error = package.commit();
        setrlimit(RLIMIT_FSIZE, &saved);
    }
    QVERIFY(!error.isEmpty());
    QCOMPARE(readFile(file), QByteArray("the file that was there"));
    QCOMPARE(QDir(m_dir.path()).entryList({ QStringLiteral("full.xlsx?*") }, QDir::Files | QDir::Hidden), QStringList());
#else
    QSKIP("needs RLIMIT_FSIZE");
#endif
}

QTEST_GUILESS_MAIN(TestZipDeflate)
#include "test_zipdeflate.moc"
