// The print dialog prints what it says: the current project's 督导单 as one page, the whole
// ledger table in landscape, read back with pdfinfo and pdftotext.

#include "clock.h"
#include "demo.h"
#include "ledger.h"
#include "printing/printdialog.h"
#include "printing/printjob.h"

#include <QComboBox>
#include <QFile>
#include <QProcess>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestPrintDialog : public QObject
{
    Q_OBJECT
private slots:
    void currentProjectSheet();

private:
    static QString run(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.start(program, args);
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }
    QTemporaryDir m_dir;
};

void TestPrintDialog::currentProjectSheet()
{
    QStandardPaths::setTestModeEnabled(true);
    tz::Clock::setToday(QDate(2026, 6, 15));
    QString error;
    auto ledger = tz::Ledger::create(m_dir.filePath(QStringLiteral("p.tzdb")), &error);
    QVERIFY(ledger);
    QCOMPARE(tz::fillDemoLedger(*ledger, 12, 3, tz::Clock::today()), QString());
    const tz::Row project = ledger->rows(tz::Entity::Project).at(4);

    tz::ui::PrintDialog dialog(ledger.get(), project.id);
    QCOMPARE(dialog.request().kind, tz::PrintKind::Supervision);
    QCOMPARE(dialog.request().project, project.id);
    const QString sheet = m_dir.filePath(QStringLiteral("sheet.pdf"));
    QCOMPARE(dialog.writePdf(sheet), QString());
    QVERIFY(run(QStringLiteral("pdfinfo"), { sheet }).contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\b"))));
    const QString text = run(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), sheet, QStringLiteral("-") });
    QVERIFY2(text.contains(project.text(0)), qPrintable(text.left(400)));

    // All projects in the ledger table: landscape pages.
    auto *kind = dialog.findChildren<QComboBox *>().at(0);
    kind->setCurrentIndex(kind->findData(int(tz::PrintKind::LedgerTable)));
    for (auto *r : dialog.findChildren<QRadioButton *>())
        if (r->text() == QStringLiteral("全部项目"))
            r->setChecked(true);
    QCOMPARE(dialog.request().project, qint64(0));
    const QString table = m_dir.filePath(QStringLiteral("table.pdf"));
    QCOMPARE(dialog.writePdf(table), QString());
    const QString info = run(QStringLiteral("pdfinfo"), { table });
    const QRegularExpressionMatch size = QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+)")).match(info);
    QVERIFY(size.hasMatch());
    QVERIFY(size.captured(1).toDouble() > size.captured(2).toDouble());
    const QString all = run(QStringLiteral("pdftotext"), { table, QStringLiteral("-") });
    for (const tz::Row &p : ledger->rows(tz::Entity::Project))
        QVERIFY2(all.contains(p.text(0)), qPrintable(p.text(0)));

    // Cancelled from the progress bar on the first page: an error, and the file written
    // before is left as it was.
    const QByteArray before = [&] {
        QFile f(table);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    int asked = 0;
    QVERIFY(!dialog.writePdf(table, [&](int, int) { return ++asked < 2; }).isEmpty());
    QCOMPARE(asked, 2);
    QFile again(table);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll(), before);

    // Three projects selected in the table: three 督导单, in the table's order.
    std::vector<qint64> picked;
    for (int i : { 1, 3, 7 })
        picked.push_back(ledger->rows(tz::Entity::Project).at(size_t(i)).id);
    tz::ui::PrintDialog several(ledger.get(), picked.front(), nullptr, picked);
    QCOMPARE(several.request().projects, picked);
    const QString three = m_dir.filePath(QStringLiteral("three.pdf"));
    QCOMPARE(several.writePdf(three), QString());
    QVERIFY(run(QStringLiteral("pdfinfo"), { three }).contains(QRegularExpression(QStringLiteral("Pages:\\s+3\\b"))));
    const QString sheets = run(QStringLiteral("pdftotext"), { three, QStringLiteral("-") });
    for (const tz::Row &p : ledger->rows(tz::Entity::Project)) {
        const bool wanted = std::find(picked.begin(), picked.end(), p.id) != picked.end();
        QCOMPARE(sheets.contains(p.text(1)), wanted);
    }

    // Every leader's list in a file of its own, each naming only that leader's projects.
    kind->setCurrentIndex(kind->findData(int(tz::PrintKind::LeaderList)));
    QStringList written;
    QCOMPARE(dialog.writePdfPerLeader(m_dir.path(), &written), QString());
    QCOMPARE(written.size(), int(ledger->count(tz::Entity::Leader)));
    const int leaderCol = tz::columnIndex(tz::Entity::Project, QStringLiteral("leader_id"));
    const tz::Row leader = ledger->rows(tz::Entity::Leader).front();
    const QString list = run(QStringLiteral("pdftotext"), { written.front(), QStringLiteral("-") });
    QVERIFY(written.front().endsWith(QStringLiteral("_%1.pdf").arg(leader.text(0))));
    for (const tz::Row &p : ledger->rows(tz::Entity::Project))
        QCOMPARE(list.contains(p.text(0)), p.integer(leaderCol) == leader.id);
}

QTEST_MAIN(TestPrintDialog)
#include "test_printdialog.moc"
