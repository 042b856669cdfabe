// The import dialog drives the same plan and apply as the command line: load a district's
// workbook, correct a column, import, undo — and the ledger file follows each step.

#include "exporting/exportdialog.h"
#include "importing/importdialog.h"
#include "importing/workbookreader.h"
#include "ledger.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

class TestImportDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TaizhangTest"));
        QCoreApplication::setApplicationName(QStringLiteral("importdialog"));
    }
    void importAndUndo();
    void exportThenImportBack();

private:
    QTemporaryDir m_dir;
};

// Answers the next message box (the import's result) so the test does not block.
static void closeNextMessageBox(QString *text)
{
    QTimer::singleShot(0, [text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            closeNextMessageBox(text);
            return;
        }
        *text = box->text();
        box->accept();
    });
}

void TestImportDialog::importAndUndo()
{
    QString error;
    auto ledger = tz::Ledger::create(m_dir.filePath(QStringLiteral("d.tzdb")), &error);
    QVERIFY(ledger);
    tz::ui::ImportDialog dialog(ledger.get());
    QVERIFY(dialog.loadFile(QStringLiteral(TZ_TEST_DATA "/sheets/ledger_lo.xlsx")));
    QCOMPARE(dialog.preview().added(), 5);
    QCOMPARE(dialog.preview().year, 2023);

    // The user says the 备注-less "建设内容及进度安排" column is not to be imported.
    QTableWidget *mapping = nullptr;
    for (auto *t : dialog.findChildren<QTableWidget *>())
        if (t->columnCount() == 4 && t->horizontalHeaderItem(2)->text() == QStringLiteral("导入为"))
            mapping = t;
    QVERIFY(mapping);
    int scheduleRow = -1;
    for (int r = 0; r < mapping->rowCount(); ++r)
        if (mapping->item(r, 1)->text() == QStringLiteral("建设内容及进度安排"))
            scheduleRow = r;
    QVERIFY(scheduleRow >= 0);
    auto *box = qobject_cast<QComboBox *>(mapping->cellWidget(scheduleRow, 2));
    QVERIFY(box);
    box->setCurrentIndex(0);
    emit box->activated(0); // （不导入）
    QCOMPARE(dialog.preview().table.mappings[size_t(scheduleRow)].field, tz::ImportField::Ignore);

    dialog.resize(980, 640);
    dialog.show();
    QVERIFY(dialog.grab().save(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("screenshot-import.png"))));

    QString message;
    closeNextMessageBox(&message);
    dialog.accept();
    QVERIFY2(message.contains(QStringLiteral("新增 5 个项目")), qPrintable(message));
    QCOMPARE(ledger->count(tz::Entity::Project), 5);
    QCOMPARE(ledger->count(tz::Entity::Milestone), 0); // the schedule column was left out
    QCOMPARE(ledger->undoStack()->count(), 1);
    ledger->undoStack()->undo();
    QCOMPARE(ledger->count(tz::Entity::Project), 0);
}

void TestImportDialog::exportThenImportBack()
{
    QString error;
    auto ledger = tz::Ledger::create(m_dir.filePath(QStringLiteral("e.tzdb")), &error);
    QVERIFY(ledger);
    tz::ui::ImportDialog in(ledger.get());
    QVERIFY(in.loadFile(QStringLiteral(TZ_TEST_DATA "/sheets/ledger_lo.xls")));
    QString message;
    closeNextMessageBox(&message);
    in.accept();
    QCOMPARE(ledger->count(tz::Entity::Project), 5);

    // The export dialog's workbook reads back with the same five projects, and a second
    // ledger imports it to the same milestones.
    tz::ui::ExportDialog out(ledger.get());
    const QString xlsx = m_dir.filePath(QStringLiteral("out.xlsx"));
    QCOMPARE(out.exportTo(xlsx), QString());
    const auto wb = tz::readWorkbook(xlsx, &error);
    QVERIFY2(wb, qPrintable(error));
    auto copy = tz::Ledger::create(m_dir.filePath(QStringLiteral("copy.tzdb")), &error);
    tz::ui::ImportDialog back(copy.get());
    QVERIFY(back.loadFile(xlsx));
    QCOMPARE(back.preview().added(), 5);
    QCOMPARE(back.preview().rowsWithErrors(), 0);
    closeNextMessageBox(&message);
    back.accept();
    QCOMPARE(copy->count(tz::Entity::Milestone), ledger->count(tz::Entity::Milestone));
    QCOMPARE(copy->count(tz::Entity::Requirement), ledger->count(tz::Entity::Requirement));
}

QTEST_MAIN(TestImportDialog)
#include "test_importdialog.moc"
