// Another program reads what we write: LibreOffice Calc (headless) opens our XLSX and saves it
// as CSV and as PDF. The CSV imports back to the same projects (so Calc saw the same numbers,
// dates, codes and text as our reader), and the PDF is the printed ledger an office expects.
// LibreOffice is installed by `bash .ci/deps test` (libreoffice-calc-nogui, poppler-utils);
// without it this test fails rather than skips, so CI never passes it silently.

#include "exportfixture.h"
#include "exporting/ooxmlbook.h"
#include "exporting/xlsxexport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

using namespace tz;
using namespace exportfixture;

class TestExportLibreOffice : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void calcRecomputesFormulas();
    void calcReadsTheSameValues();
    void printsAsAnOfficeSheet();

private:
    // Runs soffice on an exported workbook; returns the converted file's path.
    QString convert(const QString &xlsx, const QString &format);
    static QString run(const QString &program, const QStringList &args, int timeoutMs = 60000);

    QTemporaryDir m_dir;
    std::unique_ptr<Ledger> m_ledger;
    QString m_soffice;
    QString m_xlsx;
};

QString TestExportLibreOffice::run(const QString &program, const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        p.kill();
        p.waitForFinished();
        qWarning("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

void TestExportLibreOffice::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_soffice = QStandardPaths::findExecutable(S("soffice"));
    QVERIFY2(!m_soffice.isEmpty(), "soffice not found: run `bash .ci/deps test` (libreoffice-calc-nogui)");
    QVERIFY2(!QStandardPaths::findExecutable(S("pdftotext")).isEmpty(),
             "pdftotext not found: run `bash .ci/deps test` (poppler-utils)");
    // Calc would show the cached results of formulas as they are; this profile has it compute
    // them on loading (OOXMLRecalcMode 0: always), so the 合计 it shows tests the formulas.
    QVERIFY(QDir().mkpath(m_dir.filePath(S("profile/user"))));
    QFile settings(m_dir.filePath(S("profile/user/registrymodifications.xcu")));
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write(R"(<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
)");
    settings.close();
    m_ledger = makeLedger(m_dir.filePath(S("source.tzdb")));
    m_xlsx = m_dir.filePath(S("ledger.xlsx"));
    XlsxExportOptions o;
    o.reportingUnit = S("洛阳市科技局");
    QCOMPARE(exportLedgerXlsx(*m_ledger, m_xlsx, o, kToday), QString());
}

QString TestExportLibreOffice::convert(const QString &xlsx, const QString &format)
{
    const QString out = m_dir.filePath(S("lo"));
    // A profile of its own: no clash with a running LibreOffice, nothing written to $HOME.
    const QString profile = QUrl::fromLocalFile(m_dir.filePath(S("profile"))).toString();
    QProcess p;
    p.start(m_soffice, { S("-env:UserInstallation=") + profile, S("--headless"), S("--norestore"),
                         S("--convert-to"), format, S("--outdir"), out, xlsx });
    if (!p.waitForFinished(240000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    const QString file = QDir(out).filePath(QFileInfo(xlsx).completeBaseName() + u'.' + format.section(u':', 0, 0));
    if (!QFile::exists(file))
        qWarning("soffice: %s %s", p.readAllStandardOutput().constData(), p.readAllStandardError().constData());
    return file;
}

void TestExportLibreOffice::calcRecomputesFormulas()
{
    // A formula whose cached result is wrong on purpose: Calc shows the sum it computed, so the
    // totals below are Calc's own. And text our writer had to escape or keep whole.
    const QString file = m_dir.filePath(S("probe.xlsx"));
    {
        OoxmlBook book(file);
        SheetSetup setup;
        setup.lastRow = 1;
        setup.lastColumn = 5;
        OoxmlSheet &s = book.addSheet(S("探针"), setup);
        s.row(0);
        s.number(0, 1.5, Style::Number);
        s.number(1, 2.25, Style::Number);
        s.formula(2, "=SUM(A1:B1)", 999, Style::Number);
        s.row(1);
        s.text(0, S("<&>\"' 标记"), Style::Text);
        s.text(1, S("=1+1"), Style::Text);
        s.text(2, S("00123"), Style::Code);
        s.text(3, QString::fromUtf8("\xF0\x9F\x98\x80笑"), Style::Text);
        s.text(4, S("甲\n乙"), Style::Text);
        s.date(5, QDate(2026, 6, 15), Style::Date);
        QCOMPARE(book.close(), QString());
    }
    const QString csv = convert(file, S("csv:Text - txt - csv (StarCalc):44,34,76,1"));
    QFile f(csv);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(csv));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY2(text.startsWith(S("1.5,2.25,3.75,")), qPrintable(text)); // not the cached 999
    QVERIFY2(text.contains(S("\n\"<&>\"\"' 标记\",\"=1+1\",\"00123\",\"") + QString::fromUtf8("\xF0\x9F\x98\x80笑")
                           + S("\",\"甲\n乙\",2026年6月15日")),
             qPrintable(text));
}

void TestExportLibreOffice::calcReadsTheSameValues()
{
    // 44 = comma, 34 = double quote, 76 = UTF-8; cells saved as shown (formatted).
    const QString csv = convert(m_xlsx, S("csv:Text - txt - csv (StarCalc):44,34,76,1"));
    QFile f(csv);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(csv));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY2(text.startsWith(S("\"2026年重大科技创新项目推进台账\"")), qPrintable(text.left(200)));
    QVERIFY(text.contains(S("填报单位：洛阳市科技局")));
    QVERIFY(text.contains(S(",\"") + kLongCode + S("\","))); // text, zeros and all
    QVERIFY(text.contains(S("\"=HYPERLINK(\"\"http://example.invalid\"\"")));
    QVERIFY(text.contains(S("\"12,500.50\"")));
    QVERIFY(text.contains(S("2026年3月1日")));
    // Calc's 合计, computed from the SUM formulas, equals the ledger's sum.
    qint64 cents = 0;
    for (const Row &p : m_ledger->rows(Entity::Project))
        cents += p.integer(pcol("total_investment"));
    QVERIFY2(text.contains(u'"' + Money::fromCents(cents).toDisplayString() + u'"'), qPrintable(Money::fromCents(cents).toDisplayString()));

    ImportPreview p;
    const auto back = importFile(csv, m_dir.filePath(S("calc.tzdb")), &p);
    QCOMPARE(p.rowsWithErrors(), 0);
    QCOMPARE(p.year, 2026);
    QCOMPARE(snapshot(*back), snapshot(*m_ledger));
}

void TestExportLibreOffice::printsAsAnOfficeSheet()
{
    // A ledger long enough for several printed pages of the main sheet.
    QString error;
    auto big = Ledger::create(m_dir.filePath(S("big.tzdb")), &error);
    QVERIFY2(big, qPrintable(error));
    QCOMPARE(fillDemoLedger(*big, 150, 7, kToday), QString());
    const QString xlsx = m_dir.filePath(S("big.xlsx"));
    QCOMPARE(exportLedgerXlsx(*big, xlsx, {}, kToday), QString());
    const QString pdf = convert(xlsx, S("pdf"));
    QVERIFY2(QFile::exists(pdf), qPrintable(pdf));
    const QString info = run(S("pdfinfo"), { pdf });
    QVERIFY2(info.contains(S("(A3)")), qPrintable(info));
    const QRegularExpression size(S("Page size:\\s+([\\d.]+) x ([\\d.]+)"));
    const auto m = size.match(info);
    QVERIFY(m.hasMatch() && m.captured(1).toDouble() > m.captured(2).toDouble()); // landscape
    // The first page: title, merged header, the repeated page footer; the printed names can
    // be found again (some CJK fonts map characters to look-alike radicals in the PDF).
    const QString page1 = run(S("pdftotext"), { S("-f"), S("1"), S("-l"), S("1"), pdf, S("-") });
    QVERIFY2(page1.contains(S("2026年重大科技创新项目推进台账")), qPrintable(page1.left(500)));
    QVERIFY(page1.contains(S("要素保障需求")));
    QVERIFY(page1.contains(big->rows(Entity::Project).front().text(1)));
    QVERIFY2(QRegularExpression(S("第\\s*1\\s*页\\s*共\\s*\\d+\\s*页")).match(page1).hasMatch(), qPrintable(page1.right(300)));
    // The header rows are repeated on the second page of the main sheet, which does not repeat
    // the title.
    const QString page2 = run(S("pdftotext"), { S("-f"), S("2"), S("-l"), S("2"), pdf, S("-") });
    QVERIFY2(page2.contains(S("项目名称")) && page2.contains(S("要素保障需求")), qPrintable(page2.left(300)));
    QVERIFY(!page2.contains(S("推进台账")));
}

QTEST_GUILESS_MAIN(TestExportLibreOffice)
#include "test_export_libreoffice.moc"
