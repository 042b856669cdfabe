// The printed table (ledger table, leader lists, bulletins) read back with pdftotext: the
// header opens every page, rows are never split across pages unless taller than a page (and
// then only between lines), a group heading never stays behind at the foot of a page, and the
// closing paragraphs stay together. Also: the shortcut that measures one-line cells without a
// layout agrees with the layout.
#include "printing/linefit.h"
#include "printing/pagedprinter.h"
#include "printing/printsettings.h"
#include "printing/tablesheet.h"
#include "printing/textbox.h"
#include "printing/tounicodefix.h"

#include "pdftext.h"

#include <QFontMetricsF>
#include <QPdfWriter>
#include <QRawFont>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace tz;
using namespace tz::test;

namespace {

QString rowCode(int i)
{
    return QStringLiteral("R%1").arg(i, 4, 10, QLatin1Char('0'));
}

QString rowEnd(int i)
{
    return QStringLiteral("E%1").arg(i, 4, 10, QLatin1Char('0'));
}

// Rows R0001… whose name wraps over one to three lines and ends in E0001…, so that a row
// printed whole has both marks on one page; headLines paragraphs and sideLines left/right
// lines (in a smaller size) above the table, and a group heading before row groupBefore when
// it is set.
TableSheet numberedSheet(const PrintSettings &settings, int rows, int headLines = 0,
    int groupBefore = 0, int sideLines = 0)
{
    TableSheet sheet(settings, 10.5);
    sheet.setTitle(QStringLiteral("测试台账"));
    for (int i = 0; i < sideLines; ++i)
        sheet.addLeftRight(QStringLiteral("单位：万元"), QStringLiteral("截至 2026年6月15日"));
    for (int i = 0; i < headLines; ++i)
        sheet.addParagraph(QStringLiteral("说明第%1行。").arg(i + 1));
    sheet.setColumns({
        { QStringLiteral("编号"), 1, false, Qt::AlignLeft },
        { QStringLiteral("项目名称"), 2, true },
        { QStringLiteral("责任单位"), 1, true },
    });
    for (int i = 1; i <= rows; ++i) {
        if (i == groupBefore)
            sheet.addGroup(QStringLiteral("二、第二组"));
        sheet.addRow(
            { rowCode(i), QStringLiteral("重大科技创新平台建设").repeated(1 + i % 4) + rowEnd(i),
                QStringLiteral("高新区") });
    }
    return sheet;
}

// The page (from 0) each mark is on; -1 when it is on none, -2 when on more than one or more
// than once.
int pageOf(const QStringList &pages, const QString &mark)
{
    int found = -1;
    for (int p = 0; p < pages.size(); ++p) {
        const qsizetype n = pages.at(p).count(mark);
        if (n == 0)
            continue;
        if (n > 1 || found >= 0)
            return -2;
        found = p;
    }
    return found;
}

} // namespace

class TestTableSheet : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const PrintSettings m_settings = PrintSettings().resolved();

    // Prints the sheet to a PDF of A4 pages at dpi, as PrintJob writes it, and returns the
    // text of its pages.
    QStringList print(const TableSheet &sheet, const QString &name, int dpi = 600)
    {
        const QString file = m_dir.filePath(name);
        int painted = 0;
        {
            QPdfWriter writer(file);
            writer.setResolution(dpi);
            PagedPrinter printer(&writer, m_settings, QPageLayout::Portrait);
            painted = sheet.print(printer, true);
            if (!printer.finish())
                painted = 0;
        }
        if (painted == 0 || !ToUnicodeFix(m_settings.faces()).apply(file))
            return {};
        const QStringList pages = pageTexts(file);
        if (pages.size() != painted)
            return {};
        return pages;
    }

    static void checkHeadersAndFooters(const QStringList &pages)
    {
        for (int p = 0; p < pages.size(); ++p) {
            for (const QString &header :
                { QStringLiteral("编号"), QStringLiteral("项目名称"), QStringLiteral("责任单位") })
                QVERIFY2(pages.at(p).contains(header), qPrintable(pages.at(p).left(60)));
            QVERIFY(
                pages.at(p).contains(QStringLiteral("第%1页共%2页").arg(p + 1).arg(pages.size())));
        }
    }

