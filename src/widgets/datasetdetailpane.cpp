#include "datasetdetailpane.h"

#include "datasetview.h"
#include "tone.h"

#include <core/files/uploadlimits.h>
#include <models/datasetfilesmodel.h>

#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Ids::Widgets {

namespace {

QLabel *plainLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    // Server text: never rendered as rich text, always selectable so it can be copied.
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

// One part of the health line: a link when it names files to show, plain text otherwise.
QString healthPart(const QString &text, const QString &part = {})
{
    const QString escaped = text.toHtmlEscaped();
    return part.isEmpty() ? escaped : QStringLiteral("<a href=\"%1\">%2</a>").arg(part, escaped);
}

} // namespace

DatasetDetailPane::DatasetDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholderLabel(new QLabel(this))
    , m_nameLabel(plainLabel(this, QStringLiteral("nameLabel")))
    , m_copyIdButton(new QToolButton(this))
    , m_createdLabel(plainLabel(this, QStringLiteral("createdLabel")))
    , m_healthLabel(new QLabel(this))
    , m_modelsLabel(plainLabel(this, QStringLiteral("modelsLabel")))
    , m_statusLabel(plainLabel(this, QStringLiteral("detailStatusLabel")))
    , m_filesView(new QTreeView(this))
    , m_addImagesButton(new QPushButton(tr("&Add Images…"), this))
    , m_addFolderButton(new QPushButton(tr("Add Folde&r…"), this))
    , m_trainButton(new QPushButton(tr("Tra&in Model…"), this))
    , m_trainHintLabel(plainLabel(this, QStringLiteral("trainHintLabel")))
{
    setObjectName(QStringLiteral("datasetDetailPane"));
    setAccessibleName(tr("Dataset details"));
    setAcceptDrops(true);

    QFont titleFont = m_nameLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_nameLabel->setFont(titleFont);

    auto *facts = new QFormLayout;
    facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    facts->addRow(tr("Created:"), m_createdLabel);
    facts->addRow(tr("Images:"), m_healthLabel);
    facts->addRow(tr("Models:"), m_modelsLabel);

    // The line is built here from numbers and translated words only (never a file name), so rich text is safe.
    m_healthLabel->setObjectName(QStringLiteral("healthLabel"));
    m_healthLabel->setTextFormat(Qt::RichText);
    m_healthLabel->setWordWrap(true);
    m_healthLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_healthLabel, &QLabel::linkActivated, this, &DatasetDetailPane::showHealthPart);

    // The id is for scripts and support, not for reading: one click copies it.
    m_copyIdButton->setObjectName(QStringLiteral("copyIdButton"));
    m_copyIdButton->setText(tr("Copy ID"));
    m_copyIdButton->setAutoRaise(true);
    m_copyIdButton->setAccessibleName(tr("Copy the dataset's ID"));
    connect(m_copyIdButton, &QToolButton::clicked, this, [this] {
        if (m_datasetId.isEmpty())
            return;
        QGuiApplication::clipboard()->setText(m_datasetId);
        Q_EMIT datasetIdCopied(m_datasetId);
    });
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_nameLabel, 1);
    titleRow->addWidget(m_copyIdButton, 0, Qt::AlignTop);

    m_filesView->setObjectName(QStringLiteral("filesTreeView"));
    m_filesView->setAccessibleName(tr("Files in the dataset"));
    m_filesView->setRootIsDecorated(false);
    m_filesView->setUniformRowHeights(true);
    m_filesView->setAlternatingRowColors(true);
    m_filesView->setSortingEnabled(true);
    m_filesView->setIconSize(QSize(48, 48));
    m_filesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_filesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_filesView->setSelectionMode(QAbstractItemView::ExtendedSelection);

    m_addImagesButton->setObjectName(QStringLiteral("addImagesButton"));
    m_addImagesButton->setToolTip(tr("Choose images, captions or ZIP files to add to this dataset (Ctrl+I)"));
    connect(m_addImagesButton, &QPushButton::clicked, this, [this] { Q_EMIT addImagesRequested(m_datasetId); });
    // Enter presses them when they have the focus (after a create it is on Add Images…), as in a dialog.
    m_addImagesButton->setAutoDefault(true);
    m_addFolderButton->setAutoDefault(true);
    m_addFolderButton->setObjectName(QStringLiteral("addFolderButton"));
    m_addFolderButton->setToolTip(tr("Choose a folder: its images and captions go into this dataset (Ctrl+Shift+I)"));
    connect(m_addFolderButton, &QPushButton::clicked, this, [this] { Q_EMIT addFolderRequested(m_datasetId); });

    m_trainButton->setObjectName(QStringLiteral("trainButton"));
    m_trainButton->setToolTip(tr("Train a custom model on this dataset's images (Ctrl+T)"));
    m_trainButton->setEnabled(false);
    connect(m_trainButton, &QPushButton::clicked, this, [this] { Q_EMIT trainRequested(m_datasetId); });
    m_trainHintLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *hint = new QLabel(tr("Drop images, caption files (.txt), folders or ZIP files here to add them."), this);
    hint->setObjectName(QStringLiteral("dropHintLabel"));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *content = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(titleRow);
    layout->addLayout(facts);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_filesView, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(hint, 1);
    buttons->addWidget(m_addFolderButton);
    buttons->addWidget(m_addImagesButton);
    layout->addLayout(buttons);
    auto *trainRow = new QHBoxLayout;
    trainRow->addWidget(m_trainHintLabel, 1);
    trainRow->addWidget(m_trainButton);
    layout->addLayout(trainRow);

    // Until a dataset is opened, one sentence says how, instead of empty fields.
    m_placeholderLabel->setObjectName(QStringLiteral("detailPlaceholderLabel"));
    m_placeholderLabel->setText(tr("Open a dataset to see its images, captions and models: double-click it, or "
                                   "select it and press Enter. Drop images on a dataset to add them."));
    m_placeholderLabel->setWordWrap(true);
    m_placeholderLabel->setAlignment(Qt::AlignCenter);
    m_placeholderLabel->setForegroundRole(QPalette::PlaceholderText);
    m_placeholderLabel->setMargin(24);
    m_stack->addWidget(m_placeholderLabel);
    m_stack->addWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
}

