#include "datasetflow.h"

#include "arrivalquestion.h"
#include "datasetdetailpane.h"
#include "datasetform.h"
#include "datasetlistpane.h"
#include "datasetview.h"
#include "errorbanner.h"
#include "uploaddialog.h"

#include <core/storage/draftstore.h>

#include <core/accounts/account.h>
#include <core/services/syncservice.h>
#include <core/services/uploadservice.h>
#include <core/storage/contentstore.h>
#include <core/storage/storagehealth.h>
#include <models/datasetcacheloader.h>
#include <models/datasetfilesmodel.h>
#include <models/datasetfilterproxy.h>
#include <models/datasetlistmodel.h>
#include <models/thumbnailer.h>
#include <models/uploadthumbnails.h>

#include <QFileDialog>
#include <QLineEdit>
#include <QStandardPaths>
#include <QStatusBar>

namespace Ids::Widgets {

using Core::DatasetService;

namespace {

constexpr int StatusTimeoutMs = 5000;
// Long enough to read a sentence about an account no longer shown.
constexpr int FirmTimeoutMs = 12000;

} // namespace

DatasetFlow::DatasetFlow(const DatasetPanes &panes, Models::Thumbnailer *thumbnailer, QWidget *window)
    : QObject(window)
    , m_panes(panes)
    , m_thumbnailer(thumbnailer)
    , m_window(window)
    , m_model(new Models::DatasetListModel(this))
    , m_proxy(new Models::DatasetFilterProxy(this))
    , m_filesModel(new Models::DatasetFilesModel(this))
    , m_cacheLoader(new Models::DatasetCacheLoader(this))
{
    m_proxy->setSourceModel(m_model);
    m_panes.list->setModels(m_model, m_proxy);
    m_panes.detail->setFilesModel(m_filesModel);
    connect(m_thumbnailer, &Models::Thumbnailer::ready, m_filesModel, &Models::DatasetFilesModel::setStoredThumbnail);
    connect(m_cacheLoader, &Models::DatasetCacheLoader::loaded, this, &DatasetFlow::onCacheLoaded);
    connect(m_cacheLoader, &Models::DatasetCacheLoader::failed, this, [this] { Q_EMIT savedListShown(m_account); });

    // The panes ask; the flow hands the request to the account shown.
    connect(m_panes.form, &DatasetForm::createRequested, this, &DatasetFlow::onCreateRequested);
    connect(m_panes.list->searchLineEdit(), &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_account)
            m_account->sync()->search(text);
    });
    connect(m_panes.list, &DatasetListPane::datasetIdCopied, this, [this](const QString &id) {
        m_panes.statusBar->showMessage(tr("Copied the dataset ID %1.").arg(id), StatusTimeoutMs);
    });
    DatasetView *view = m_panes.list->view();
    connect(view, &DatasetView::openRequested, this, &DatasetFlow::openDataset);
    connect(view, &DatasetView::filesDropped, this, &DatasetFlow::addFiles);
    connect(m_panes.detail, &DatasetDetailPane::filesDropped, this, &DatasetFlow::addFiles);
    connect(m_panes.detail, &DatasetDetailPane::addImagesRequested, this, &DatasetFlow::chooseFiles);
}

DatasetFlow::~DatasetFlow() = default;

Core::Account *DatasetFlow::account() const
{
    return m_account;
}

UploadDialog *DatasetFlow::uploadDialog() const
{
    return m_uploadDialog;
}

void DatasetFlow::setAccount(Core::Account *account, Models::UploadThumbnails *thumbnails)
{
    if (account == m_account)
        return;
    letUploadGo();
    delete m_binding;
    m_binding = nullptr;
    m_panes.question->withdraw(QStringLiteral("create"));
    m_cacheLoader->cancel();
    m_model->clear();
    m_filesModel->setFiles({}, {}, {});
    m_panes.detail->showNothing();
    m_account = account;
    m_thumbnails = thumbnails;
    if (!account) {
        onStateChanged(DatasetService::State::Idle);
        return;
    }
    bind();
    // The saved rows first, read on a worker; the network follows (Account::start()).
    m_cacheLoader->load(account->databasePath(), account->scope());
    onStateChanged(account->datasets()->state());
    if (account->datasets()->state() == DatasetService::State::NeedsDecision)
        onCreateUncertain(account->datasets()->pendingName());
}

