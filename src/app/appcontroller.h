#pragma once

#include <core/services/journalqueue.h>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Ids::Core {
class Account;
class AccountManager;
class AppSettings;
class KeyChecker;
class ProxyCredentials;
} // namespace Ids::Core
namespace Ids::Models {
class Thumbnailer;
class UploadThumbnails;
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
    bool sandbox = false; // show the sandbox account for this run
    // --sandbox-describe-rate-limit-every: the sandbox answers every n-th describe 429 (0: never), so that
    // Caption with Ideogram's waiting can be seen without an account (issue 15 item 8).
    int sandboxDescribeRateLimitEvery = 0;
    QUrl baseUrlOverride; // --api-base-url: the account shown at start talks to this address, this run only
    QString environmentKey; // IDEOGRAM_API_KEY: the account shown at start uses it this run; never stored
    // The single-key app's database, kept by the first account; the other accounts' go beside it.
    QString databasePath;
    QString settingsFile; // empty: the user's settings file
    // How long the create and training services wait before looking for a request whose answer was lost
    // (5 s, then 10 s). Tests shorten it so that they can watch the whole reconciliation end.
    Core::ReconcileTiming reconcileTiming;
};

// The composition root: creates the objects of one run and wires them, nothing else. The accounts (through
// AccountManager), what hangs off each account outside core (its upload thumbnails, the sandbox server for
// the sandbox account), the window, and the order of start-up: the saved list shows before any network call,
// and the network waits for the first paint.
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
    Core::AccountManager *accounts() const { return m_accounts.get(); }
    Core::Account *currentAccount() const;
    // The local server of the sandbox account, once that account was opened.
    Sandbox::SandboxServer *sandbox() const { return m_sandbox; }

Q_SIGNALS:
    // The window knows whether there is a key: show it now. Emitted once, at the latest after a short wait
    // for the keychain, so people with a key never see the welcome page flash by.
    void readyToShow();

private:
    void onAccountOpened(Core::Account *account);
    void onCurrentChanged(Core::Account *account);
    void onKeyChanged(Core::Account *account);
    bool startSandbox(Core::Account *account);
    void updateLogRedaction();
    void announceReady();
    // Runs the action once the first window has painted (at once if it has), in the order asked.
    void afterFirstPaint(std::function<void()> action);
    // Starts the account's network work once its saved list is on screen: the README promises that list
    // before any network call.
    void startWhenListShown(Core::Account *account);

    LaunchOptions m_options;
    QNetworkAccessManager *m_network;
    std::unique_ptr<Core::AppSettings> m_settings;
    Core::KeyChecker *m_keyChecker;
    Core::ProxyCredentials *m_proxyCredentials; // typed for this run, in memory only
    Models::Thumbnailer *m_thumbnailer;
    std::unique_ptr<Core::AccountManager> m_accounts;
    QHash<Core::Account *, Models::UploadThumbnails *> m_thumbnails;
    Sandbox::SandboxServer *m_sandbox = nullptr;
    std::unique_ptr<Widgets::MainWindow> m_window;
    QString m_startAccountId;
    QPointer<Core::Account> m_listShownFor; // the account whose saved list the window shows
    QPointer<Core::Account> m_waitingForList; // to be started once its list shows
    bool m_online = true;
    bool m_announcedReady = false;
    bool m_firstPaintSeen = false;
    FirstPaintWatcher *m_firstPaintWatcher = nullptr;
    QList<std::function<void()>> m_afterFirstPaint;
};

} // namespace Ids::App