void DatasetDetailPane::setFilesModel(Models::DatasetFilesModel *model)
{
    m_filesView->setModel(model);
    m_filesView->sortByColumn(-1, Qt::AscendingOrder);
    m_filesView->header()->setSectionResizeMode(int(Models::DatasetFilesModel::Column::Name), QHeaderView::Interactive);
    m_filesView->header()->resizeSection(int(Models::DatasetFilesModel::Column::Name), 240);
}

void DatasetDetailPane::showDataset(const Core::Dataset &dataset)
{
    m_datasetId = dataset.id;
    m_nameLabel->setText(dataset.name);
    m_copyIdButton->setToolTip(tr("Copy this dataset's ID (%1), for scripts or Ideogram's support").arg(dataset.id));
    m_createdLabel->setText(dataset.creationTime.isValid()
                                ? QLocale().toString(dataset.creationTime.utc.toLocalTime(), QLocale::LongFormat)
                                : dataset.creationTime.raw);
    m_stack->setCurrentIndex(1);
}

void DatasetDetailPane::showNothing()
{
    m_datasetId.clear();
    m_imageCount = -1;
    m_stack->setCurrentWidget(m_placeholderLabel);
    Q_EMIT imageCountChanged(m_imageCount);
}

void DatasetDetailPane::showLoading(const Core::Dataset &dataset)
{
    showDataset(dataset);
    m_imageCount = -1;
    m_healthKnown = false;
    Q_EMIT imageCountChanged(m_imageCount);
    m_healthLabel->setText(tr("Loading…"));
    m_modelsLabel->setText(tr("Loading…"));
    m_statusLabel->setText(tr("Loading the dataset from Ideogram…"));
    m_statusLabel->setVisible(true);
    m_statusLabel->setPalette(QPalette());
}

void DatasetDetailPane::showDetail(const Core::DatasetDetail &detail, bool fromServer)
{
    if (detail.dataset.id != m_datasetId && !m_datasetId.isEmpty() && fromServer)
        return; // an answer for a dataset the user has since left
    showDataset(detail.dataset);
    if (m_imageCount != detail.fileCount)
        m_healthKnown = false; // about other files; the new health is on its way
    m_imageCount = detail.fileCount;
    Q_EMIT imageCountChanged(m_imageCount);
    showImageCount();
    QStringList models;
    for (const QString &id : detail.customModelIds)
        models.append(m_modelName ? m_modelName(id) : id);
    m_modelsLabel->setText(models.isEmpty() ? tr("None trained from this dataset yet")
                                            : models.join(QStringLiteral(", ")));
    m_statusLabel->setPalette(QPalette());
    m_statusLabel->setText(fromServer ? QString() : tr("Showing the copy saved on this computer; loading the latest…"));
    m_statusLabel->setVisible(!m_statusLabel->text().isEmpty());
}

