#include "modelflow.h"

#include "arrivalquestion.h"
#include "datasetdetailpane.h"
#include "errorbanner.h"
#include "generateflow.h"
#include "generatepanel.h"
#include "modelspage.h"
#include "notifierchain.h"
#include "traindialog.h"

#include <core/accounts/account.h>
#include <core/services/modellibrary.h>
#include <core/services/modelpoller.h>
#include <core/services/trainingservice.h>
#include <core/storage/modelfamilystore.h>
#include <models/datasetlistmodel.h>
#include <models/modelfilterproxy.h>
#include <models/modellistmodel.h>

#include <QApplication>
#include <QLayout>
#include <QLoggingCategory>
#include <QPushButton>
#include <QStatusBar>

namespace Ids::Widgets {

namespace {

Q_LOGGING_CATEGORY(lcModelFlow, "ids.widgets.models", QtInfoMsg)

constexpr int StatusTimeoutMs = 8000;

} // namespace

ModelFlow::ModelFlow(const ModelPanes &panes, QLayout *pageLayout, Models::DatasetListModel *datasets, QWidget *window)
    : QObject(window)
    , m_panes(panes)
    , m_window(window)
    , m_models(new Models::ModelListModel(this))
    , m_proxy(new Models::ModelFilterProxy(this))
    , m_generate(new GenerateFlow(m_models, panes.banner, panes.settings, window))
{
    m_models->setDatasetNameLookup([datasets](const QString &id) {
        const QModelIndex index = datasets->indexOfId(id);
        return index.isValid() ? datasets->datasetAt(index.row()).name : id;
    });
    m_page = new ModelsPage(m_models, m_proxy, m_generate->panel(), m_generate->gallery());
    m_generate->setPage(m_page);
    pageLayout->addWidget(m_page);

    DatasetDetailPane *detail = m_panes.detail;
    detail->setModelNameLookup([models = m_models](const QString &id) {
        const Core::CustomModel *model = models->modelAt(models->rowOf(id));
        return model ? model->name : id;
    });
    connect(detail, &DatasetDetailPane::trainRequested, this, &ModelFlow::openTrainDialog);
    connect(detail, &DatasetDetailPane::imageCountChanged, this, &ModelFlow::updateTrainRule);
    connect(m_page, &ModelsPage::refreshRequested, this, &ModelFlow::refresh);
    connect(m_page, &ModelsPage::datasetRequested, this, &ModelFlow::datasetRequested);
    const auto showCount = [this] {
        const int count = m_models->rowCount();
        m_page->setStatusText(count == 0 ? tr("No models yet. Open a dataset with at least 15 images and press "
                                              "Train Model… to make one.")
                                         : tr("%n model(s).", "", count));
    };
    connect(m_models, &QAbstractItemModel::modelReset, this, showCount);
    connect(m_models, &QAbstractItemModel::rowsInserted, this, showCount);
    connect(m_models, &QAbstractItemModel::rowsRemoved, this, showCount);

    setNotifier(makeDesktopNotifier(this));
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

void ModelFlow::setAccount(Core::Account *account)
{
    if (account == m_account)
        return;
    delete m_binding;
    m_binding = nullptr;
    m_panes.question->withdraw(QStringLiteral("train"));
    if (m_trainDialog)
        m_trainDialog->reject(); // it named the account that would have paid
    m_account = account;
    m_models->setFamilies(account ? account->familyStore()->all() : QHash<QString, Core::ModelFamily>());
    m_models->setModels(account ? account->library()->models() : QList<Core::CustomModel>());
    m_generate->setAccount(account);
    if (account) {
        bind();
        if (account->training()->state() == Core::TrainingService::State::NeedsDecision)
            onTrainUncertain(account->training()->pendingModelName());
    }
    updateTrainRule();
}

void ModelFlow::bind()
{
    m_binding = new QObject(this);
    Core::TrainingService *training = m_account->training();
    connect(training, &Core::TrainingService::stateChanged, m_binding, [this] { updateTrainRule(); });
    connect(training, &Core::TrainingService::trainingStarted, m_binding,
            [this](const Core::CustomModel &model) { onTrainingStarted(model); });
    connect(training, &Core::TrainingService::trainFailed, m_binding,
            [this](const Core::ApiError &error) { m_panes.banner->showError(error); });
    connect(training, &Core::TrainingService::trainUncertain, m_binding,
            [this](const QString &, const QString &modelName) { onTrainUncertain(modelName); });
    connect(training, &Core::TrainingService::progressMessage, m_binding,
            [this](const QString &message) { m_panes.statusBar->showMessage(message, StatusTimeoutMs); });

    Core::ModelPoller *poller = m_account->poller();
    connect(poller, &Core::ModelPoller::modelUpdated, m_binding,
            [this](const Core::CustomModel &model) { m_models->upsert(model); });
    connect(poller, &Core::ModelPoller::pollingStopped, m_binding,
            [this](const Core::ApiError &error) { m_panes.banner->showError(error); });
    Core::ModelLibrary *library = m_account->library();
    connect(library, &Core::ModelLibrary::modelsChanged, m_binding,
            [this] { m_models->setModels(m_account->library()->models()); });
    connect(library, &Core::ModelLibrary::refreshFailed, m_binding, [this](const Core::ApiError &error) {
        m_page->setStatusText(tr("Could not read the models from Ideogram. %1").arg(error.headline()));
    });
}

void ModelFlow::watch(Core::Account *account)
{
    connect(account->poller(), &Core::ModelPoller::modelFinished, this,
            [this, account](const Core::CustomModel &model) { onModelFinished(account, model); });
}

void ModelFlow::refresh()
{
    if (m_account)
        m_account->library()->refresh();
}

void ModelFlow::updateTrainRule()
{
    const QString datasetId = m_panes.detail->datasetId();
    QString blocker;
    if (!datasetId.isEmpty())
        blocker = m_account ? m_account->training()->trainBlocker(datasetId, m_panes.detail->imageCount())
                            : tr("Choose an account first.");
    m_panes.detail->setTrainBlocker(blocker);
    Q_EMIT trainAvailableChanged(m_panes.detail->trainButton()->isEnabled());
}

void ModelFlow::openTrainDialog()
{
    const QString datasetId = m_panes.detail->datasetId();
    if (!m_account || datasetId.isEmpty() || m_trainDialog || !m_panes.detail->trainButton()->isEnabled())
        return;
    const qint64 imageCount = m_panes.detail->imageCount();
    m_trainDialog = new TrainDialog(m_panes.detail->datasetName(), imageCount, m_account->billingName(), m_window);
    m_trainDialog->setSandbox(m_account->isSandbox());
    m_trainDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_trainDialog, &QDialog::accepted, this, [this, datasetId, imageCount, account = m_account] {
        // The account named in the dialog is the one that pays: a switch meanwhile closed the dialog.
        if (!account || account != m_account)
            return;
        Core::TrainRequest request = m_trainDialog->request();
        request.datasetId = datasetId;
        const QString refusal = account->training()->train(imageCount, request);
        if (!refusal.isEmpty())
            m_panes.banner->showMessage(refusal);
    });
    // open(): window-modal without a nested event loop, so replies keep arriving meanwhile.
    m_trainDialog->open();
}

void ModelFlow::onTrainingStarted(const Core::CustomModel &model)
{
    // The app chose the family when it sent the training (recorded by the service).
    m_models->setFamily(model.id, m_account->familyStore()->family(model.id));
    m_models->upsert(model);
    m_account->poller()->follow(model);
    m_panes.statusBar->showMessage(
        tr("Training “%1” started. The app follows it and tells you when it is done.").arg(model.name),
        StatusTimeoutMs);
    m_page->selectModel(model.id);
    updateTrainRule();
    // The dataset now names one more model.
    Q_EMIT datasetChanged(model.datasetId);
}

void ModelFlow::onModelFinished(Core::Account *account, const Core::CustomModel &model)
{
    // The account is named when it is not the one shown: "which client's model is this?" has an answer.
    const bool shown = account == m_account;
    const QString name = model.name;
    QString title;
    QString message;
    if (model.status == QLatin1String("COMPLETED")) {
        title = tr("Model ready");
        message = shown
            ? tr("“%1” has finished training and can make images.").arg(name)
            : tr("“%1” of the account “%2” has finished training and can make images.").arg(name, account->name());
    } else if (model.status == QLatin1String("ERRORED")) {
        title = tr("Training failed");
        message = shown ? tr("Ideogram could not train “%1”. Check the dataset's images and captions, then train "
                             "again.")
                              .arg(name)
                        : tr("Ideogram could not train “%1” of the account “%2”. Check the dataset's images and "
                             "captions, then train again.")
                              .arg(name, account->name());
    } else {
        title = tr("Model archived");
        message = shown ? tr("“%1” was archived.").arg(name)
                        : tr("“%1” of the account “%2” was archived.").arg(name, account->name());
    }
    if (!shown)
        m_accountOfModel.insert(model.id, account->id());
    notify(shown ? title : tr("%1 — %2").arg(title, account->name()), message, model.id);
}

void ModelFlow::notify(const QString &title, const QString &message, const QString &modelId)
{
    // The window always says it; the desktop says it too, where it can.
    m_panes.statusBar->showMessage(message, StatusTimeoutMs * 2);
    m_notifier->notify({title, message, modelId});
}

void ModelFlow::onNotificationFailed(const Notification &notification, const QString &reason)
{
    // Neither the desktop's notification service nor a tray: the status bar keeps the message until the next
    // one, and the window asks for attention (a flashing task bar entry, where the desktop has one).
    qCInfo(lcModelFlow) << "notification shown in the window only:" << reason;
    m_panes.statusBar->showMessage(notification.body);
    QApplication::alert(m_window);
}

void ModelFlow::showModel(const QString &modelId)
{
    // A model of another account: that account is shown first (the window switches, then this flow rebinds).
    if (const QString accountId = m_accountOfModel.take(modelId); !accountId.isEmpty())
        Q_EMIT accountRequested(accountId);
    Q_EMIT showModelsRequested();
    m_page->selectModel(modelId);
    if (m_window->isMinimized())
        m_window->showNormal();
    m_window->raise();
    // On Wayland this works with the activation token the notification service handed over.
    m_window->activateWindow();
}

void ModelFlow::onTrainUncertain(const QString &modelName)
{
    ArrivalQuestion::Question question;
    question.key = QStringLiteral("train");
    question.text = tr("We could not confirm that Ideogram started training “%1”. The answer to the request was lost.")
                        .arg(modelName);
    question.risk = tr("Training again may start a second training, and Ideogram may bill both. Check again first "
                       "if you are not sure.");
    question.anywayText = tr("Train an&yway");
    question.anywayToolTip = tr("Send the training again. If the first one did start, Ideogram may bill two.");
    m_panes.question->ask(question, m_binding,
                          [this, training = QPointer(m_account->training())](ArrivalQuestion::Answer answer) {
                              if (!training)
                                  return;
                              if (answer == ArrivalQuestion::Answer::CheckAgain) {
                                  training->checkAgain();
                              } else if (answer == ArrivalQuestion::Answer::Anyway) {
                                  const QString refusal = training->trainAnyway();
                                  if (!refusal.isEmpty())
                                      m_panes.banner->showMessage(refusal);
                              } else {
                                  // Closed without an answer, too: the training must never stay locked.
                                  training->forgetPendingTrain();
                              }
                          });
}

} // namespace Ids::Widgets
