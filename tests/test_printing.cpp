// Printed sheets read back as a reader would: pdfinfo, pdftotext and pdffonts (poppler-utils)
// say how many pages there are, whether every name can be found again as text, whether the
// fonts travel inside the file and whether any word runs off the paper.

#include "clock.h"
#include "demo.h"
#include "ledger.h"
#include "lights.h"
#include "printing/ledgertable.h"
#include "printing/pagedprinter.h"
#include "printing/printjob.h"
#include "printing/tounicodefix.h"

#include <QFile>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace tz;

namespace {

const QDate kToday(2026, 6, 15);

// Runs a poppler tool; fails the test when it is missing (CI installs poppler-utils).
QString tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString &pdf)
{
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                       .match(tool(QStringLiteral("pdfinfo"), { pdf }));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// The text of each page without any white space: pdftotext breaks table cells into lines and
// drops the spaces between CJK characters.
QStringList pageTexts(const QString &pdf)
{
    QStringList pages
        = tool(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") }).split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    for (QString &p : pages)
        p.remove(QRegularExpression(QStringLiteral("\\s")));
    return pages;
}

} // namespace

class TestPrinting : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Ledger> m_ledger;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString print(
        PrintKind kind, const QString &name, PrintRequest request = {}, Paper paper = Paper::A4)
    {
        request.kind = kind;
        request.today = kToday;
        PrintSettings settings;
        settings.paper = paper;
        PrintJob job(*m_ledger, request, settings);
        QString error;
        const QString file = path(name);
        if (!job.writePdf(file, &error))
            qWarning("writePdf: %s", qPrintable(error));
        return file;
    }

    QStringList projectNames() const
    {
        QStringList names;
        for (const Row &r : m_ledger->rows(Entity::Project))
            names << r.text(1);
        return names;
    }

    // Every word inside the page, 10 pt clear of its edges (no printer prints to the edge).
    static void checkInsidePages(const QString &pdf)
    {
        const QString html = tool(QStringLiteral("pdftotext"),
            { QStringLiteral("-bbox-layout"), pdf, QStringLiteral("-") });
        const QRegularExpression page(
            QStringLiteral("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">"));
        const QRegularExpression word(
            QStringLiteral("<word xMin=\"([\\d.-]+)\" yMin=\"([\\d.-]+)\" xMax=\"([\\d.-]+)\" "
                           "yMax=\"([\\d.-]+)\">([^<]*)</word>"));
        int words = 0;
        for (auto p = page.globalMatch(html); p.hasNext();) {
            const auto pm = p.next();
            const qreal w = pm.captured(1).toDouble();
            const qreal h = pm.captured(2).toDouble();
            const qsizetype end = html.indexOf(QStringLiteral("</page>"), pm.capturedEnd());
            for (auto it = word.globalMatch(html.mid(pm.capturedEnd(), end - pm.capturedEnd()));
                 it.hasNext();) {
                const auto m = it.next();
                const QRectF box(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                    QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()));
                QVERIFY2(QRectF(10, 10, w - 20, h - 20).contains(box),
                    qPrintable(QStringLiteral("“%1” at %2,%3–%4,%5 leaves the %6x%7 page")
                                   .arg(m.captured(5))
                                   .arg(box.left())
                                   .arg(box.top())
                                   .arg(box.right())
                                   .arg(box.bottom())
                                   .arg(w)
                                   .arg(h)));
                ++words;
            }
        }
        QVERIFY2(words > 0, "no words found");
    }

    static void checkFontsEmbedded(const QString &pdf)
    {
        const QStringList lines
            = tool(QStringLiteral("pdffonts"), { pdf }).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 2); // two header lines, then one per font
        for (qsizetype i = 2; i < lines.size(); ++i) {
            // name type encoding emb sub uni object ID: emb is the fourth field from the end.
            const QStringList f = lines.at(i).split(u' ', Qt::SkipEmptyParts);
            QVERIFY2(f.size() >= 7 && f.at(f.size() - 5) == QStringLiteral("yes"),
                qPrintable(lines.at(i)));
        }
    }

    static void checkNoRadicals(const QStringList &pages)
    {
        for (const QString &p : pages)
            for (QChar c : p)
                QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF,
                    qPrintable(QStringLiteral("Kangxi or CJK radical U+%1 in the text")
                                   .arg(c.unicode(), 4, 16)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Clock::setToday(kToday);
        QString error;
        m_ledger = Ledger::create(path(QStringLiteral("demo.tzdb")), &error);
        QVERIFY2(m_ledger, qPrintable(error));
        QCOMPARE(fillDemoLedger(*m_ledger, 25, 4, kToday), QString());
    }

    void cleanupTestCase()
    {
        m_ledger.reset();
        Clock::setToday(QDate());
    }

    void fontsInstalled()
    {
        // fonts-noto-cjk gives the fallbacks; without a Chinese face everything prints as boxes.
        QVERIFY(!installedTitleFamily().isEmpty());
        QVERIFY(!installedBodyFamily().isEmpty());
        const PrintSettings s = PrintSettings().resolved();
        QCOMPARE(s.titleFamily, installedTitleFamily());
        PrintSettings missing;
        missing.titleFamily = QStringLiteral("No Such Face");
        QCOMPARE(missing.resolved().titleFamily, installedTitleFamily());
    }

    void toUnicodeFixRewritesRadicals()
    {
        QFont noto(installedBodyFamily());
        const ToUnicodeFix fix({ noto });
        if (fix.pairs() == 0)
            QSKIP("the installed face aliases no radicals");
        QCOMPARE(fix.ideographFor(0x2FA6), char16_t(0x91D1)); // ⾦ -> 金
        QByteArray cmap(
            "2 beginbfrange\n<0000> <0000> <0000>\n<0001> <0003> [<2FA6> <4E2D> <2F2F> ]\n"
            "<0004> <0004> <2F00>\n<0010> <0019> <2F00>\nendbfrange\n");
        QCOMPARE(fix.fixCMap(cmap), 3);
        QVERIFY(cmap.contains("[<91D1> <4E2D> <5DE5> ]"));
        QVERIFY(cmap.contains("<0004> <0004> <4E00>"));
        QVERIFY(cmap.contains("<0010> <0019> <2F00>")); // a run of consecutive code points stays
    }

    void supervisionSheets()
    {
        const QString pdf = print(PrintKind::Supervision, QStringLiteral("supervision.pdf"));
        QCOMPARE(pdfPages(pdf), 25); // each sheet fits one page
        const QStringList pages = pageTexts(pdf);
        QCOMPARE(pages.size(), 25);
        checkNoRadicals(pages);
        // Sheets come in code order; each names its project and shows its light as a word.
        const auto lights = computeLights(*m_ledger, kToday);
        QSqlQuery q(m_ledger->database());
        QVERIFY(q.exec(QStringLiteral("SELECT id, code, name FROM projects ORDER BY code")));
        for (int i = 0; q.next(); ++i) {
            const QString &page = pages.at(i);
            QVERIFY2(page.contains(q.value(1).toString()), qPrintable(q.value(1).toString()));
            QVERIFY2(page.contains(q.value(2).toString()), qPrintable(q.value(2).toString()));
            QVERIFY(page.contains(QStringLiteral("重大科技创新项目督导单")));
            QVERIFY(page.contains(lightText(lights.value(q.value(0).toLongLong()).light)));
            QVERIFY(page.contains(QStringLiteral("责任单位负责人（签字）")));
        }
        checkFontsEmbedded(pdf);
        checkInsidePages(pdf);
    }

    void oneSupervisionSheet()
    {
        PrintRequest r;
        r.project = m_ledger->projectIdByCode(QStringLiteral("KJ2026-0007"));
        QVERIFY(r.project);
        const QString pdf = print(PrintKind::Supervision, QStringLiteral("one.pdf"), r);
        QCOMPARE(pdfPages(pdf), 1);
        QVERIFY(pageTexts(pdf).value(0).contains(QStringLiteral("KJ2026-0007")));
    }

    void ledgerTable_data()
    {
        QTest::addColumn<int>("paper");
        QTest::newRow("A4") << int(Paper::A4);
        QTest::newRow("A3") << int(Paper::A3);
    }

    void ledgerTable()
    {
        QFETCH(int, paper);
        const QString pdf = print(
            PrintKind::LedgerTable, QStringLiteral("ledger%1.pdf").arg(paper), {}, Paper(paper));
        const int pages = pdfPages(pdf);
        QVERIFY(pages >= 1);

        // The same sheet as one QTextDocument on the same pages paginates alike.
        PrintSettings settings;
        settings.paper = Paper(paper);
        QPdfWriter scratch(path(QStringLiteral("scratch.pdf")));
        scratch.setResolution(600);
        PagedPrinter printer(&scratch, settings, QPageLayout::Landscape);
        LedgerTable table(printer.settings(), kToday);
        const auto doc = table.build(*m_ledger, {}).document(printer);
        QCOMPARE(doc->pageCount(), pages);

        const QString info = tool(QStringLiteral("pdfinfo"), { pdf });
        const auto size
            = QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+)")).match(info);
        QVERIFY(size.captured(1).toDouble() > size.captured(2).toDouble()); // landscape

        const QStringList texts = pageTexts(pdf);
        QCOMPARE(texts.size(), pages);
        for (int i = 0; i < pages; ++i) {
            QVERIFY2(texts.at(i).contains(QStringLiteral("第%1页共%2页").arg(i + 1).arg(pages)),
                qPrintable(texts.at(i).right(40)));
            QVERIFY(texts.at(i).contains(QStringLiteral("项目名称"))); // the header on every page
        }
        const QString all = texts.join(QString());
        for (const QString &name : projectNames())
            QVERIFY2(all.contains(name), qPrintable(name));
        QVERIFY(all.contains(QStringLiteral("一、")));
        QVERIFY(all.contains(QStringLiteral("合计")));
        QVERIFY(texts.first().contains(QStringLiteral("2026年全市重大科技创新项目推进台账")));
        checkNoRadicals(texts);
        checkFontsEmbedded(pdf);
        checkInsidePages(pdf);
    }

    void ledgerTableOfOneUnit()
    {
        PrintRequest r;
        r.unit = m_ledger->findByName(Entity::Unit, QStringLiteral("高新区"));
        const QString all = pageTexts(print(PrintKind::LedgerTable, QStringLiteral("unit.pdf"), r))
                                .join(QString());
        QVERIFY(all.contains(QStringLiteral("2026年高新区重大科技创新项目推进台账")));
        QSqlQuery q(m_ledger->database());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT p.code, u.name = '高新区' FROM projects p JOIN units u ON u.id = p.unit_id")));
        while (q.next())
            QVERIFY2(all.contains(q.value(0).toString()) == q.value(1).toBool(),
                qPrintable(q.value(0).toString()));
    }

    void leaderLists()
    {
        const QString pdf = print(PrintKind::LeaderList, QStringLiteral("leaders.pdf"));
        const QStringList texts = pageTexts(pdf);
        const QString all = texts.join(QString());
        int lists = 0;
        for (const Row &l : m_ledger->rows(Entity::Leader)) {
            QVERIFY2(
                all.contains(QStringLiteral("分包领导：%1").arg(l.text(0))), qPrintable(l.text(0)));
            ++lists;
        }
        QCOMPARE(int(all.count(QStringLiteral("分包领导督导清单"))), lists);
        QVERIFY(texts.size() >= lists);
        for (const QString &name : projectNames())
            QVERIFY2(all.contains(name), qPrintable(name));
        for (const QString &t : texts)
            QVERIFY(t.contains(QRegularExpression(QStringLiteral("第\\d+页共\\d+页"))));
        checkNoRadicals(texts);
        checkInsidePages(pdf);
    }

    void bulletins()
    {
        const QString pdf = print(PrintKind::Bulletin, QStringLiteral("bulletins.pdf"));
        const QString all = pageTexts(pdf).join(QString());
        // Every overdue milestone's project and unit is in it, with its days.
        QSqlQuery q(m_ledger->database());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT p.name, u.name, m.planned_date, m.title FROM milestones m"
            " JOIN projects p ON p.id = m.project_id JOIN units u ON u.id = p.unit_id"
            " WHERE m.actual_date IS NULL AND m.planned_date < '2026-06-15'")));
        int overdue = 0;
        while (q.next()) {
            // A name wrapped in its narrow cell comes out of pdftotext merged with the next
            // column's line; its first characters always lead the cell.
            QVERIFY2(
                all.contains(q.value(0).toString().left(6)), qPrintable(q.value(0).toString()));
            QVERIFY2(all.contains(q.value(3).toString()), qPrintable(q.value(3).toString()));
            QVERIFY(all.contains(q.value(1).toString() + QStringLiteral("：")));
            QVERIFY(all.contains(q.value(2).toString()));
            ++overdue;
        }
        QVERIFY(overdue > 0);
        QVERIFY(all.contains(QStringLiteral("重大科技创新项目逾期事项通报")));
        checkInsidePages(pdf);
    }

    void longSheetShrinksThenFlows()
    {
        QString error;
        auto ledger = Ledger::create(path(QStringLiteral("long.tzdb")), &error);
        QVERIFY(ledger);
        QCOMPARE(fillDemoLedger(*ledger, 1, 1, kToday), QString());
        const qint64 project = ledger->rows(Entity::Project).front().id;
        for (int i = 0; i < 60; ++i) {
            QVariantList v(qsizetype(entityDef(Entity::Milestone).columns.size()));
            v[0] = project;
            v[1] = QStringLiteral("第%1批设备安装调试并完成阶段性验收").arg(i + 1);
            v[2] = kToday.addDays(-10 - i);
            QVERIFY2(ledger->addRow(Entity::Milestone, v, &error), qPrintable(error));
        }
        PrintRequest r;
        r.today = kToday;
        PrintJob job(*ledger, r, PrintSettings());
        const QString pdf = path(QStringLiteral("long.pdf"));
        QVERIFY2(job.writePdf(pdf, &error), qPrintable(error));
        const QStringList texts = pageTexts(pdf);
        QVERIFY(texts.size() >= 2);
        for (int i = 0; i < texts.size(); ++i)
            QVERIFY(
                texts.at(i).contains(QStringLiteral("第%1页共%2页").arg(i + 1).arg(texts.size())));
        QVERIFY(
            texts.join(QString()).contains(QStringLiteral("第60批设备安装调试并完成阶段性验收")));
        checkInsidePages(pdf);
    }

    void nothingToPrintStillMakesAPage()
    {
        QString error;
        auto empty = Ledger::create(path(QStringLiteral("empty.tzdb")), &error);
        QVERIFY(empty);
        PrintRequest r;
        r.today = kToday;
        PrintJob job(*empty, r, PrintSettings());
        const QString pdf = path(QStringLiteral("empty.pdf"));
        QVERIFY2(job.writePdf(pdf, &error), qPrintable(error));
        QCOMPARE(pdfPages(pdf), 1);
        QVERIFY(pageTexts(pdf).value(0).contains(QStringLiteral("没有符合条件的项目")));
    }

    void commandLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        const QString db = path(QStringLiteral("demo.tzdb"));
        const QString out = path(QStringLiteral("cli.pdf"));
        QTest::newRow("supervision")
            << QStringList { db, out, QStringLiteral("--kind"), QStringLiteral("supervision") }
            << 0;
        QTest::newRow("one project")
            << QStringList { db, out, QStringLiteral("--kind"), QStringLiteral("supervision"),
                   QStringLiteral("--project"), QStringLiteral("KJ2026-0003") }
            << 0;
        QTest::newRow("ledger A3") << QStringList { db, out, QStringLiteral("--kind"),
            QStringLiteral("ledger"), QStringLiteral("--paper"), QStringLiteral("A3") }
                                   << 0;
        QTest::newRow("bulletin unit") << QStringList { db, out, QStringLiteral("--kind"),
            QStringLiteral("bulletin"), QStringLiteral("--unit"), QStringLiteral("高新区") }
                                       << 0;
        QTest::newRow("unknown project") << QStringList { db, out, QStringLiteral("--kind"),
            QStringLiteral("supervision"), QStringLiteral("--project"), QStringLiteral("NO-SUCH") }
                                         << 2;
        QTest::newRow("unknown leader") << QStringList { db, out, QStringLiteral("--kind"),
            QStringLiteral("leader"), QStringLiteral("--leader"), QStringLiteral("无此人") }
                                        << 2;
        QTest::newRow("unknown unit") << QStringList { db, out, QStringLiteral("--kind"),
            QStringLiteral("bulletin"), QStringLiteral("--unit"), QStringLiteral("无此单位") }
                                      << 2;
        QTest::newRow("no kind") << QStringList { db, out } << 2;
        QTest::newRow("bad kind") << QStringList { db, out, QStringLiteral("--kind"),
            QStringLiteral("poster") }
                                  << 2;
        QTest::newRow("bad paper") << QStringList { db, out, QStringLiteral("--kind"),
            QStringLiteral("ledger"), QStringLiteral("--paper"), QStringLiteral("B5") }
                                   << 2;
        QTest::newRow("no output") << QStringList { db } << 2;
        QTest::newRow("unwritable") << QStringList { db, path(QStringLiteral("no/such/dir/x.pdf")),
            QStringLiteral("--kind"), QStringLiteral("ledger") }
                                    << 3;
        QTest::newRow("no ledger") << QStringList { path(QStringLiteral("none.tzdb")), out,
            QStringLiteral("--kind"), QStringLiteral("ledger") }
                                   << 3;
        QTest::newRow("output is the ledger")
            << QStringList { db, db, QStringLiteral("--kind"), QStringLiteral("ledger") } << 2;
    }

    void commandLine()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        // The ledger is open here too; the command line only reads it.
        QFile::remove(path(QStringLiteral("cli.pdf")));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TAIZHANG_LANG"), QStringLiteral("zh_CN"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // print must find its own platform
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TZ_CLI_PATH),
            QStringList { QStringLiteral("print") } + args
                + QStringList { QStringLiteral("--today"), QStringLiteral("2026-06-15") });
        QVERIFY(p.waitForFinished(120000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(p.exitCode() == code,
            qPrintable(QStringLiteral("exit %1: %2").arg(p.exitCode()).arg(err)));
        QCOMPARE(QFile::exists(path(QStringLiteral("cli.pdf"))), code == 0);
        if (code == 2 && args.size() > 4)
            QVERIFY2(err.contains(args.at(args.size() - 1)) || err.contains(QStringLiteral("--")),
                qPrintable(err));
    }
};

QTEST_MAIN(TestPrinting)
#include "test_printing.moc"
