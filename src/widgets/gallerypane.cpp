#include "gallerypane.h"

#include "gallerydelegate.h"
#include "imageviewer.h"

#include <models/galleryimages.h>
#include <models/gallerymodel.h>
#include <models/roles.h>

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QSlider>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Ids::Widgets {

GalleryPane::GalleryPane(Models::GalleryModel *gallery, Models::GalleryImages *images, QWidget *parent)
    : QWidget(parent)
    , m_gallery(gallery)
    , m_images(images)
    , m_modelButton(new QToolButton(this))
    , m_historyButton(new QToolButton(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_view(new QListView(this))
    , m_emptyLabel(new QLabel(this))
    , m_delegate(new GalleryDelegate(this))
{
    setObjectName(QStringLiteral("galleryPane"));
    m_modelButton->setObjectName(QStringLiteral("galleryModelButton"));
    m_modelButton->setText(tr("This Model"));
    m_modelButton->setToolTip(tr("The images made with the model chosen in the list"));
    m_historyButton->setObjectName(QStringLiteral("galleryHistoryButton"));
    m_historyButton->setText(tr("History"));
    m_historyButton->setToolTip(tr("Every image made with this account, across models, newest first"));
    auto *group = new QButtonGroup(this);
    for (QToolButton *button : {m_modelButton, m_historyButton}) {
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        group->addButton(button);
    }
    m_modelButton->setChecked(true);

    m_slider->setObjectName(QStringLiteral("gallerySizeSlider"));
    m_slider->setRange(MinThumbnail, MaxThumbnail);
    m_slider->setSingleStep(16);
    m_slider->setPageStep(64);
    m_slider->setValue(m_delegate->imageSize());
    m_slider->setMaximumWidth(160);
    m_slider->setAccessibleName(tr("Thumbnail size"));
    m_slider->setToolTip(tr("Thumbnail size"));
    auto *smaller = new QLabel(QStringLiteral("▫"), this);
    auto *larger = new QLabel(QStringLiteral("◻"), this);

    m_view->setObjectName(QStringLiteral("galleryView"));
    m_view->setModel(m_gallery);
    m_view->setItemDelegate(m_delegate);
    m_view->setViewMode(QListView::IconMode);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setMovement(QListView::Static);
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("Generated images"));
    m_view->setSpacing(2);
    m_emptyLabel->setObjectName(QStringLiteral("galleryEmptyLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *header = new QHBoxLayout;
    header->addWidget(m_modelButton);
    header->addWidget(m_historyButton);
    header->addStretch(1);
    header->addWidget(smaller);
    header->addWidget(m_slider);
    header->addWidget(larger);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_emptyLabel, 1);

    connect(m_historyButton, &QToolButton::toggled, this, [this](bool history) {
        updateEmpty();
        Q_EMIT historyToggled(history);
    });
    connect(m_slider, &QSlider::valueChanged, this, [this](int size) {
        m_delegate->setImageSize(size);
        m_view->setGridSize(m_delegate->cellSize(m_view->fontMetrics()));
        // Every cell changes its size: the view lays them out again.
        m_view->doItemsLayout();
        Q_EMIT thumbnailSizeChanged(size);
    });
    m_view->setGridSize(m_delegate->cellSize(m_view->fontMetrics()));
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) { openViewer(index.row()); });
    connect(m_view, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        // activated() may need a single click on some desktops; a double-click opens it everywhere.
        if (!m_viewer || !m_viewer->isVisible())
            openViewer(index.row());
    });
    auto *space = new QShortcut(QKeySequence(Qt::Key_Space), m_view);
    space->setContext(Qt::WidgetShortcut);
    connect(space, &QShortcut::activated, this, [this] {
        if (m_view->currentIndex().isValid())
            openViewer(m_view->currentIndex().row());
    });
    connect(m_view, &QListView::customContextMenuRequested, this, &GalleryPane::showMenu);
    connect(m_gallery, &QAbstractItemModel::modelReset, this, &GalleryPane::updateEmpty);
    connect(m_gallery, &Models::GalleryModel::loaded, this, &GalleryPane::updateEmpty);
    updateEmpty();
}

void GalleryPane::setThumbnailSize(int size)
{
    m_slider->setValue(std::clamp(size, MinThumbnail, MaxThumbnail));
}

int GalleryPane::thumbnailSize() const
{
    return m_slider->value();
}

bool GalleryPane::isHistory() const
{
    return m_historyButton->isChecked();
}

void GalleryPane::setHistory(bool history)
{
    (history ? m_historyButton : m_modelButton)->setChecked(true);
}

void GalleryPane::setRemixAvailable(bool available)
{
    m_remixAvailable = available;
    if (m_viewer)
        m_viewer->remixButton()->setVisible(available);
}

void GalleryPane::openViewer(int row)
{
    if (row < 0 || row >= m_gallery->rowCount())
        return;
    if (!m_viewer) {
        m_viewer = new ImageViewer(m_gallery, m_images, window());
        connect(m_viewer, &ImageViewer::useSettingsRequested, this, &GalleryPane::useSettingsRequested);
        connect(m_viewer, &ImageViewer::remixRequested, this, &GalleryPane::remixRequested);
        // Back in the gallery, the image last seen is the one chosen.
        connect(m_viewer, &QDialog::finished, this, [this] {
            m_view->setCurrentIndex(m_gallery->index(m_viewer->currentRow()));
            m_view->setFocus(Qt::OtherFocusReason);
        });
    }
    m_viewer->remixButton()->setVisible(m_remixAvailable);
    m_viewer->showRow(row);
    m_viewer->show();
    m_viewer->raise();
    m_viewer->activateWindow();
}

void GalleryPane::selectNewest()
{
    if (m_gallery->rowCount() == 0)
        return;
    const QModelIndex first = m_gallery->index(0);
    m_view->setCurrentIndex(first);
    m_view->scrollTo(first);
}

void GalleryPane::updateEmpty()
{
    const bool empty = m_gallery->rowCount() == 0;
    m_view->setVisible(!empty);
    m_emptyLabel->setVisible(empty);
    if (m_gallery->isLoading())
        m_emptyLabel->setText(tr("Reading the images on this computer…"));
    else if (isHistory())
        m_emptyLabel->setText(tr("No images made with this account yet. Choose a finished model, describe an image "
                                 "and press Generate."));
    else
        m_emptyLabel->setText(tr("No images made with this model yet. Describe one beside this and press Generate."));
}

void GalleryPane::showMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    const Models::GalleryModel::Item *item = m_gallery->itemAt(index.row());
    if (!item)
        return;
    const QString path = item->path;
    const QJsonObject sidecar = item->sidecar;
    const int row = index.row();
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("galleryMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("&Open"), this, [this, row] { openViewer(row); });
    menu->addAction(tr("&Use These Settings Again"), this, [this, sidecar] { Q_EMIT useSettingsRequested(sidecar); })
        ->setEnabled(!sidecar.isEmpty());
    if (m_remixAvailable)
        menu->addAction(tr("&Remix This Image"), this, [this, path] { Q_EMIT remixRequested(path); });
    menu->addSeparator();
    menu->addAction(tr("Copy &Prompt"), this, [sidecar] {
        QApplication::clipboard()->setText(sidecar.value(QStringLiteral("prompt")).toString());
    });
    menu->addAction(tr("Show in &Folder"), this,
                    [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath())); });
    // popup() rather than exec(): no nested event loop while replies may arrive.
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}

} // namespace Ids::Widgets
