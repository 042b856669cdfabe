#include "flagdelegate.h"

#include "entitymodel.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>

namespace tz::ui {

bool FlagDelegate::isSet(const QModelIndex &index)
{
    return index.data(EntityModel::StoredRole).toLongLong() != 0;
}

QWidget *FlagDelegate::createEditor(QWidget *, const QStyleOptionViewItem &, const QModelIndex &) const
{
    return nullptr; // toggled in place, see editorEvent
}

void FlagDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->features |= QStyleOptionViewItem::HasCheckIndicator;
    option->checkState = isSet(index) ? Qt::Checked : Qt::Unchecked;
    option->text = isSet(index) ? tr("是") : tr("否");
    option->displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
}

bool FlagDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                               const QModelIndex &index)
{
    if (!(index.flags() & Qt::ItemIsEditable))
        return false;
    bool toggle = false;
    if (event->type() == QEvent::MouseButtonRelease || event->type() == QEvent::MouseButtonDblClick) {
        // Only a click on the box itself: a click beside it just selects the row.
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget *widget = option.widget;
        const QStyle *style = widget ? widget->style() : QApplication::style();
        const QRect box = style->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &opt, widget);
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton || !box.contains(mouse->position().toPoint()))
            return false;
        // A double click is two clicks: the first toggled already.
        if (event->type() == QEvent::MouseButtonDblClick)
            return true;
        toggle = true;
    } else if (event->type() == QEvent::KeyPress)
        toggle = static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space;
    if (!toggle)
        return false;
    model->setData(index, isSet(index) ? 0 : 1, Qt::EditRole);
    return true;
}

} // namespace tz::ui
