#include "lightdelegate.h"

#include <QApplication>
#include <QPainter>

namespace tz::ui {

void LightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QColor colour = index.data(Qt::DecorationRole).value<QColor>();
    opt.icon = QIcon();
    opt.features &= ~QStyleOptionViewItem::HasDecoration;
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const int d = qMin(opt.rect.height() - 8, opt.fontMetrics.height());
    const QRect dot(opt.rect.left() + 6, opt.rect.center().y() - d / 2, d, d);
    painter->setPen(colour.darker(130));
    painter->setBrush(colour);
    painter->drawEllipse(dot);
    painter->setPen(opt.state & QStyle::State_Selected ? opt.palette.highlightedText().color()
                                                       : opt.palette.text().color());
    painter->drawText(opt.rect.adjusted(d + 12, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
    painter->restore();
}

QSize LightDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.rwidth() += option.fontMetrics.height() + 12;
    return s;
}

} // namespace tz::ui
