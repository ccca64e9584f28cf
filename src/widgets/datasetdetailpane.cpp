#include "datasetdetailpane.h"

#include "datasetview.h"
#include "tone.h"

#include <core/files/uploadlimits.h>
#include <models/datasetfilesmodel.h>
#include <models/datasetlistmodel.h>

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QStackedWidget>
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

} // namespace

DatasetDetailPane::DatasetDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholderLabel(new QLabel(this))
    , m_nameLabel(plainLabel(this, QStringLiteral("nameLabel")))
    , m_idLabel(plainLabel(this, QStringLiteral("idLabel")))
    , m_createdLabel(plainLabel(this, QStringLiteral("createdLabel")))
    , m_coverLabel(plainLabel(this, QStringLiteral("coverLabel")))
    , m_fileCountLabel(plainLabel(this, QStringLiteral("fileCountLabel")))
    , m_modelsLabel(plainLabel(this, QStringLiteral("modelsLabel")))
    , m_statusLabel(plainLabel(this, QStringLiteral("detailStatusLabel")))
    , m_filesView(new QTreeView(this))
    , m_addImagesButton(new QPushButton(tr("&Add Images…"), this))
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
    facts->addRow(tr("Dataset ID:"), m_idLabel);
    facts->addRow(tr("Created:"), m_createdLabel);
    facts->addRow(tr("Cover:"), m_coverLabel);
    facts->addRow(tr("Images:"), m_fileCountLabel);
    facts->addRow(tr("Models:"), m_modelsLabel);

    m_filesView->setObjectName(QStringLiteral("filesTreeView"));
    m_filesView->setAccessibleName(tr("Files in the dataset"));
    m_filesView->setRootIsDecorated(false);
    m_filesView->setUniformRowHeights(true);
    m_filesView->setAlternatingRowColors(true);
    m_filesView->setSortingEnabled(true);
    m_filesView->setIconSize(QSize(48, 48));
    m_filesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_filesView->setSelectionBehavior(QAbstractItemView::SelectRows);

    m_addImagesButton->setObjectName(QStringLiteral("addImagesButton"));
    m_addImagesButton->setToolTip(tr("Choose images, captions or ZIP files to add to this dataset (Ctrl+I)"));
    connect(m_addImagesButton, &QPushButton::clicked, this, [this] { Q_EMIT addImagesRequested(m_datasetId); });

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
    layout->addWidget(m_nameLabel);
    layout->addLayout(facts);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_filesView, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(hint, 1);
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
    m_idLabel->setText(dataset.id);
    m_createdLabel->setText(dataset.creationTime.isValid()
                                ? QLocale().toString(dataset.creationTime.utc.toLocalTime(), QLocale::LongFormat)
                                : dataset.creationTime.raw);
    m_coverLabel->setText(Models::DatasetListModel::coverText(dataset));
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
    Q_EMIT imageCountChanged(m_imageCount);
    m_fileCountLabel->setText(tr("Loading…"));
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
    m_imageCount = detail.fileCount;
    Q_EMIT imageCountChanged(m_imageCount);
    m_fileCountLabel->setText(
        tr("%n image(s) of %1", "", int(detail.fileCount)).arg(Core::UploadLimits::MaxImagesPerDataset));
    QStringList models;
    for (const QString &id : detail.customModelIds)
        models.append(m_modelName ? m_modelName(id) : id);
    m_modelsLabel->setText(models.isEmpty() ? tr("None trained from this dataset yet")
                                            : models.join(QStringLiteral(", ")));
    m_statusLabel->setPalette(QPalette());
    m_statusLabel->setText(fromServer ? QString() : tr("Showing the copy saved on this computer; loading the latest…"));
    m_statusLabel->setVisible(!m_statusLabel->text().isEmpty());
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
