#pragma once

#include <QWidget>

class QLabel;
class QTimer;
class QToolButton;

namespace tz {
class ProjectModel;
}

namespace tz::ui {

class EntityTable;
class ProjectTableView;

// 分包领导: the leaders who hold projects, editable (add, rename, delete) on the left; on the
// right the projects the chosen leader holds, in the same project table as the ledger page
// and over the same model, with how many are red, yellow and green.
class LeadersView : public QWidget
{
    Q_OBJECT
public:
    explicit LeadersView(ProjectModel *projects, QWidget *parent = nullptr);

    EntityTable *leaders() const { return m_leaders; }
    ProjectTableView *projectView() const { return m_projects; }
    qint64 currentLeader() const { return m_leader; }
    void selectLeader(qint64 id);
    QString headerText() const;

signals:
    void projectRequested(qint64 projectId);

private:
    void showLeader(qint64 id);
    void updateHeader();

    ProjectModel *m_model;
    EntityTable *m_leaders;
    ProjectTableView *m_projects;
    QLabel *m_header;
    QToolButton *m_open;
    QTimer *m_headerTimer;
    qint64 m_leader = 0;
};

} // namespace tz::ui
