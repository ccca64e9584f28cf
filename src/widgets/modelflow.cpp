#include "modelflow.h"

#include "datasetdetailpane.h"
#include "errorbanner.h"
#include "generatepanel.h"
#include "modelspage.h"
#include "notifierchain.h"
#include "traindialog.h"

#include <core/services/generationservice.h>
#include <core/services/modellibrary.h>
#include <core/services/modelpoller.h>
#include <core/services/trainingservice.h>
#include <models/gallerymodel.h>
#include <models/modellistmodel.h>

#include <QApplication>
#include <QLabel>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace Ids::Widgets {

namespace {

Q_LOGGING_CATEGORY(lcModelFlow, "ids.widgets.models", QtInfoMsg)

constexpr int StatusTimeoutMs = 8000;

} // namespace

ModelFlow::ModelFlow(const ModelServices &services, DatasetDetailPane *detailPane, ModelsPage *page,
                     ErrorBanner *banner, QStatusBar *statusBar, QWidget *window)
    : QObject(window)
    , m_services(services)
    , m_detailPane(detailPane)
    , m_page(page)
    , m_banner(banner)
    , m_statusBar(statusBar)
    , m_window(window)
{
    Core::TrainingService *training = m_services.training;
    m_detailPane->setModelNameLookup([models = m_services.models](const QString &id) {
        const Core::CustomModel *model = models->modelAt(models->rowOf(id));
        return model ? model->name : id;
    });
    connect(m_detailPane, &DatasetDetailPane::trainRequested, this, &ModelFlow::openTrainDialog);
    connect(m_detailPane, &DatasetDetailPane::imageCountChanged, this, &ModelFlow::updateTrainRule);
    connect(training, &Core::TrainingService::stateChanged, this, &ModelFlow::updateTrainRule);
    connect(training, &Core::TrainingService::trainingStarted, this, &ModelFlow::onTrainingStarted);
    connect(training, &Core::TrainingService::trainFailed, m_banner, &ErrorBanner::showError);
    connect(training, &Core::TrainingService::trainUncertain, this, &ModelFlow::onTrainUncertain);
    connect(training, &Core::TrainingService::progressMessage, m_statusBar,
            [this](const QString &message) { m_statusBar->showMessage(message, StatusTimeoutMs); });

    connect(m_services.poller, &Core::ModelPoller::modelUpdated, m_services.models, &Models::ModelListModel::upsert);
    connect(m_services.poller, &Core::ModelPoller::modelFinished, this, &ModelFlow::onModelFinished);
    connect(m_services.poller, &Core::ModelPoller::pollingStopped, m_banner, &ErrorBanner::showError);
    connect(m_services.library, &Core::ModelLibrary::modelsChanged, this,
            [this] { m_services.models->setModels(m_services.library->models()); });
    connect(m_services.library, &Core::ModelLibrary::refreshFailed, this, [this](const Core::ApiError &error) {
        m_page->setStatusText(tr("Could not read the models from Ideogram. %1").arg(error.headline()));
    });
    connect(m_page, &ModelsPage::refreshRequested, m_services.library, &Core::ModelLibrary::refresh);
    connect(m_page, &ModelsPage::datasetRequested, this, &ModelFlow::datasetRequested);
    const auto showCount = [this] {
        const int count = m_services.models->rowCount();
        m_page->setStatusText(count == 0 ? tr("No models yet. Open a dataset with at least 15 images and press "
                                              "Train Model… to make one.")
                                         : tr("%n model(s).", "", count));
    };
    connect(m_services.models, &QAbstractItemModel::modelReset, this, showCount);
    connect(m_services.models, &QAbstractItemModel::rowsInserted, this, showCount);
    connect(m_services.models, &QAbstractItemModel::rowsRemoved, this, showCount);

    GeneratePanel *panel = m_page->generatePanel();
    connect(m_page, &ModelsPage::currentModelChanged, this, [this, panel](const Core::CustomModel &model) {
        panel->setFolder(m_services.generation->folderFor(model));
    });
    connect(panel, &GeneratePanel::generateRequested, this, [this, panel](const Core::GenerationRequest &request) {
        const Core::CustomModel *model = m_services.models->modelAt(m_services.models->rowOf(m_page->currentModelId()));
        if (!model)
            return;
        // Busy first: a request refused by the client itself fails before generate() returns.
        panel->setBusy(true, tr("Ideogram is making %n image(s)…", "", request.numImages));
        const QString refusal = m_services.generation->generate(*model, request);
        if (!refusal.isEmpty())
            panel->setBusy(false, refusal);
    });
    connect(panel, &GeneratePanel::cancelRequested, m_services.generation, &Core::GenerationService::cancel);
    connect(m_services.generation, &Core::GenerationService::progressMessage, panel, &GeneratePanel::showMessage);
    connect(m_services.generation, &Core::GenerationService::generationFinished, this, &ModelFlow::onGenerated);
    connect(m_services.generation, &Core::GenerationService::generationFailed, this, &ModelFlow::onGenerationFailed);

    setNotifier(m_services.notifier ? m_services.notifier : makeDesktopNotifier(this));
    updateTrainRule();
}

