#pragma once

#include <core/types/dataset.h>

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>

class QStatusBar;

namespace Ids::Core {
class Account;
class AppSettings;
struct DatasetDetail;
} // namespace Ids::Core
namespace Ids::Models {
class DatasetCacheLoader;
class DatasetFilesModel;
class DatasetFilterProxy;
class DatasetHealthReader;
class DatasetListModel;
class Thumbnailer;
class UploadThumbnails;
struct CachedDatasets;
} // namespace Ids::Models

namespace Ids::Widgets {

class ArrivalQuestion;
class DatasetCreateFlow;
class DatasetDetailPane;
class DatasetForm;
class DatasetListPane;
class ErrorBanner;
class FileChooser;
class UploadDialog;

// The panes of the dataset page, which the window lays out and the flow wires.
struct DatasetPanes
{
    DatasetForm *form = nullptr;
    DatasetListPane *list = nullptr;
    DatasetDetailPane *detail = nullptr;
    ArrivalQuestion *question = nullptr;
    ErrorBanner *banner = nullptr;
    QStatusBar *statusBar = nullptr;
};

// The wiring of the dataset page to the current account (the twin of ModelFlow): the create (through its
// DatasetCreateFlow), the list (saved rows first, then Ideogram's, and what is known when it cannot be read),
// the details of the dataset opened and its health, the file dialogs, the review sheet and the upload. Every
// service signal is connected here, once, so what the page shows follows the order in which things happened.
// On a switch the old account's signals are let go: its answers can never reach the page of another account.
// It presents; the services decide. A dataset just created opens with the focus on Add Images…: the next step.
class DatasetFlow final : public QObject
{
    Q_OBJECT
public:
    DatasetFlow(const DatasetPanes &panes, Models::Thumbnailer *thumbnailer, Core::AppSettings *settings,
                QWidget *window);
    ~DatasetFlow() override;

    // Shows this account's datasets: its saved list at once (before any network call), then what its
    // services report. nullptr shows nothing. thumbnails: the account's keeper of upload thumbnails.
    void setAccount(Core::Account *account, Models::UploadThumbnails *thumbnails);
    Core::Account *account() const;
    Models::DatasetListModel *model() const { return m_model; }

    void refresh();
    void openDataset(const QString &id);
    // Opens the review sheet for these files and folders, to go into the dataset.
    void addFiles(const QString &datasetId, const QStringList &paths);
    // Add Images… and Add Folder…: for the open dataset, else the one selected in the list (opened first);
    // with neither, the status bar says what to do first.
    void chooseFiles();
    void chooseFolder();
    // Open Dataset: the one selected, or a word on how to select one.
    void openSelected();
    FileChooser *fileChooser() const { return m_fileChooser; }
    // The server's details of a dataset changed (a training started from it): read them again if shown.
    void reloadIfShown(const QString &datasetId);
    UploadDialog *uploadDialog() const;

Q_SIGNALS:
    // A dataset is open: images can be added to it.
    void datasetOpened(const QString &datasetId);
    // The account's saved list is on screen (or there was none to read): its network work may begin.
    void savedListShown(Ids::Core::Account *account);

private:
    void bind();
    void onDatasetCreated(const Core::Dataset &dataset, bool askedNow);
    // The dataset the file dialogs add to (opening the selected one), or empty after saying why there is none.
    QString datasetForFiles();
    void onDetailLoaded(const Core::DatasetDetail &detail, bool fromServer);
    void onCacheLoaded(const Models::CachedDatasets &cached);
    void letUploadGo();
    // The status bar's routine messages, and the ones about another account that routine must not cover.
    void say(const QString &message, int timeoutMs = 0);
    void sayFirmly(const QString &message);

    DatasetPanes m_panes;
    Models::Thumbnailer *m_thumbnailer;
    QWidget *m_window;
    Models::DatasetListModel *m_model;
    Models::DatasetFilterProxy *m_proxy;
    Models::DatasetFilesModel *m_filesModel;
    Models::DatasetCacheLoader *m_cacheLoader;
    Models::DatasetHealthReader *m_healthReader;
    DatasetCreateFlow *m_createFlow;
    FileChooser *m_fileChooser;
    QPointer<Core::Account> m_account;
    QPointer<Models::UploadThumbnails> m_thumbnails;
    // Every connection to the account shown has this as its context: deleting it lets the account go.
    QObject *m_binding = nullptr;
    QPointer<UploadDialog> m_uploadDialog;
    QDeadlineTimer m_firmUntil; // expired: nothing firm is being said
};

} // namespace Ids::Widgets
