#pragma once

#include <core/api/apierror.h>
#include <core/types/custommodel.h>

#include "traindialog.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QLayout;
class QStatusBar;

namespace Ids::Core {
class Account;
class AppSettings;
} // namespace Ids::Core
namespace Ids::Models {
class DatasetListModel;
class ModelFilterProxy;
class ModelListModel;
} // namespace Ids::Models

namespace Ids::Widgets {

class ArrivalQuestion;
class DatasetDetailPane;
class ErrorBanner;
class GenerateFlow;
class ModelsPage;
class Notifier;
struct Notification;

// The panes the model flow works with besides its own page.
struct ModelPanes
{
    DatasetDetailPane *detail = nullptr; // the Train button and its rule
    ArrivalQuestion *question = nullptr;
    ErrorBanner *banner = nullptr;
    QStatusBar *statusBar = nullptr;
    Core::AppSettings *settings = nullptr; // the gallery's thumbnail size
};

// The wiring of training and following models to the window, for the current account (the twin of DatasetFlow):
// the Train button's rule, the train dialog (family, advanced settings, who pays), the "did it arrive?" question
// after an unconfirmed training, the Models page with each model's family, and the notification when a model
// finishes, for every open account (naming it when it is not the one shown). Generating is GenerateFlow's, on the
// same page. It presents; the services decide.
class ModelFlow final : public QObject
{
    Q_OBJECT
public:
    // Builds the Models page into pageLayout. datasets: names the dataset each model came from.
    ModelFlow(const ModelPanes &panes, QLayout *pageLayout, Models::DatasetListModel *datasets, QWidget *window);

    // The account whose models are shown and whose services the buttons use; nullptr: none.
    void setAccount(Core::Account *account);
    // Announces the trainings this account's poller sees finish, whether shown or not. Once per account.
    void watch(Core::Account *account);

    ModelsPage *page() const { return m_page; }
    GenerateFlow *generateFlow() const { return m_generate; }
    TrainDialog *trainDialog() const { return m_trainDialog; }
    // Where "training finished" goes besides the status bar; a click on it brings the model's page forward
    // (in its account). The platform's (makeDesktopNotifier()) unless set.
    Notifier *notifier() const { return m_notifier; }
    void setNotifier(Notifier *notifier);

    void refresh();
    void openTrainDialog();
    void updateTrainRule();

Q_SIGNALS:
    void datasetRequested(const QString &datasetId);
    // What the server says about this dataset changed (a training started from it).
    void datasetChanged(const QString &datasetId);
    void showModelsRequested();
    // A notification about a model of an account not shown was clicked.
    void accountRequested(const QString &accountId);
    void trainAvailableChanged(bool available);

private:
    void bind();
    void onTrainingStarted(const Core::CustomModel &model);
    void onModelFinished(Core::Account *account, const Core::CustomModel &model);
    void onTrainUncertain(const QString &modelName);
    void notify(const QString &title, const QString &message, const QString &modelId);
    void onNotificationFailed(const Notification &notification, const QString &reason);
    void showModel(const QString &modelId);

    ModelPanes m_panes;
    QWidget *m_window;
    Models::ModelListModel *m_models;
    Models::ModelFilterProxy *m_proxy;
    GenerateFlow *m_generate;
    ModelsPage *m_page;
    QPointer<Core::Account> m_account;
    QObject *m_binding = nullptr;
    QPointer<TrainDialog> m_trainDialog;
    Notifier *m_notifier = nullptr;
    // Models announced for an account that was not shown: model id → account id.
    QHash<QString, QString> m_accountOfModel;
};

} // namespace Ids::Widgets
