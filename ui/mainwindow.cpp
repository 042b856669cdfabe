#include "mainwindow.h"

#include "backup.h"
#include "backup/backupdialog.h"
#include "changelogmodel.h"
#include "clock.h"
#include "dashboard/dashboardview.h"
#include "deadlinefilter.h"
#include "demo.h"
#include "exporting/exportdialog.h"
#include "history/historyview.h"
#include "importing/importdialog.h"
#include "printing/printdialog.h"
#include "ledger.h"
#include "ledgerlock.h"
#include "projectmodel.h"
#include "projects/projectdetail.h"
#include "projects/projecttableview.h"
#include "recentfiles.h"
#include "settings/settingsview.h"
#include "startchooser.h"
#include "timeline/timelineview.h"
#include "views/crossprojecttable.h"
#include "views/leadersview.h"
#include "views/milestonesview.h"
#include "views/rectificationsview.h"
#include "views/requirementsboard.h"
#include "widgets/newrowdialog.h"
#include "widgets/reffiltercombo.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QTimer>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>

namespace tz::ui {

namespace {

// A click on the 总览 opens the list behind the item: the page it belongs to, filtered.
void openChartTarget(MainWindow *w, const ChartTarget &t)
{
    switch (t.kind) {
    case ChartTarget::Projects:
        w->showPage(MainWindow::ProjectsPage);
        w->projectView()->showFiltered(t.unit, t.leader, t.phase,
                                       t.light < 0 ? std::nullopt : std::optional<Light>(Light(t.light)));
        break;
    case ChartTarget::OverdueMilestones: {
        auto *v = static_cast<MilestonesView *>(w->page(MainWindow::MilestonesPage));
        v->unitBox()->setCurrentId(t.unit);
        v->leaderBox()->setCurrentId(t.leader);
        v->scopeButton(DeadlineFilter::Overdue)->click();
        w->showPage(MainWindow::MilestonesPage);
        break;
    }
    case ChartTarget::OpenRequirements: {
        auto *v = static_cast<RequirementsBoard *>(w->page(MainWindow::RequirementsPage));
        v->showCell(t.requirementKind, QString());
        v->table()->filter()->setScope(DeadlineFilter::Open);
        w->showPage(MainWindow::RequirementsPage);
        break;
    }
    case ChartTarget::PastDueRectifications: {
        auto *v = static_cast<RectificationsView *>(w->page(MainWindow::RectificationsPage));
        v->unitBox()->setCurrentId(t.unit);
        v->leaderBox()->setCurrentId(0);
        v->table()->filter()->setScope(DeadlineFilter::Overdue);
        w->showPage(MainWindow::RectificationsPage);
        break;
    }
    }
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_nav(new QListWidget(this)),
      m_stack(new QStackedWidget(this)),
      m_undoView(new QUndoView(this)),
      m_status(new QLabel(this))
{
    m_nav->setFixedWidth(m_nav->fontMetrics().horizontalAdvance(QStringLiteral("中")) * 8);
    m_nav->setSpacing(2);
    auto *central = new QWidget(this);
    auto *columns = new QHBoxLayout(central);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setSpacing(0);
    columns->addWidget(m_nav);
    columns->addWidget(m_stack, 1);
    setCentralWidget(central);
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_stack->setCurrentWidget(page(Page(m_nav->item(row)->data(Qt::UserRole + 1).toInt())));
    });

    auto *dock = new QDockWidget(tr("撤销历史"), this);
    dock->setObjectName(QStringLiteral("undoDock"));
    m_undoView->setEmptyLabel(tr("<打开时>"));
    dock->setWidget(m_undoView);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    dock->hide();

