// Printed sheets read back as a reader would: pdfinfo, pdftotext and pdffonts (poppler-utils)
// say how many pages there are, whether every name can be found again as text, whether the
// fonts travel inside the file and whether any word runs off the paper.

#include "clock.h"
#include "demo.h"
#include "ledger.h"
#include "lights.h"
#include "printing/ledgertable.h"
#include "printing/printjob.h"
#include "printing/projectsheetreader.h"
#include "printing/sheetwords.h"
#include "printing/supervisiontext.h"
#include "printing/tounicodefix.h"

#include "pdftext.h"

#include <QDir>
#include <QFile>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tz;
using namespace tz::test;

namespace {

const QDate kToday(2026, 6, 15);

// The same, of a strip of each page from x to x + width, in points.
QStringList pageTextsIn(const QString &pdf, int xPt, int widthPt)
{
    QStringList pages = tool(QStringLiteral("pdftotext"),
        { QStringLiteral("-x"), QString::number(xPt), QStringLiteral("-y"), QStringLiteral("0"),
            QStringLiteral("-W"), QString::number(widthPt), QStringLiteral("-H"),
            QStringLiteral("842"), pdf, QStringLiteral("-") })
                            .split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    for (QString &p : pages)
        p.remove(QRegularExpression(QStringLiteral("\\s")));
    return pages;
}

// Right of x to the edge of an A4 page.
QStringList pageTextsRightOf(const QString &pdf, int xPt)
{
    return pageTextsIn(pdf, xPt, 595 - xPt);
}

// The words of one page (1-based) with their boxes in points, as pdftotext finds them.
struct Word
{
    QString text;
    QRectF box;
};
std::vector<Word> pageWords(const QString &pdf, int page)
{
    const QString html = tool(QStringLiteral("pdftotext"),
        { QStringLiteral("-bbox"), QStringLiteral("-f"), QString::number(page),
            QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-") });
    const QRegularExpression word(
        QStringLiteral("<word xMin=\"([\\d.-]+)\" yMin=\"([\\d.-]+)\" xMax=\"([\\d.-]+)\" "
                       "yMax=\"([\\d.-]+)\">([^<]*)</word>"));
    std::vector<Word> words;
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        words.push_back({ m.captured(5),
            QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                QPointF(m.captured(3).toDouble(), m.captured(4).toDouble())) });
    }
    return words;
}

QString squeezed(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("\\s")));
}