void ModelFlow::setNotifier(Notifier *notifier)
{
    if (m_notifier)
        disconnect(m_notifier, nullptr, this, nullptr);
    m_notifier = notifier;
    connect(m_notifier, &Notifier::activated, this, &ModelFlow::showModel);
    connect(m_notifier, &Notifier::failed, this, &ModelFlow::onNotificationFailed);
}

void ModelFlow::updateTrainRule()
{
    const QString datasetId = m_detailPane->datasetId();
    m_detailPane->setTrainBlocker(
        datasetId.isEmpty() ? QString() : m_services.training->trainBlocker(datasetId, m_detailPane->imageCount()));
    Q_EMIT trainAvailableChanged(m_detailPane->trainButton()->isEnabled());
}

void ModelFlow::openTrainDialog()
{
    const QString datasetId = m_detailPane->datasetId();
    if (datasetId.isEmpty() || m_trainDialog || !m_detailPane->trainButton()->isEnabled())
        return;
    const QString datasetName = m_detailPane->datasetName();
    const qint64 imageCount = m_detailPane->imageCount();
    m_trainDialog = new TrainDialog(datasetName, imageCount, m_window);
    m_trainDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_trainDialog, &QDialog::accepted, this, [this, datasetId, imageCount] {
        const QString refusal = m_services.training->train(datasetId, imageCount, m_trainDialog->modelName());
        if (!refusal.isEmpty())
            m_banner->showMessage(refusal);
    });
    // open(): window-modal without a nested event loop, so replies keep arriving meanwhile.
    m_trainDialog->open();
}

void ModelFlow::onTrainingStarted(const Core::CustomModel &model)
{
    m_services.models->upsert(model);
    m_services.poller->follow(model);
    m_statusBar->showMessage(
        tr("Training “%1” started. The app follows it and tells you when it is done.").arg(model.name),
        StatusTimeoutMs);
    m_page->selectModel(model.id);
    updateTrainRule();
    // The dataset now names one more model.
    Q_EMIT datasetChanged(model.datasetId);
}

void ModelFlow::onModelFinished(const Core::CustomModel &model)
{
    if (model.status == QLatin1String("COMPLETED"))
        notify(model, tr("Model ready"), tr("“%1” has finished training and can make images.").arg(model.name));
    else if (model.status == QLatin1String("ERRORED"))
        notify(model, tr("Training failed"),
               tr("Ideogram could not train “%1”. Check the dataset's images and captions, "
                  "then train again.")
                   .arg(model.name));
    else
        notify(model, tr("Model archived"), tr("“%1” was archived.").arg(model.name));
}

void ModelFlow::notify(const Core::CustomModel &model, const QString &title, const QString &message)
{
    // The window always says it; the desktop says it too, where it can.
    m_statusBar->showMessage(message, StatusTimeoutMs * 2);
    m_notifier->notify({title, message, model.id});
}

