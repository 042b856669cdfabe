// tz_bench_gui LEDGER | smoke: the real main window on the offscreen platform, timed as a user waits:
// each figure runs from the action to the project table painted again with the events it
// caused handled (the footer's totals included).
//   open-model   openLedger() returned: file open, project model and lights ready
//   open-paint   ... and the table's first paint
//   filter-unit  choosing a unit in the filter box
//   search-first the first keystroke in the search box (builds the search keys)
//   search-next  the next keystroke
//   sort         sorting the table by project name
// With TZ_BENCH_PAUSE_MS=N the actions begin N ms after the first paint, as a person's would.
// tz_bench_gui --import WORKBOOK instead opens an empty ledger, visits every page (as a user
// who has looked around), and times the import a user confirms in the import dialog:
//   import-paint applyImport() run and the events it sent handled, the table painted again
//   undo-paint   the same for undoing the import (编辑 → 撤销)

#include "benchutil.h"

#include "clock.h"
#include "demo.h"
#include "entitymodel.h"
#include "importing/importapply.h"
#include "importing/importplan.h"
#include "importing/workbookreader.h"
#include "ledger.h"
#include "mainwindow.h"
#include "projects/projecttableview.h"
#include "schema.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cstdio>

namespace {

using tz::bench::report;

// Counts the paints of the table's viewport.
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

// Handles the events an action caused (zero timers, the update it scheduled) until the
// viewport has painted. An action that changes nothing on screen (every row still matches)
// schedules no paint: then the figure ends with one paint forced, as the user would see it.
bool settle(const PaintCounter &counter, int before, QWidget *viewport)
{
    QElapsedTimer limit;
    limit.start();
    for (int idle = 0; counter.paints == before && idle < 3 && limit.elapsed() < 60000;) {
        const int seen = counter.paints;
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        idle = counter.paints == seen ? idle + 1 : 0;
    }
    if (counter.paints == before)
        viewport->repaint();
    QCoreApplication::processEvents();
    return counter.paints > before;
}

template<typename Action>
bool timed(const char *name, const PaintCounter &counter, QWidget *viewport, Action action)
{
    QElapsedTimer t;
    t.start();
    const int before = counter.paints;
    action();
    if (!settle(counter, before, viewport)) {
        std::fprintf(stderr, "tz_bench_gui: no paint after %s\n", name);
        return false;
    }
    report(name, t.nsecsElapsed());
    return true;
}

// The import a user confirms, into an empty ledger open in the window with every page built.
int importIntoWindow(const QString &workbookPath)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("import.tzdb"));
    QString error;
    if (!tz::Ledger::create(path, &error)) {
        std::fprintf(stderr, "tz_bench_gui: %s\n", qPrintable(error));
        return 1;
    }
    tz::ui::MainWindow window;
    window.show();
    if (!window.openLedger(path))
        return 1;
    for (int p = tz::ui::MainWindow::ProjectsPage; p <= tz::ui::MainWindow::HistoryPage; ++p) {
        window.showPage(tz::ui::MainWindow::Page(p));
        QCoreApplication::processEvents();
    }
    window.showPage(tz::ui::MainWindow::ProjectsPage);
    QWidget *viewport = window.projectView()->table()->viewport();
    PaintCounter counter;
    viewport->installEventFilter(&counter);
    if (!settle(counter, 0, viewport))
        return 1;
    const auto workbook = tz::readWorkbook(workbookPath, &error);
    if (!workbook) {
        std::fprintf(stderr, "tz_bench_gui: %s\n", qPrintable(error));
        return 1;
    }
    const tz::ImportPreview preview = tz::planImport(*window.ledger(), workbook->sheets.at(workbook->firstVisibleSheet()),
                                                     workbookPath, tz::ImportOptions());
    bool imported = false;
    const bool ok = timed("import-paint", counter, viewport, [&] {
        imported = tz::applyImport(*window.ledger(), preview, true).ok();
    });
    const int shown = window.projectView()->proxy()->rowCount();
    const bool undone = ok && timed("undo-paint", counter, viewport, [&] { window.ledger()->undoStack()->undo(); });
    std::fprintf(stderr, "rows shown after the import %d, after its undo %d\n", shown,
                 window.projectView()->proxy()->rowCount());
    return undone && imported && shown > 0 && window.projectView()->proxy()->rowCount() == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Recent files and column layouts go to a throw-away place, never the user's settings.
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TaizhangBench"));
    QCoreApplication::setApplicationName(QStringLiteral("tz_bench_gui"));
    tz::Clock::setToday(tz::bench::benchToday());
    // Every run starts as the first: no column layout or sort order saved by the last one
    // (a restored sort by name would make the sort below a no-op).
    QSettings().clear();
    if (argc == 3 && QByteArray(argv[1]) == "--import")
        return importIntoWindow(QString::fromLocal8Bit(argv[2]));
    if (argc != 2) {
        std::fprintf(stderr, "usage: tz_bench_gui LEDGER | smoke | --import WORKBOOK\n");
        return 2;
    }
    QString path = QString::fromLocal8Bit(argv[1]);
    // smoke (ctest label bench): the same on a fresh demo ledger of 1,000 projects.
    QTemporaryDir dir;
    if (path == QStringLiteral("smoke")) {
        path = dir.filePath(QStringLiteral("smoke.tzdb"));
        QString error;
        auto ledger = tz::Ledger::create(path, &error);
        if (ledger)
            error = tz::fillDemoLedger(*ledger, 1000, 1, tz::bench::benchToday());
        if (!error.isEmpty()) {
            std::fprintf(stderr, "tz_bench_gui: %s\n", qPrintable(error));
            return 1;
        }
    }

    tz::ui::MainWindow window;
    window.show();
    QCoreApplication::processEvents();
    // The table exists only once a ledger is open: time the open, then wait for its paint.
    QElapsedTimer t;
    t.start();
    if (!window.openLedger(path, true))
        return 1;
    report("open-model", t.nsecsElapsed());
    tz::ui::ProjectTableView *view = window.projectView();
    PaintCounter counter;
    view->table()->viewport()->installEventFilter(&counter);
    QWidget *viewport = view->table()->viewport();
    if (!settle(counter, 0, viewport))
        return 1;
    report("open-paint", t.nsecsElapsed());
    // TZ_BENCH_PAUSE_MS: the pause of a person between seeing the table and using it, spent in
    // the event loop as the application would spend it (the idle work after loading runs
    // then). Without it every action follows the paint at once: the figures of a user who
    // never stops.
    if (const int pause = qEnvironmentVariableIntValue("TZ_BENCH_PAUSE_MS"); pause > 0)
        QTest::qWait(pause);

    QComboBox *units = view->filterBox(0);
    bool ok = timed("filter-unit", counter, viewport, [&] {
        units->setCurrentIndex(1);
        emit units->activated(1);
    });
    ok = ok && timed("filter-clear", counter, viewport, [&] {
        units->setCurrentIndex(0);
        emit units->activated(0);
    });
    view->searchBox()->setFocus();
    ok = ok && timed("search-first", counter, viewport, [&] { QTest::keyClick(view->searchBox(), Qt::Key_J); });
    ok = ok && timed("search-next", counter, viewport, [&] { QTest::keyClick(view->searchBox(), Qt::Key_Q); });
    ok = ok && timed("search-clear", counter, viewport, [&] { view->searchBox()->clear(); });
    const auto *model = qobject_cast<const tz::EntityModel *>(view->proxy()->sourceModel());
    const int name = model->modelColumn(tz::columnIndex(tz::Entity::Project, QStringLiteral("name")));
    ok = ok && timed("sort", counter, viewport, [&] { view->table()->sortByColumn(name, Qt::DescendingOrder); });
    return ok ? 0 : 1;
}
