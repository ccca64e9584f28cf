#include "gallerydelegate.h"

#include <models/roles.h>

#include <QApplication>
#include <QImage>
#include <QPainter>

namespace Ids::Widgets {

GalleryDelegate::GalleryDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QSize GalleryDelegate::cellSize(const QFontMetrics &metrics) const
{
    return {m_size + 2 * Padding, m_size + 2 * Padding + metrics.height() + 2};
}

QSize GalleryDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return cellSize(option.fontMetrics);
}

void GalleryDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    const QRect cell = option.rect;
    const QRect square(cell.left() + Padding, cell.top() + Padding, m_size, m_size);
    const QImage image = index.data(Qt::DecorationRole).value<QImage>();
    QSize shape = image.isNull() ? index.data(Models::ImageSizeRole).toSize() : image.size();
    if (!shape.isValid() || shape.isEmpty())
        shape = QSize(1, 1);
    const QSize fitted = shape.scaled(square.size(), Qt::KeepAspectRatio);
    const QRect target(square.left() + (square.width() - fitted.width()) / 2,
                       square.top() + (square.height() - fitted.height()) / 2, fitted.width(), fitted.height());

    const bool selected = option.state & QStyle::State_Selected;
    if (selected)
        painter->fillRect(cell.adjusted(1, 1, -1, -1), option.palette.highlight());
    if (image.isNull()) {
        painter->fillRect(target, option.palette.midlight());
    } else {
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        painter->drawImage(target, image);
    }
    painter->setPen(option.palette.color(QPalette::Mid));
    painter->drawRect(target.adjusted(0, 0, -1, -1));

    const QString caption = index.data(Qt::DisplayRole).toString();
    if (!caption.isEmpty()) {
        const QRect textRect(cell.left() + Padding, square.bottom() + 2, m_size, option.fontMetrics.height());
        painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(textRect, Qt::AlignHCenter | Qt::AlignVCenter,
                          option.fontMetrics.elidedText(caption, Qt::ElideRight, textRect.width()));
    }
    if (option.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(option);
        focus.rect = cell.adjusted(1, 1, -1, -1);
        focus.backgroundColor = option.palette.color(selected ? QPalette::Highlight : QPalette::Base);
        const QWidget *widget = option.widget;
        (widget ? widget->style() : QApplication::style())
            ->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
    painter->restore();
}

} // namespace Ids::Widgets
