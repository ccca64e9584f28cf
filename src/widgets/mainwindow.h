#pragma once

#include <core/api/apierror.h>
#include <core/services/datasetservice.h>

#include "modelflow.h"

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

#include <memory>

namespace Ids::Core {
class AppSettings;
class ContentStore;
class KeyChecker;
class SecretStore;
class SyncService;
class UploadService;
struct DatasetDetail;
} // namespace Ids::Core
namespace Ids::Models {
class DatasetFilesModel;
class DatasetFilterProxy;
class DatasetListModel;
class Thumbnailer;
} // namespace Ids::Models

namespace Ids::Widgets {

namespace Ui {
class MainWindow;
}

class AboutDialog;
class DatasetDetailPane;
class ModelFlow;
class ModelsPage;
class DatasetForm;
class DatasetListPane;
class UploadDialog;
class ErrorBanner;
class SettingsDialog;
class UncertainCreatePanel;
class WelcomePanel;

// The switchboard: menus, banners and pages, and the wiring between them and the service. Each page and
// banner is its own widget; this class only decides which one shows and forwards what they ask for.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Core::DatasetService *service, Models::DatasetListModel *model, Models::DatasetFilterProxy *proxy,
               Core::SecretStore *secrets, Core::KeyChecker *checker, Core::AppSettings *settings,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // The dataset life cycle: sync, details and uploads. Without them the window only creates datasets.
    void setDatasetServices(Core::SyncService *sync, Core::UploadService *uploads, Core::ContentStore *content,
                            Models::Thumbnailer *thumbnailer);

    // Training, models and generation: the Models tab and the Train button. Call after setDatasetServices();
    // until then modelsPage() and modelFlow() are nullptr.
    void setModelServices(const ModelServices &services);
    ModelsPage *modelsPage() const { return m_modelsPage; }
    ModelFlow *modelFlow() const { return m_modelFlow; }
    void showModelsTab();
    void showDatasetsTab();

    // Remembers the window's size, place and panes for the screen it is on (see WindowMemory). Done on close;
    // the app also calls it when it quits without a close (a session ending).
    void saveWindowLayout() const;

    bool hasApiKey() const { return m_hasApiKey; }
    bool isSandboxMode() const { return m_sandboxMode; }
    QUrl baseUrl() const { return m_baseUrl; }

    // The open settings dialog, if any (tests look at it; the window opens at most one).
    SettingsDialog *settingsDialog() const;
    DatasetForm *datasetForm() const;
    DatasetListPane *datasetListPane() const;
    DatasetDetailPane *datasetDetailPane() const;
    // The open upload dialog, if any (at most one: uploads go one at a time).
    UploadDialog *uploadDialog() const;
    ErrorBanner *errorBanner() const;
    UncertainCreatePanel *uncertainCreatePanel() const;
    WelcomePanel *welcomePanel() const;
    QWidget *sandboxBanner() const;
    // The open About box, if any.
    AboutDialog *aboutDialog() const;

public Q_SLOTS:
    // Without a key the welcome page shows instead of the form and the list.
    void setHasApiKey(bool hasKey);
    void setSandboxMode(bool sandbox);
    // The address the settings dialog starts from.
    void setBaseUrl(const QUrl &url);
    void showError(const Ids::Core::ApiError &error);
    void openSettings();
    void showAbout();
    void openDataset(const QString &id);
    // Opens the review sheet for these files and folders, to go into the dataset.
    void addFiles(const QString &datasetId, const QStringList &paths);
    void chooseFiles();

Q_SIGNALS:
    void sandboxRequested();
    void settingsSaved(const QString &key, const QUrl &baseUrl);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void setUpActions();
    void connectService();
    void onCreateRequested(const QString &name);
    void onStateChanged(Core::DatasetService::State state);
    void onDatasetCreated(const Core::Dataset &dataset);
    void focusNameField();
    void updateTitle();
    void onDetailLoaded(const Core::DatasetDetail &detail, bool fromServer);

    std::unique_ptr<Ui::MainWindow> m_ui;
    Core::DatasetService *m_service;
    Core::SecretStore *m_secrets;
    Core::KeyChecker *m_checker;
    Core::AppSettings *m_settings;
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<UploadDialog> m_uploadDialog;
    QPointer<AboutDialog> m_aboutDialog;
    Models::DatasetListModel *m_model;
    Core::SyncService *m_sync = nullptr;
    Core::UploadService *m_uploads = nullptr;
    Core::ContentStore *m_content = nullptr;
    Models::Thumbnailer *m_thumbnailer = nullptr;
    Models::DatasetFilesModel *m_filesModel = nullptr;
    ModelsPage *m_modelsPage = nullptr;
    ModelFlow *m_modelFlow = nullptr;
    QUrl m_baseUrl;
    bool m_hasApiKey = false;
    bool m_sandboxMode = false;
};

} // namespace Ids::Widgets