// Where the value cells of a 督导单 begin with the default settings: the left margin (28 mm)
// plus the label column (15 % of the 156 mm text block), in points, rounded up past the rule.
constexpr int kValueColumnPt = 146;
// The right edge of the text block: 210 mm less the 26 mm right margin, in points.
constexpr qreal kTextRightPt = (210.0 - 26.0) / 25.4 * 72.0;

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

    void supervisionSheetShowsEveryLine()
    {
        // Every field of every sheet, every line of it, read back from the page: the label
        // column on the left, and in the value cells (wrapped lines run on in the text of the
        // value column) each line as the sheet's words put it.
        const QString pdf = print(PrintKind::Supervision, QStringLiteral("every.pdf"));
        const QStringList pages = pageTexts(pdf);
        const QStringList values = pageTextsRightOf(pdf, kValueColumnPt);
        const QStringList labels = pageTextsIn(pdf, 0, kValueColumnPt);
        QCOMPARE(values.size(), pages.size());
        ProjectSheetReader reader(*m_ledger, kToday, PrintSettings().upcomingDays);
        const SupervisionText words(kToday, PrintSettings().upcomingDays);
        const auto ids = reader.projectIds({});
        QCOMPARE(qsizetype(ids.size()), pages.size());
        int wrapped = 0;
        for (size_t i = 0; i < ids.size(); ++i) {
            const ProjectSheetFacts f = reader.read(ids[i]);
            const QString &page = pages.at(qsizetype(i));
            const QString &value = values.at(qsizetype(i));
            for (const char *label : { "项目名称", "项目编号", "责任单位", "分包领导",
                     "投资情况（万元）", "预警灯色", "逾期节点", "临近节点", "要素保障需求",
                     "督导发现问题", "整改要求及时限", "督导意见" })
                QVERIFY2(labels.at(qsizetype(i)).contains(QString::fromUtf8(label)), label);
            for (const char *label : { "项目类别", "建设单位", "项目阶段", "重大科技创新项目督导单",
                     "责任单位负责人（签字）", "督导人员（签字）" })
                QVERIFY2(page.contains(QString::fromUtf8(label)), label);
            QVERIFY(page.contains(squeezed(words.number(f, 0))));
            QVERIFY(page.contains(squeezed(words.date())));
            QStringList lines { f.name, f.code, f.category, f.unit, f.owner, f.leaderWithTitle(),
                f.phase, sheetwords::lightMark(f.light.light) + lightText(f.light.light) };
            lines << words.investmentLines(f) << words.reasonLines(f)
                  << words.milestoneLines(f.overdue, true) << words.milestoneLines(f.coming, false)
                  << words.needLines(f) << words.findingLines(f) << words.rectificationLines(f)
                  << words.dubanLines(f);
            for (const QString &line : lines) {
                QVERIFY2(value.contains(squeezed(line)),
                    qPrintable(
                        QStringLiteral("%1: “%2” not in the value cells").arg(f.code, line)));
                // Lines wider than a value cell (about 35 characters at 12 pt) were wrapped.
                wrapped += line.size() > 40 ? 1 : 0;
            }
        }
        QVERIFY(wrapped > 0);
        checkTextInsideBlock(pdf, int(ids.size()));
    }

    // No word of the sheet reaches past the right edge of the text block: long lines wrap
    // inside their cells.
    static void checkTextInsideBlock(const QString &pdf, int pages)
    {
        for (int p = 1; p <= pages; ++p)
            for (const Word &w : pageWords(pdf, p))
                QVERIFY2(w.box.right() <= kTextRightPt + 0.5,
                    qPrintable(QStringLiteral("page %1: “%2” ends at %3 pt")
                                   .arg(p)
                                   .arg(w.text)
                                   .arg(w.box.right())));
    }

    void longTextWrapsInsideItsCell()
    {
        QString error;
        auto ledger = Ledger::create(path(QStringLiteral("wrap.tzdb")), &error);
        QVERIFY(ledger);
        QCOMPARE(fillDemoLedger(*ledger, 1, 1, kToday), QString());
        const qint64 project = ledger->rows(Entity::Project).front().id;
        const QString name = QStringLiteral("洛阳市新一代信息技术与高端装备制造融合创新示范基地"
                                            "（一期工程含配套研发中心、中试基地、检验检测平台及"
                                            "产业化示范线建设）");
        QSqlQuery q(ledger->database());
        q.prepare(QStringLiteral("UPDATE projects SET name = ? WHERE id = ?"));
        q.addBindValue(name);
        q.addBindValue(project);
        QVERIFY(q.exec());
        const QString findings = QStringLiteral(
            "施工现场安全文明施工措施不到位，塔吊作业区域未设置警戒线，部分作业人员未佩戴"
            "安全帽；研发中心主体结构施工进度滞后于计划节点约四十五天，设备采购合同尚未签订");
        const QString demand = QStringLiteral(
            "限期十五日内完成安全隐患整改并书面报告整改情况，制定赶工计划确保年底前主体完工");
        QVariantList v(qsizetype(entityDef(Entity::Supervision).columns.size()));
        v[0] = project;
        v[1] = kToday.addDays(-3);
        v[2] = QStringLiteral("督导");
        v[3] = QStringLiteral("市科技局项目办");
        v[4] = findings;
        v[5] = demand;
        v[6] = kToday.addDays(15);
        v[7] = QStringLiteral("整改中");
        QVERIFY2(ledger->addRow(Entity::Supervision, v, &error), qPrintable(error));
        PrintRequest r;
        r.today = kToday;
        PrintJob job(*ledger, r, PrintSettings());
        const QString pdf = path(QStringLiteral("wrap.pdf"));
        QVERIFY2(job.writePdf(pdf, &error), qPrintable(error));
        QCOMPARE(pdfPages(pdf), 1);
        const QString value = pageTextsRightOf(pdf, kValueColumnPt).value(0);
        QVERIFY2(value.contains(name), qPrintable(value));
        QVERIFY(value.contains(findings));
        QVERIFY(value.contains(demand));
        // The name took more than one line of its cell.
        int nameLines = 0;
        qreal lastTop = -1;
        for (const Word &w : pageWords(pdf, 1))
            if (name.contains(w.text) && w.text.size() > 3 && qAbs(w.box.top() - lastTop) > 1) {
                ++nameLines;
                lastTop = w.box.top();
            }
        QVERIFY2(nameLines >= 2, qPrintable(QString::number(nameLines)));
        checkTextInsideBlock(pdf, 1);
        checkInsidePages(pdf);
    }

    void manyMilestonesShrinkToOnePage()
    {
        QString error;
        auto ledger = Ledger::create(path(QStringLiteral("shrink.tzdb")), &error);
        QVERIFY(ledger);
        QCOMPARE(fillDemoLedger(*ledger, 1, 1, kToday), QString());
        const qint64 project = ledger->rows(Entity::Project).front().id;
        const PrintSettings settings;
        PrintRequest r;
        r.today = kToday;
        const QString before = path(QStringLiteral("shrink-before.pdf"));
        QVERIFY2(PrintJob(*ledger, r, settings).writePdf(before, &error), qPrintable(error));
        for (int i = 0; i < 6; ++i) {
            QVariantList v(qsizetype(entityDef(Entity::Milestone).columns.size()));
            v[0] = project;
            v[1] = QStringLiteral("第%1批设备安装调试并完成阶段性验收").arg(i + 1);
            v[2] = kToday.addDays(-10 - i);
            QVERIFY2(ledger->addRow(Entity::Milestone, v, &error), qPrintable(error));
        }
        const QString after = path(QStringLiteral("shrink-after.pdf"));
        QVERIFY2(PrintJob(*ledger, r, settings).writePdf(after, &error), qPrintable(error));
        QCOMPARE(pdfPages(after), 1);
        const QString text = pageTexts(after).value(0);
        for (int i = 0; i < 6; ++i)
            QVERIFY(
                text.contains(QStringLiteral("第%1批设备安装调试并完成阶段性验收——").arg(i + 1)));
        QVERIFY(text.contains(QStringLiteral("督导人员（签字）")));
        // The form is set in a smaller size to fit: the label 项目名称 is four characters of
        // the form's size wide.
        const auto labelWidth = [](const QString &pdf) {
            for (const Word &w : pageWords(pdf, 1))
                if (w.text == QStringLiteral("项目名称"))
                    return w.box.width();
            return 0.0;
        };
        QVERIFY(labelWidth(before) > 0);
        QVERIFY2(labelWidth(after) < labelWidth(before) - 1,
            qPrintable(QStringLiteral("%1 -> %2").arg(labelWidth(before)).arg(labelWidth(after))));
        checkTextInsideBlock(after, 1);
        checkInsidePages(after);
    }

    void sameSheetAtAnyResolution()
    {
        // PrintJob paints on any paged device (the preview's QPrinter among them): the sheet
        // must come out the same at any resolution, not at a third of its size.
        PrintRequest r;
        r.kind = PrintKind::Supervision;
        r.today = kToday;
        r.project = m_ledger->projectIdByCode(QStringLiteral("KJ2026-0004"));
        QVERIFY(r.project);
        QList<std::vector<Word>> sheets;
        for (int dpi : { 300, 600, 1200 }) {
            PrintJob job(*m_ledger, r, PrintSettings());
            const QString pdf = path(QStringLiteral("dpi%1.pdf").arg(dpi));
            {
                QPdfWriter writer(pdf);
                writer.setResolution(dpi);
                QCOMPARE(job.print(&writer), 1);
            }
            QVERIFY(ToUnicodeFix(job.fonts()).apply(pdf));
            sheets << pageWords(pdf, 1);
            QVERIFY(sheets.last().size() > 30);
        }
        for (qsizetype s = 1; s < sheets.size(); ++s) {
            QCOMPARE(sheets.at(s).size(), sheets.at(0).size());
            for (size_t i = 0; i < sheets.at(0).size(); ++i) {
                const Word &a = sheets.at(0).at(i);
                const Word &b = sheets.at(s).at(i);
                QCOMPARE(b.text, a.text);
                // Glyph advances are rounded to the device's pixels, so a line grows or
                // shrinks by a fraction of a point with the resolution; never by a factor.
                QVERIFY2(qAbs(a.box.left() - b.box.left()) < 2
                        && qAbs(a.box.top() - b.box.top()) < 2
                        && qAbs(a.box.width() - b.box.width()) < 1 + a.box.width() / 50,
                    qPrintable(QStringLiteral("“%1” at %2,%3 w %4, at %5 dpi %6,%7 w %8")
                                   .arg(a.text)
                                   .arg(a.box.left())
                                   .arg(a.box.top())
                                   .arg(a.box.width())
                                   .arg(s == 1 ? 600 : 1200)
                                   .arg(b.box.left())
                                   .arg(b.box.top())
                                   .arg(b.box.width())));
            }
        }
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

    void ledgerTableFollowedAndCancelledPageByPage()
    {
        PrintRequest r;
        r.kind = PrintKind::LedgerTable;
        r.today = kToday;
        QString error;

        // Asked before every page, with the table's own page count as the total.
        PrintJob job(*m_ledger, r, PrintSettings());
        QList<int> done;
        int total = 0;
        job.setProgress([&](int d, int t) {
            done << d;
            total = t;
            return true;
        });
        const QString whole = path(QStringLiteral("followed.pdf"));
        QVERIFY2(job.writePdf(whole, &error), qPrintable(error));
        const int pages = pdfPages(whole);
        QVERIFY(pages >= 3);
        QCOMPARE(total, pages);
        QList<int> expected { 0 }; // before the table is read
        for (int i = 0; i < pages; ++i)
            expected << i;
        QCOMPARE(done, expected);

        // Cancelled on the third page: no file, the job says why.
        PrintJob cancelled(*m_ledger, r, PrintSettings());
        int calls = 0;
        cancelled.setProgress([&](int, int) { return ++calls < 4; });
        const QString none = path(QStringLiteral("cancelled.pdf"));
        QVERIFY(!cancelled.writePdf(none, &error));
        QCOMPARE(error, QStringLiteral("已取消打印"));
        QCOMPARE(calls, 4);
        QVERIFY(!QFile::exists(none));
        QCOMPARE(QDir(m_dir.path())
                     .entryList({ QStringLiteral(".cancelled.pdf*") }, QDir::Files | QDir::Hidden),
            QStringList());
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
        // Cut between lines only: every milestone once in the 逾期节点 list, none lost or
        // repeated where a page ends.
        const QString all = pageTextsRightOf(pdf, kValueColumnPt).join(QString());
        for (int i = 0; i < 60; ++i)
            QCOMPARE(all.count(QStringLiteral("%1.第%2批设备安装调试并完成阶段性验收——")
                                   .arg(60 - i)
                                   .arg(i + 1)),
                1);
        // Title and number on the first page; the opinion box and the signatures together on
        // the last.
        QVERIFY(texts.first().contains(QStringLiteral("重大科技创新项目督导单")));
        QVERIFY(texts.first().contains(QStringLiteral("项目名称")));
        for (int i = 0; i < texts.size(); ++i) {
            const bool last = i == texts.size() - 1;
            QCOMPARE(texts.at(i).contains(QStringLiteral("督导意见")), last);
            QCOMPARE(texts.at(i).contains(QStringLiteral("督导人员（签字）")), last);
            QCOMPARE(texts.at(i).contains(QStringLiteral("重大科技创新项目督导单")), i == 0);
        }
        checkTextInsideBlock(pdf, int(texts.size()));
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