    statusBar()->addPermanentWidget(m_status);
    buildMenus();
    menuBar()->addMenu(tr("视图(&V)"))->addAction(dock->toggleViewAction());
    updateTitle();
    resize(1360, 820);
}

MainWindow::~MainWindow()
{
    // Views hold models that point into the ledger: they go before it closes.
    clearPages();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("文件(&F)"));
    QAction *newEmpty = file->addAction(tr("新建台账(&N)…"), this, [this] { onNew(0); });
    newEmpty->setShortcut(QKeySequence::New);
    file->addAction(tr("新建演示台账(&D)…"), this, [this] { onNew(200); });
    QAction *open = file->addAction(tr("打开(&O)…"), this, &MainWindow::onOpen);
    open->setShortcut(QKeySequence::Open);
    m_saveAsAction = file->addAction(tr("另存为(&A)…"), this, &MainWindow::onSaveAs);
    m_backupAction = file->addAction(tr("备份与恢复(&B)…"), this, &MainWindow::onBackups);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    m_saveAsAction->setEnabled(false);
    m_recentMenu = file->addMenu(tr("最近打开(&R)"));
    file->addSeparator();
    m_importAction = file->addAction(tr("导入表格(&I)…"), this, [this] {
        if (!m_ledger)
            return;
        ImportDialog dialog(m_ledger.get(), this);
        dialog.exec();
    });
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setEnabled(false);
    m_exportAction = file->addAction(tr("导出表格(&E)…"), this, [this] {
        if (!m_ledger)
            return;
        ExportDialog dialog(m_ledger.get(), this);
        dialog.exec();
    });
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setEnabled(false);
    m_printAction = file->addAction(tr("打印(&P)…"), this, [this] {
        if (!m_ledger)
            return;
        PrintDialog dialog(m_ledger.get(), m_projects ? m_projects->currentProjectId() : 0, this,
                           m_projects ? m_projects->selectedProjectIds() : std::vector<qint64>());
        dialog.exec();
    });
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setEnabled(false);
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
    QString status = tr("今天：%1").arg(QLocale().toString(Clock::today(), QLocale::LongFormat));
    if (isOnNetworkShare(m_ledger->path()))
        status += tr("　台账在网络共享上");
    m_status->setText(status);
}

QWidget *MainWindow::page(Page p)
{
    for (int i = 0; i < m_nav->count(); ++i) {
        QListWidgetItem *item = m_nav->item(i);
        if (item->data(Qt::UserRole + 1).toInt() != p)
            continue;
        auto *w = item->data(Qt::UserRole).value<QWidget *>();
        if (!w) {
            w = m_pageFactories.at(int(p))();
            m_stack->addWidget(w);
            item->setData(Qt::UserRole, QVariant::fromValue(w));
        }
        return w;
    }
    return nullptr;
}

void MainWindow::showPage(Page p)
{
    for (int i = 0; i < m_nav->count(); ++i)
        if (m_nav->item(i)->data(Qt::UserRole + 1).toInt() == p)
            m_nav->setCurrentRow(i);
}

void MainWindow::showProject(qint64 id)
{
    showPage(ProjectsPage);
    if (m_projects)
        m_projects->selectProject(id);
}

void MainWindow::clearPages()
{
    m_undoView->setStack(nullptr);
    m_nav->clear();
    m_pageFactories.clear();
    while (m_stack->count()) {
        QWidget *w = m_stack->widget(0);
        m_stack->removeWidget(w);
        delete w;
    }
    m_projects = nullptr;
    m_detail = nullptr;
    delete m_model;
    m_model = nullptr;
}