void DatasetFlow::bind()
{
    m_binding = new QObject(this);
    DatasetService *service = m_account->datasets();
    connect(service, &DatasetService::stateChanged, m_binding,
            [this](DatasetService::State state) { onStateChanged(state); });
    connect(service, &DatasetService::datasetCreated, m_binding,
            [this](const Core::Dataset &dataset) { onDatasetCreated(dataset); });
    connect(service, &DatasetService::createFailed, m_binding,
            [this](const Core::ApiError &error) { m_panes.banner->showError(error); });
    connect(service, &DatasetService::createUncertain, m_binding,
            [this](const QString &name) { onCreateUncertain(name); });
    connect(service, &DatasetService::progressMessage, m_binding, [this](const QString &message) { say(message); });
    // "Nothing was sent… free some space" is out of date once there is space again.
    connect(m_account->storageHealth(), &Core::StorageHealth::writableChanged, m_binding, [this](bool writable) {
        if (writable && !m_refusal.isEmpty() && m_panes.form->message() == m_refusal)
            m_panes.form->showRefusal({});
    });

    Core::SyncService *sync = m_account->sync();
    connect(sync, &Core::SyncService::refreshStarted, m_binding,
            [this] { say(tr("Reading your datasets from Ideogram…")); });
    connect(sync, &Core::SyncService::refreshed, m_binding,
            [this](const QList<Core::Dataset> &datasets, const QSet<QString> &missingIds) {
                for (const Core::Dataset &dataset : datasets)
                    m_model->upsert(dataset);
                m_model->setMissingIds(missingIds);
                say(tr("Up to date: %n dataset(s).", "", int(datasets.size())), StatusTimeoutMs);
            });
    connect(sync, &Core::SyncService::refreshFailed, m_binding, [this](const Core::ApiError &error) {
        say({});
        m_panes.banner->showError(error);
    });
    connect(sync, &Core::SyncService::searchResults, m_binding,
            [this](const QString &, const QList<Core::Dataset> &found) {
                for (const Core::Dataset &dataset : found)
                    m_model->upsert(dataset);
            });
    connect(sync, &Core::SyncService::detailLoaded, m_binding,
            [this](const Core::DatasetDetail &detail, bool fromServer) { onDetailLoaded(detail, fromServer); });
    connect(sync, &Core::SyncService::detailFailed, m_binding, [this](const QString &id, const Core::ApiError &error) {
        if (id == m_panes.detail->datasetId())
            m_panes.detail->showLoadError(error);
    });
    connect(m_account->uploads(), &Core::UploadService::journalResumed, m_binding, [this](const QString &, int done) {
        m_panes.statusBar->showMessage(
            tr("An upload cut short last time was checked with Ideogram: %n file(s) are in place.", "", done),
            StatusTimeoutMs * 2);
    });
    if (m_thumbnails) {
        connect(m_thumbnails, &Models::UploadThumbnails::kept, m_binding,
                [this](const QString &datasetId, const QImage &image) {
                    if (!m_model->hasCoverThumbnail(datasetId))
                        m_model->setCoverThumbnail(datasetId, image);
                });
    }
}

void DatasetFlow::letUploadGo()
{
    if (!m_uploadDialog)
        return;
    Core::Account *account = m_account;
    UploadDialog *dialog = m_uploadDialog;
    m_uploadDialog.clear();
    if (account && account->uploads()->isBusy()) {
        // The upload belongs to the account it was started for: it goes on there, and says when it is done.
        const QString name = account->name();
        sayFirmly(tr("The upload continues for the account “%1”. You will be told when it is done.").arg(name));
        connect(
            account->uploads(), &Core::UploadService::finished, this,
            [this, name](int done, int failed, int) {
                m_panes.statusBar->showMessage(tr("The upload for the account “%1” is done: %2 uploaded, %3 failed.")
                                                   .arg(name)
                                                   .arg(done)
                                                   .arg(failed),
                                               StatusTimeoutMs * 3);
            },
            Qt::SingleShotConnection);
    }
    // Not reject(): closing the sheet of a running upload would cancel it.
    dialog->hide();
    dialog->deleteLater();
}

void DatasetFlow::say(const QString &message, int timeoutMs)
{
    // Routine news (reading the list, up to date) waits while a word about another account is being read.
    if (!m_firmUntil.hasExpired())
        return;
    if (message.isEmpty())
        m_panes.statusBar->clearMessage();
    else
        m_panes.statusBar->showMessage(message, timeoutMs);
}