void ModelFlow::onNotificationFailed(const Notification &notification, const QString &reason)
{
    // Neither the desktop's notification service nor a tray: the status bar keeps the message until the next
    // one, and the window asks for attention (a flashing task bar entry, where the desktop has one).
    qCInfo(lcModelFlow) << "notification shown in the window only:" << reason;
    m_statusBar->showMessage(notification.body);
    QApplication::alert(m_window);
}

void ModelFlow::showModel(const QString &modelId)
{
    Q_EMIT showModelsRequested();
    m_page->selectModel(modelId);
    if (m_window->isMinimized())
        m_window->showNormal();
    m_window->raise();
    // On Wayland this works with the activation token the notification service handed over.
    m_window->activateWindow();
}

void ModelFlow::onTrainUncertain(const QString &, const QString &modelName)
{
    if (m_question)
        return;
    m_question = new QMessageBox(QMessageBox::Warning, tr("Training not confirmed"),
                                 tr("We could not confirm that Ideogram started training “%1”. The answer to the "
                                    "request was lost.")
                                     .arg(modelName),
                                 QMessageBox::NoButton, m_window);
    m_question->setObjectName(QStringLiteral("trainUncertainQuestion"));
    m_question->setTextFormat(Qt::PlainText);
    m_question->setInformativeText(tr("Training again may start a second training, and Ideogram may bill both. "
                                      "Check again first if you are not sure."));
    QPushButton *checkAgain = m_question->addButton(tr("Check Again"), QMessageBox::AcceptRole);
    checkAgain->setObjectName(QStringLiteral("checkAgainButton"));
    QPushButton *trainAnyway = m_question->addButton(tr("Train Anyway"), QMessageBox::DestructiveRole);
    trainAnyway->setObjectName(QStringLiteral("trainAnywayButton"));
    QPushButton *forget = m_question->addButton(tr("Forget It"), QMessageBox::RejectRole);
    forget->setObjectName(QStringLiteral("forgetButton"));
    m_question->setDefaultButton(checkAgain);
    m_question->setAttribute(Qt::WA_DeleteOnClose);
    // finished(), not buttonClicked(): closing the box with Escape or the title bar must not leave the
    // training locked forever. No button counts as "Forget It".
    connect(m_question, &QDialog::finished, this, [this, checkAgain, trainAnyway] {
        const QAbstractButton *button = m_question ? m_question->clickedButton() : nullptr;
        // The box deletes itself later; the next question must not wait for that.
        m_question.clear();
        if (button == checkAgain) {
            m_services.training->checkAgain();
        } else if (button == trainAnyway) {
            const QString refusal = m_services.training->trainAnyway();
            if (!refusal.isEmpty())
                m_banner->showMessage(refusal);
        } else {
            m_services.training->forgetPendingTrain();
        }
    });
    m_question->open();
}

void ModelFlow::onGenerated(const Core::GenerationOutcome &outcome)
{
    GeneratePanel *panel = m_page->generatePanel();
    QStringList parts;
    if (outcome.cancelled)
        parts << tr("Cancelled.");
    if (!outcome.savedPaths.isEmpty())
        parts << tr("Saved %n image(s).", "", int(outcome.savedPaths.size()));
    if (outcome.withheld > 0)
        parts << tr("%n image(s) withheld by Ideogram's safety check.", "", outcome.withheld);
    parts << outcome.failures;
    panel->setBusy(false, parts.isEmpty() ? tr("Ideogram returned no images.") : parts.join(QLatin1Char(' ')));
    if (m_page->currentModelId() == outcome.modelId)
        m_services.gallery->reload();
}

void ModelFlow::onGenerationFailed(const Core::ApiError &error)
{
    m_page->generatePanel()->setBusy(false, error.headline());
    // A refused prompt, a balance or a cancel is said where the user looks; anything else also gets Details.
    const bool saidInPanel = error.kind == Core::ApiError::Kind::Unprocessable
        || error.kind == Core::ApiError::Kind::PaymentRequired || error.kind == Core::ApiError::Kind::Cancelled;
    if (!saidInPanel)
        m_banner->showError(error);
}

} // namespace Ids::Widgets
