// The main window over a real ledger file: open, search, footer, edit, undo, a screenshot.

#include "clock.h"
#include "demo.h"
#include "exporting/xlsxexport.h"
#include "importing/importapply.h"
#include "importing/importplan.h"
#include "importing/workbookreader.h"
#include "entitymodel.h"
#include "ledger.h"
#include "mainwindow.h"
#include "projectfilter.h"
#include "projects/projecttableview.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace tz;

namespace {

const QDate kToday(2026, 6, 15);

// Reads one value from the file through a connection of its own, as another program would.
QVariant readFromFile(const QString &path, const QString &statement, const QVariant &bind)
{
    const QString name = QStringLiteral("test-mainwindow-reader");
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(statement);
            q.addBindValue(bind);
            if (q.exec() && q.next())
                result = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_firstCode;
    QString m_firstName;
    qint64 m_firstId = 0;

    static int column(ui::MainWindow &w, const char *name)
    {
        const QAbstractItemModel *source = w.projectView()->proxy()->sourceModel();
        for (int c = 0; c < source->columnCount(); ++c)
            if (source->headerData(c, Qt::Horizontal).toString()
                == columnLabel(Entity::Project, columnIndex(Entity::Project, QString::fromLatin1(name))))
                return c;
        return -1;
    }

    static QString footerCount(int rows)
    {
        return QStringLiteral("共 %1 个项目").arg(rows);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TaizhangTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_mainwindow"));
        Clock::setToday(kToday);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("界面测试.tzdb"));
        QString error;
        auto ledger = Ledger::create(m_path, &error);
        QVERIFY2(ledger, qPrintable(error));
        QCOMPARE(fillDemoLedger(*ledger, 40, 5, kToday), QString());
        const Row first = ledger->rows(Entity::Project).front();
        m_firstId = first.id;
        m_firstCode = first.text(columnIndex(Entity::Project, QStringLiteral("code")));
        m_firstName = first.text(columnIndex(Entity::Project, QStringLiteral("name")));
    }

    void opensAndShowsProjects()
    {
        ui::MainWindow w;
        QVERIFY(w.openLedger(m_path));
        QVERIFY(w.ledger());
        QVERIFY2(w.windowTitle().contains(QStringLiteral("界面测试.tzdb")), qPrintable(w.windowTitle()));
        QCOMPARE(w.projectView()->proxy()->rowCount(), 40);
        QCOMPARE(w.projectView()->table()->model()->rowCount(), 40);
        QVERIFY2(w.projectView()->footerText().contains(footerCount(40)), qPrintable(w.projectView()->footerText()));
    }

    void searchFilters()
    {
        ui::MainWindow w;
        QVERIFY(w.openLedger(m_path));
        QSortFilterProxyModel *proxy = w.projectView()->proxy();
        const int codeColumn = column(w, "code");
        QVERIFY(codeColumn >= 0);

        // "KJ2026-001" is the prefix of codes 0010 to 0019 and of nothing else.
        const QString prefix = m_firstCode.left(m_firstCode.size() - 2) + u'1';
        QTest::keyClicks(w.projectView()->searchBox(), prefix);
        QCOMPARE(w.projectView()->searchBox()->text(), prefix);
        QCOMPARE(proxy->rowCount(), 10);
        for (int r = 0; r < proxy->rowCount(); ++r)
            QVERIFY(proxy->index(r, codeColumn).data().toString().startsWith(prefix));
        QVERIFY(w.projectView()->footerText().contains(footerCount(10)));

        // The full code of the first project: exactly that project.
        w.projectView()->searchBox()->clear();
        QCOMPARE(proxy->rowCount(), 40);
        QTest::keyClicks(w.projectView()->searchBox(), m_firstCode);
        QCOMPARE(proxy->rowCount(), 1);
        QCOMPARE(proxy->index(0, column(w, "name")).data().toString(), m_firstName);
        QVERIFY(w.projectView()->footerText().contains(footerCount(1)));

        // A fragment of a name, typed in Chinese: every project whose name holds it, at least.
        w.projectView()->searchBox()->clear();
        const QString fragment = m_firstName.left(4);
        int named = 0;
        for (const Row &p : w.ledger()->rows(Entity::Project))
            named += p.text(columnIndex(Entity::Project, QStringLiteral("name"))).contains(fragment);
        // Chinese arrives through the input method, as a committed string.
        QInputMethodEvent ime;
        ime.setCommitString(fragment);
        QApplication::sendEvent(w.projectView()->searchBox(), &ime);
        QCOMPARE(w.projectView()->searchBox()->text(), fragment);
        QVERIFY(named >= 1);
        QVERIFY2(proxy->rowCount() >= named, qPrintable(fragment));
        QVERIFY(proxy->rowCount() < 40);
        QVERIFY(w.projectView()->footerText().contains(footerCount(proxy->rowCount())));

        QTest::keyClicks(w.projectView()->searchBox(), QStringLiteral("#zzz"));
        QCOMPARE(proxy->rowCount(), 0);
        QVERIFY(w.projectView()->footerText().contains(footerCount(0)));
    }