void DatasetFlow::sayFirmly(const QString &message)
{
    m_panes.statusBar->showMessage(message, FirmTimeoutMs);
    m_firmUntil.setRemainingTime(FirmTimeoutMs);
}

void DatasetFlow::refresh()
{
    if (m_account)
        m_account->sync()->refresh();
}

void DatasetFlow::onCreateRequested(const QString &name)
{
    if (!m_account)
        return;
    // An earlier error is about an earlier attempt; leaving it up would suggest this one failed too.
    if (m_panes.banner->isVisible())
        m_panes.banner->dismiss();
    m_refusal = m_account->datasets()->createDataset(name);
    if (!m_refusal.isEmpty())
        m_panes.form->showRefusal(m_refusal);
}

void DatasetFlow::onStateChanged(DatasetService::State state)
{
    const QString name = m_account ? m_account->datasets()->pendingName() : QString();
    switch (state) {
    case DatasetService::State::Idle:
        m_panes.form->setBusy(false);
        say({});
        break;
    case DatasetService::State::Sending:
        m_panes.form->setBusy(true, tr("Creating “%1”…").arg(name));
        break;
    case DatasetService::State::Reconciling:
        m_panes.form->setBusy(true, tr("Checking whether “%1” was created…").arg(name));
        break;
    case DatasetService::State::NeedsDecision:
        // The question says what is going on; a spinner would suggest the app is still working.
        m_panes.form->setBusy(true);
        break;
    }
    if (state != DatasetService::State::NeedsDecision)
        m_panes.question->withdraw(QStringLiteral("create"));
}

void DatasetFlow::onDatasetCreated(const Core::Dataset &dataset)
{
    // In this order: the row exists before it is selected (no waiting for the model to catch up).
    m_model->upsert(dataset);
    m_panes.list->selectDataset(dataset.id);
    m_panes.form->onDatasetCreated(dataset.name);
    m_panes.statusBar->showMessage(tr("Created the dataset “%1”.").arg(dataset.name), StatusTimeoutMs);
}

void DatasetFlow::onCreateUncertain(const QString &name)
{
    ArrivalQuestion::Question question;
    question.key = QStringLiteral("create");
    question.text =
        tr("We couldn't confirm that the dataset “%1” was created. Ideogram may have created it.").arg(name);
    question.risk = tr("Creating it again may leave two datasets of this name; Ideogram cannot delete one.");
    question.anywayText = tr("Create an&yway");
    question.anywayToolTip = tr("Send the create again. If the first one did arrive, you will have two datasets "
                                "of this name.");
    m_panes.question->ask(question, m_binding,
                          [service = QPointer(m_account->datasets())](ArrivalQuestion::Answer answer) {
                              if (!service)
                                  return;
                              switch (answer) {
                              case ArrivalQuestion::Answer::CheckAgain:
                                  service->checkAgain();
                                  break;
                              case ArrivalQuestion::Answer::Anyway:
                                  service->createAnyway();
                                  break;
                              case ArrivalQuestion::Answer::Forget:
                                  service->forgetPendingCreate();
                                  break;
                              }
                          });
}

void DatasetFlow::openDataset(const QString &id)
{
    if (!m_account)
        return;
    const QModelIndex index = m_model->indexOfId(id);
    if (!index.isValid())
        return;
    m_panes.detail->showLoading(m_model->datasetAt(index.row()));
    m_filesModel->setFiles(id, {}, {});
    Q_EMIT datasetOpened(id);
    m_account->sync()->loadDetail(id);
}

void DatasetFlow::reloadIfShown(const QString &datasetId)
{
    if (m_account && datasetId == m_panes.detail->datasetId())
        m_account->sync()->loadDetail(datasetId);
}

void DatasetFlow::onDetailLoaded(const Core::DatasetDetail &detail, bool fromServer)
{
    if (fromServer)
        m_model->upsert(detail.dataset);
    if (detail.dataset.id != m_panes.detail->datasetId())
        return;
    m_panes.detail->showDetail(detail, fromServer);
    const QList<Core::LocalFile> local = m_account->content()->localFiles(detail.dataset.id);
    m_filesModel->setFiles(detail.dataset.id, detail.files, local);
    for (const Core::LocalFile &file : local) {
        if (!file.thumbnailPng.isEmpty())
            m_thumbnailer->requestFromPng(Models::Thumbnailer::storedKey(file.datasetId, file.fileName),
                                          file.thumbnailPng);
    }
    if (m_uploadDialog && m_uploadDialog->datasetId() == detail.dataset.id)
        m_uploadDialog->setExistingImageCount(int(detail.fileCount));
}

