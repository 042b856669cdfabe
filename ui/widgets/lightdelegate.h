#pragma once

#include <QStyledItemDelegate>

namespace tz::ui {

// Paints a project's warning light as a round marker beside its word, so the state reads
// without relying on colour alone.
class LightDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace tz::ui
