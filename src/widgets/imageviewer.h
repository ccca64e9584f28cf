#pragma once

#include <QDialog>
#include <QImage>
#include <QJsonObject>

class QLabel;
class QPushButton;

namespace Ids::Models {
class GalleryImages;
class GalleryModel;
} // namespace Ids::Models

namespace Ids::Widgets {

// Paints one image fitted into its rectangle, at its true aspect: scaling happens while painting, as in any image
// view, never as a separate conversion of the whole image.
class ImageCanvas final : public QWidget
{
    Q_OBJECT
public:
    explicit ImageCanvas(QWidget *parent = nullptr);
    void setImage(const QImage &image);
    const QImage &image() const { return m_image; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QImage m_image;
};

// One generated image, large, with what made it: the prompt, the model (and its family), the seed, the size and
// every setting from its sidecar (the stack and its weights included). Left and Right go through the gallery it
// was opened from, Escape closes. Copy Image, Copy Prompt, Show in Folder, and Use These Settings Again (which
// fills the generate panel). The full image is decoded on a worker; its preview stands in meanwhile.
class ImageViewer final : public QDialog
{
    Q_OBJECT
public:
    ImageViewer(Models::GalleryModel *gallery, Models::GalleryImages *images, QWidget *parent = nullptr);

    void showRow(int row);
    int currentRow() const { return m_row; }
    QString currentPath() const { return m_path; }
    // The details shown beside the image, one per line (for tests and screen readers).
    QString detailsText() const;

    QPushButton *remixButton() const { return m_remixButton; }

    // The lines of details for a sidecar (a pure function of it, translated).
    static QStringList describe(const QJsonObject &sidecar);

Q_SIGNALS:
    void useSettingsRequested(const QJsonObject &sidecar);
    void remixRequested(const QString &path);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void onFull(const QString &path, const QImage &image);

    Models::GalleryModel *m_gallery;
    Models::GalleryImages *m_images;
    int m_row = -1;
    QString m_path;
    QJsonObject m_sidecar;
    bool m_full = false;
    ImageCanvas *m_canvas;
    QLabel *m_promptLabel;
    QLabel *m_detailsLabel;
    QLabel *m_positionLabel;
    QPushButton *m_copyImageButton;
    QPushButton *m_copyPromptButton;
    QPushButton *m_showInFolderButton;
    QPushButton *m_useSettingsButton;
    QPushButton *m_remixButton;
};

} // namespace Ids::Widgets
