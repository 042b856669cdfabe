#include "mainwindow.h"

#include "clock.h"
#include "demo.h"
#include "ledger.h"
#include "projectmodel.h"
#include "projects/projecttableview.h"
#include "recentfiles.h"
#include "startchooser.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoStack>

namespace tz::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_projects(new ProjectTableView(this)), m_status(new QLabel(this))
{
    setCentralWidget(m_projects);
    statusBar()->addPermanentWidget(m_status);
    buildMenus();
    updateTitle();
    resize(1280, 760);
}

MainWindow::~MainWindow()
{
    // The view's models point into the ledger: detach them before it closes.
    m_projects->setModel(nullptr);
    delete m_model;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("文件(&F)"));
    QAction *newEmpty = file->addAction(tr("新建台账(&N)…"), this, [this] { onNew(0); });
    newEmpty->setShortcut(QKeySequence::New);
    file->addAction(tr("新建演示台账(&D)…"), this, [this] { onNew(60); });
    QAction *open = file->addAction(tr("打开(&O)…"), this, &MainWindow::onOpen);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("最近打开(&R)"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("退出(&X)"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    m_editMenu = menuBar()->addMenu(tr("编辑(&E)"));
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = RecentFiles::list();
    for (const QString &path : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openLedger(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateTitle()
{
    if (!m_ledger) {
        setWindowTitle(tr("台账"));
        m_status->clear();
        return;
    }
    const QString name = QFileInfo(m_ledger->path()).fileName();
    setWindowTitle(m_ledger->isReadOnly() ? tr("%1 [只读] — 台账").arg(name) : tr("%1 — 台账").arg(name));
    setWindowFilePath(m_ledger->path());
    m_status->setText(tr("今天：%1").arg(Clock::today().toString(QStringLiteral("yyyy年M月d日"))));
}

void MainWindow::setLedger(std::unique_ptr<Ledger> ledger)
{
    m_projects->setModel(nullptr);
    delete m_model;
    m_model = nullptr;
    for (QAction *a : std::as_const(m_undoActions)) {
        m_editMenu->removeAction(a);
        delete a;
    }
    m_undoActions.clear();
    m_ledger = std::move(ledger);
    if (m_ledger) {
        m_model = new ProjectModel(m_ledger.get(), this);
        m_projects->setModel(m_model);
        QAction *undo = m_ledger->undoStack()->createUndoAction(this, tr("撤销"));
        undo->setShortcut(QKeySequence::Undo);
        QAction *redo = m_ledger->undoStack()->createRedoAction(this, tr("重做"));
        redo->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence::Redo });
        m_undoActions = { undo, redo };
        m_editMenu->addActions(m_undoActions);
        RecentFiles::add(m_ledger->path());
        rebuildRecentMenu();
    }
    updateTitle();
}

bool MainWindow::openLedger(const QString &path, bool readOnly)
{
    FileCheck check;
    auto ledger = Ledger::open(path, readOnly, &check);
    if (!ledger) {
        QMessageBox::warning(this, tr("无法打开台账"), check.message);
        return false;
    }
    setLedger(std::move(ledger));
    if (m_ledger->isReadOnly() && !readOnly)
        QMessageBox::information(this, tr("只读打开"),
                                 tr("没有写入“%1”的权限，台账以只读方式打开，不能修改。")
                                         .arg(QDir::toNativeSeparators(path)));
    return true;
}

bool MainWindow::createLedger(const QString &path, int demoProjects)
{
    QString error;
    auto ledger = Ledger::create(path, &error);
    if (ledger && demoProjects > 0) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        error = fillDemoLedger(*ledger, demoProjects, 1, Clock::today());
        QApplication::restoreOverrideCursor();
        if (!error.isEmpty())
            ledger.reset();
    }
    if (!ledger) {
        QMessageBox::warning(this, tr("无法新建台账"), error);
        return false;
    }
    setLedger(std::move(ledger));
    return true;
}

bool MainWindow::openInitial()
{
    const QString last = RecentFiles::last();
    if (!last.isEmpty() && openLedger(last))
        return true;
    for (;;) {
        const StartChoice c = chooseStart(this);
        switch (c.kind) {
        case StartChoice::Cancel:
            return false;
        case StartChoice::Open:
            if (openLedger(c.path))
                return true;
            break;
        case StartChoice::CreateEmpty:
        case StartChoice::CreateDemo:
            if (createLedger(c.path, c.kind == StartChoice::CreateDemo ? 60 : 0))
                return true;
            break;
        }
    }
}

void MainWindow::onOpen()
{
    const QString path = askOpenLedgerPath(this);
    if (!path.isEmpty())
        openLedger(path);
}

void MainWindow::onNew(int demoProjects)
{
    const QString path = askNewLedgerPath(this, demoProjects ? tr("演示台账.tzdb") : tr("项目台账.tzdb"));
    if (!path.isEmpty())
        createLedger(path, demoProjects);
}

} // namespace tz::ui
