#include "mainwindow.h"

#include "aboutdialog.h"
#include "datasetdetailpane.h"
#include "datasetform.h"
#include "datasetlistpane.h"
#include "datasetview.h"
#include "errorbanner.h"
#include "generatepanel.h"
#include "modelspage.h"
#include "settingsdialog.h"
#include "ui_mainwindow.h"
#include "uncertaincreatepanel.h"
#include "uploaddialog.h"
#include "welcomepanel.h"
#include "windowmemory.h"

#include <core/secrets/secretstore.h>
#include <core/services/modellibrary.h>
#include <core/services/syncservice.h>
#include <core/services/uploadservice.h>
#include <core/settings/appsettings.h>
#include <core/storage/contentstore.h>
#include <models/datasetfilesmodel.h>
#include <models/datasetfilterproxy.h>
#include <models/datasetlistmodel.h>
#include <models/thumbnailer.h>

#include <QCloseEvent>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>

namespace Ids::Widgets {

using Core::DatasetService;

namespace {

constexpr int StatusTimeoutMs = 5000;

// The platform's binding plus an explicit one, without listing a sequence twice (on some desktops the
// standard key is empty, on others it is the same as the fallback).
QList<QKeySequence> withFallback(QKeySequence::StandardKey standard, const QKeySequence &fallback)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(standard);
    if (!keys.contains(fallback))
        keys.append(fallback);
    return keys;
}

} // namespace