    void editUndoRedoReachTheFile()
    {
        ui::MainWindow w;
        QVERIFY(w.openLedger(m_path));
        QSortFilterProxyModel *proxy = w.projectView()->proxy();
        const int nameColumn = column(w, "name");
        const int codeColumn = column(w, "code");
        int row = -1;
        for (int r = 0; r < proxy->rowCount(); ++r)
            if (proxy->index(r, codeColumn).data().toString() == m_firstCode)
                row = r;
        QVERIFY(row >= 0);
        const QString sql = QStringLiteral("SELECT name FROM projects WHERE id = ?");
        QCOMPARE(readFromFile(m_path, sql, m_firstId).toString(), m_firstName);

        const QString renamed = QStringLiteral("界面改名的项目");
        QVERIFY(proxy->flags(proxy->index(row, nameColumn)) & Qt::ItemIsEditable);
        QVERIFY(proxy->setData(proxy->index(row, nameColumn), renamed));
        QCOMPARE(readFromFile(m_path, sql, m_firstId).toString(), renamed);
        QCOMPARE(w.ledger()->row(Entity::Project, m_firstId)->text(1), renamed);
        QCOMPARE(w.ledger()->undoStack()->count(), 1);
        // The search finds the project by its new name, and no longer by its old one.
        QInputMethodEvent ime;
        ime.setCommitString(renamed);
        QApplication::sendEvent(w.projectView()->searchBox(), &ime);
        QCOMPARE(proxy->rowCount(), 1);
        QCOMPARE(proxy->index(0, codeColumn).data().toString(), m_firstCode);

        w.ledger()->undoStack()->undo();
        QCOMPARE(readFromFile(m_path, sql, m_firstId).toString(), m_firstName);
        QCOMPARE(proxy->rowCount(), 0);
        w.ledger()->undoStack()->redo();
        QCOMPARE(readFromFile(m_path, sql, m_firstId).toString(), renamed);
        QCOMPARE(proxy->rowCount(), 1);
        w.projectView()->searchBox()->clear();
        // Leave the shared file as it was for the other tests.
        w.ledger()->undoStack()->undo();
        QCOMPARE(readFromFile(m_path, sql, m_firstId).toString(), m_firstName);
    }

    // An import of hundreds of rows into the open window, every page built (a user who has
    // looked around, the history page included), and its undo: the ledger tells the views
    // one Reset, and each shows the whole result: the table, the filter lists, the history.
    void importIntoOpenWindowAndUndo()
    {
        QString error;
        const QString book = m_dir.filePath(QStringLiteral("导出.xlsx"));
        {
            FileCheck check;
            auto source = Ledger::open(m_path, true, &check);
            QVERIFY2(source, qPrintable(check.message));
            QCOMPARE(exportLedgerXlsx(*source, book, {}, kToday), QString());
        }
        const QString path = m_dir.filePath(QStringLiteral("导入.tzdb"));
        QVERIFY2(Ledger::create(path, &error), qPrintable(error));
        ui::MainWindow w;
        QVERIFY(w.openLedger(path));
        for (int p = ui::MainWindow::ProjectsPage; p <= ui::MainWindow::HistoryPage; ++p)
            w.showPage(ui::MainWindow::Page(p));
        w.showPage(ui::MainWindow::ProjectsPage);
        auto *history = w.page(ui::MainWindow::HistoryPage)->findChild<QTableView *>();
        QVERIFY(history && history->model());
        QCOMPARE(history->model()->rowCount(), 0);
        QCOMPARE(w.projectView()->filterBox(0)->count(), 1); // 全部 only

        const auto workbook = readWorkbook(book, &error);
        QVERIFY2(workbook, qPrintable(error));
        const ImportPreview preview = planImport(*w.ledger(), workbook->sheets.at(workbook->firstVisibleSheet()), book, ImportOptions());
        QSignalSpy events(w.ledger(), &Ledger::changed);
        const ImportResult result = applyImport(*w.ledger(), preview, true);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.added, 40);
        QVERIFY(result.childrenAdded + result.added > int(Ledger::kEventsBeforeReset));
        QCOMPARE(events.count(), 1);
        QCOMPARE(events.at(0).at(0).value<ChangeEvent>().kind, ChangeEvent::Reset);

        QCOMPARE(w.projectView()->proxy()->rowCount(), 40);
        QVERIFY2(w.projectView()->footerText().contains(footerCount(40)), qPrintable(w.projectView()->footerText()));
        QCOMPARE(w.projectView()->filterBox(0)->count(), int(w.ledger()->count(Entity::Unit)) + 1);
        QVERIFY(w.ledger()->count(Entity::Unit) > 1);
        QVERIFY(history->model()->rowCount() > 200);
        w.resize(1280, 800);
        w.show();
        for (const auto &[page, name] : { std::pair(ui::MainWindow::ProjectsPage, "projects"),
                                          std::pair(ui::MainWindow::HistoryPage, "history") }) {
            w.showPage(page);
            QVERIFY(w.grab().save(QDir(QCoreApplication::applicationDirPath())
                                          .filePath(QStringLiteral("screenshot-after-import-%1.png").arg(QLatin1String(name)))));
        }
        w.showPage(ui::MainWindow::ProjectsPage);

