// The table of bad inputs: each file is imported by taizhang-cli as a user would, in a process
// of its own so its peak memory (GNU time's %M) is its alone. For each: the message the user
// sees, the memory ceiling it stayed under, and that the ledger file did not change.

#include "sanitizer.h"
#include "demo.h"
#include "ledger.h"
#include "schema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

extern char **environ;

using namespace tz;

namespace {

// The sanitizer's shadow memory and quarantine count in the peak too.
constexpr int MemoryFactor = TZ_ASAN ? 4 : 1;

struct Run
{
    int exitCode = -1;
    long peakKb = 0;
    QString stdOut;
    QString stdErr;
};

Run runCli(const QStringList &args, const QString &dir)
{
    const QString outPath = dir + QStringLiteral("/out.txt");
    const QString errPath = dir + QStringLiteral("/err.txt");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray outName = QFile::encodeName(outPath);
    const QByteArray errName = QFile::encodeName(errPath);
    posix_spawn_file_actions_addopen(&actions, 1, outName.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, errName.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    // Through GNU time: a process spawned from this one starts with this (large, under ASan)
    // process's memory counted in its own peak, while time's child starts from time's small one.
    const QString peakPath = dir + QStringLiteral("/peak.txt");
    QList<QByteArray> argv8 { QByteArrayLiteral("/usr/bin/time"), QByteArrayLiteral("-f"), QByteArrayLiteral("%M"),
                              QByteArrayLiteral("-o"), QFile::encodeName(peakPath), QByteArrayLiteral(TZ_CLI_PATH) };
    for (const QString &a : args)
        argv8 << QFile::encodeName(a);
    std::vector<char *> argv;
    for (QByteArray &a : argv8)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    Run r;
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) == 0) {
        int status = 0;
        waitpid(pid, &status, 0);
        r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        QFile peak(peakPath);
        if (peak.open(QIODevice::ReadOnly)) // "Command exited with non-zero status 3\n21696\n"
            r.peakKb = QString::fromLatin1(peak.readAll()).trimmed().section(u'\n', -1).toLong();
    }
    posix_spawn_file_actions_destroy(&actions);
    QFile o(outPath), e(errPath);
    o.open(QIODevice::ReadOnly);
    e.open(QIODevice::ReadOnly);
    r.stdOut = QString::fromUtf8(o.readAll());
    r.stdErr = QString::fromUtf8(e.readAll());
    return r;
}

QByteArray digest(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestBadInputs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void refused_data();
    void refused();
    void formulaInjectionIsKeptAsText();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    QString m_ledger;
    QStringList m_table;
};

void TestBadInputs::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ledger = m_dir.filePath(QStringLiteral("ledger.tzdb"));
    QString error;
    auto ledger = Ledger::create(m_ledger, &error);
    QVERIFY(ledger);
    QCOMPARE(fillDemoLedger(*ledger, 5, 1, QDate(2026, 11, 25)), QString());

    // Made here rather than kept in the repository: 30 MB and 600 KB of text.
    QFile million(m_dir.filePath(QStringLiteral("million_rows.csv")));
    QVERIFY(million.open(QIODevice::WriteOnly));
    million.write("项目编号,项目名称,责任单位,总投资\n");
    QByteArray chunk;
    for (int i = 0; i < 1000000; ++i) {
        chunk += "M-" + QByteArray::number(i) + ",项目" + QByteArray::number(i) + ",高新区," + QByteArray::number(i % 9000 + 100) + '\n';
        if (chunk.size() > (1 << 20)) {
            million.write(chunk);
            chunk.clear();
        }
    }
    million.write(chunk);
    million.close();
    QFile longCells(m_dir.filePath(QStringLiteral("long_cells.csv")));
    QVERIFY(longCells.open(QIODevice::WriteOnly));
    longCells.write("项目编号,项目名称,责任单位,总投资\n");
    longCells.write("L-001," + QString(100000, QChar(u'长')).toUtf8() + ",高新区,100\n");
    longCells.close();
}

