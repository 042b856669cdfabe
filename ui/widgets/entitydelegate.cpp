#include "entitydelegate.h"

#include "entitymodel.h"
#include "fieldeditor.h"

#include <QAbstractProxyModel>

namespace tz::ui {

const EntityModel *EntityDelegate::sourceModel(const QModelIndex &index, QModelIndex *sourceIndex)
{
    QModelIndex i = index;
    const QAbstractItemModel *m = index.model();
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(m)) {
        i = proxy->mapToSource(i);
        m = proxy->sourceModel();
    }
    if (sourceIndex)
        *sourceIndex = i;
    return qobject_cast<const EntityModel *>(m);
}

QWidget *EntityDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    QModelIndex src;
    const EntityModel *model = sourceModel(index, &src);
    const int column = model ? model->entityColumn(src.column()) : -1;
    if (column < 0)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *editor = new FieldEditor(model->ledger(), model->entity(), column, parent);
    editor->setAutoFillBackground(true);
    auto *self = const_cast<EntityDelegate *>(this);
    connect(editor, &FieldEditor::committed, self, [self, editor] {
        emit self->commitData(editor);
        emit self->closeEditor(editor);
    });
    return editor;
}

void EntityDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *f = qobject_cast<FieldEditor *>(editor))
        f->setStoredValue(index.data(EntityModel::StoredRole));
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void EntityDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *f = qobject_cast<FieldEditor *>(editor))
        model->setData(index, f->inputValue(), Qt::EditRole);
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

void EntityDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                          const QModelIndex &) const
{
    QRect r = option.rect;
    r.setHeight(qMax(r.height(), editor->sizeHint().height()));
    editor->setGeometry(r);
}

} // namespace tz::ui