void MainWindow::buildPages()
{
    // Pages other than the ledger are built when first shown: a 10,000-project ledger then
    // opens without loading every milestone and requirement up front.
    const auto add = [this](Page p, const QString &title, std::function<QWidget *()> make) {
        auto *item = new QListWidgetItem(title, m_nav);
        item->setData(Qt::UserRole + 1, int(p));
        item->setSizeHint(QSize(0, m_nav->fontMetrics().height() * 2));
        m_pageFactories[int(p)] = std::move(make);
    };

    // A model loaded while the integrity check ran (openLedger) is this ledger's; otherwise load.
    m_model = m_preloadedModel && m_preloadedModel->ledger() == m_ledger.get() ? m_preloadedModel.release()
                                                                             : new ProjectModel(m_ledger.get());
    m_preloadedModel.reset();
    m_model->setParent(this);
    auto *ledgerPage = new QSplitter(Qt::Vertical);
    m_projects = new ProjectTableView(ledgerPage);
    m_projects->setModel(m_model);
    m_detail = new ProjectDetail(m_ledger.get(), ledgerPage);
    ledgerPage->addWidget(m_projects);
    ledgerPage->addWidget(m_detail);
    ledgerPage->setStretchFactor(0, 1);
    ledgerPage->setStretchFactor(1, 1);
    ledgerPage->setSizes({ 400, 400 });
    connect(m_projects, &ProjectTableView::currentProjectChanged, m_detail, &ProjectDetail::showProject);
    add(ProjectsPage, tr("项目台账"), [ledgerPage] { return ledgerPage; });
    add(DashboardPage, tr("总览"), [this] {
        auto *w = new DashboardView(m_ledger.get());
        connect(w, &DashboardView::chartClicked, this, [this](const ChartTarget &t) { openChartTarget(this, t); });
        connect(w, &DashboardView::projectRequested, this, &MainWindow::showProject);
        return w;
    });

    // The cross-project views share the project model of the ledger page.
    add(MilestonesPage, tr("时间节点"), [this] {
        auto *w = new MilestonesView(m_model);
        connect(w, &MilestonesView::projectRequested, this, &MainWindow::showProject);
        return w;
    });
    add(TimelinePage, tr("进度甘特图"), [this] {
        auto *w = new TimelineView(m_ledger.get(), m_projects);
        connect(w, &TimelineView::projectRequested, this, &MainWindow::showProject);
        return w;
    });
    add(RequirementsPage, tr("要素保障"), [this] {
        auto *w = new RequirementsBoard(m_model);
        connect(w, &RequirementsBoard::projectRequested, this, &MainWindow::showProject);
        return w;
    });
    add(RectificationsPage, tr("整改督办"), [this] {
        auto *w = new RectificationsView(m_model);
        connect(w, &RectificationsView::projectRequested, this, &MainWindow::showProject);
        return w;
    });
    add(LeadersPage, tr("分包领导"), [this] {
        auto *w = new LeadersView(m_model);
        connect(w, &LeadersView::projectRequested, this, &MainWindow::showProject);
        return w;
    });
    add(SettingsPage, tr("字典与设置"), [this] { return new SettingsView(m_ledger.get()); });
    add(HistoryPage, tr("修改记录"), [this] { return new HistoryView(m_ledger.get()); });

    m_nav->setCurrentRow(0);
    m_undoView->setStack(m_ledger->undoStack());
}

void MainWindow::setLedger(std::unique_ptr<Ledger> ledger, std::unique_ptr<LedgerLock> lock)
{
    clearPages();
    for (QAction *a : std::as_const(m_ledgerActions)) {
        m_editMenu->removeAction(a);
        delete a;
    }
    m_ledgerActions.clear();
    m_ledger = std::move(ledger);
    m_lock = std::move(lock);
    m_importAction->setEnabled(m_ledger && !m_ledger->isReadOnly());
    m_exportAction->setEnabled(m_ledger != nullptr);
    m_saveAsAction->setEnabled(m_ledger != nullptr);
    m_backupAction->setEnabled(m_ledger != nullptr);
    m_printAction->setEnabled(m_ledger != nullptr);
    if (m_ledger) {
        buildPages();
        QAction *undo = m_ledger->undoStack()->createUndoAction(this, tr("撤销"));
        undo->setShortcut(QKeySequence::Undo);
        QAction *redo = m_ledger->undoStack()->createRedoAction(this, tr("重做"));
        redo->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence::Redo });
        auto *sep = new QAction(this);
        sep->setSeparator(true);
        auto *newProject = new QAction(tr("新增项目(&P)…"), this);
        newProject->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Insert));
        newProject->setEnabled(!m_ledger->isReadOnly());
        connect(newProject, &QAction::triggered, this, &MainWindow::onNewProject);
        auto *deleteProject = new QAction(tr("删除项目…"), this);
        deleteProject->setEnabled(!m_ledger->isReadOnly());
        connect(deleteProject, &QAction::triggered, this, &MainWindow::onDeleteProject);
        m_ledgerActions = { undo, redo, sep, newProject, deleteProject };
        m_editMenu->addActions(m_ledgerActions);
        RecentFiles::add(m_ledger->path());
        rebuildRecentMenu();
    }
    updateTitle();
}