void DatasetFlow::onCacheLoaded(const Models::CachedDatasets &cached)
{
    // Rows that arrived while loading (a create or a sync that finished first) are newer: they win.
    m_model->mergeCached(cached.datasets);
    m_model->setMissingIds(cached.missingIds);
    for (auto it = cached.covers.cbegin(); it != cached.covers.cend(); ++it)
        m_model->setCoverThumbnail(it.key(), it.value());
    Q_EMIT savedListShown(m_account);
}

void DatasetFlow::chooseFiles()
{
    const QString datasetId = m_panes.detail->datasetId();
    if (datasetId.isEmpty())
        return;
    // A list left unfinished comes back first; its sheet's Add Files… leads here again for more.
    if (!m_uploadDialog && m_account && m_account->drafts() && m_account->drafts()->draft(datasetId)) {
        addFiles(datasetId, {});
        return;
    }
    // open(), not the static getOpenFileNames(): no nested event loop while replies keep arriving.
    auto *dialog =
        new QFileDialog(m_window, tr("Add Images"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation));
    dialog->setObjectName(QStringLiteral("addImagesFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilters(
        {tr("Images, captions and ZIP files (*.jpg *.jpeg *.jfif *.jpe *.png *.webp *.heic *.heif *.avif *.txt *.json "
            "*.zip)"),
         tr("All files (*)")});
    // The files go to the dataset of the account they were chosen for, even after a switch.
    connect(dialog, &QFileDialog::filesSelected, this,
            [this, datasetId, account = m_account](const QStringList &paths) {
                if (account == m_account)
                    addFiles(datasetId, paths);
            });
    dialog->open();
}

void DatasetFlow::addFiles(const QString &datasetId, const QStringList &paths)
{
    if (!m_account)
        return;
    const std::optional<Core::ReviewDraft> draft =
        m_account->drafts() ? m_account->drafts()->draft(datasetId) : std::nullopt;
    if (paths.isEmpty() && (!draft || m_uploadDialog))
        return;
    const QModelIndex index = m_model->indexOfId(datasetId);
    if (!index.isValid())
        return;
    if (m_panes.detail->datasetId() != datasetId)
        openDataset(datasetId);
    if (m_uploadDialog) {
        if (m_uploadDialog->datasetId() == datasetId && !m_account->uploads()->isBusy())
            m_uploadDialog->addPaths(paths);
        else
            m_panes.statusBar->showMessage(tr("Finish or close the current upload first."), StatusTimeoutMs);
        m_uploadDialog->raise();
        m_uploadDialog->activateWindow();
        return;
    }
    const Core::Dataset &dataset = m_model->datasetAt(index.row());
    m_uploadDialog = new UploadDialog(dataset, m_account->uploads(), m_thumbnailer, m_window);
    m_uploadDialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 known = m_panes.detail->imageCount();
    if (known >= 0)
        m_uploadDialog->setExistingImageCount(int(known));
    connect(m_uploadDialog, &QDialog::finished, this, [this] { m_uploadDialog.clear(); });
    connect(m_uploadDialog, &UploadDialog::uploadFinished, this, &DatasetFlow::reloadIfShown);
    connect(m_uploadDialog, &UploadDialog::addFilesRequested, this, &DatasetFlow::chooseFiles);
    m_uploadDialog->setDraftStore(m_account->drafts());
    m_uploadDialog->setDescribeService(m_account->describer(), m_account->name());
    // The dataset's own images, by the thumbnails of the local copies: duplicates of them are found too.
    QList<QPair<QString, QByteArray>> thumbnails;
    for (const Core::LocalFile &file : m_account->content()->localFiles(datasetId)) {
        if (!file.thumbnailPng.isEmpty())
            thumbnails.append({file.fileName, file.thumbnailPng});
    }
    m_uploadDialog->setDatasetThumbnails(thumbnails);
    m_uploadDialog->open();
    // What the user left unfinished for this dataset comes back, with the new files added to it.
    if (draft)
        m_uploadDialog->restoreDraft(*draft);
    if (!paths.isEmpty())
        m_uploadDialog->addPaths(paths);
}

} // namespace Ids::Widgets