void TestBadInputs::refused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::addColumn<int>("ceilingMb");
    const QString data = QStringLiteral(TZ_TEST_DATA "/sheets/");
    const QString made = m_dir.path() + u'/';
    QTest::newRow("truncated") << data + QStringLiteral("truncated.xlsx") << 3 << QStringLiteral("不完整") << 100;
    QTest::newRow("not a zip") << data + QStringLiteral("text.xlsx") << 3 << QStringLiteral("不是 Excel 工作簿") << 100;
    QTest::newRow("encrypted") << data + QStringLiteral("encrypted.xlsx") << 3 << QStringLiteral("密码") << 100;
    QTest::newRow("zip bomb") << data + QStringLiteral("bomb.xlsx") << 3 << QStringLiteral("压缩炸弹") << 200;
    QTest::newRow("zip bomb, lying sizes") << data + QStringLiteral("bomb_lying.xlsx") << 3 << QStringLiteral("压缩炸弹") << 200;
    QTest::newRow("billion laughs") << data + QStringLiteral("billion_laughs.xlsx") << 3 << QStringLiteral("DTD") << 100;
    QTest::newRow("external entity") << data + QStringLiteral("external_entity.xlsx") << 3 << QStringLiteral("DTD") << 100;
    QTest::newRow("mixed encodings") << data + QStringLiteral("mixed_encodings.csv") << 3 << QStringLiteral("第 3 行起") << 100;
    // Far more cells than any ledger: refused at the cell limit, memory bounded by that limit.
    QTest::newRow("1,000,000-row CSV") << made + QStringLiteral("million_rows.csv") << 3 << QStringLiteral("文件过大") << 1100;
    // A 100,000-character name is not a project name: the row is refused, nothing imported.
    QTest::newRow("100,000-character cell") << made + QStringLiteral("long_cells.csv") << 1 << QStringLiteral("第 2 行") << 150;
}

void TestBadInputs::refused()
{
    QFETCH(QString, file);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    QFETCH(int, ceilingMb);
    const QByteArray before = digest(m_ledger);
    const Run r = runCli({ QStringLiteral("import"), m_ledger, file }, m_dir.path());
    const QString message = (r.stdErr + r.stdOut).trimmed();
    QVERIFY2(r.exitCode == exitCode, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(message)));
    QVERIFY2(message.contains(says), qPrintable(message));
    QVERIFY2(message.contains(QFileInfo(file).fileName()) || message.contains(QFileInfo(file).completeBaseName()),
             qPrintable(message));
    QVERIFY2(r.peakKb > 0, "no peak memory measured");
    QVERIFY2(r.peakKb < long(ceilingMb) * 1024 * MemoryFactor,
             qPrintable(QStringLiteral("peak %1 MB").arg(r.peakKb / 1024)));
    QCOMPARE(digest(m_ledger), before);
    m_table << QStringLiteral("%1 | exit %2 | peak %3 MB (ceiling %4) | %5")
                       .arg(QString::fromLatin1(QTest::currentDataTag()), -24)
                       .arg(r.exitCode)
                       .arg(r.peakKb / 1024)
                       .arg(ceilingMb * MemoryFactor)
                       .arg([&] {
                           for (const QString &line : message.split(u'\n'))
                               if (line.contains(says))
                                   return line.left(90);
                           return message.left(90);
                       }());
}

void TestBadInputs::formulaInjectionIsKeptAsText()
{
    // Text that a spreadsheet would run is imported as the text it is, and exported so that a
    // spreadsheet shows it instead of running it.
    const QString file = QStringLiteral(TZ_TEST_DATA "/sheets/formula_injection.csv");
    const QString ledger = m_dir.filePath(QStringLiteral("injection.tzdb"));
    QVERIFY(QFile::copy(m_ledger, ledger));
    Run r = runCli({ QStringLiteral("import"), ledger, file }, m_dir.path());
    QVERIFY2(r.exitCode == 0, qPrintable(r.stdErr));
    FileCheck check;
    {
        auto l = Ledger::open(ledger, true, &check);
        const int name = columnIndex(Entity::Project, QStringLiteral("name"));
        QCOMPARE(l->row(Entity::Project, l->projectIdByCode(QStringLiteral("GX-903")))->text(name), QStringLiteral("+1+1"));
        QVERIFY(l->row(Entity::Project, l->projectIdByCode(QStringLiteral("GX-901")))->text(name).startsWith(QStringLiteral("=HYPERLINK(")));
    }
    const QString csv = m_dir.filePath(QStringLiteral("out.csv"));
    r = runCli({ QStringLiteral("export"), ledger, csv }, m_dir.path());
    QCOMPARE(r.exitCode, 0);
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY2(text.contains(QStringLiteral("'=HYPERLINK(")), qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("'+1+1")));
    QVERIFY(text.contains(QStringLiteral("'@SUM(")));
    m_table << QStringLiteral("%1 | exit 0 | imported as text; CSV export neutralised with a leading apostrophe")
                       .arg(QStringLiteral("formula injection"), -24);
}

void TestBadInputs::cleanupTestCase()
{
    qInfo().noquote() << QStringLiteral("\nBad inputs (taizhang-cli import):\n") + m_table.join(u'\n');
}

QTEST_GUILESS_MAIN(TestBadInputs)
#include "test_badinputs.moc"
