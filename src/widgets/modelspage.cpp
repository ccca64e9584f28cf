#include "modelspage.h"

#include "gallerypane.h"
#include "generatepanel.h"
#include "headerfit.h"

#include <models/modelfilterproxy.h>
#include <models/modellistmodel.h>
#include <models/roles.h>

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Ids::Widgets {

using Models::ModelFilterProxy;
using Models::ModelListModel;

ModelsPage::ModelsPage(ModelListModel *models, ModelFilterProxy *proxy, GeneratePanel *generatePanel,
                       GalleryPane *gallery, QWidget *parent)
    : QWidget(parent)
    , m_models(models)
    , m_proxy(proxy)
    , m_filterComboBox(new QComboBox(this))
    , m_familyComboBox(new QComboBox(this))
    , m_refreshButton(new QPushButton(tr("Refresh"), this))
    , m_view(new QTableView(this))
    , m_statusLabel(new QLabel(this))
    , m_detailPane(new ModelDetailPane(this))
    , m_generatePanel(generatePanel)
    , m_gallery(gallery)
{
    setObjectName(QStringLiteral("modelsPage"));
    m_filterComboBox->setObjectName(QStringLiteral("modelFilterComboBox"));
    m_filterComboBox->addItem(tr("All models"), int(ModelFilterProxy::Filter::All));
    m_filterComboBox->addItem(tr("In training"), int(ModelFilterProxy::Filter::InTraining));
    m_filterComboBox->addItem(tr("Completed"), int(ModelFilterProxy::Filter::Completed));
    m_filterComboBox->addItem(tr("Failed"), int(ModelFilterProxy::Filter::Failed));
    m_filterComboBox->addItem(tr("Archived"), int(ModelFilterProxy::Filter::Archived));
    m_filterComboBox->addItem(tr("Shared with me"), int(ModelFilterProxy::Filter::Shared));
    m_filterComboBox->setAccessibleName(tr("Show models"));
    auto *filterLabel = new QLabel(tr("Sho&w:"), this);
    filterLabel->setBuddy(m_filterComboBox);
    m_familyComboBox->setObjectName(QStringLiteral("familyFilterComboBox"));
    m_familyComboBox->addItem(tr("Any family"), -1);
    m_familyComboBox->addItem(tr("Ideogram 4.0"), int(Core::ModelFamily::V4));
    m_familyComboBox->addItem(tr("Ideogram 3.0"), int(Core::ModelFamily::V3));
    m_familyComboBox->addItem(tr("Unknown"), int(Core::ModelFamily::Unknown));
    m_familyComboBox->setAccessibleName(tr("Show models of the family"));
    m_familyComboBox->setToolTip(tr("The base model each model was trained on"));
    auto *familyLabel = new QLabel(tr("Famil&y:"), this);
    familyLabel->setBuddy(m_familyComboBox);
    m_refreshButton->setObjectName(QStringLiteral("refreshModelsButton"));
    m_refreshButton->setToolTip(tr("Read the models from Ideogram again (F5)"));

    m_proxy->setSourceModel(m_models);
    m_view->setObjectName(QStringLiteral("modelView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ModelListModel::CreatedColumn, Qt::DescendingOrder);
    m_view->verticalHeader()->hide();
    // Names first: every column as wide as its text, the last one taking what is left.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    stretchLastColumnKeepingItsTitle(m_view->horizontalHeader());
    m_view->setAlternatingRowColors(true);
    m_view->setAccessibleName(tr("Models"));
    m_view->setWordWrap(false);
    m_statusLabel->setObjectName(QStringLiteral("modelsStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);

    // Three columns, as image tools lay them out: the models, what to make with the chosen one, and the pictures
    // (the whole height, growing with the window). The splitter is remembered with the window.
    auto *filters = new QFormLayout;
    filters->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    filters->addRow(filterLabel, m_filterComboBox);
    filters->addRow(familyLabel, m_familyComboBox);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_statusLabel, 1);
    bottom->addWidget(m_refreshButton, 0, Qt::AlignTop);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addLayout(bottom);

    // The facts and the form scroll when the window is short.
    auto *form = new QWidget(this);
    auto *formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 4, 0);
    formLayout->addWidget(m_detailPane);
    formLayout->addWidget(m_generatePanel);
    formLayout->addStretch(1);
    auto *formScroll = new QScrollArea(this);
    formScroll->setObjectName(QStringLiteral("generateScrollArea"));
    // The form's fields take the focus, not the area around them (it still scrolls to the focused one).
    formScroll->setFocusPolicy(Qt::NoFocus);
    formScroll->setWidget(form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    formScroll->setMinimumWidth(form->minimumSizeHint().width() + 16);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("modelsColumns"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(formScroll);
    splitter->addWidget(m_gallery);
    // A wider window gives the pictures the room first; the form needs no more than its fields.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({260, 470, 370});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(9, 9, 9, 9);
    layout->addWidget(splitter);

    connect(m_filterComboBox, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setFilter(ModelFilterProxy::Filter(m_filterComboBox->currentData().toInt())); });
    connect(m_familyComboBox, &QComboBox::currentIndexChanged, this, [this] {
        const int family = m_familyComboBox->currentData().toInt();
        m_proxy->setFamilyFilter(family < 0 ? std::nullopt : std::optional(Core::ModelFamily(family)));
    });
    connect(m_refreshButton, &QPushButton::clicked, this, &ModelsPage::refreshRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ModelsPage::onCurrentChanged);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.column() == ModelListModel::DatasetColumn) {
            const QString datasetId = index.data(Models::DatasetIdRole).toString();
            if (!datasetId.isEmpty())
                Q_EMIT datasetRequested(datasetId);
        }
    });
    connect(m_detailPane, &ModelDetailPane::datasetRequested, this, &ModelsPage::datasetRequested);
    // A poll updates the row in place: the details follow when it is the one shown.
    connect(m_models, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        const int row = m_models->rowOf(m_currentModelId);
        if (row >= from.row() && row <= to.row())
            showCurrent();
    });
    // A refresh replaces the rows: the model shown stays chosen when it is still there.
    connect(m_models, &QAbstractItemModel::modelReset, this, [this] {
        const QModelIndex index = m_proxy->mapFromSource(m_models->index(m_models->rowOf(m_currentModelId), 0));
        if (index.isValid())
            m_view->setCurrentIndex(index);
        showCurrent();
    });
    showCurrent();
}

