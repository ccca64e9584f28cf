#pragma once

#include "imageviewer.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QLabel;
class QListView;
class QSlider;
class QToolButton;

namespace Ids::Models {
class GalleryImages;
class GalleryModel;
} // namespace Ids::Models

namespace Ids::Widgets {

class GalleryDelegate;

// The images made with custom models, as large as the user wants them: this model's images or the History of the
// account (every generation, across models, newest first), thumbnails at their true aspect with a size slider.
// Space, Enter or a double-click opens the viewer; the context menu copies, shows the file, reuses the settings
// or remixes. It grows with the window (its place is a splitter the window remembers).
class GalleryPane final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int MinThumbnail = 96;
    static constexpr int MaxThumbnail = 384;

    GalleryPane(Models::GalleryModel *gallery, Models::GalleryImages *images, QWidget *parent = nullptr);

    void setThumbnailSize(int size);
    int thumbnailSize() const;
    bool isHistory() const;
    void setHistory(bool history);
    // Opens the viewer on this row (the gallery's order).
    void openViewer(int row);
    // The newest image chosen and shown (after a generation).
    void selectNewest();
    // Whether Remix is offered (the model shown is an Ideogram 3.0 model).
    void setRemixAvailable(bool available);

Q_SIGNALS:
    void historyToggled(bool history);
    void thumbnailSizeChanged(int size);
    void useSettingsRequested(const QJsonObject &sidecar);
    void remixRequested(const QString &path);

private:
    void updateEmpty();
    void showMenu(const QPoint &pos);

    Models::GalleryModel *m_gallery;
    Models::GalleryImages *m_images;
    QToolButton *m_modelButton;
    QToolButton *m_historyButton;
    QSlider *m_slider;
    QListView *m_view;
    QLabel *m_emptyLabel;
    GalleryDelegate *m_delegate;
    QPointer<ImageViewer> m_viewer;
    bool m_remixAvailable = false;
};

} // namespace Ids::Widgets