bool MainWindow::openLedger(const QString &path, bool readOnly)
{
    // A lock beside the ledger tells a second copy (here or on another PC sharing the folder)
    // that the file is in use; it may still look, read-only.
    auto lock = std::make_unique<LedgerLock>(path);
    if (!readOnly && QFileInfo::exists(path) && lock->tryAcquire() == LedgerLock::HeldElsewhere) {
        const LockHolder holder = lock->holder();
        QMessageBox box(QMessageBox::Question, tr("台账正在使用"),
                        tr("“%1”已被%2打开。\n\n两处同时修改会互相覆盖。是否以只读方式打开？")
                                .arg(QDir::toNativeSeparators(path), LedgerLock::describe(holder)),
                        QMessageBox::Cancel, this);
        QPushButton *readOnlyButton = box.addButton(tr("只读打开"), QMessageBox::AcceptRole);
        QPushButton *takeOver = nullptr;
        if (holder.otherComputer) {
            // Another PC's lock cannot be checked from here: after a crash there it stays until
            // someone who knows that PC has closed the ledger says so.
            box.setInformativeText(tr("如果确认那台计算机已经关闭了台账（例如程序异常退出），可以强制打开。"));
            takeOver = box.addButton(tr("强制打开"), QMessageBox::DestructiveRole);
        }
        box.setDefaultButton(readOnlyButton);
        box.exec();
        if (takeOver && box.clickedButton() == takeOver)
            lock->takeOver();
        else if (box.clickedButton() == readOnlyButton)
            readOnly = true;
        else
            return false;
    }
    FileCheck check;
    // The integrity check reads the whole file: it runs on the other core while the project
    // model loads (rows and lights, most of opening), and is awaited before the ledger replaces
    // the one open now. A damaged file leaves that one open, and this file locked until its
    // restore is done.
    auto ledger = Ledger::open(path, readOnly, &check, Ledger::Check::Concurrent);
    std::unique_ptr<ProjectModel> model;
    if (ledger) {
        model = std::make_unique<ProjectModel>(ledger.get());
        if (QString damaged = ledger->awaitIntegrityCheck(); !damaged.isEmpty()) {
            model.reset();
            ledger.reset();
            check.error = OpenError::Damaged;
            check.message = std::move(damaged);
        }
    }
    if (!ledger && check.error == OpenError::Damaged) {
        if (!offerRestore(path, check.message))
            return false;
        ledger = Ledger::open(path, readOnly, &check);
    }
    if (!ledger) {
        QMessageBox::warning(this, tr("无法打开台账"), check.message);
        return false;
    }
    const bool forcedReadOnly = ledger->isReadOnly() && !readOnly;
    if (!lock->isLocked())
        lock.reset();
    m_preloadedModel = std::move(model);
    setLedger(std::move(ledger), std::move(lock));
    if (forcedReadOnly)
        QMessageBox::information(this, tr("只读打开"),
                                 tr("没有写入“%1”的权限，台账以只读方式打开，不能修改。")
                                         .arg(QDir::toNativeSeparators(path)));
    // After the window shows the ledger, not before: the copy of a large ledger takes a moment.
    QTimer::singleShot(0, this, &MainWindow::backupDaily);
    return true;
}

