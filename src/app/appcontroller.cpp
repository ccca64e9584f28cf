#include "appcontroller.h"

#include <core/api/apiclient.h>
#include <core/logging/logredactor.h>
#include <core/secrets/secretstore.h>
#include <core/services/datasetservice.h>
#include <core/services/generationservice.h>
#include <core/services/keychecker.h>
#include <core/services/modellibrary.h>
#include <core/services/modelpoller.h>
#include <core/services/syncservice.h>
#include <core/services/trainingservice.h>
#include <core/services/uploadservice.h>
#include <core/settings/appsettings.h>
#include <core/storage/contentstore.h>
#include <core/storage/datasetstore.h>
#include <core/storage/modelstore.h>
#include <models/datasetfilterproxy.h>
#include <models/datasetlistmodel.h>
#include <models/gallerymodel.h>
#include <models/modelfilterproxy.h>
#include <models/modellistmodel.h>
#include <models/thumbnailer.h>
#include <sandbox/sandboxserver.h>
#include <widgets/errorbanner.h>
#include <widgets/mainwindow.h>

#include "firstpaintwatcher.h"

#include <QDir>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkInformation>
#include <QStandardPaths>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent>

namespace Ids::App {

Q_LOGGING_CATEGORY(lcApp, "ids.app", QtInfoMsg)

namespace {

const QString SandboxScope = QStringLiteral("sandbox");

struct CachedRows
{
    std::optional<QList<Core::Dataset>> datasets;
    QHash<QString, QImage> covers;
    QSet<QString> missingIds;
};

// Runs on the loader thread with connections of its own: the rows and the decoded cover thumbnails.
CachedRows readCache(const QString &databasePath, const QString &scope)
{
    CachedRows rows;
    rows.datasets = Core::DatasetStore::readAll(databasePath, scope);
    Core::DatasetStore store(databasePath);
    if (store.open()) {
        store.setScope(scope);
        rows.missingIds = store.missingIds();
        const QHash<QString, QByteArray> covers = Core::ContentStore(&store).coverThumbnails();
        for (auto it = covers.cbegin(); it != covers.cend(); ++it)
            rows.covers.insert(it.key(), Models::Thumbnailer::fromPng(it.value()));
    }
    return rows;
}

} // namespace

AppController::AppController(LaunchOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_network(new QNetworkAccessManager(this))
    , m_client(new Core::ApiClient(m_network, this))
    , m_settings(std::make_unique<Core::AppSettings>())
    , m_store(std::make_unique<Core::DatasetStore>(m_options.databasePath))
    , m_secrets(new Core::SecretStore(QStringLiteral(IDS_APP_ID), this))
    , m_keyChecker(new Core::KeyChecker(m_network, this))
    , m_model(new Models::DatasetListModel(this))
    , m_proxy(new Models::DatasetFilterProxy(this))
    , m_thumbnailer(new Models::Thumbnailer(this))
    , m_loader(std::make_unique<QThreadPool>())
{
    m_proxy->setSourceModel(m_model);
    const Core::HttpVersion httpVersion = Core::httpVersionForThisRun(m_settings->httpVersion());
    m_client->setHttpVersion(httpVersion);
    m_keyChecker->setHttpVersion(httpVersion);
}

AppController::~AppController()
{
    if (m_window)
        m_window->saveWindowLayout();
    m_settings->sync();
    // The window refers to the service and models: it goes first.
    m_window.reset();
    // A cache read still running finishes (it is bounded: one SELECT) before Qt SQL's globals go away.
    m_loader.reset();
}

bool AppController::start(QString *error)
{
    QString storeError;
    if (!m_store->open(&storeError)) {
        if (error)
            *error = tr("The app's local database could not be opened (%1). Check that your home folder is "
                        "writable and has free space, then start the app again.")
                         .arg(storeError);
        return false;
    }

    m_service = new Core::DatasetService(m_client, m_store.get(), this);
    m_service->setReconcileTiming(m_options.reconcileTiming);
    m_content = std::make_unique<Core::ContentStore>(m_store.get());
    m_sync = new Core::SyncService(m_client, m_store.get(), m_content.get(), this);
    m_uploads = new Core::UploadService(m_client, m_content.get(), this);
    m_window =
        std::make_unique<Widgets::MainWindow>(m_service, m_model, m_proxy, m_secrets, m_keyChecker, m_settings.get());
    m_window->setDatasetServices(m_sync, m_uploads, m_content.get(), m_thumbnailer);
    // Training, models and generation are not part of the first window's work: the Models tab and its
    // services are built right after it has painted (measured: 1.36 → 1.51× the bare window otherwise).
    afterFirstPaint([this] { setUpModels(); });
    connect(m_service, &Core::DatasetService::datasetCreated, m_model, &Models::DatasetListModel::upsert);
    connect(m_sync, &Core::SyncService::refreshed, this,
            [this](const QList<Core::Dataset> &datasets, const QSet<QString> &missingIds) {
                for (const Core::Dataset &dataset : datasets)
                    m_model->upsert(dataset);
                m_model->setMissingIds(missingIds);
            });
    connect(m_sync, &Core::SyncService::searchResults, this,
            [this](const QString &, const QList<Core::Dataset> &found) {
                for (const Core::Dataset &dataset : found)
                    m_model->upsert(dataset);
            });
    connect(m_sync, &Core::SyncService::detailLoaded, this, [this](const Core::DatasetDetail &detail, bool fromServer) {
        if (fromServer)
            m_model->upsert(detail.dataset);
    });
    connect(m_uploads, &Core::UploadService::fileStored, this, &AppController::keepThumbnail);
    connect(m_thumbnailer, &Models::Thumbnailer::ready, this, &AppController::onThumbnailReady);
    connect(m_window.get(), &Widgets::MainWindow::sandboxRequested, this, &AppController::startSandbox);
    connect(m_window.get(), &Widgets::MainWindow::settingsSaved, this, &AppController::applySettings);
    connect(m_secrets, &Core::SecretStore::loaded, this, &AppController::onSecretsLoaded);
    connect(m_secrets, &Core::SecretStore::saved, this, &AppController::updateLogRedaction);
    connect(m_client, &Core::ApiClient::configurationChanged, this, &AppController::updateLogRedaction);
    // Lets error messages say "offline" instead of "host not found"; without a backend we simply don't know.
    // It talks to the system's network manager, which the first window need not wait for.
    afterFirstPaint([this] {
        if (!QNetworkInformation::loadDefaultBackend())
            return;
        // Offline, the poller holds its requests and sends them when the network is back (R13).
        const auto follow = [this](QNetworkInformation::Reachability reachability) {
            m_poller->setOnline(reachability != QNetworkInformation::Reachability::Disconnected);
        };
        follow(QNetworkInformation::instance()->reachability());
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this, follow);
    });

    if (m_options.sandbox) {
        startSandbox();
        announceReady();
    } else {
        const QUrl baseUrl = m_options.baseUrlOverride.isValid() ? m_options.baseUrlOverride : m_settings->baseUrl();
        m_client->setBaseUrl(baseUrl);
        m_window->setBaseUrl(baseUrl);
        useAccount(baseUrl.toString());
        if (!m_options.environmentKey.isEmpty()) {
            m_client->setApiKey(m_options.environmentKey);
            onAccountReady();
            m_window->setHasApiKey(true);
            announceReady();
            // Only the settings dialog needs to know about the keychain now; the window does not wait.
            afterFirstPaint([this] { m_secrets->load(); });
        } else {
            // A keychain that prompts or hangs must not keep the window from appearing.
            QTimer::singleShot(500, this, &AppController::announceReady);
            m_secrets->load();
        }
    }
    return true;
}

void AppController::updateLogRedaction()
{
    // Every key this run knows, whatever path it came by, is blanked out of log lines.
    Core::LogRedactor::setSecrets({m_options.environmentKey, m_client->apiKeyForRedaction(), m_secrets->key()});
}

void AppController::announceReady()
{
    if (m_announcedReady)
        return;
    m_announcedReady = true;
    Q_EMIT readyToShow();
}

void AppController::onSecretsLoaded()
{
    updateLogRedaction();
    if (m_sandbox || !m_options.environmentKey.isEmpty())
        return;
    m_client->setApiKey(m_secrets->key());
    m_window->setHasApiKey(!m_secrets->key().isEmpty());
    if (m_client->hasApiKey())
        onAccountReady();
    announceReady();
}

void AppController::startSandbox()
{
    if (m_sandbox)
        return;
    m_sandbox = new Sandbox::SandboxServer(this);
    if (!m_sandbox->start()) {
        qCWarning(lcApp) << "the sandbox could not listen on 127.0.0.1";
        m_window->errorBanner()->showMessage(
            tr("The sandbox could not start: no free port on this computer's loopback address (127.0.0.1)."));
        delete m_sandbox;
        m_sandbox = nullptr;
        return;
    }
    qCInfo(lcApp) << "sandbox listening on" << m_sandbox->baseUrl().toString();
    m_client->setBaseUrl(m_sandbox->baseUrl());
    m_client->setApiKey(Sandbox::SandboxServer::defaultApiKey());
    m_window->setBaseUrl(m_sandbox->baseUrl());
    // The sandbox starts empty each run, so its cached rows from an earlier run are stale.
    m_store->setScope(SandboxScope);
    m_store->clearScope();
    // Something to generate with at once, before a training of one's own has finished.
    m_sandbox->addSharedModel(QStringLiteral("Studio house style"));
    useAccount(SandboxScope);
    m_window->setSandboxMode(true);
    m_window->setHasApiKey(true);
}

void AppController::setUpModels()
{
    m_modelStore = std::make_unique<Core::ModelStore>(m_store.get());
    m_training = new Core::TrainingService(m_client, m_modelStore.get(), m_content.get(), this);
    m_training->setReconcileTiming(m_options.reconcileTiming);
    m_poller = new Core::ModelPoller(m_client, m_modelStore.get(), {}, this);
    m_library = new Core::ModelLibrary(m_client, m_modelStore.get(), m_poller, this);
    m_generation = new Core::GenerationService(m_client,
                                               QDir(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
                                                   .filePath(QStringLiteral("Ideogram Datasets")),
                                               this);
    m_modelList = new Models::ModelListModel(this);
    m_modelList->setDatasetNameLookup([this](const QString &id) {
        const QModelIndex index = m_model->indexOfId(id);
        return index.isValid() ? m_model->datasetAt(index.row()).name : id;
    });
    Widgets::ModelServices services;
    services.training = m_training;
    services.library = m_library;
    services.poller = m_poller;
    services.generation = m_generation;
    services.models = m_modelList;
    services.proxy = new Models::ModelFilterProxy(this);
    services.gallery = new Models::GalleryModel(m_thumbnailer, this);
    m_window->setModelServices(services);
}

void AppController::useAccount(const QString &scope)
{
    m_store->setScope(scope);
    afterFirstPaint([this, scope] {
        // Work for the account the app leaves stays in its journal for when it is used again.
        m_poller->stopAll();
        m_library->forgetAccount();
        m_training->forgetAccount();
        const QString pictures = QDir(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
                                     .filePath(QStringLiteral("Ideogram Datasets"));
        // Pretend images stay apart from real ones.
        m_generation->setPicturesRoot(scope == SandboxScope ? QDir(pictures).filePath(QStringLiteral("Sandbox"))
                                                            : pictures);
        m_modelList->setModels(m_library->models());
    });
    // Reading a large cache competes with building the first window for the CPU: the rows follow the first
    // paint instead (still before any network request, which is queued after it).
    afterFirstPaint([this] { loadCacheAsync(); });
    // Without a key the check would only be refused; it runs when the key arrives.
    if (m_client->hasApiKey())
        onAccountReady();
}

void AppController::onAccountReady()
{
    // The account's network work follows the first paint (starting the network stack earlier only delays the
    // window) and the saved list on screen: no request leaves before the user sees what the last run saved.
    afterFirstPaint([this] {
        afterCacheShown([this] {
            m_service->reconcileJournal();
            m_uploads->resumeJournal();
            m_training->reconcileJournal();
            if (m_client->hasApiKey()) {
                m_sync->refresh();
                // Trainings followed before the app closed are followed again without anyone asking (R13).
                m_poller->resumeFromStore();
                m_library->refresh();
            }
        });
    });
}

void AppController::afterCacheShown(std::function<void()> action)
{
    if (!m_cacheLoading) {
        action();
        return;
    }
    m_afterCacheShown.append(std::move(action));
}

void AppController::cacheShown()
{
    m_cacheLoading = false;
    const QList<std::function<void()>> actions = std::exchange(m_afterCacheShown, {});
    for (const std::function<void()> &queued : actions)
        queued();
}

void AppController::afterFirstPaint(std::function<void()> action)
{
    if (m_firstPaintSeen) {
        action();
        return;
    }
    m_afterFirstPaint.append(std::move(action));
    if (!m_firstPaintWatcher)
        m_firstPaintWatcher = new FirstPaintWatcher(
            [this] {
                m_firstPaintSeen = true;
                const QList<std::function<void()>> actions = std::exchange(m_afterFirstPaint, {});
                for (const std::function<void()> &queued : actions)
                    queued();
            },
            1000, this);
}

void AppController::keepThumbnail(const Core::LocalFile &file)
{
    m_thumbnailsWanted.insert(file.originalPath, {file.datasetId, file.fileName});
    // Usually already made for the review sheet: then ready() follows at once from the cache.
    m_thumbnailer->request(file.originalPath);
}

void AppController::onThumbnailReady(const QString &path, const QImage &image)
{
    const QList<QPair<QString, QString>> wanted = m_thumbnailsWanted.values(path);
    m_thumbnailsWanted.remove(path);
    for (const auto &[datasetId, fileName] : wanted) {
        m_content->setThumbnail(datasetId, fileName, m_thumbnailer->cachedPng(path));
        if (!m_model->hasCoverThumbnail(datasetId))
            m_model->setCoverThumbnail(datasetId, image);
    }
}

void AppController::loadCacheAsync()
{
    // Reading a large cache happens on a worker with its own connection, so the window paints first.
    const quint64 generation = ++m_loadGeneration;
    m_cacheLoading = true;
    auto *watcher = new QFutureWatcher<CachedRows>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_loadGeneration)
            return; // a newer load (another account) is on its way; the work waits for that one
        const CachedRows cached = watcher->result();
        if (!cached.datasets) {
            qCWarning(lcApp) << "could not read the cached datasets";
            cacheShown(); // nothing to show: the network may fill the list
            return;
        }
        // Rows that arrived while loading (a create or a sync that finished first) are newer: they win.
        QHash<QString, int> loadedRow;
        QList<Core::Dataset> merged = *cached.datasets;
        for (int row = 0; row < merged.size(); ++row)
            loadedRow.insert(merged.at(row).id, row);
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const Core::Dataset &existing = m_model->datasetAt(row);
            if (const auto it = loadedRow.constFind(existing.id); it != loadedRow.cend())
                merged[*it] = existing;
            else
                merged.append(existing);
        }
        m_model->setDatasets(std::move(merged));
        m_model->setMissingIds(cached.missingIds);
        for (auto it = cached.covers.cbegin(); it != cached.covers.cend(); ++it)
            m_model->setCoverThumbnail(it.key(), it.value());
        cacheShown();
    });
    watcher->setFuture(QtConcurrent::run(m_loader.get(), &readCache, m_store->path(), m_store->scope()));
}

void AppController::applySettings(const QString &key, const QUrl &baseUrl)
{
    if (m_sandbox)
        return; // the sandbox's address and key are fixed for the run
    // The address first, so pending work of the new account is checked with the new key.
    if (!key.isEmpty())
        m_client->setApiKey(key);
    if (baseUrl.isValid() && baseUrl != m_client->baseUrl()) {
        m_client->setBaseUrl(baseUrl);
        m_window->setBaseUrl(baseUrl);
        m_model->clear();
        useAccount(baseUrl.toString());
    } else if (!key.isEmpty()) {
        onAccountReady();
    }
    if (!key.isEmpty())
        m_window->setHasApiKey(true);
}

} // namespace Ids::App
