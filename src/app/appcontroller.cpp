#include "appcontroller.h"

#include <core/accounts/account.h>
#include <core/accounts/accountlist.h>
#include <core/accounts/accountmanager.h>
#include <core/api/apiclient.h>
#include <core/api/proxycredentials.h>
#include <core/logging/logredactor.h>
#include <core/secrets/secretstore.h>
#include <core/services/keychecker.h>
#include <core/services/modelpoller.h>
#include <core/settings/appsettings.h>
#include <models/thumbnailer.h>
#include <models/uploadthumbnails.h>
#include <sandbox/sandboxserver.h>
#include <widgets/datasetflow.h>
#include <widgets/focusringstyle.h>
#include <widgets/mainwindow.h>

#include "firstpaintwatcher.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkInformation>
#include <QStandardPaths>
#include <QTimer>

namespace Ids::App {

Q_LOGGING_CATEGORY(lcApp, "ids.app", QtInfoMsg)

AppController::AppController(LaunchOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_network(new QNetworkAccessManager(this))
    , m_settings(m_options.settingsFile.isEmpty() ? std::make_unique<Core::AppSettings>()
                                                  : std::make_unique<Core::AppSettings>(m_options.settingsFile))
    , m_keyChecker(new Core::KeyChecker(m_network, this))
    , m_proxyCredentials(new Core::ProxyCredentials(this))
    , m_thumbnailer(new Models::Thumbnailer(this))
{
    const Core::HttpVersion httpVersion = Core::httpVersionForThisRun(m_settings->httpVersion());
    m_keyChecker->setHttpVersion(httpVersion);
    m_proxyCredentials->attach(m_network);
    connect(m_proxyCredentials, &Core::ProxyCredentials::changed, this, &AppController::updateLogRedaction);
    Core::AccountEnvironment environment;
    environment.keychainService = QStringLiteral(IDS_APP_ID);
    environment.firstDatabasePath = m_options.databasePath;
    environment.dataDirectory = QFileInfo(m_options.databasePath).absolutePath();
    environment.picturesRoot = QDir(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
                                   .filePath(QStringLiteral("Ideogram Datasets"));
    environment.reconcileTiming = m_options.reconcileTiming;
    environment.httpVersion = httpVersion;
    m_accounts = std::make_unique<Core::AccountManager>(m_settings.get(), environment);
}

AppController::~AppController()
{
    if (m_window)
        m_window->saveWindowLayout();
    m_settings->sync();
    // The window refers to the accounts' services and models: it goes first, then the accounts.
    m_window.reset();
    m_accounts.reset();
}

Core::Account *AppController::currentAccount() const
{
    return m_accounts->current();
}

bool AppController::start(QString *error)
{
    if (m_accounts->load())
        qCInfo(lcApp) << "the single-key settings became the account “Ideogram”";
    Widgets::FocusRingStyle::install(); // before the first widget, so that every list is polished with it
    m_window = std::make_unique<Widgets::MainWindow>(m_accounts.get(), m_keyChecker, m_settings.get(), m_thumbnailer);
    m_window->setProxyCredentials(m_proxyCredentials);
    connect(m_accounts.get(), &Core::AccountManager::accountOpened, this, &AppController::onAccountOpened);
    connect(m_accounts.get(), &Core::AccountManager::currentChanged, this, &AppController::onCurrentChanged);
    connect(m_accounts.get(), &Core::AccountManager::accountRemoved, this, [this] { updateLogRedaction(); });
    connect(m_window->datasetFlow(), &Widgets::DatasetFlow::savedListShown, this, [this](Core::Account *account) {
        m_listShownFor = account;
        if (account && account == m_waitingForList) {
            m_waitingForList = nullptr;
            account->start();
        }
    });
    // Training, models and generation are not part of the first window's work: the Models tab is built right
    // after it has painted (measured: 1.36 → 1.51× the bare window otherwise).
    afterFirstPaint([this] { m_window->buildModelsPage(); });
    // Lets error messages say "offline" instead of "host not found"; without a backend we simply don't know.
    // It talks to the system's network manager, which the first window need not wait for.
    afterFirstPaint([this] {
        if (!QNetworkInformation::loadDefaultBackend())
            return;
        // Offline, requests fail at once with "You are offline" and the pollers hold their own; back online, the
        // lists are read once and polling goes on (R13).
        const auto follow = [this](QNetworkInformation::Reachability reachability) {
            m_online = reachability != QNetworkInformation::Reachability::Disconnected;
            for (Core::Account *account : m_accounts->openAccounts())
                account->setOnline(m_online);
        };
        follow(QNetworkInformation::instance()->reachability());
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this, follow);
    });

    // --sandbox is for this run: the account shown next time stays the one chosen in the window.
    m_startAccountId = m_options.sandbox ? Core::AccountList::SandboxId : m_accounts->savedCurrentId();
    if (!m_accounts->switchTo(m_startAccountId, error, !m_options.sandbox))
        return false;
    // A keychain that prompts or hangs must not keep the window from appearing.
    QTimer::singleShot(500, this, &AppController::announceReady);
    return true;
}

void AppController::onAccountOpened(Core::Account *account)
{
    // A proxy that asks for a password is answered for every account's requests (the account's own manager).
    for (QNetworkAccessManager *network : account->findChildren<QNetworkAccessManager *>(Qt::FindDirectChildrenOnly))
        m_proxyCredentials->attach(network);
    m_thumbnails.insert(account, new Models::UploadThumbnails(account, m_thumbnailer));
    connect(account, &QObject::destroyed, this, [this, account] { m_thumbnails.remove(account); });
    connect(account, &Core::Account::keyChanged, this, [this, account] { onKeyChanged(account); });
    account->setOnline(m_online);
    m_window->watchAccount(account);
    if (account->isSandbox()) {
        startSandbox(account);
        return;
    }
    // The command line's address and key are for the account shown at start, for this run only.
    if (account->id() == m_startAccountId && m_options.baseUrlOverride.isValid())
        account->useBaseUrlForThisRun(m_options.baseUrlOverride);
    if (account->id() == m_startAccountId && !m_options.environmentKey.isEmpty())
        account->useKeyForThisRun(m_options.environmentKey);
    else
        account->loadKey();
}

void AppController::onCurrentChanged(Core::Account *account)
{
    m_listShownFor = nullptr;
    m_waitingForList = nullptr;
    m_window->showAccount(account, m_thumbnails.value(account));
    if (account->isKeyKnown())
        onKeyChanged(account);
}

void AppController::onKeyChanged(Core::Account *account)
{
    updateLogRedaction();
    if (account != m_accounts->current())
        return;
    announceReady();
    // Pending work is reconciled first, then the lists are read; all after the first paint (starting the
    // network stack earlier only delays the window) and after the saved list is on screen.
    if (account->hasKey())
        afterFirstPaint([this, account = QPointer(account)] {
            if (account)
                startWhenListShown(account);
        });
}

void AppController::startWhenListShown(Core::Account *account)
{
    if (account != m_accounts->current())
        return;
    if (account == m_listShownFor)
        account->start();
    else
        m_waitingForList = account;
}

bool AppController::startSandbox(Core::Account *account)
{
    if (!m_sandbox) {
        m_sandbox = new Sandbox::SandboxServer(this);
        m_sandbox->setDescribeRateLimitEvery(m_options.sandboxDescribeRateLimitEvery);
        if (!m_sandbox->start()) {
            qCWarning(lcApp) << "the sandbox could not listen on 127.0.0.1";
            m_window->showProblem(tr("The sandbox could not start: no free port on this computer's loopback "
                                     "address (127.0.0.1)."));
            delete m_sandbox;
            m_sandbox = nullptr;
            return false;
        }
        qCInfo(lcApp) << "sandbox listening on" << m_sandbox->baseUrl().toString();
        // Something to generate with at once, before a training of one's own has finished.
        m_sandbox->addSharedModel(QStringLiteral("Studio house style"));
    }
    account->useBaseUrlForThisRun(m_sandbox->baseUrl());
    account->useKeyForThisRun(Sandbox::SandboxServer::defaultApiKey());
    return true;
}

void AppController::updateLogRedaction()
{
    // Every key this run knows, whatever path it came by, is blanked out of log lines.
    QStringList keys {m_options.environmentKey};
    for (Core::Account *account : m_accounts->openAccounts())
        keys << account->client()->apiKeyForRedaction() << account->secrets()->key();
    keys << m_proxyCredentials->secrets();
    Core::LogRedactor::setSecrets(keys);
}

void AppController::announceReady()
{
    if (m_announcedReady)
        return;
    m_announcedReady = true;
    Q_EMIT readyToShow();
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

} // namespace Ids::App
