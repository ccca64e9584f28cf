#include "datasetflow.h"

#include "arrivalquestion.h"
#include "datasetcreateflow.h"
#include "datasetdetailpane.h"
#include "datasetform.h"
#include "datasetlistpane.h"
#include "datasetview.h"
#include "errorbanner.h"
#include "filechooser.h"
#include "uploaddialog.h"

#include <core/storage/draftstore.h>

#include <core/accounts/account.h>
#include <core/services/syncservice.h>
#include <core/services/uploadservice.h>
#include <core/storage/contentstore.h>
#include <models/datasetcacheloader.h>
#include <models/datasetfilesmodel.h>
#include <models/datasetfilterproxy.h>
#include <models/datasethealthreader.h>
#include <models/datasetlistmodel.h>
#include <models/thumbnailer.h>
#include <models/uploadthumbnails.h>

#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>

namespace Ids::Widgets {

namespace {

constexpr int StatusTimeoutMs = 5000;
// Long enough to read a sentence about an account no longer shown.
constexpr int FirmTimeoutMs = 12000;

} // namespace

DatasetFlow::DatasetFlow(const DatasetPanes &panes, Models::Thumbnailer *thumbnailer, Core::AppSettings *settings,
                         QWidget *window)
    : QObject(window)
    , m_panes(panes)
    , m_thumbnailer(thumbnailer)
    , m_window(window)
    , m_model(new Models::DatasetListModel(this))
    , m_proxy(new Models::DatasetFilterProxy(this))
    , m_filesModel(new Models::DatasetFilesModel(this))
    , m_cacheLoader(new Models::DatasetCacheLoader(this))
    , m_healthReader(new Models::DatasetHealthReader(this))
    , m_createFlow(new DatasetCreateFlow(panes.form, panes.question, panes.banner, m_model, this))
    , m_fileChooser(new FileChooser(settings, window))
{
    m_proxy->setSourceModel(m_model);
    m_panes.list->setModels(m_model, m_proxy);
    m_panes.detail->setFilesModel(m_filesModel);
    connect(m_thumbnailer, &Models::Thumbnailer::ready, m_filesModel, &Models::DatasetFilesModel::setStoredThumbnail);
    connect(m_cacheLoader, &Models::DatasetCacheLoader::loaded, this, &DatasetFlow::onCacheLoaded);
    connect(m_cacheLoader, &Models::DatasetCacheLoader::failed, this, [this] { Q_EMIT savedListShown(m_account); });

    connect(m_healthReader, &Models::DatasetHealthReader::ready, m_panes.detail, &DatasetDetailPane::showHealth);
    connect(m_createFlow, &DatasetCreateFlow::created, this, &DatasetFlow::onDatasetCreated);
    connect(m_createFlow, &DatasetCreateFlow::openRequested, this, [this](const QString &id) {
        m_panes.list->selectDataset(id);
        openDataset(id);
        m_panes.detail->addImagesButton()->setFocus(Qt::OtherFocusReason);
    });
    connect(m_createFlow, &DatasetCreateFlow::statusMessage, this, &DatasetFlow::say);

    // The panes ask; the flow hands the request to the account shown.
    connect(m_panes.list, &DatasetListPane::retryRequested, this, &DatasetFlow::refresh);
    connect(m_panes.list->searchLineEdit(), &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_account)
            m_account->sync()->search(text);
    });
    const auto sayCopied = [this] { m_panes.statusBar->showMessage(tr("Copied the dataset's ID."), StatusTimeoutMs); };
    connect(m_panes.list, &DatasetListPane::datasetIdCopied, this, sayCopied);
    connect(m_panes.detail, &DatasetDetailPane::datasetIdCopied, this, sayCopied);
    DatasetView *view = m_panes.list->view();
    connect(view, &DatasetView::openRequested, this, &DatasetFlow::openDataset);
    connect(view, &DatasetView::filesDropped, this, &DatasetFlow::addFiles);
    connect(m_panes.detail, &DatasetDetailPane::filesDropped, this, &DatasetFlow::addFiles);
    connect(m_panes.detail, &DatasetDetailPane::addImagesRequested, this, &DatasetFlow::chooseFiles);
    connect(m_panes.detail, &DatasetDetailPane::addFolderRequested, this, &DatasetFlow::chooseFolder);
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
    m_cacheLoader->cancel();
    m_healthReader->cancel();
    m_panes.list->forgetListState();
    m_model->clear();
    m_filesModel->setFiles({}, {}, {});
    m_panes.detail->showNothing();
    m_account = account;
    m_thumbnails = thumbnails;
    if (!account) {
        m_createFlow->setAccount(nullptr, nullptr);
        return;
    }
    bind();
    m_createFlow->setAccount(account, m_binding);
    // The saved rows first, read on a worker; the network follows (Account::start()).
    m_cacheLoader->load(account->databasePath(), account->scope());
}

