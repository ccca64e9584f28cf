#pragma once

#include <QStyledItemDelegate>

namespace Ids::Widgets {

// Draws a generated image at its true aspect inside a square cell of the chosen size (a portrait stays tall, a
// square stays square), with one elided caption line under it, so nothing is cut and the grid stays even. Before the
// preview arrives, a placeholder of the image's own shape (from its sidecar) holds its place.
class GalleryDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit GalleryDelegate(QObject *parent = nullptr);

    // The side of the square an image is fitted into, in pixels.
    void setImageSize(int size) { m_size = size; }
    int imageSize() const { return m_size; }
    QSize cellSize(const QFontMetrics &metrics) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static constexpr int Padding = 6;

private:
    int m_size = 160;
};

} // namespace Ids::Widgets