        w.ledger()->undoStack()->undo();
        QCOMPARE(w.projectView()->proxy()->rowCount(), 0);
        QVERIFY2(w.projectView()->footerText().contains(footerCount(0)), qPrintable(w.projectView()->footerText()));
        QCOMPARE(w.projectView()->filterBox(0)->count(), int(w.ledger()->count(Entity::Unit)) + 1);
    }

    // A commit large enough to reach the views as one Reset keeps the table's current and
    // selected projects by id; one that removes the current project says so, and the detail
    // below stops showing it.
    void selectionSurvivesLargeCommit()
    {
        const QString path = m_dir.filePath(QStringLiteral("选择.tzdb"));
        QVERIFY(QFile::copy(m_path, path));
        ui::MainWindow w;
        QVERIFY(w.openLedger(path));
        ui::ProjectTableView *view = w.projectView();
        const auto proxyIndex = [view](qint64 id) {
            for (int r = 0; r < view->proxy()->rowCount(); ++r)
                if (view->proxy()->index(r, 0).data(EntityModel::IdRole).toLongLong() == id)
                    return view->proxy()->index(r, 0);
            return QModelIndex();
        };
        const std::vector<Row> projects = w.ledger()->rows(Entity::Project);
        const qint64 doomed = projects[0].id, current = projects[1].id, also = projects[2].id;
        const auto manyMilestones = [&](qint64 project) {
            QString error;
            for (int i = 0; i <= int(Ledger::kEventsBeforeReset); ++i)
                QVERIFY2(w.ledger()->addRow(Entity::Milestone, { project, QStringLiteral("节点%1").arg(i), kToday }, &error),
                         qPrintable(error));
        };
        manyMilestones(doomed);
        view->selectProject(current);
        view->table()->selectionModel()->select(proxyIndex(also),
                                                QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(view->selectedProjectIds().size(), size_t(2));
        QSignalSpy events(w.ledger(), &Ledger::changed);
        QSignalSpy shown(view, &ui::ProjectTableView::currentProjectChanged);

        QCOMPARE(w.ledger()->removeRow(Entity::Project, doomed), QString());
        QCOMPARE(events.count(), 1);
        QCOMPARE(events.at(0).at(0).value<ChangeEvent>().kind, ChangeEvent::Reset);
        QCOMPARE(view->currentProjectId(), current);
        std::vector<qint64> selected = view->selectedProjectIds();
        std::sort(selected.begin(), selected.end());
        QCOMPARE(selected, (std::vector<qint64>{ current, also }));
        for (const QList<QVariant> &signal : std::as_const(shown))
            QCOMPARE(signal.at(0).toLongLong(), current);

        manyMilestones(current);
        shown.clear();
        QCOMPARE(w.ledger()->removeRow(Entity::Project, current), QString());
        QCOMPARE(view->currentProjectId(), qint64(0));
        QCOMPARE(view->selectedProjectIds(), std::vector<qint64>{ also });
        QVERIFY(!shown.isEmpty());
        QCOMPARE(shown.last().at(0).toLongLong(), qint64(0));
    }

    void refusesTextFile()
    {
        ui::MainWindow w;
        QVERIFY(w.openLedger(m_path));
        const QString text = m_dir.filePath(QStringLiteral("说明.txt"));
        {
            QFile f(text);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("这不是台账文件\n");
        }
        const QByteArray before = [&] { QFile f(text); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        // The refusal is a modal box: close it from inside its event loop.
        QString shown;
        QTimer closer;
        closer.setInterval(20);
        connect(&closer, &QTimer::timeout, &w, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->accept();
            }
        });
        closer.start();
        QVERIFY(!w.openLedger(text));
        closer.stop();
        QVERIFY2(shown.contains(QStringLiteral("说明.txt")), qPrintable(shown));
        // The open ledger stays open.
        QVERIFY(w.ledger());
        QCOMPARE(w.ledger()->path(), m_path);
        QVERIFY(w.windowTitle().contains(QStringLiteral("界面测试.tzdb")));
        QCOMPARE(w.projectView()->proxy()->rowCount(), 40);
        QFile f(text);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void screenshot()
    {
        ui::MainWindow w;
        QVERIFY(w.openLedger(m_path));
        w.resize(1280, 760);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QString file = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("screenshot-mainwindow.png"));
        QFile::remove(file);
        const QPixmap shot = w.grab();
        QCOMPARE(shot.size(), QSize(1280, 760));
        QVERIFY(shot.save(file));
        QVERIFY(QFile::exists(file));
        QImage image(file);
        QCOMPARE(image.size(), QSize(1280, 760));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
