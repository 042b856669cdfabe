#pragma once

#include "ledger.h"

#include <QWidget>

class QLabel;
class QTabWidget;

namespace tz::ui {

class EntityTable;

// Everything about one project: its fields in a form, then tabs for milestones, factor
// requirements, progress reports, supervision records, the investment plan and its change
// history. Rebuilt when another project is shown; edits are stored as they are made.
class ProjectDetail : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectDetail(Ledger *ledger, QWidget *parent = nullptr);
    void showProject(qint64 id);
    qint64 projectId() const { return m_id; }
    QTabWidget *tabs() const { return m_tabs; }
    EntityTable *table(Entity e) const;

private:
    void rebuild(qint64 id);
    void updateHeader();

    Ledger *m_ledger;
    qint64 m_id = 0;
    QLabel *m_header;
    QTabWidget *m_tabs;
    std::vector<EntityTable *> m_tables;
};

} // namespace tz::ui
