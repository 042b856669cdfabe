#pragma once

#include <QMainWindow>

#include <memory>

class QMenu;
class QLabel;

namespace tz {
class Ledger;
class ProjectModel;
} // namespace tz

namespace tz::ui {

class ProjectTableView;

// The main window: the open ledger's project table, the file and edit menus. The ledger is
// written at every change, so there is nothing to save on close.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a ledger file, replacing the current one. Shows why when it cannot.
    bool openLedger(const QString &path, bool readOnly = false);
    // Creates a ledger (with demo projects when demoProjects > 0) and opens it.
    bool createLedger(const QString &path, int demoProjects);
    // Start-up without a file: the last ledger, else ask. False when the user declines.
    bool openInitial();

    Ledger *ledger() const { return m_ledger.get(); }
    ProjectTableView *projectView() const { return m_projects; }

private:
    void setLedger(std::unique_ptr<Ledger> ledger);
    void buildMenus();
    void updateTitle();
    void rebuildRecentMenu();
    void onOpen();
    void onNew(int demoProjects);

    std::unique_ptr<Ledger> m_ledger;
    ProjectModel *m_model = nullptr;
    ProjectTableView *m_projects;
    QMenu *m_editMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QList<QAction *> m_undoActions;
    QLabel *m_status;
};

} // namespace tz::ui
