#include "imageviewer.h"

#include <core/types/modelfamily.h>
#include <models/galleryimages.h>
#include <models/gallerymodel.h>
#include <models/roles.h>

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QUrl>
#include <QVBoxLayout>

namespace Ids::Widgets {

namespace {

QString speedText(const QString &speed)
{
    if (speed == QLatin1String("turbo"))
        return ImageViewer::tr("Turbo");
    if (speed == QLatin1String("default"))
        return ImageViewer::tr("Default");
    if (speed == QLatin1String("quality"))
        return ImageViewer::tr("Quality");
    return speed.isEmpty() ? ImageViewer::tr("Automatic") : speed;
}

} // namespace

ImageCanvas::ImageCanvas(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(200, 200);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ImageCanvas::setImage(const QImage &image)
{
    m_image = image;
    update();
}

void ImageCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (m_image.isNull()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, ImageViewer::tr("Loading…"));
        return;
    }
    // Never larger than four times its pixels: a small sandbox image is not blown up to a blur.
    const QSize fitted = m_image.size().scaled(rect().size().boundedTo(m_image.size() * 4), Qt::KeepAspectRatio);
    const QRect target(QPoint((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(target, m_image);
}

ImageViewer::ImageViewer(Models::GalleryModel *gallery, Models::GalleryImages *images, QWidget *parent)
    : QDialog(parent)
    , m_gallery(gallery)
    , m_images(images)
    , m_canvas(new ImageCanvas(this))
    , m_promptLabel(new QLabel(this))
    , m_detailsLabel(new QLabel(this))
    , m_positionLabel(new QLabel(this))
    , m_copyImageButton(new QPushButton(tr("Copy &Image"), this))
    , m_copyPromptButton(new QPushButton(tr("Copy &Prompt"), this))
    , m_showInFolderButton(new QPushButton(tr("Show in &Folder"), this))
    , m_useSettingsButton(new QPushButton(tr("&Use These Settings Again"), this))
    , m_remixButton(new QPushButton(tr("&Remix This Image"), this))
{
    setObjectName(QStringLiteral("imageViewer"));
    setWindowTitle(tr("Image"));
    m_canvas->setObjectName(QStringLiteral("viewerCanvas"));
    m_canvas->setAccessibleName(tr("Generated image"));
    for (QLabel *label : {m_promptLabel, m_detailsLabel, m_positionLabel}) {
        label->setTextFormat(Qt::PlainText); // prompts and names are the user's
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    }
    m_promptLabel->setObjectName(QStringLiteral("viewerPromptLabel"));
    m_detailsLabel->setObjectName(QStringLiteral("viewerDetailsLabel"));
    QFont promptFont = m_promptLabel->font();
    promptFont.setPointSizeF(promptFont.pointSizeF() * 1.1);
    m_promptLabel->setFont(promptFont);
    m_positionLabel->setForegroundRole(QPalette::PlaceholderText);
    m_copyImageButton->setObjectName(QStringLiteral("copyImageButton"));
    m_copyPromptButton->setObjectName(QStringLiteral("copyPromptButton"));
    m_showInFolderButton->setObjectName(QStringLiteral("showInFolderButton"));
    m_useSettingsButton->setObjectName(QStringLiteral("useSettingsButton"));
    m_useSettingsButton->setToolTip(tr("Fill the generate panel with this image's prompt, seed and settings"));
    m_remixButton->setObjectName(QStringLiteral("remixButton"));
    m_remixButton->setToolTip(tr("Start a remix from this image (Ideogram 3.0 models)"));

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_promptLabel);
    sideLayout->addWidget(m_detailsLabel);
    sideLayout->addStretch(1);
    sideLayout->addWidget(m_positionLabel);
    for (QPushButton *button :
         {m_useSettingsButton, m_remixButton, m_copyImageButton, m_copyPromptButton, m_showInFolderButton})
        sideLayout->addWidget(button);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(side);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // its buttons take the focus; the arrows stay with the picture
    scroll->setMinimumWidth(260);
    scroll->setMaximumWidth(340);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_canvas, 1);
    layout->addWidget(scroll);

    connect(m_copyImageButton, &QPushButton::clicked, this, [this] {
        if (m_full)
            QApplication::clipboard()->setImage(m_canvas->image());
    });
    connect(m_copyPromptButton, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_sidecar.value(QStringLiteral("prompt")).toString()); });
    connect(m_showInFolderButton, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_path).absolutePath())); });
    connect(m_useSettingsButton, &QPushButton::clicked, this, [this] {
        Q_EMIT useSettingsRequested(m_sidecar);
        close();
    });
    connect(m_remixButton, &QPushButton::clicked, this, [this] {
        Q_EMIT remixRequested(m_path);
        close();
    });
    connect(m_images, &Models::GalleryImages::fullReady, this, &ImageViewer::onFull);
    connect(m_images, &Models::GalleryImages::ready, this, [this](const QString &path, const QImage &preview) {
        if (path == m_path && !m_full)
            m_canvas->setImage(preview);
    });
    resize(980, 680);
}

