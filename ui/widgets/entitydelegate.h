#pragma once

#include <QStyledItemDelegate>

namespace tz {
class EntityModel;
}

namespace tz::ui {

// Edits a cell of an EntityModel (possibly behind proxies) with the FieldEditor its column
// type calls for: combo boxes for units, leaders and fixed words; text for dates and amounts.
class EntityDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

    // The EntityModel under any number of proxies, and the index in it.
    static const EntityModel *sourceModel(const QModelIndex &index, QModelIndex *sourceIndex);
};

} // namespace tz::ui