void DatasetFlow::bind()
{
    m_binding = new QObject(this);
    Core::SyncService *sync = m_account->sync();
    connect(sync, &Core::SyncService::refreshStarted, m_binding, [this] {
        m_panes.list->onReading();
        say(tr("Reading your datasets from Ideogram…"));
    });
    connect(sync, &Core::SyncService::refreshed, m_binding,
            [this](const QList<Core::Dataset> &datasets, const QSet<QString> &missingIds) {
                for (const Core::Dataset &dataset : datasets)
                    m_model->upsert(dataset);
                m_model->setMissingIds(missingIds);
                m_panes.list->onRead();
                say(tr("Up to date: %n dataset(s).", "", int(datasets.size())), StatusTimeoutMs);
            });
    connect(sync, &Core::SyncService::refreshFailed, m_binding, [this](const Core::ApiError &error) {
        say({});
        m_panes.list->onReadFailed(error);
        m_panes.banner->showError(error, tr("Couldn't read your datasets."), m_binding, [this] { refresh(); });
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

void DatasetFlow::onDatasetCreated(const Core::Dataset &dataset, bool askedNow)
{
    // In this order: the row exists before it is selected (no waiting for the model to catch up).
    m_model->upsert(dataset);
    m_panes.list->selectDataset(dataset.id);
    if (!askedNow)
        return;
    // The next step of the person who just named it: its page, with the focus on Add Images….
    openDataset(dataset.id);
    m_panes.detail->addImagesButton()->setFocus(Qt::OtherFocusReason);
}

void DatasetFlow::openDataset(const QString &id)
{
    if (!m_account)
        return;
    const QModelIndex index = m_model->indexOfId(id);
    if (!index.isValid())
        return;
    m_panes.detail->showLoading(m_model->datasetAt(index.row()));
    m_panes.form->clearRefusal(); // the user has moved on from naming a dataset
    m_healthReader->cancel();
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
    m_healthReader->read(detail, local);
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

QString DatasetFlow::datasetForFiles()
{
    if (!m_account)
        return {};
    if (const QString open = m_panes.detail->datasetId(); !open.isEmpty())
        return open;
    if (const QString selected = m_panes.list->view()->currentDatasetId(); !selected.isEmpty()) {
        openDataset(selected);
        return selected;
    }
    // Said, never silently ignored: images always go into one dataset.
    m_panes.statusBar->showMessage(m_model->rowCount() == 0
                                       ? tr("Create a dataset first: type its name above and press Enter.")
                                       : tr("Choose a dataset in the list first: images go into one dataset."),
                                   StatusTimeoutMs * 2);
    if (m_model->rowCount() == 0)
        m_panes.form->setFocus(Qt::OtherFocusReason);
    else
        m_panes.list->view()->setFocus(Qt::OtherFocusReason);
    return {};
}

void DatasetFlow::chooseFiles()
{
    const QString datasetId = datasetForFiles();
    if (datasetId.isEmpty())
        return;
    // A list left unfinished comes back first; its sheet's Add Files… leads here again for more.
    if (!m_uploadDialog && m_account && m_account->drafts() && m_account->drafts()->draft(datasetId)) {
        addFiles(datasetId, {});
        return;
    }
    // The files go to the dataset of the account they were chosen for: after a switch the binding is gone.
    m_fileChooser->chooseFiles(m_binding, [this, datasetId](const QStringList &paths) { addFiles(datasetId, paths); });
}

void DatasetFlow::chooseFolder()
{
    const QString datasetId = datasetForFiles();
    if (datasetId.isEmpty())
        return;
    m_fileChooser->chooseFolder(m_binding, [this, datasetId](const QStringList &paths) { addFiles(datasetId, paths); });
}

void DatasetFlow::openSelected()
{
    if (const QString selected = m_panes.list->view()->currentDatasetId(); !selected.isEmpty()) {
        openDataset(selected);
        return;
    }
    m_panes.statusBar->showMessage(m_model->rowCount() == 0
                                       ? tr("There is no dataset to open yet: type a name above and press Enter.")
                                       : tr("Choose a dataset in the list first, then open it (Enter)."),
                                   StatusTimeoutMs * 2);
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
    m_uploadDialog->setDescribeService(m_account->describer(),
                                       m_account->isSandbox() ? QString() : m_account->billingName());
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
