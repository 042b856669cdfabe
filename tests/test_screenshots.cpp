// Renders the main screens of a demo ledger into PNG files in the build folder, so that anyone
// can look at what the program shows; asserts what the screens must hold.

#include "clock.h"
#include "demo.h"
#include "ledger.h"
#include "mainwindow.h"
#include "projects/projectdetail.h"
#include "projects/projecttableview.h"

#include <QApplication>
#include <QDir>
#include <QFontDatabase>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestScreenshots : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void screens();

private:
    QString shotPath(const QString &name) const
    {
        return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("screenshot-%1.png").arg(name));
    }
    void shoot(QWidget *w, const QString &name);
    QTemporaryDir m_dir;
};

void TestScreenshots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TaizhangTest"));
    QCoreApplication::setApplicationName(QStringLiteral("screenshots"));
    tz::Clock::setToday(QDate(2026, 6, 15));
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    // Chinese needs a CJK font; without one every label is a row of boxes.
    bool cjk = false;
    for (const QString &family : QFontDatabase::families(QFontDatabase::SimplifiedChinese))
        cjk = cjk || family.contains(QStringLiteral("CJK"));
    if (!cjk)
        QSKIP("fonts-noto-cjk is not installed: screenshots would show boxes");
    QApplication::setFont(QFont(QStringLiteral("Noto Sans CJK SC"), 10));
}

void TestScreenshots::shoot(QWidget *w, const QString &name)
{
    QCoreApplication::processEvents();
    const QString path = shotPath(name);
    QFile::remove(path);
    QVERIFY(w->grab().save(path));
    QVERIFY(QFileInfo(path).size() > 10000);
}

void TestScreenshots::screens()
{
    const QString path = m_dir.filePath(QStringLiteral("demo.tzdb"));
    {
        QString error;
        auto ledger = tz::Ledger::create(path, &error);
        QVERIFY2(ledger, qPrintable(error));
        QCOMPARE(tz::fillDemoLedger(*ledger, 120, 1, tz::Clock::today()), QString());
    }
    tz::ui::MainWindow window;
    window.resize(1360, 820);
    QVERIFY(window.openLedger(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *view = window.projectView();
    QCOMPARE(view->table()->model()->rowCount(), 120);
    view->table()->selectRow(0);
    QTRY_VERIFY(window.projectDetail()->projectId() != 0); // the detail is rebuilt queued
    shoot(&window, QStringLiteral("projects"));

    auto *tabs = window.projectDetail()->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        shoot(&window, QStringLiteral("project-tab%1").arg(i));
    }
    for (int p = tz::ui::MainWindow::ProjectsPage; p <= tz::ui::MainWindow::HistoryPage; ++p) {
        if (!window.page(tz::ui::MainWindow::Page(p)))
            continue;
        window.showPage(tz::ui::MainWindow::Page(p));
        shoot(&window, QStringLiteral("page%1").arg(p));
    }
}

QTEST_MAIN(TestScreenshots)
#include "test_screenshots.moc"
