#pragma once

#include <QStyledItemDelegate>

namespace tz::ui {

// Shows a yes/no Integer column (a phase's 已开工) as a check box with 是/否 beside it, and
// toggles it with a click or the space bar through the model's setData — so through the
// ledger, one undo step per click. There is no text editor to type 0 or 1 into.
class FlagDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    static bool isSet(const QModelIndex &index);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace tz::ui