MainWindow::MainWindow(DatasetService *service, Models::DatasetListModel *model, Models::DatasetFilterProxy *proxy,
                       Core::SecretStore *secrets, Core::KeyChecker *checker, Core::AppSettings *settings,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_service(service)
    , m_secrets(secrets)
    , m_checker(checker)
    , m_settings(settings)
    , m_model(model)
{
    m_ui->setupUi(this);
    m_ui->sandboxBanner->setVisible(false);
    m_ui->datasetListPane->setModels(model, proxy);
    m_ui->workspaceSplitter->setStretchFactor(0, 3);
    m_ui->workspaceSplitter->setStretchFactor(1, 2);
    setUpActions();

    connect(m_ui->welcomePanel, &WelcomePanel::enterKeyRequested, this, &MainWindow::openSettings);
    connect(m_ui->welcomePanel, &WelcomePanel::sandboxRequested, this, &MainWindow::sandboxRequested);
    connect(m_ui->errorBanner, &ErrorBanner::openSettingsRequested, this, &MainWindow::openSettings);
    connect(m_ui->errorBanner, &ErrorBanner::dismissed, this, [this](bool hadFocus) {
        if (hadFocus)
            focusNameField();
    });
    connect(m_ui->datasetForm, &DatasetForm::createRequested, this, &MainWindow::onCreateRequested);
    connect(m_ui->datasetListPane, &DatasetListPane::datasetIdCopied, this, [this](const QString &id) {
        statusBar()->showMessage(tr("Copied the dataset ID %1.").arg(id), StatusTimeoutMs);
    });
    connect(m_secrets, &Core::SecretStore::saved, this, [this](bool persistent) {
        // The dialog may be closed by the time the keychain answers; the window still tells the user.
        if (!persistent)
            m_ui->errorBanner->showMessage(m_secrets->unavailableReason());
    });
    connectService();

    // Tab order across the panes: the name first (where typing starts), then Create, search, the list.
    setTabOrder(m_ui->datasetForm->nameLineEdit(), m_ui->datasetForm->createButton());
    setTabOrder(m_ui->datasetForm->createButton(), m_ui->datasetListPane->searchLineEdit());
    setTabOrder(m_ui->datasetListPane->searchLineEdit(), m_ui->datasetListPane->view());

    if (!WindowMemory(m_settings).restore(this))
        resize(1100, 680);

    setHasApiKey(false);
    onStateChanged(m_service->state());
    updateTitle();
}

MainWindow::~MainWindow() = default;

SettingsDialog *MainWindow::settingsDialog() const
{
    return m_settingsDialog;
}

DatasetForm *MainWindow::datasetForm() const
{
    return m_ui->datasetForm;
}

DatasetListPane *MainWindow::datasetListPane() const
{
    return m_ui->datasetListPane;
}

UploadDialog *MainWindow::uploadDialog() const
{
    return m_uploadDialog;
}

DatasetDetailPane *MainWindow::datasetDetailPane() const
{
    return m_ui->datasetDetailPane;
}

void MainWindow::setDatasetServices(Core::SyncService *sync, Core::UploadService *uploads, Core::ContentStore *content,
                                    Models::Thumbnailer *thumbnailer)
{
    m_sync = sync;
    m_uploads = uploads;
    m_content = content;
    m_thumbnailer = thumbnailer;
    m_filesModel = new Models::DatasetFilesModel(this);
    m_ui->datasetDetailPane->setFilesModel(m_filesModel);
    connect(m_thumbnailer, &Models::Thumbnailer::ready, m_filesModel, &Models::DatasetFilesModel::setStoredThumbnail);

    connect(m_ui->refreshAction, &QAction::triggered, m_sync, &Core::SyncService::refresh);
    connect(m_sync, &Core::SyncService::refreshStarted, this,
            [this] { statusBar()->showMessage(tr("Reading your datasets from Ideogram…")); });
    connect(m_sync, &Core::SyncService::refreshed, this, [this](const QList<Core::Dataset> &datasets) {
        statusBar()->showMessage(tr("Up to date: %n dataset(s).", "", int(datasets.size())), StatusTimeoutMs);
    });
    connect(m_sync, &Core::SyncService::refreshFailed, this, [this](const Core::ApiError &error) {
        statusBar()->clearMessage();
        showError(error);
    });
    connect(m_ui->datasetListPane->searchLineEdit(), &QLineEdit::textChanged, m_sync, &Core::SyncService::search);
    connect(m_sync, &Core::SyncService::detailLoaded, this, &MainWindow::onDetailLoaded);
    connect(m_sync, &Core::SyncService::detailFailed, this, [this](const QString &id, const Core::ApiError &error) {
        if (id == m_ui->datasetDetailPane->datasetId())
            m_ui->datasetDetailPane->showLoadError(error);
    });

    DatasetView *view = m_ui->datasetListPane->view();
    connect(view, &DatasetView::openRequested, this, &MainWindow::openDataset);
    connect(view, &DatasetView::filesDropped, this, &MainWindow::addFiles);
    connect(m_ui->openDatasetAction, &QAction::triggered, view->openAction(), &QAction::trigger);
    connect(m_ui->datasetDetailPane, &DatasetDetailPane::filesDropped, this, &MainWindow::addFiles);
    connect(m_ui->datasetDetailPane, &DatasetDetailPane::addImagesRequested, this, &MainWindow::chooseFiles);
    connect(m_ui->addImagesAction, &QAction::triggered, this, &MainWindow::chooseFiles);
    connect(m_uploads, &Core::UploadService::journalResumed, this, [this](const QString &, int done) {
        statusBar()->showMessage(
            tr("An upload cut short last time was checked with Ideogram: %n file(s) are in place.", "", done),
            StatusTimeoutMs * 2);
    });
    m_ui->refreshAction->setEnabled(m_hasApiKey);
    m_ui->openDatasetAction->setEnabled(m_hasApiKey);
}

void MainWindow::setModelServices(const ModelServices &services)
{
    auto *generatePanel = new GeneratePanel(services.gallery);
    m_modelsPage = new ModelsPage(services.models, services.proxy, generatePanel, m_ui->modelsTab);
    m_ui->modelsTabLayout->addWidget(m_modelsPage);
    m_modelFlow = new ModelFlow(services, m_ui->datasetDetailPane, m_modelsPage, m_ui->errorBanner, statusBar(), this);
    connect(m_modelFlow, &ModelFlow::datasetRequested, this, [this](const QString &id) {
        showDatasetsTab();
        m_ui->datasetListPane->selectDataset(id);
        openDataset(id);
    });
    connect(m_modelFlow, &ModelFlow::showModelsRequested, this, &MainWindow::showModelsTab);
    connect(m_modelFlow, &ModelFlow::datasetChanged, this, [this](const QString &id) {
        if (id == m_ui->datasetDetailPane->datasetId())
            m_sync->loadDetail(id);
    });
    connect(m_ui->trainModelAction, &QAction::triggered, m_modelFlow, &ModelFlow::openTrainDialog);
    connect(m_modelFlow, &ModelFlow::trainAvailableChanged, m_ui->trainModelAction, &QAction::setEnabled);
    m_modelFlow->updateTrainRule();
    // F5 reads what the page shows.
    disconnect(m_ui->refreshAction, &QAction::triggered, m_sync, &Core::SyncService::refresh);
    connect(m_ui->refreshAction, &QAction::triggered, this, [this, library = services.library] {
        if (m_ui->workspaceTabs->currentWidget() == m_ui->modelsTab)
            library->refresh();
        else
            m_sync->refresh();
    });
}

void MainWindow::showModelsTab()
{
    m_ui->workspaceTabs->setCurrentWidget(m_ui->modelsTab);
}

void MainWindow::showDatasetsTab()
{
    m_ui->workspaceTabs->setCurrentWidget(m_ui->workspacePage);
}

void MainWindow::openDataset(const QString &id)
{
    if (!m_sync)
        return;
    const QModelIndex index = m_model->indexOfId(id);
    if (!index.isValid())
        return;
    m_ui->datasetDetailPane->showLoading(m_model->datasetAt(index.row()));
    m_filesModel->setFiles(id, {}, {});
    m_ui->addImagesAction->setEnabled(true);
    m_sync->loadDetail(id);
}

void MainWindow::onDetailLoaded(const Core::DatasetDetail &detail, bool fromServer)
{
    if (detail.dataset.id != m_ui->datasetDetailPane->datasetId())
        return;
    m_ui->datasetDetailPane->showDetail(detail, fromServer);
    const QList<Core::LocalFile> local = m_content->localFiles(detail.dataset.id);
    m_filesModel->setFiles(detail.dataset.id, detail.files, local);
    for (const Core::LocalFile &file : local) {
        if (!file.thumbnailPng.isEmpty())
            m_thumbnailer->requestFromPng(Models::Thumbnailer::storedKey(file.datasetId, file.fileName),
                                          file.thumbnailPng);
    }
    if (m_uploadDialog && m_uploadDialog->datasetId() == detail.dataset.id)
        m_uploadDialog->setExistingImageCount(int(detail.fileCount));
}

void MainWindow::chooseFiles()
{
    const QString datasetId = m_ui->datasetDetailPane->datasetId();
    if (datasetId.isEmpty())
        return;
    // open(), not the static getOpenFileNames(): no nested event loop while replies keep arriving.
    auto *dialog =
        new QFileDialog(this, tr("Add Images"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation));
    dialog->setObjectName(QStringLiteral("addImagesFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilters(
        {tr("Images, captions and ZIP files (*.jpg *.jpeg *.jfif *.jpe *.png *.webp *.heic *.heif *.avif *.txt *.json "
            "*.zip)"),
         tr("All files (*)")});
    connect(dialog, &QFileDialog::filesSelected, this,
            [this, datasetId](const QStringList &paths) { addFiles(datasetId, paths); });
    dialog->open();
}

void MainWindow::addFiles(const QString &datasetId, const QStringList &paths)
{
    if (!m_uploads || paths.isEmpty())
        return;
    const QModelIndex index = m_model->indexOfId(datasetId);
    if (!index.isValid())
        return;
    if (m_ui->datasetDetailPane->datasetId() != datasetId)
        openDataset(datasetId);
    if (m_uploadDialog) {
        if (m_uploadDialog->datasetId() == datasetId && !m_uploads->isBusy()) {
            m_uploadDialog->addPaths(paths);
        } else {
            statusBar()->showMessage(tr("Finish or close the current upload first."), StatusTimeoutMs);
        }
        m_uploadDialog->raise();
        m_uploadDialog->activateWindow();
        return;
    }
    const Core::Dataset &dataset = m_model->datasetAt(index.row());
    m_uploadDialog = new UploadDialog(dataset, m_uploads, m_thumbnailer, this);
    m_uploadDialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 known = m_ui->datasetDetailPane->imageCount();
    if (known >= 0)
        m_uploadDialog->setExistingImageCount(int(known));
    connect(m_uploadDialog, &QDialog::finished, this, [this] { m_uploadDialog.clear(); });
    connect(m_uploadDialog, &UploadDialog::uploadFinished, this, [this](const QString &id) {
        if (id == m_ui->datasetDetailPane->datasetId())
            m_sync->loadDetail(id);
    });
    m_uploadDialog->open();
    m_uploadDialog->addPaths(paths);
}

ErrorBanner *MainWindow::errorBanner() const
{
    return m_ui->errorBanner;
}

UncertainCreatePanel *MainWindow::uncertainCreatePanel() const
{
    return m_ui->uncertainCreatePanel;
}

WelcomePanel *MainWindow::welcomePanel() const
{
    return m_ui->welcomePanel;
}

QWidget *MainWindow::sandboxBanner() const
{
    return m_ui->sandboxBanner;
}

void MainWindow::setUpActions()
{
    // QAction has no accessible name of its own: screen readers read a menu item's text (without the &),
    // so the texts are complete phrases and the status tips describe what happens.
    m_ui->newDatasetAction->setShortcuts(QKeySequence::New);
    m_ui->newDatasetAction->setStatusTip(m_ui->newDatasetAction->toolTip());
    connect(m_ui->newDatasetAction, &QAction::triggered, this, &MainWindow::focusNameField);

    m_ui->quitAction->setShortcuts(withFallback(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    m_ui->quitAction->setStatusTip(tr("Close the app"));
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);

    m_ui->findAction->setShortcuts(withFallback(QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_F)));
    m_ui->findAction->setStatusTip(m_ui->findAction->toolTip());
    connect(m_ui->findAction, &QAction::triggered, m_ui->datasetListPane, &DatasetListPane::focusSearch);

    m_ui->settingsAction->setShortcuts(withFallback(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    m_ui->settingsAction->setStatusTip(tr("Change the API key or the API address"));
    connect(m_ui->settingsAction, &QAction::triggered, this, &MainWindow::openSettings);

    m_ui->refreshAction->setShortcuts(withFallback(QKeySequence::Refresh, QKeySequence(Qt::Key_F5)));
    m_ui->refreshAction->setStatusTip(m_ui->refreshAction->toolTip());
    m_ui->refreshAction->setEnabled(false);
    m_ui->openDatasetAction->setStatusTip(m_ui->openDatasetAction->toolTip());
    m_ui->openDatasetAction->setEnabled(false);
    m_ui->addImagesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_ui->addImagesAction->setStatusTip(m_ui->addImagesAction->toolTip());
    m_ui->addImagesAction->setEnabled(false);

    m_ui->trainModelAction->setStatusTip(m_ui->trainModelAction->toolTip());
    m_ui->trainModelAction->setEnabled(false);
    connect(m_ui->showDatasetsAction, &QAction::triggered, this, &MainWindow::showDatasetsTab);
    connect(m_ui->showModelsAction, &QAction::triggered, this, &MainWindow::showModelsTab);

    m_ui->aboutAction->setStatusTip(tr("Version and origin of this app"));
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::connectService()
{
    connect(m_service, &DatasetService::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_service, &DatasetService::datasetCreated, this, &MainWindow::onDatasetCreated);
    connect(m_service, &DatasetService::createFailed, this, &MainWindow::showError);
    connect(m_service, &DatasetService::createUncertain, m_ui->uncertainCreatePanel, &UncertainCreatePanel::ask);
    connect(m_service, &DatasetService::progressMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message); });

    UncertainCreatePanel *panel = m_ui->uncertainCreatePanel;
    connect(panel, &UncertainCreatePanel::checkAgainRequested, m_service, &DatasetService::checkAgain);
    connect(panel, &UncertainCreatePanel::createAnywayRequested, m_service, &DatasetService::createAnyway);
    connect(panel, &UncertainCreatePanel::forgetRequested, m_service, &DatasetService::forgetPendingCreate);
}

void MainWindow::onCreateRequested(const QString &name)
{
    // An earlier error is about an earlier attempt; leaving it up would suggest this one failed too.
    if (m_ui->errorBanner->isVisible())
        m_ui->errorBanner->dismiss();
    const QString refusal = m_service->createDataset(name);
    if (!refusal.isEmpty())
        m_ui->datasetForm->showRefusal(refusal);
}

void MainWindow::onStateChanged(DatasetService::State state)
{
    const QString name = m_service->pendingName();
    switch (state) {
    case DatasetService::State::Idle:
        m_ui->datasetForm->setBusy(false);
        statusBar()->clearMessage();
        break;
    case DatasetService::State::Sending:
        m_ui->datasetForm->setBusy(true, tr("Creating “%1”…").arg(name));
        break;
    case DatasetService::State::Reconciling:
        m_ui->datasetForm->setBusy(true, tr("Checking whether “%1” was created…").arg(name));
        break;
    case DatasetService::State::NeedsDecision:
        // The question panel says what is going on; a spinner would suggest the app is still working.
        m_ui->datasetForm->setBusy(true);
        break;
    }
    if (state != DatasetService::State::NeedsDecision)
        m_ui->uncertainCreatePanel->setVisible(false);
}

void MainWindow::onDatasetCreated(const Core::Dataset &dataset)
{
    m_ui->datasetListPane->selectDataset(dataset.id);
    m_ui->datasetForm->onDatasetCreated(dataset.name);
    statusBar()->showMessage(tr("Created the dataset “%1”.").arg(dataset.name), StatusTimeoutMs);
}

void MainWindow::setHasApiKey(bool hasKey)
{
    m_hasApiKey = hasKey;
    m_ui->pageStackedWidget->setCurrentWidget(hasKey ? m_ui->workspaceTabs
                                                     : static_cast<QWidget *>(m_ui->welcomePanel));
    m_ui->newDatasetAction->setEnabled(hasKey);
    m_ui->findAction->setEnabled(hasKey);
    m_ui->refreshAction->setEnabled(hasKey && m_sync);
    m_ui->openDatasetAction->setEnabled(hasKey && m_sync);
    m_ui->addImagesAction->setEnabled(hasKey && m_sync && !m_ui->datasetDetailPane->datasetId().isEmpty());
    if (hasKey)
        focusNameField();
    else
        m_ui->welcomePanel->setFocus();
}

void MainWindow::setSandboxMode(bool sandbox)
{
    m_sandboxMode = sandbox;
    m_ui->sandboxBanner->setVisible(sandbox);
    if (m_settingsDialog)
        m_settingsDialog->setLocked(sandbox);
    updateTitle();
}

void MainWindow::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
}

void MainWindow::showError(const Core::ApiError &error)
{
    m_ui->errorBanner->showError(error);
}

void MainWindow::openSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    m_settingsDialog = new SettingsDialog(m_secrets, m_checker, m_settings, m_baseUrl, this);
    m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_settingsDialog->setLocked(m_sandboxMode);
    // Closed means gone for the window, even before the deferred delete runs.
    connect(m_settingsDialog, &QDialog::finished, this, [this] { m_settingsDialog.clear(); });
    connect(m_settingsDialog, &SettingsDialog::settingsSaved, this, [this](const QString &key, const QUrl &baseUrl) {
        // A rejected-key error is answered by a new key.
        if (!key.isEmpty() && m_ui->errorBanner->isVisible())
            m_ui->errorBanner->dismiss();
        Q_EMIT settingsSaved(key, baseUrl);
    });
    // open(), not exec(): no nested event loop while replies keep arriving.
    m_settingsDialog->open();
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

void MainWindow::focusNameField()
{
    if (m_hasApiKey)
        m_ui->datasetForm->nameLineEdit()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::updateTitle()
{
    // "Sandbox — Ideogram Datasets" rather than the other way round: Qt appends the application display
    // name to a title that does not already end with it, which would print the app's name twice.
    setWindowTitle(m_sandboxMode ? tr("Sandbox — Ideogram Datasets") : tr("Ideogram Datasets"));
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!event->spontaneous()) {
        if (m_hasApiKey)
            focusNameField();
        else
            m_ui->welcomePanel->setFocus();
    }
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
