#pragma once

#include <core/api/apierror.h>
#include <core/types/custommodel.h>

#include "traindialog.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>

class QStatusBar;

namespace Ids::Core {
class GenerationService;
class ModelLibrary;
class ModelPoller;
class TrainingService;
struct GenerationOutcome;
} // namespace Ids::Core
namespace Ids::Models {
class GalleryModel;
class ModelFilterProxy;
class ModelListModel;
} // namespace Ids::Models

namespace Ids::Widgets {

class DatasetDetailPane;
class ErrorBanner;
class ModelsPage;
class Notifier;
struct Notification;

struct ModelServices
{
    Core::TrainingService *training = nullptr;
    Core::ModelLibrary *library = nullptr;
    Core::ModelPoller *poller = nullptr;
    Core::GenerationService *generation = nullptr;
    Models::ModelListModel *models = nullptr;
    Models::ModelFilterProxy *proxy = nullptr;
    Models::GalleryModel *gallery = nullptr;
    // Says "training finished" outside the window. nullptr: the platform's (makeDesktopNotifier()).
    Notifier *notifier = nullptr;
};

// The wiring of training, following and generating to the window: the Train button's rule, the train
// dialog, the question after an unconfirmed training, the desktop notification when a model finishes, and
// the models page. It presents; the services decide.
class ModelFlow final : public QObject
{
    Q_OBJECT
public:
    ModelFlow(const ModelServices &services, DatasetDetailPane *detailPane, ModelsPage *page, ErrorBanner *banner,
              QStatusBar *statusBar, QWidget *window);

    TrainDialog *trainDialog() const { return m_trainDialog; }
    QMessageBox *uncertainQuestion() const { return m_question; }
    // Where "training finished" goes besides the status bar; a click on it brings the model's page forward.
    Notifier *notifier() const { return m_notifier; }
    void setNotifier(Notifier *notifier);

    void openTrainDialog();
    void updateTrainRule();

Q_SIGNALS:
    void datasetRequested(const QString &datasetId);
    // What the server says about this dataset changed (a training started from it).
    void datasetChanged(const QString &datasetId);
    void showModelsRequested();
    void trainAvailableChanged(bool available);

private:
    void onTrainingStarted(const Core::CustomModel &model);
    void onModelFinished(const Core::CustomModel &model);
    void onTrainUncertain(const QString &datasetId, const QString &modelName);
    void onGenerated(const Core::GenerationOutcome &outcome);
    void onGenerationFailed(const Core::ApiError &error);
    void notify(const Core::CustomModel &model, const QString &title, const QString &message);
    void onNotificationFailed(const Notification &notification, const QString &reason);
    void showModel(const QString &modelId);

    ModelServices m_services;
    DatasetDetailPane *m_detailPane;
    ModelsPage *m_page;
    ErrorBanner *m_banner;
    QStatusBar *m_statusBar;
    QWidget *m_window;
    QPointer<TrainDialog> m_trainDialog;
    QPointer<QMessageBox> m_question;
    Notifier *m_notifier = nullptr;
};

} // namespace Ids::Widgets
