#include "mainwindow.h"

#include "aboutdialog.h"
#include "accountsdialog.h"
#include "accountswitcher.h"
#include "arrivalquestion.h"
#include "datasetdetailpane.h"
#include "datasetexportflow.h"
#include "datasetflow.h"
#include "datasetform.h"
#include "datasetlistpane.h"
#include "datasetview.h"
#include "errorbanner.h"
#include "gettingstarted.h"
#include "keybindings.h"
#include "modelflow.h"
#include "proxypassworddialog.h"
#include "storagenotice.h"
#include "ui_mainwindow.h"
#include "welcomepanel.h"
#include "windowmemory.h"

#include <core/accounts/account.h>
#include <core/accounts/accountlist.h>
#include <core/accounts/accountmanager.h>
#include <core/settings/appsettings.h>

#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>

namespace Ids::Widgets {

MainWindow::MainWindow(Core::AccountManager *accounts, Core::KeyChecker *checker, Core::AppSettings *settings,
                       Models::Thumbnailer *thumbnailer, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_accounts(accounts)
    , m_checker(checker)
    , m_settings(settings)
    , m_thumbnailer(thumbnailer)
    , m_accountLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    m_storageNotice = new StorageNotice(this);
    // Under the error strip: what is said about the local data stays while errors come and go.
    m_ui->centralLayout->insertWidget(m_ui->centralLayout->indexOf(m_ui->errorBanner) + 1, m_storageNotice);
    connect(m_storageNotice, &StorageNotice::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    m_ui->sandboxBanner->setVisible(false);
    m_ui->workspaceSplitter->setStretchFactor(0, 3);
    m_ui->workspaceSplitter->setStretchFactor(1, 2);
    DatasetPanes panes {m_ui->datasetForm,     m_ui->datasetListPane, m_ui->datasetDetailPane,
                        m_ui->arrivalQuestion, m_ui->errorBanner,     statusBar()};
    m_datasetFlow = new DatasetFlow(panes, m_thumbnailer, m_settings, this);
    m_exportFlow = new DatasetExportFlow(this);
    m_switcher = new AccountSwitcher(m_accounts, m_ui->switchAccountMenu, m_ui->accountToolBar);
    m_accountLabel->setObjectName(QStringLiteral("accountStatusLabel"));
    m_accountLabel->setTextFormat(Qt::PlainText); // the account's name is the user's
    statusBar()->addPermanentWidget(m_accountLabel);
    setUpActions();

    connect(m_switcher, &AccountSwitcher::switchRequested, this, &MainWindow::requestSwitch);
    connect(m_ui->welcomePanel, &WelcomePanel::enterKeyRequested, this, &MainWindow::openAccounts);
    connect(m_ui->welcomePanel, &WelcomePanel::sandboxRequested, this,
            [this] { requestSwitch(Core::AccountList::SandboxId); });
    connect(m_ui->welcomePanel, &WelcomePanel::gettingStartedRequested, this, &MainWindow::showGettingStarted);
    connect(m_ui->welcomePanel, &WelcomePanel::getApiKeyRequested, this, &MainWindow::openApiKeysPage);
    connect(m_ui->errorBanner, &ErrorBanner::openSettingsRequested, this, &MainWindow::openAccounts);
    connect(m_ui->errorBanner, &ErrorBanner::proxyPasswordRequested, this, [this](const QString &proxy) {
        // Then what failed is tried again: the banner's own Retry, else the list (the usual first read).
        ProxyPasswordDialog::ask(m_proxyCredentials, proxy, this, [this] {
            if (!m_ui->errorBanner->retryIfOffered())
                m_datasetFlow->refresh();
        });
    });
    connect(m_ui->errorBanner, &ErrorBanner::dismissed, this, [this](bool hadFocus) {
        if (hadFocus)
            focusWork();
    });

    // Tab order across the panes: the name first (where typing starts), then Create, search, the list.
    setTabOrder(m_ui->datasetForm->nameLineEdit(), m_ui->datasetForm->createButton());
    setTabOrder(m_ui->datasetForm->createButton(), m_ui->datasetListPane->searchLineEdit());
    setTabOrder(m_ui->datasetListPane->searchLineEdit(), m_ui->datasetListPane->view());

    if (!WindowMemory(m_settings).restore(this))
        resize(1100, 680);
    updateAccountState();
}

MainWindow::~MainWindow() = default;

AccountsDialog *MainWindow::accountsDialog() const
{
    return m_accountsDialog;
}

void MainWindow::showAccount(Core::Account *account, Models::UploadThumbnails *thumbnails)
{
    delete m_accountBinding;
    m_accountBinding = new QObject(this);
    m_account = account;
    // Whatever was said about the account left is not about this one.
    if (m_ui->errorBanner->isVisible())
        m_ui->errorBanner->dismiss();
    m_datasetFlow->setAccount(account, thumbnails);
    m_storageNotice->setAccount(account);
    if (m_modelFlow)
        m_modelFlow->setAccount(account);
    if (account) {
        connect(account, &Core::Account::keyChanged, m_accountBinding, [this] { updateAccountState(); });
        connect(account, &Core::Account::infoChanged, m_accountBinding, [this] { updateAccountState(); });
    }
    updateAccountState();
}

void MainWindow::buildModelsPage()
{
    if (m_modelFlow)
        return;
    ModelPanes panes {m_ui->datasetDetailPane, m_ui->arrivalQuestion, m_ui->errorBanner, statusBar(), m_settings};
    m_modelFlow = new ModelFlow(panes, m_ui->modelsTabLayout, m_datasetFlow->model(), this);
    connect(m_modelFlow, &ModelFlow::datasetRequested, this, [this](const QString &id) {
        showDatasetsTab();
        m_ui->datasetListPane->selectDataset(id);
        m_datasetFlow->openDataset(id);
    });
    connect(m_modelFlow, &ModelFlow::showModelsRequested, this, &MainWindow::showModelsTab);
    connect(m_modelFlow, &ModelFlow::accountRequested, this, &MainWindow::requestSwitch);
    connect(m_modelFlow, &ModelFlow::datasetChanged, m_datasetFlow, &DatasetFlow::reloadIfShown);
    connect(m_ui->trainModelAction, &QAction::triggered, m_modelFlow, &ModelFlow::openTrainDialog);
    connect(m_modelFlow, &ModelFlow::trainAvailableChanged, this, [this](bool available) {
        // A menu item that cannot run says why (the Dataset menu shows tooltips).
        m_ui->trainModelAction->setEnabled(available);
        const QString reason = m_ui->datasetDetailPane->trainHintLabel()->text();
        m_ui->trainModelAction->setToolTip(
            available || reason.isEmpty() ? tr("Train a custom model from the open dataset") : reason);
    });
    for (const QPointer<Core::Account> &account : std::as_const(m_watched)) {
        if (account)
            m_modelFlow->watch(account);
    }
    m_modelFlow->setAccount(m_account);
}

void MainWindow::watchAccount(Core::Account *account)
{
    m_watched.append(account);
    if (m_modelFlow)
        m_modelFlow->watch(account);
}

bool MainWindow::hasApiKey() const
{
    return m_account && m_account->hasKey();
}

void MainWindow::requestSwitch(const QString &accountId)
{
    QString error;
    if (!m_accounts->switchTo(accountId, &error) && !error.isEmpty())
        m_ui->errorBanner->showMessage(error);
}

void MainWindow::showProblem(const QString &text)
{
    m_ui->errorBanner->showMessage(text);
}

void MainWindow::openAccounts()
{
    if (m_accountsDialog) {
        m_accountsDialog->raise();
        m_accountsDialog->activateWindow();
        return;
    }
    m_accountsDialog = new AccountsDialog(m_accounts, m_checker, this);
    m_accountsDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_accountsDialog, &QDialog::finished, this, [this] { m_accountsDialog.clear(); });
    // The dialog may be closed by the time the keychain answers; the window still tells the user.
    connect(m_accountsDialog, &AccountsDialog::keyKeptForThisRunOnly, m_ui->errorBanner, &ErrorBanner::showMessage);
    // open(), not exec(): no nested event loop while replies keep arriving.
    m_accountsDialog->open();
}

void MainWindow::updateAccountState()
{
    const bool hasKey = hasApiKey();
    const bool sandbox = m_account && m_account->isSandbox();
    // Who pays, always in sight. "<account> — Ideogram Datasets" rather than the other way round: Qt appends
    // the application's display name to a title that does not already end with it.
    const QString billing = m_account ? m_account->billingName() : QString();
    setWindowTitle(billing.isEmpty() ? tr("Ideogram Datasets") : tr("%1 — Ideogram Datasets").arg(billing));
    m_accountLabel->setText(!m_account    ? QString()
                                : sandbox ? tr("Sandbox: nothing is billed")
                                          : tr("Billed to %1").arg(billing));
    m_ui->sandboxBanner->setVisible(sandbox);
    const bool wasWelcome = m_ui->pageStackedWidget->currentWidget() == m_ui->welcomePanel;
    m_ui->pageStackedWidget->setCurrentWidget(hasKey ? m_ui->workspaceTabs
                                                     : static_cast<QWidget *>(m_ui->welcomePanel));
    // Enabled with a key; without a dataset to act on they say what to do first rather than do nothing.
    for (QAction *action : {m_ui->newDatasetAction, m_ui->findAction, m_ui->refreshAction, m_ui->openDatasetAction,
                            m_ui->addImagesAction, m_ui->addFolderAction})
        action->setEnabled(hasKey);
    if (wasWelcome == hasKey)
        focusWork();
}

void MainWindow::setUpActions()
{
    // QAction has no accessible name of its own: screen readers read a menu item's text (without the &),
    // so the texts are complete phrases and the status tips describe what happens: the tooltip from the .ui,
    // unless one is set below.
    for (QAction *action : findChildren<QAction *>()) {
        if (action->statusTip().isEmpty())
            action->setStatusTip(action->toolTip());
    }
    m_ui->newDatasetAction->setShortcuts(QKeySequence::New);
    connect(m_ui->newDatasetAction, &QAction::triggered, this, &MainWindow::focusWork);

    m_ui->accountsAction->setShortcuts(withFallback(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    connect(m_ui->accountsAction, &QAction::triggered, this, &MainWindow::openAccounts);

    m_ui->quitAction->setShortcuts(withFallback(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    m_ui->quitAction->setStatusTip(tr("Close the app"));
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);

    m_ui->findAction->setShortcuts(withFallback(QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_F)));
    connect(m_ui->findAction, &QAction::triggered, m_ui->datasetListPane, &DatasetListPane::focusSearch);

    m_ui->refreshAction->setShortcuts(withFallback(QKeySequence::Refresh, QKeySequence(Qt::Key_F5)));
    // F5 reads what the page shows.
    connect(m_ui->refreshAction, &QAction::triggered, this, [this] {
        if (m_modelFlow && m_ui->workspaceTabs->currentWidget() == m_ui->modelsTab)
            m_modelFlow->refresh();
        else
            m_datasetFlow->refresh();
    });
    connect(m_ui->openDatasetAction, &QAction::triggered, m_datasetFlow, &DatasetFlow::openSelected);
    m_ui->addImagesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_ui->addImagesAction, &QAction::triggered, m_datasetFlow, &DatasetFlow::chooseFiles);
    m_ui->addFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(m_ui->addFolderAction, &QAction::triggered, m_datasetFlow, &DatasetFlow::chooseFolder);
    m_ui->datasetMenu->setToolTipsVisible(true);
    m_exportFlow->attach(m_ui->exportDatasetAction, m_ui->datasetDetailPane, m_ui->datasetListPane->view(),
                         [this] { return m_account.data(); });
    connect(m_exportFlow, &DatasetExportFlow::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });

    m_ui->trainModelAction->setEnabled(false);
    connect(m_ui->showDatasetsAction, &QAction::triggered, this, &MainWindow::showDatasetsTab);
    connect(m_ui->showModelsAction, &QAction::triggered, this, &MainWindow::showModelsTab);

    m_ui->aboutAction->setStatusTip(tr("Version and origin of this app"));
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_ui->gettingStartedAction->setShortcuts(withFallback(QKeySequence::HelpContents, QKeySequence(Qt::Key_F1)));
    connect(m_ui->gettingStartedAction, &QAction::triggered, this, &MainWindow::showGettingStarted);
    connect(m_ui->getApiKeyAction, &QAction::triggered, this, &MainWindow::openApiKeysPage);
}

void MainWindow::showDatasetsTab()
{
    m_ui->workspaceTabs->setCurrentWidget(m_ui->workspacePage);
}

void MainWindow::showModelsTab()
{
    m_ui->workspaceTabs->setCurrentWidget(m_ui->modelsTab);
}

AboutDialog *MainWindow::aboutDialog() const
{
    return m_aboutDialog;
}

void MainWindow::showAbout()
{
    if (m_aboutDialog) {
        m_aboutDialog->raise();
        m_aboutDialog->activateWindow();
        return;
    }
    m_aboutDialog = new AboutDialog(this);
    m_aboutDialog->setAttribute(Qt::WA_DeleteOnClose);
    // open(), not exec(): no nested event loop while replies keep arriving.
    m_aboutDialog->open();
}

GettingStartedDialog *MainWindow::gettingStartedDialog() const
{
    return m_gettingStarted;
}

void MainWindow::showGettingStarted()
{
    if (!m_gettingStarted) {
        m_gettingStarted = new GettingStartedDialog(this);
        m_gettingStarted->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_gettingStarted, &GettingStartedDialog::sandboxRequested, this,
                [this] { requestSwitch(Core::AccountList::SandboxId); });
    }
    // show(), not exec() or open(): the steps stay beside the window while the user follows them.
    m_gettingStarted->show();
    m_gettingStarted->raise();
    m_gettingStarted->activateWindow();
}

void MainWindow::openApiKeysPage()
{
    if (Widgets::openApiKeysPage())
        statusBar()->showMessage(
            tr("Ideogram's API dashboard opens in your web browser: create a key under Manage ▸ API Keys."), 10000);
    else
        m_ui->errorBanner->showMessage(
            tr("No web browser could be opened. Visit %1 and create a key under Manage ▸ API Keys.")
                .arg(apiKeysPageUrl().toString()));
}

void MainWindow::focusWork()
{
    if (hasApiKey())
        m_ui->datasetForm->nameLineEdit()->setFocus(Qt::OtherFocusReason);
    else
        m_ui->welcomePanel->setFocus();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!event->spontaneous())
        focusWork();
}

void MainWindow::saveWindowLayout() const
{
    WindowMemory(m_settings).save(this);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowLayout();
    QMainWindow::closeEvent(event);
}

} // namespace Ids::Widgets
