#include "entitytable.h"

#include "entitydelegate.h"
#include "entitymodel.h"
#include "newrowdialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace tz::ui {

EntityTable::EntityTable(EntityModel *model, QWidget *parent)
    : QWidget(parent),
      m_model(model),
      m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this)),
      m_add(new QToolButton(this)),
      m_remove(new QToolButton(this))
{
    model->setParent(this);
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(EntityModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new EntityDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // stored order until the user sorts
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    m_view->horizontalHeader()->setStretchLastSection(true);

    const QString what = entityLabel(model->entity());
    m_add->setText(tr("新增%1").arg(what));
    m_add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_remove->setText(tr("删除"));
    m_add->setEnabled(!model->ledger()->isReadOnly());
    m_remove->setEnabled(false);
    connect(m_add, &QToolButton::clicked, this, &EntityTable::addRow);
    connect(m_remove, &QToolButton::clicked, this, &EntityTable::removeCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_remove->setEnabled(currentId() != 0 && !m_model->ledger()->isReadOnly());
    });
    connect(model, &EntityModel::editRejected, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("无法修改"), message);
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    m_view->resizeColumnsToContents();
}

qint64 EntityTable::currentId() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.data(EntityModel::IdRole).toLongLong() : 0;
}

qint64 EntityTable::addRow()
{
    NewRowDialog dialog(m_model->ledger(), m_model->entity(), this);
    const int parentColumn = entityDef(m_model->entity()).parentColumn;
    if (m_model->parentId() && parentColumn >= 0)
        dialog.setFixed(parentColumn, m_model->parentId());
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    const int row = m_model->rowOf(dialog.createdId());
    if (row >= 0)
        m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    return dialog.createdId();
}

bool EntityTable::removeCurrent()
{
    const qint64 id = currentId();
    if (!id)
        return false;
    const Entity e = m_model->entity();
    const QString title = m_model->ledger()->rowTitle(e, id);
    if (QMessageBox::question(this, tr("删除%1").arg(entityLabel(e)),
                              tr("删除%1“%2”？可以用“撤销”恢复。").arg(entityLabel(e), title))
        != QMessageBox::Yes)
        return false;
    const QString error = m_model->ledger()->removeRow(e, id);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("无法删除"), error);
        return false;
    }
    return true;
}

} // namespace tz::ui
