#pragma once

#include <core/services/journalqueue.h>

#include <QImage>
#include <QMultiHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QThreadPool;

namespace Ids::Core {
class ApiClient;
class AppSettings;
class ContentStore;
class SyncService;
class UploadService;
struct LocalFile;
class DatasetService;
class DatasetStore;
class GenerationService;
class ModelLibrary;
class ModelPoller;
class ModelStore;
class TrainingService;
class KeyChecker;
class SecretStore;
} // namespace Ids::Core
namespace Ids::Models {
class DatasetFilterProxy;
class DatasetListModel;
class GalleryModel;
class ModelFilterProxy;
class ModelListModel;
class Thumbnailer;
} // namespace Ids::Models
namespace Ids::Sandbox {
class SandboxServer;
}
namespace Ids::Widgets {
class MainWindow;
}

namespace Ids::App {

class FirstPaintWatcher;

struct LaunchOptions
{
    bool sandbox = false;
    QUrl baseUrlOverride; // --api-base-url, for this run only
    QString environmentKey; // IDEOGRAM_API_KEY, for this run only, never stored
    QString databasePath;
    // How long the create and training services wait before looking for a request whose answer was lost
    // (5 s, then 10 s). Tests shorten it so that they can watch the whole reconciliation end.
    Core::ReconcileTiming reconcileTiming;
};

// Owns and wires the objects of one run: the account (key + address), the sandbox when asked for, the
// local cache and the window. Everything that changes which server the app talks to goes through here.
class AppController final : public QObject
{
    Q_OBJECT
public:
    explicit AppController(LaunchOptions options, QObject *parent = nullptr);
    ~AppController() override;

    // False with a sentence for the user when the app cannot start (e.g. the database cannot be opened).
    // Connect readyToShow() first: it may be emitted from within start().
    bool start(QString *error);

    Widgets::MainWindow *window() const { return m_window.get(); }
    Sandbox::SandboxServer *sandbox() const { return m_sandbox; }
    // For tests that step the training rhythm faster than 15 s. nullptr until the first window has painted.
    Core::ModelPoller *modelPoller() const { return m_poller; }
    // For tests that shorten the 5 s / 10 s wait before a lost training is looked for.
    Core::TrainingService *trainingService() const { return m_training; }

Q_SIGNALS:
    // The window knows whether there is a key: show it now. Emitted once, at the latest after a short wait
    // for the keychain, so people with a key never see the welcome page flash by.
    void readyToShow();

private:
    void startSandbox();
    void useAccount(const QString &scope);
    void loadCacheAsync();
    void applySettings(const QString &key, const QUrl &baseUrl);
    void onSecretsLoaded();
    void updateLogRedaction();
    void announceReady();
    // The account's key is known: pending work is reconciled first, then the list is read from the server.
    void onAccountReady();
    // Runs the action once the first window has painted (at once if it has), in the order asked.
    void afterFirstPaint(std::function<void()> action);
    // Runs the action once the saved list of the current account is on screen (at once if it is): the README
    // promises that list before any network call.
    void afterCacheShown(std::function<void()> action);
    void cacheShown();
    void setUpModels();
    void keepThumbnail(const Core::LocalFile &file);
    void onThumbnailReady(const QString &path, const QImage &image);

    LaunchOptions m_options;
    QNetworkAccessManager *m_network;
    Core::ApiClient *m_client;
    std::unique_ptr<Core::AppSettings> m_settings;
    std::unique_ptr<Core::DatasetStore> m_store;
    Core::SecretStore *m_secrets;
    Core::KeyChecker *m_keyChecker;
    Core::DatasetService *m_service = nullptr;
    std::unique_ptr<Core::ContentStore> m_content;
    Core::SyncService *m_sync = nullptr;
    Core::UploadService *m_uploads = nullptr;
    std::unique_ptr<Core::ModelStore> m_modelStore;
    Core::TrainingService *m_training = nullptr;
    Core::ModelPoller *m_poller = nullptr;
    Core::ModelLibrary *m_library = nullptr;
    Core::GenerationService *m_generation = nullptr;
    Models::ModelListModel *m_modelList = nullptr;
    // Uploaded files waiting for their thumbnail: path → (dataset id, file name sent).
    QMultiHash<QString, QPair<QString, QString>> m_thumbnailsWanted;
    Models::DatasetListModel *m_model;
    Models::DatasetFilterProxy *m_proxy;
    Models::Thumbnailer *m_thumbnailer;
    Sandbox::SandboxServer *m_sandbox = nullptr;
    std::unique_ptr<Widgets::MainWindow> m_window;
    // Reads the cache off the GUI thread. Owned here so that quitting waits for a read in progress instead of
    // tearing down Qt SQL under it.
    std::unique_ptr<QThreadPool> m_loader;
    quint64 m_loadGeneration = 0;
    bool m_announcedReady = false;
    bool m_firstPaintSeen = false;
    FirstPaintWatcher *m_firstPaintWatcher = nullptr;
    QList<std::function<void()>> m_afterFirstPaint;
    bool m_cacheLoading = false;
    QList<std::function<void()>> m_afterCacheShown;
};

} // namespace Ids::App
