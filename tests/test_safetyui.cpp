// What a user sees of data safety: the day's first backup on opening, the 备份与恢复 dialog
// (make one, restore one), a damaged file answered with an offer to restore, the lock of
// another computer's program, and the 修改记录 page's filter and export.

#include "backup.h"
#include "backup/backupdialog.h"
#include "changelogmodel.h"
#include "damage.h"
#include "demo.h"
#include "history/historyview.h"
#include "ledger.h"
#include "ledgerlock.h"
#include "mainwindow.h"
#include "projects/projecttableview.h"
#include "schema.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace tz;

class TestSafetyUi : public QObject
{
    Q_OBJECT

    // Answers every modal message box that opens with the button whose text contains `button`,
    // and keeps the texts shown.
    struct Answerer
    {
        QTimer timer;
        QStringList shown;
        Answerer(QObject *context, const QString &button)
        {
            timer.setInterval(20);
            QObject::connect(&timer, &QTimer::timeout, context, [this, button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box)
                    return;
                shown << box->text();
                for (QAbstractButton *b : box->buttons()) {
                    if (b->text().contains(button) || box->buttonRole(b) == QMessageBox::YesRole) {
                        b->click();
                        return;
                    }
                }
                box->reject();
            });
            timer.start();
        }
    };

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("界面备份.tzdb"));
        QString error;
        auto ledger = Ledger::create(m_path, &error);
        QVERIFY(ledger);
        QCOMPARE(fillDemoLedger(*ledger, 25, 2, QDate(2026, 11, 25)), QString());
    }

    void openingMakesDailyBackupAndDialogRestores()
    {
        ui::MainWindow w;
        QVERIFY(w.openLedger(m_path));
        QTRY_COMPARE(listBackups(m_path).size(), size_t(1));
        QCOMPARE(listBackups(m_path).front().reason, BackupReason::Daily);

        const qint64 first = w.ledger()->rows(Entity::Project).front().id;
        QCOMPARE(w.ledger()->removeRow(Entity::Project, first), QString());
        QCOMPARE(w.ledger()->count(Entity::Project), 24);

        ui::BackupDialog dialog(w.ledger(), &w);
        QCOMPARE(dialog.backupNow(), QString());
        QCOMPARE(dialog.table()->rowCount(), 2);
        QCOMPARE(dialog.table()->item(0, 1)->text(), QStringLiteral("手动备份"));
        QCOMPARE(dialog.table()->item(1, 1)->text(), QStringLiteral("每日自动备份"));
        dialog.resize(640, 360);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.grab().save(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("screenshot-backups.png")));
        dialog.close();
    }

    void damagedFileOffersRestore()
    {
        {
            FileCheck check;
            auto ledger = Ledger::open(m_path, false, &check);
            QCOMPARE(makeBackup(*ledger, BackupReason::Manual), QString());
        }
        QVERIFY(scribbleOverMiddle(m_path, '\x33'));
        ui::MainWindow w;
        Answerer yes(&w, QStringLiteral("Yes"));
        QVERIFY(w.openLedger(m_path));
        yes.timer.stop();
        QVERIFY2(!yes.shown.isEmpty() && yes.shown.front().contains(QStringLiteral("已损坏")), qPrintable(yes.shown.join(u'\n')));
        QVERIFY(yes.shown.front().contains(QStringLiteral("备份")));
        QCOMPARE(w.ledger()->count(Entity::Project), 25);
    }

    void damagedFileLeavesTheOpenLedgerOpen()
    {
        // A second ledger, damaged inside its pages and without backups: opening it from a
        // window that shows the first is refused, and the first stays open and unchanged.
        const QString other = m_dir->filePath(QStringLiteral("另一个.tzdb"));
        QVERIFY(QFile::copy(m_path, other));
        QVERIFY(scribbleOverMiddle(other, '\x33'));
        ui::MainWindow w;
        QVERIFY(w.openLedger(m_path));
        const auto before = w.ledger()->rows(Entity::Project).size();
        Answerer ok(&w, QStringLiteral("OK"));
        QVERIFY(!w.openLedger(other));
        ok.timer.stop();
        QVERIFY2(ok.shown.join(u'\n').contains(QStringLiteral("已损坏")), qPrintable(ok.shown.join(u'\n')));
        QVERIFY(w.ledger());
        QCOMPARE(w.ledger()->path(), m_path);
        QCOMPARE(w.ledger()->rows(Entity::Project).size(), before);
        // The refused file is not left locked by this window.
        LedgerLock lock(other);
        QCOMPARE(lock.tryAcquire(), LedgerLock::Acquired);
    }

    void otherComputersLockOffersReadOnly()
    {
        QFile lock(m_path + QStringLiteral(".lock"));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("777\ntaizhang\nZHENGWU-PC-12\nffff\n\n");
        lock.close();
        ui::MainWindow w;
        Answerer readOnly(&w, QStringLiteral("只读打开"));
        QVERIFY(w.openLedger(m_path));
        readOnly.timer.stop();
        QVERIFY2(readOnly.shown.join(u'\n').contains(QStringLiteral("ZHENGWU-PC-12")), qPrintable(readOnly.shown.join(u'\n')));
        QVERIFY(w.ledger()->isReadOnly());
        QVERIFY(w.windowTitle().contains(QStringLiteral("只读")));
    }

    void historyPageFiltersAndExports()
    {
        ui::MainWindow w;
        QVERIFY(w.openLedger(m_path));
        const auto projects = w.ledger()->rows(Entity::Project);
        const int notes = columnIndex(Entity::Project, QStringLiteral("notes"));
        w.ledger()->setUserName(QStringLiteral("王科员"));
        QCOMPARE(w.ledger()->setField(Entity::Project, projects[0].id, notes, QStringLiteral("周五督导后补充")), QString());
        w.ledger()->setUserName(QStringLiteral("李主任"));
        QCOMPARE(w.ledger()->setField(Entity::Project, projects[1].id, notes, QStringLiteral("待区里反馈")), QString());
        auto *history = qobject_cast<ui::HistoryView *>(w.page(ui::MainWindow::HistoryPage));
        QVERIFY(history);
        QCOMPARE(history->model()->rowCount(), 2);
        history->searchEdit()->setText(QStringLiteral("周五督导"));
        QTRY_COMPARE(history->model()->rowCount(), 1);
        QVERIFY(history->userCombo()->findText(QStringLiteral("王科员")) >= 0);
        const QString csv = m_dir->filePath(QStringLiteral("修改记录.csv"));
        QCOMPARE(history->exportTo(csv), QString());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(QStringLiteral("周五督导后补充")));
        QVERIFY(text.contains(QStringLiteral("王科员")));
        QVERIFY(!text.contains(QStringLiteral("待区里反馈"))); // the export follows the filter
        w.showPage(ui::MainWindow::HistoryPage);
        w.resize(1200, 600);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.grab().save(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("screenshot-history.png")));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_MAIN(TestSafetyUi)
#include "test_safetyui.moc"