private slots:
    void rowsAreWholeAndTheHeaderOpensEveryPage()
    {
        const int rows = 300;
        const QStringList pages = print(numberedSheet(m_settings, rows), QStringLiteral("a.pdf"));
        QVERIFY(pages.size() >= 5);
        checkHeadersAndFooters(pages);
        QVERIFY(pages.first().contains(QStringLiteral("测试台账")));
        QCOMPARE(int(pages.join(QString()).count(QStringLiteral("测试台账"))), 1);
        int last = 0;
        for (int i = 1; i <= rows; ++i) {
            const int page = pageOf(pages, rowCode(i));
            QVERIFY2(page >= 0, qPrintable(rowCode(i)));
            QCOMPARE(pageOf(pages, rowEnd(i)), page); // the row is whole on its page
            QVERIFY(page == last || page == last + 1); // in order, no page skipped
            last = page;
        }
        // The last row ends the last page: no empty page after it.
        QCOMPARE(last, int(pages.size()) - 1);
    }

    void aRowTallerThanAPageIsCutBetweenLines()
    {
        TableSheet sheet = numberedSheet(m_settings, 0);
        for (int i = 1; i <= 3; ++i)
            sheet.addRow({ rowCode(i), rowEnd(i), QStringLiteral("高新区") });
        QStringList lines;
        for (int l = 1; l <= 150; ++l)
            lines << QStringLiteral("L%1").arg(l, 3, 10, QLatin1Char('0'));
        sheet.addRow({ rowCode(4), lines.join(u'\n'), QStringLiteral("高新区") });
        sheet.addRow({ rowCode(5), rowEnd(5), QStringLiteral("高新区") });

        const QStringList pages = print(sheet, QStringLiteral("tall.pdf"));
        QVERIFY(pages.size() >= 3);
        checkHeadersAndFooters(pages);
        // Every line once, in order, over consecutive pages; the cut row starts right after
        // the rows before it rather than on a page of its own.
        int last = 0;
        for (const QString &line : lines) {
            const int page = pageOf(pages, line);
            QVERIFY2(page >= 0, qPrintable(line));
            QVERIFY(page == last || page == last + 1);
            last = page;
        }
        QCOMPARE(pageOf(pages, lines.first()), 0);
        QCOMPARE(pageOf(pages, rowCode(3)), 0);
        QCOMPARE(pageOf(pages, rowCode(5)), last);
    }

    void aGroupHeadingGoesWithItsFirstRow()
    {
        // The heading is put before the first row of the second page, with more or fewer lines
        // above the table: wherever it falls, it is printed on the page of the row it heads.
        int sharedPage = 0;
        for (int head = 0; head < 6; ++head) {
            const QStringList plain = print(
                numberedSheet(m_settings, 60, head), QStringLiteral("plain%1.pdf").arg(head));
            QVERIFY(plain.size() >= 2);
            int first = 1;
            while (pageOf(plain, rowCode(first)) == 0)
                ++first;

            const QStringList pages = print(numberedSheet(m_settings, 60, head, first),
                QStringLiteral("group%1.pdf").arg(head));
            const int group = pageOf(pages, QStringLiteral("二、第二组"));
            QVERIFY(group >= 0);
            QCOMPARE(group, pageOf(pages, rowCode(first)));
            // Whether the rows before it still end the first page.
            if (pageOf(pages, rowCode(first - 1)) == 0)
                ++sharedPage;
        }
        QVERIFY(sharedPage > 0);
    }

    void closingParagraphsStayTogether()
    {
        const auto sheetOf = [&](int rows) {
            TableSheet sheet = numberedSheet(m_settings, rows);
            sheet.addClosing(QStringLiteral("请对照清单逐项落实整改。"));
            sheet.addClosing(QStringLiteral("重大科技创新项目办公室"), Qt::AlignRight, 24);
            sheet.addClosing(QStringLiteral("2026年6月15日"), Qt::AlignRight);
            return sheet;
        };
        const QStringList few = print(sheetOf(3), QStringLiteral("few.pdf"));
        QCOMPARE(few.size(), 1);
        QVERIFY(few.first().contains(rowEnd(3)));
        QVERIFY(few.first().indexOf(QStringLiteral("请对照清单")) > few.first().indexOf(rowEnd(3)));

        // As many rows as fill the first page: the closing goes over whole, on a page with no
        // table, and is numbered with the rest.
        const QStringList plain = print(numberedSheet(m_settings, 60), QStringLiteral("p.pdf"));
        int rows = 1;
        while (pageOf(plain, rowCode(rows + 1)) == 0)
            ++rows;
        const QStringList full = print(sheetOf(rows), QStringLiteral("full.pdf"));
        QCOMPARE(full.size(), 2);
        QCOMPARE(pageOf(full, rowCode(rows)), 0);
        for (const QString &closing : { QStringLiteral("请对照清单逐项落实整改"),
                 QStringLiteral("重大科技创新项目办公室"), QStringLiteral("2026年6月15日") })
            QCOMPARE(pageOf(full, closing), 1);
        QVERIFY(!full.at(1).contains(QStringLiteral("项目名称")));
        QVERIFY(full.at(1).contains(QStringLiteral("第2页共2页")));
    }

    void aTableUnderALongHeadStartsWithARow()
    {
        // However far down the lines above push it (in steps of a paragraph and of a smaller
        // left/right line), the table starts where its header and its first rows fit: no page
        // shows a header without a row under it, and the group heading that opens the table
        // stays with its first row.
        const QRegularExpression anyRow(QStringLiteral("R\\d{4}"));
        for (int head = 14; head <= 24; ++head) {
            for (int side = 0; side < 4; ++side) {
                const QString where = QStringLiteral("head %1, side %2").arg(head).arg(side);
                const QStringList pages = print(numberedSheet(m_settings, 12, head, 1, side),
                    QStringLiteral("head%1-%2.pdf").arg(head).arg(side));
                QVERIFY(!pages.isEmpty());
                for (const QString &page : pages)
                    if (page.contains(QStringLiteral("项目名称")))
                        QVERIFY2(page.contains(anyRow), qPrintable(where));
                QVERIFY2(pageOf(pages, QStringLiteral("二、第二组")) == pageOf(pages, rowCode(1)),
                    qPrintable(where));
                for (int i = 1; i <= 12; ++i)
                    QCOMPARE(pageOf(pages, rowEnd(i)), pageOf(pages, rowCode(i)));
            }
        }
    }

    void sameTableAtAnyResolution()
    {
        const TableSheet sheet = numberedSheet(m_settings, 120);
        const QStringList fine = print(sheet, QStringLiteral("1200.pdf"), 1200);
        QVERIFY(!fine.isEmpty());
        QCOMPARE(print(sheet, QStringLiteral("300.pdf"), 300), fine);
    }

    void lineFitAgreesWithTheLayout()
    {
        QPdfWriter writer(m_dir.filePath(QStringLiteral("fit.pdf")));
        writer.setResolution(600);
        for (const bool bold : { false, true }) {
            const QFont font(m_settings.bodyFont(10.5, bold), &writer);
            LineFit fit(font, &writer);
            QVERIFY(fit.lineHeight() > 0);
            const QStringList texts { QString(), QStringLiteral("高新区"),
                QStringLiteral("KJ2026-0001"), QStringLiteral("2026-06-15"),
                QStringLiteral("1,234,567.89"), QStringLiteral("洛阳LYC生物疫苗中试基地项目"),
                QStringLiteral("年产 5,000 台（套）智能装备，Wi-Fi 与 5G 全覆盖。"),
                QStringLiteral("Annual output of 5,000 intelligent machines"),
                QStringLiteral("平台建设😀"), QStringLiteral("\U00020000号"),
                QStringLiteral("甲\t乙"), QStringLiteral("שלום עולם"), QStringLiteral("สวัสดี"),
                QStringLiteral("مرحبا"), QStringLiteral("नमस्ते"), QStringLiteral("ǅǈǋ ∰⌘☃") };
            const QRawFont face = QRawFont::fromFont(font);
            const QFontMetricsF metrics(font, &writer);
            int yes = 0;
            for (const QString &text : texts) {
                // What the font's own face lacks (a fallback draws it, maybe with taller
                // lines) is never taken for one line.
                bool own = true;
                for (const QChar ch : text)
                    own = own && !ch.isSurrogate() && ch.isPrint() && face.supportsCharacter(ch);
                if (!own)
                    QVERIFY2(!fit.fitsOneLine(text, 1e6), qPrintable(text));
                // Widths around the text's own, a pixel apart, where a last glyph's overhang
                // decides, and then on up by half a character.
                QList<qreal> widths;
                const qreal advance = metrics.horizontalAdvance(text);
                for (qreal w = advance - 8; w <= advance + metrics.height(); w += 1)
                    widths << w;
                for (qreal chars = 1; chars <= 40; chars += 0.5)
                    widths << chars * font.pointSizeF() * 600 / 72;
                for (const qreal width : widths) {
                    if (width <= 0)
                        continue;
                    TextBox box(&writer, width);
                    box.add(text, font);
                    if (!fit.fitsOneLine(text, width))
                        continue;
                    ++yes;
                    // Sure of one line: the layout makes one line of exactly that height.
                    QCOMPARE(box.height(), fit.lineHeight());
                }
            }
            // Short values do take the shortcut; what the font leaves to a fallback never.
            QVERIFY(yes > 100);
            QVERIFY(fit.fitsOneLine(QStringLiteral("高新区"), 4 * font.pointSizeF() * 600 / 72));
            QVERIFY(!fit.fitsOneLine(QStringLiteral("高新区"), 2 * font.pointSizeF() * 600 / 72));
            QVERIFY(!fit.fitsOneLine(QStringLiteral("平台建设😀"), 1e6));
            QVERIFY(!fit.fitsOneLine(QStringLiteral("甲\t乙"), 1e6));
        }
    }
};

QTEST_MAIN(TestTableSheet)
#include "test_tablesheet.moc"
