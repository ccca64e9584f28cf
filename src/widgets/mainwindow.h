#pragma once

#include <core/api/apierror.h>
#include <core/services/datasetservice.h>

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

#include <memory>

namespace Ids::Core {
class AppSettings;
class KeyChecker;
class SecretStore;
} // namespace Ids::Core
namespace Ids::Models {
class DatasetFilterProxy;
class DatasetListModel;
} // namespace Ids::Models

namespace Ids::Widgets {

namespace Ui {
class MainWindow;
}

class DatasetForm;
class DatasetListPane;
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

    bool hasApiKey() const { return m_hasApiKey; }
    bool isSandboxMode() const { return m_sandboxMode; }
    QUrl baseUrl() const { return m_baseUrl; }

    // The open settings dialog, if any (tests look at it; the window opens at most one).
    SettingsDialog *settingsDialog() const;
    DatasetForm *datasetForm() const;
    DatasetListPane *datasetListPane() const;
    ErrorBanner *errorBanner() const;
    UncertainCreatePanel *uncertainCreatePanel() const;
    WelcomePanel *welcomePanel() const;
    QWidget *sandboxBanner() const;

public Q_SLOTS:
    // Without a key the welcome page shows instead of the form and the list.
    void setHasApiKey(bool hasKey);
    void setSandboxMode(bool sandbox);
    // The address the settings dialog starts from.
    void setBaseUrl(const QUrl &url);
    void showError(const Ids::Core::ApiError &error);
    void openSettings();
    void showAbout();

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

    std::unique_ptr<Ui::MainWindow> m_ui;
    Core::DatasetService *m_service;
    Core::SecretStore *m_secrets;
    Core::KeyChecker *m_checker;
    Core::AppSettings *m_settings;
    QPointer<SettingsDialog> m_settingsDialog;
    QUrl m_baseUrl;
    bool m_hasApiKey = false;
    bool m_sandboxMode = false;
};

} // namespace Ids::Widgets