QStringList ImageViewer::describe(const QJsonObject &sidecar)
{
    QStringList lines;
    const QJsonObject settings = sidecar.value(QStringLiteral("settings")).toObject();
    const auto value = [&](const QString &key) {
        return sidecar.contains(key) ? sidecar.value(key) : settings.value(key);
    };
    const QString model = sidecar.value(QStringLiteral("model_name")).toString();
    const std::optional<Core::ModelFamily> family = Core::Family::fromKey(value(QStringLiteral("family")).toString());
    if (!model.isEmpty())
        lines << (family ? tr("Model: %1 (%2)").arg(model, Core::Family::displayName(*family))
                         : tr("Model: %1").arg(model));
    if (const QJsonValue seed = sidecar.value(QStringLiteral("seed")); seed.isDouble())
        lines << tr("Seed: %1").arg(qint64(seed.toDouble()));
    if (const QString size = sidecar.value(QStringLiteral("resolution")).toString(); !size.isEmpty())
        lines << tr("Size: %1 pixels").arg(QString(size).replace(QLatin1Char('x'), QStringLiteral(" × ")));
    if (const QString aspect = value(QStringLiteral("aspect_ratio")).toString(); !aspect.isEmpty())
        lines << tr("Aspect ratio: %1").arg(QString(aspect).replace(QLatin1Char('x'), QStringLiteral(" : ")));
    lines << tr("Speed: %1").arg(speedText(value(QStringLiteral("rendering_speed")).toString().toLower()));
    if (const QString magic = value(QStringLiteral("magic_prompt")).toString(); !magic.isEmpty())
        lines << tr("Improve prompt: %1")
                     .arg(magic == QLatin1String("on")        ? tr("yes")
                              : magic == QLatin1String("off") ? tr("no")
                                                              : tr("automatic"));
    if (const QString negative = value(QStringLiteral("negative_prompt")).toString(); !negative.isEmpty())
        lines << tr("Left out: %1").arg(negative);
    const QJsonArray stack = value(QStringLiteral("stacked_custom_models")).toArray();
    for (const QJsonValue &entry : stack) {
        const QJsonObject stacked = entry.toObject();
        const QString name = stacked.value(QStringLiteral("model_name"))
                                 .toString(stacked.value(QStringLiteral("custom_model_uri")).toString());
        lines << tr("Stacked: %1, weight %2")
                     .arg(name, QLocale().toString(stacked.value(QStringLiteral("weight")).toDouble(1.0), 'f', 2));
    }
    if (const QString remix = settings.value(QStringLiteral("remix_image")).toString(); !remix.isEmpty())
        lines << tr("Remix of %1, image weight %2")
                     .arg(QFileInfo(remix).fileName())
                     .arg(settings.value(QStringLiteral("image_weight")).toInt());
    if (const QString used = sidecar.value(QStringLiteral("prompt_used")).toString(); !used.isEmpty())
        lines << tr("Ideogram's version of the prompt: %1").arg(used);
    const QDateTime created = QDateTime::fromString(sidecar.value(QStringLiteral("created")).toString(), Qt::ISODate);
    if (created.isValid())
        lines << tr("Made: %1").arg(QLocale().toString(created.toLocalTime(), QLocale::ShortFormat));
    return lines;
}

QString ImageViewer::detailsText() const
{
    return m_detailsLabel->text();
}

void ImageViewer::showRow(int row)
{
    const Models::GalleryModel::Item *item = m_gallery->itemAt(row);
    if (!item)
        return;
    m_row = row;
    m_path = item->path;
    m_sidecar = item->sidecar;
    m_full = false;
    // The preview at once, the whole image when decoded.
    m_canvas->setImage(m_gallery->index(row).data(Qt::DecorationRole).value<QImage>());
    const QString prompt = m_sidecar.value(QStringLiteral("prompt")).toString();
    m_promptLabel->setText(prompt.isEmpty() ? tr("(No prompt was saved with this image.)") : prompt);
    m_detailsLabel->setText(describe(m_sidecar).join(QLatin1Char('\n')));
    m_positionLabel->setText(tr("%1 of %2 — ← and → for the others").arg(row + 1).arg(m_gallery->rowCount()));
    setWindowTitle(QFileInfo(m_path).fileName());
    m_copyPromptButton->setEnabled(!prompt.isEmpty());
    m_useSettingsButton->setEnabled(!m_sidecar.isEmpty());
    m_copyImageButton->setEnabled(false); // until the whole image is decoded
    m_images->requestFull(m_path);
}

void ImageViewer::onFull(const QString &path, const QImage &image)
{
    if (path != m_path)
        return;
    m_full = true;
    m_canvas->setImage(image);
    m_copyImageButton->setEnabled(true);
}

void ImageViewer::keyPressEvent(QKeyEvent *event)
{
    const int last = m_gallery->rowCount() - 1;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Up:
        showRow(std::max(0, m_row - 1));
        return;
    case Qt::Key_Right:
    case Qt::Key_Down:
        showRow(std::min(last, m_row + 1));
        return;
    case Qt::Key_Home:
        showRow(0);
        return;
    case Qt::Key_End:
        showRow(last);
        return;
    case Qt::Key_Space:
        close();
        return;
    default:
        QDialog::keyPressEvent(event);
    }
}

} // namespace Ids::Widgets
