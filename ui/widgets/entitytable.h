#pragma once

#include "ledger.h"

#include <QWidget>

class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace tz {
class EntityModel;
}

namespace tz::ui {

// An editable table of one entity's rows (a project's milestones, the unit dictionary) with
// add and delete buttons. Cells edit in place; adding asks for the required values first.
class EntityTable : public QWidget
{
    Q_OBJECT
public:
    // Takes ownership of the model; new rows get the model's parent id as their owner.
    EntityTable(EntityModel *model, QWidget *parent = nullptr);

    EntityModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    qint64 currentId() const;
    // Opens the new-row dialog; returns the new id or 0.
    qint64 addRow();
    bool removeCurrent();

private:
    EntityModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QToolButton *m_add;
    QToolButton *m_remove;
};

} // namespace tz::ui