void DatasetDetailPane::showImageCount()
{
    const int images = int(std::max<qint64>(m_imageCount, 0));
    const QString limit = tr("A dataset holds at most %n image(s).", "", Core::UploadLimits::MaxImagesPerDataset);
    m_healthLabel->setToolTip(limit);
    if (images == 0) {
        m_healthLabel->setText(healthPart(tr("No images yet")));
        return;
    }
    QStringList parts {healthPart(tr("%n image(s)", "", images), QStringLiteral("images"))};
    if (m_healthKnown) {
        const Core::DatasetHealth &health = m_health;
        if (health.withoutCaption.isEmpty())
            parts << healthPart(tr("all with captions"));
        else
            parts << healthPart(tr("%n without caption", "", int(health.withoutCaption.size())),
                                QStringLiteral("nocaption"));
        if (const int duplicates = health.nearDuplicateCount(); duplicates > 0)
            parts << healthPart(tr("%n near-duplicate(s)", "", duplicates), QStringLiteral("duplicates"));
        if (health.smallestSide)
            parts << healthPart(tr("smallest %1 px").arg(*health.smallestSide), QStringLiteral("smallest"));
        QStringList tips {limit};
        if (!health.withoutCaption.isEmpty())
            tips << tr("A caption tells the model what the picture shows; images without one teach it less.");
        if (health.nearDuplicateCount() > 0)
            tips << tr("Near-duplicates look almost the same as another image here; varied images teach more.");
        if (!health.tooSmall.isEmpty())
            tips << tr("%n image(s) under %1 pixels on the short side: too small to teach a model much.", "",
                       int(health.tooSmall.size()))
                        .arg(Core::UploadLimits::MinShortSide);
        tips << tr("Sizes and look-alikes are known for the images added from this computer. Click a part to "
                   "select its images.");
        m_healthLabel->setToolTip(tips.join(QLatin1Char('\n')));
    }
    m_healthLabel->setText(parts.join(QStringLiteral(", ")));
    m_healthLabel->setAccessibleName(m_healthLabel->text().remove(QRegularExpression(QStringLiteral("<[^>]*>"))));
}

void DatasetDetailPane::showHealth(const QString &datasetId, const Core::DatasetHealth &health)
{
    if (datasetId != m_datasetId)
        return;
    m_health = health;
    m_healthKnown = true;
    showImageCount();
}

void DatasetDetailPane::showHealthPart(const QString &part)
{
    auto *model = qobject_cast<Models::DatasetFilesModel *>(m_filesView->model());
    if (!model)
        return;
    QStringList names;
    if (part == QLatin1String("nocaption"))
        names = m_health.withoutCaption;
    else if (part == QLatin1String("duplicates"))
        names = m_health.nearDuplicateFiles();
    else if (part == QLatin1String("smallest"))
        names = m_health.tooSmall.isEmpty() ? m_health.smallest : m_health.tooSmall;
    QItemSelection selection;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (part == QLatin1String("images") || names.contains(model->fileAt(row).fileName.value_or(QString())))
            selection.select(model->index(row, 0), model->index(row, model->columnCount() - 1));
    }
    m_filesView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!selection.isEmpty()) {
        m_filesView->setCurrentIndex(selection.first().topLeft());
        m_filesView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        m_filesView->scrollTo(selection.first().topLeft());
    }
    m_filesView->setFocus(Qt::OtherFocusReason);
}

QString DatasetDetailPane::datasetName() const
{
    return m_nameLabel->text();
}

void DatasetDetailPane::setTrainBlocker(const QString &reason)
{
    m_trainButton->setEnabled(reason.isEmpty() && !m_datasetId.isEmpty());
    m_trainHintLabel->setText(reason);
    m_trainButton->setAccessibleDescription(reason);
}

void DatasetDetailPane::showLoadError(const Core::ApiError &error)
{
    m_statusLabel->setText(tr("Could not load the latest details. %1").arg(error.headline()));
    m_statusLabel->setToolTip(error.details());
    applyErrorText(m_statusLabel);
    m_statusLabel->setVisible(true);
}

void DatasetDetailPane::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_datasetId.isEmpty() || DatasetView::localPaths(event->mimeData()).isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
}

void DatasetDetailPane::dropEvent(QDropEvent *event)
{
    const QStringList paths = DatasetView::localPaths(event->mimeData());
    if (m_datasetId.isEmpty() || paths.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    Q_EMIT filesDropped(m_datasetId, paths);
}

} // namespace Ids::Widgets