bool MainWindow::offerRestore(const QString &path, const QString &damagedMessage)
{
    const std::optional<BackupInfo> good = newestGoodBackup(path);
    if (!good) {
        QMessageBox::critical(this, tr("台账已损坏"), damagedMessage + tr("\n\n没有找到完好的备份。"));
        return false;
    }
    const auto answer = QMessageBox::critical(
            this, tr("台账已损坏"),
            damagedMessage + tr("\n\n是否用最新的完好备份（%1，%2）恢复？损坏的文件会另存到备份文件夹。")
                                     .arg(good->made.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                          backupReasonLabel(good->reason)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return false;
    if (const QString err = restoreBackup(good->path, path); !err.isEmpty()) {
        QMessageBox::critical(this, tr("恢复失败"), err);
        return false;
    }
    return true;
}

void MainWindow::backupDaily()
{
    if (!m_ledger || m_ledger->isReadOnly())
        return;
    QString made;
    const QString err = dailyBackupIfDue(*m_ledger, QDate::currentDate(), &made);
    if (!err.isEmpty())
        QMessageBox::warning(this, tr("自动备份失败"), err);
    else if (!made.isEmpty())
        statusBar()->showMessage(tr("已自动备份到 %1").arg(QDir::toNativeSeparators(made)), 8000);
}

void MainWindow::onBackups()
{
    if (!m_ledger)
        return;
    BackupDialog dialog(m_ledger.get(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenBackup().isEmpty())
        return;
    restoreAndReopen(dialog.chosenBackup(), m_ledger->path());
}

bool MainWindow::restoreAndReopen(const QString &backup, const QString &ledgerPath)
{
    const bool readOnly = m_ledger && m_ledger->isReadOnly();
    setLedger(nullptr, nullptr); // the file is replaced: nothing may hold it open
    const QString err = restoreBackup(backup, ledgerPath);
    if (!err.isEmpty())
        QMessageBox::critical(this, tr("恢复失败"), err);
    else
        statusBar()->showMessage(tr("已从备份恢复。替换前的文件已另存为“恢复前”备份。"), 8000);
    return openLedger(ledgerPath, readOnly) && err.isEmpty();
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
    auto lock = std::make_unique<LedgerLock>(path);
    if (lock->tryAcquire() != LedgerLock::Acquired)
        lock.reset();
    setLedger(std::move(ledger), std::move(lock));
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
            if (createLedger(c.path, c.kind == StartChoice::CreateDemo ? 200 : 0))
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

void MainWindow::onSaveAs()
{
    if (!m_ledger)
        return;
    const QString path = askNewLedgerPath(this, QFileInfo(m_ledger->path()).completeBaseName() + tr("（副本）.tzdb"),
                                          tr("另存为"));
    if (path.isEmpty())
        return;
    const QString error = m_ledger->saveCopy(path);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("另存为"), error);
        return;
    }
    // Save As continues in the new file, as in any office program.
    openLedger(path);
}

void MainWindow::onNewProject()
{
    if (!m_ledger)
        return;
    NewRowDialog dialog(m_ledger.get(), Entity::Project, this);
    if (dialog.exec() == QDialog::Accepted)
        showProject(dialog.createdId());
}

void MainWindow::onDeleteProject()
{
    const qint64 id = m_projects ? m_projects->currentProjectId() : 0;
    if (!id) {
        QMessageBox::information(this, tr("删除项目"), tr("请先在项目台账中选择要删除的项目。"));
        return;
    }
    const QString name = m_ledger->rowTitle(Entity::Project, id);
    if (QMessageBox::question(this, tr("删除项目"),
                              tr("删除项目“%1”及其全部时间节点、要素保障需求、进展调度和督导记录？\n可以用“撤销”恢复，修改记录中也保留被删除的内容。")
                                      .arg(name))
        != QMessageBox::Yes)
        return;
    const QString error = m_ledger->removeRow(Entity::Project, id);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("无法删除"), error);
}

} // namespace tz::ui
