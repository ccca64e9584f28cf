#pragma once

#include <core/api/apierror.h>

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;

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

namespace Ids::Widgets {

namespace Ui {
class MainWindow;
}

class AboutDialog;
class AccountSwitcher;
class AccountsDialog;
class DatasetExportFlow;
class DatasetFlow;
class GettingStartedDialog;
class ModelFlow;
class StorageNotice;

// The switchboard: menus and actions, the toolbar's account switcher, which page shows (welcome or work),
// the banners, and the title and status bar that always say who pays. The dataset page's wiring is
// DatasetFlow's, the Models page's ModelFlow's; this class only decides what shows and forwards.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Core::AccountManager *accounts, Core::KeyChecker *checker, Core::AppSettings *settings,
               Models::Thumbnailer *thumbnailer, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows this account: its data, its key's last four characters in the title and status bar.
    void showAccount(Core::Account *account, Models::UploadThumbnails *thumbnails);
    // Training, models and generation: the Models tab and the Train button, built once the first window has
    // painted. Until then modelFlow() is nullptr.
    void buildModelsPage();
    // Trainings of this account that finish are announced, whichever account is shown.
    void watchAccount(Core::Account *account);
    // Where a proxy's user name and password go when one asks (HTTP 407, the error strip's button).
    void setProxyCredentials(Core::ProxyCredentials *credentials) { m_proxyCredentials = credentials; }

    DatasetFlow *datasetFlow() const { return m_datasetFlow; }
    DatasetExportFlow *exportFlow() const { return m_exportFlow; }
    ModelFlow *modelFlow() const { return m_modelFlow; }
    StorageNotice *storageNotice() const { return m_storageNotice; }
    AccountSwitcher *accountSwitcher() const { return m_switcher; }
    // The open Accounts dialog, if any (the window opens at most one).
    AccountsDialog *accountsDialog() const;
    bool hasApiKey() const;
    // The open About box, if any.
    AboutDialog *aboutDialog() const;
    GettingStartedDialog *gettingStartedDialog() const;
    // Remembers the window's size, place and panes for the screen it is on (see WindowMemory). Done on close;
    // the app also calls it when it quits without a close (a session ending).
    void saveWindowLayout() const;

public Q_SLOTS:
    // A problem that is no API error (the sandbox could not start): the error strip says it.
    void showProblem(const QString &text);
    void openAccounts();
    void requestSwitch(const QString &accountId);
    void showDatasetsTab();
    void showModelsTab();
    void showAbout();
    void showGettingStarted();
    // Ideogram's API dashboard, where keys are made, in the web browser.
    void openApiKeysPage();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void setUpActions();
    void updateAccountState();
    void focusWork();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Core::AccountManager *m_accounts;
    Core::KeyChecker *m_checker;
    Core::AppSettings *m_settings;
    Models::Thumbnailer *m_thumbnailer;
    Core::ProxyCredentials *m_proxyCredentials = nullptr;
    DatasetFlow *m_datasetFlow;
    DatasetExportFlow *m_exportFlow;
    ModelFlow *m_modelFlow = nullptr;
    AccountSwitcher *m_switcher;
    StorageNotice *m_storageNotice;
    QLabel *m_accountLabel;
    QPointer<Core::Account> m_account;
    QObject *m_accountBinding = nullptr;
    QList<QPointer<Core::Account>> m_watched;
    QPointer<AccountsDialog> m_accountsDialog;
    QPointer<AboutDialog> m_aboutDialog;
    QPointer<GettingStartedDialog> m_gettingStarted;
};

} // namespace Ids::Widgets