void ModelsPage::selectModel(const QString &modelId)
{
    const int row = m_models->rowOf(modelId);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_models->index(row, 0));
    if (!index.isValid()) {
        m_filterComboBox->setCurrentIndex(0); // hidden by a filter: show all
        m_familyComboBox->setCurrentIndex(0);
        index = m_proxy->mapFromSource(m_models->index(row, 0));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void ModelsPage::setStatusText(const QString &text)
{
    m_statusLabel->setText(text);
}

void ModelsPage::onCurrentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    m_currentModelId = current.isValid() ? current.data(Models::ModelIdRole).toString() : QString();
    showCurrent();
}

void ModelsPage::showCurrent()
{
    const Core::CustomModel *model = m_models->modelAt(m_models->rowOf(m_currentModelId));
    const Core::ModelFamily family = model ? m_models->familyOf(model->id) : Core::ModelFamily::Unknown;
    m_detailPane->showModel(model, family);
    m_generatePanel->setModel(model, family);
    if (model)
        Q_EMIT currentModelChanged(*model);
}

ModelDetailPane::ModelDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_nameLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_familyLabel(new QLabel(this))
    , m_stepsLabel(new QLabel(this))
    , m_datasetButton(new QPushButton(tr("Ope&n Dataset"), this))
    , m_copyIdButton(new QPushButton(tr("Copy ID"), this))
{
    setObjectName(QStringLiteral("modelDetailPane"));
    for (QLabel *label : {m_nameLabel, m_statusLabel, m_familyLabel, m_stepsLabel}) {
        label->setTextFormat(Qt::PlainText); // names and statuses come from the server
        // One line each, always: a longer text is cut with "…" and shown whole in the tooltip, so the pane keeps
        // its height and the Generate button under it never moves.
        label->setWordWrap(false);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        label->setMinimumHeight(label->fontMetrics().height());
    }
    QFont nameFont = m_nameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    nameFont.setBold(true);
    m_nameLabel->setFont(nameFont);
    m_nameLabel->setObjectName(QStringLiteral("modelNameLabel"));
    m_statusLabel->setObjectName(QStringLiteral("modelStatusLabel"));
    m_familyLabel->setObjectName(QStringLiteral("modelFamilyLabel"));
    m_stepsLabel->setObjectName(QStringLiteral("trainingStepsLabel"));
    m_stepsLabel->setAccessibleName(tr("Training steps"));
    m_datasetButton->setObjectName(QStringLiteral("openModelDatasetButton"));
    m_copyIdButton->setObjectName(QStringLiteral("copyModelIdButton"));
    m_copyIdButton->setToolTip(tr("Copy this model's ID, for scripts and support requests"));
    for (QPushButton *button : {m_datasetButton, m_copyIdButton}) {
        QSizePolicy keep = button->sizePolicy();
        keep.setRetainSizeWhenHidden(true);
        button->setSizePolicy(keep);
    }

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_datasetButton);
    buttons->addWidget(m_copyIdButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_nameLabel);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_familyLabel);
    layout->addWidget(m_stepsLabel);
    layout->addLayout(buttons);

    connect(m_datasetButton, &QPushButton::clicked, this, [this] {
        if (!m_datasetId.isEmpty())
            Q_EMIT datasetRequested(m_datasetId);
    });
    connect(m_copyIdButton, &QPushButton::clicked, this, [this] {
        if (!m_modelId.isEmpty())
            QApplication::clipboard()->setText(m_modelId);
    });
    showModel(nullptr);
}

