#pragma once

#include <QMainWindow>

#include <functional>
#include <map>
#include <memory>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoView;

namespace tz {
class Ledger;
class LedgerLock;
class ProjectModel;
} // namespace tz

namespace tz::ui {

class ProjectDetail;
class ProjectTableView;

// The main window: a list of pages on the left (the project ledger, cross-project views,
// dictionaries, history), the file and edit menus, and the undo history. The ledger is written
// at every change, so there is nothing to save on close.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page { ProjectsPage, DashboardPage, MilestonesPage, TimelinePage, RequirementsPage,
                RectificationsPage, LeadersPage, SettingsPage, HistoryPage };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a ledger file, replacing the current one. Shows why when it cannot. A ledger that
    // another copy of the program holds is offered read-only.
    bool openLedger(const QString &path, bool readOnly = false);
    // Creates a ledger (with demo projects when demoProjects > 0) and opens it.
    bool createLedger(const QString &path, int demoProjects);
    // Start-up without a file: the last ledger, else ask. False when the user declines.
    bool openInitial();

    Ledger *ledger() const { return m_ledger.get(); }
    ProjectTableView *projectView() const { return m_projects; }
    ProjectDetail *projectDetail() const { return m_detail; }
    // The page, built on first use.
    QWidget *page(Page p);
    void showPage(Page p);
    // Shows a project in the ledger page (from any cross-project view).
    void showProject(qint64 id);

private:
    void setLedger(std::unique_ptr<Ledger> ledger, std::unique_ptr<LedgerLock> lock);
    void buildMenus();
    void buildPages();
    void clearPages();
    void updateTitle();
    void rebuildRecentMenu();
    void onOpen();
    void onNew(int demoProjects);
    void onNewProject();
    void onSaveAs();
    void onBackups();
    // After opening: the day's first backup, once the window is shown.
    void backupDaily();
    // Offers the newest good backup in place of a damaged ledger; true once it is restored.
    bool offerRestore(const QString &path, const QString &damagedMessage);
    // Closes the ledger, replaces its file with the backup and opens it again.
    bool restoreAndReopen(const QString &backup, const QString &ledgerPath);
    void onDeleteProject();

    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<LedgerLock> m_lock;
    ProjectModel *m_model = nullptr;
    std::unique_ptr<ProjectModel> m_preloadedModel; // from openLedger, taken by buildPages
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    ProjectTableView *m_projects = nullptr;
    ProjectDetail *m_detail = nullptr;
    QUndoView *m_undoView;
    QMenu *m_editMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_printAction = nullptr;
    QList<QAction *> m_ledgerActions;
    std::map<int, std::function<QWidget *()>> m_pageFactories;
    QLabel *m_status;
};

} // namespace tz::ui