QString ModelDetailPane::stepsText(const QString &runStatus)
{
    static const QStringList steps = {QStringLiteral("PREPARING_DATA"), QStringLiteral("QUEUED"),
                                      QStringLiteral("TRAINING"), QStringLiteral("FINALIZING"),
                                      QStringLiteral("COMPLETED")};
    const qsizetype at = steps.indexOf(runStatus);
    QStringList lines;
    if (runStatus == QLatin1String("FAILED")) {
        lines << QStringLiteral("✗ ") + ModelListModel::trainingStepText(runStatus);
        return lines.join(QStringLiteral("   "));
    }
    if (runStatus.isEmpty())
        return tr("Step: not stated by Ideogram");
    if (at < 0)
        return tr("Step: %1").arg(runStatus); // a step this app does not know, as Ideogram sent it
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString marker = i < at || runStatus == QLatin1String("COMPLETED") ? QStringLiteral("✓ ")
            : i == at                                                            ? QStringLiteral("● ")
                                                                                 : QStringLiteral("○ ");
        lines << marker + ModelListModel::trainingStepText(steps.at(i));
    }
    return lines.join(QStringLiteral("   "));
}

void ModelDetailPane::showModel(const Core::CustomModel *model, Core::ModelFamily family)
{
    m_datasetId = model ? model->datasetId : QString();
    m_modelId = model ? model->id : QString();
    m_datasetButton->setVisible(!m_datasetId.isEmpty());
    m_copyIdButton->setVisible(model != nullptr);
    if (!model) {
        m_nameLabel->setText(tr("No model chosen"));
        m_statusLabel->setText(tr("Choose a model in the list, or train one from a dataset (Dataset ▸ Train Model…)."));
        m_familyLabel->clear();
        m_stepsLabel->clear();
        for (QLabel *label : {m_nameLabel, m_statusLabel})
            label->setToolTip(label->text());
        return;
    }
    m_nameLabel->setText(model->owned ? model->name : tr("%1 (shared with this account)").arg(model->name));
    const QString status = ModelListModel::statusText(model->status);
    m_statusLabel->setText(model->isTerminal() ? tr("Status: %1").arg(status)
                                               : tr("Status: %1 — the app checks it regularly.").arg(status));
    m_familyLabel->setText(family != Core::ModelFamily::Unknown
                               ? tr("Base model: %1").arg(Core::Family::displayName(family))
                               : model->canGenerate() ? tr("Base model: not known yet (the app asks Ideogram)")
                                                      : tr("Base model: known once the model can make images"));
    if (!model->trainingRuns.isEmpty())
        m_stepsLabel->setText(stepsText(model->trainingRuns.constLast().status));
    else if (!model->isTerminal() && model->owned)
        m_stepsLabel->setText(tr("The training steps show after the next check with Ideogram."));
    else
        m_stepsLabel->clear();
    for (QLabel *label : {m_nameLabel, m_statusLabel, m_familyLabel, m_stepsLabel})
        label->setToolTip(label->text());
}

} // namespace Ids::Widgets
