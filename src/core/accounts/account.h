#pragma once

#include "../api/apierror.h"
#include "../api/httpversion.h"
#include "../services/journalqueue.h"
#include "../storage/databaserescue.h"
#include "accountinfo.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;

namespace Ids::Core {

class ApiClient;
class ContentStore;
class DraftStore;
class DescribeService;
class DatasetService;
class DatasetStore;
class FamilyProber;
class GenerationService;
class ListDatasetsJob;
class ModelFamilyStore;
class ModelLibrary;
class ModelPoller;
class ModelStore;
class PriceQuoter;
class SecretStore;
class StorageHealth;
class SyncService;
class TrainingService;
class UploadService;

// What every account of a run shares: where files go, and the timings.
struct AccountEnvironment
{
    QString keychainService; // the app's keychain service; each account has its own entry in it
    QString dataDirectory; // beside which databases are kept ("accounts/<id>.sqlite")
    QString firstDatabasePath; // the single-key app's database, kept by the account migrated from it
    QString picturesRoot; // generated images: <root>/<model>; the sandbox's under <root>/Sandbox
    ReconcileTiming reconcileTiming;
    HttpVersion httpVersion = HttpVersion::Http1;
};

// One Ideogram account and everything that talks to it or keeps its data: its network manager (its own pool
// of connections), its API client (its own key and address), its keychain entry, its database (datasets,
// models, files, journal) and its services. Created
// and torn down as a unit (everything is its child); nothing of one account can reach another, so a request
// of this account can only ever carry this account's key to this account's address (reliability-rules.md
// R14). The key itself stays inside the SecretStore and the ApiClient.
class Account final : public QObject
{
    Q_OBJECT
public:
    Account(AccountInfo info, const AccountEnvironment &environment, QObject *parent = nullptr);
    ~Account() override;

    // Opens the database (the sandbox's starts empty each run, like its server) and builds the services. A
    // damaged database is moved aside first and a fresh one started (rescueReport()). False with a sentence
    // for the user when the database cannot be opened.
    bool open(QString *error);
    // What open() found: moved says a damaged database was set aside, with the requests it held that may have
    // been sent.
    const RescueReport &rescueReport() const { return m_rescue; }
    // Whether the database can be written; read-only while the disk is full (nullptr before open()).
    StorageHealth *storageHealth() const { return m_health; }

    const AccountInfo &info() const { return m_info; }
    QString id() const { return m_info.id; }
    QString name() const { return m_info.name; }
    bool isSandbox() const { return m_info.sandbox; }
    QString databasePath() const { return m_databasePath; }
    // The scope of this account's rows in its database: its address ("sandbox" for the sandbox).
    QString scope() const;
    // Name and address changed in the Accounts dialog (the address only for accounts other than the sandbox).
    void setInfo(const AccountInfo &info);
    // An address for this run only (--api-base-url, or the sandbox's local server); not saved.
    void useBaseUrlForThisRun(const QUrl &url);
    QUrl baseUrl() const;

    // The key. loadKey() asks the keychain (keyChanged() follows, also when there is none);
    // useKeyForThisRun() takes one that is never stored (IDEOGRAM_API_KEY, the sandbox's).
    void loadKey();
    void useKeyForThisRun(const QString &key);
    void saveKey(const QString &key);
    void removeKey();
    bool isKeyKnown() const { return m_keyKnown; }
    // The key came from IDEOGRAM_API_KEY (or is the sandbox's): it is used, never stored.
    bool isKeyForThisRun() const { return m_keyForThisRun; }
    bool hasKey() const;
    // The last four characters, the only part of a key the window ever shows; empty without a key.
    QString keyLastFour() const;
    // "Acme client (…1a2b)": who pays, as the title, the status bar and the billing lines say it.
    QString billingName() const;
    SecretStore *secrets() const { return m_secrets; }
    // Asks Ideogram whether the saved key works (one GET /datasets); keyTested() answers.
    void testKey();

    // Reconciles what an earlier run left in the journal, then reads the lists and resumes following
    // trainings. Harmless to call again (after a key arrives). Does nothing without a key.
    void start();
    // What the system says about the network: offline, every request fails at once with "You are offline" and
    // the poller holds its polls; back online, the lists are read once and polling goes on.
    void setOnline(bool online);
    // An upload, a create or training being confirmed, or a generation is under way.
    bool hasWorkInFlight() const;

    ApiClient *client() const { return m_client; }
    DatasetStore *store() const { return m_store.get(); }
    ContentStore *content() const { return m_content.get(); }
    DraftStore *drafts() const { return m_drafts.get(); } // the review sheet's drafts (issue 15)
    ModelStore *modelStore() const { return m_models.get(); }
    DatasetService *datasets() const { return m_datasets; }
    SyncService *sync() const { return m_sync; }
    UploadService *uploads() const { return m_uploads; }
    TrainingService *training() const { return m_training; }
    ModelPoller *poller() const { return m_poller; }
    ModelLibrary *library() const { return m_library; }
    GenerationService *generation() const { return m_generation; }
    DescribeService *describer() const { return m_describer; } // captions from Ideogram (issue 15)
    // The family (Ideogram 4.0 or 3.0) of each model: what this app trained, and what quotes told.
    ModelFamilyStore *familyStore() const { return m_families.get(); }
    FamilyProber *familyProber() const { return m_prober; }
    // The price of the generation the panel would send now.
    PriceQuoter *quoter() const { return m_quoter; }

Q_SIGNALS:
    // The key became known, was saved, removed or replaced: hasKey() and keyLastFour() may have changed.
    void keyChanged();
    // The keychain answered a save: false means the key is kept for this run only.
    void keySaved(bool persistent);
    void keyTested(const Ids::Core::ApiError &error);
    // Name, address or the time the key last worked changed (the list saves it).
    void infoChanged(const Ids::Core::AccountInfo &info);

private:
    void onAnswered();

    AccountInfo m_info;
    AccountEnvironment m_environment;
    QString m_databasePath;
    QUrl m_baseUrlForThisRun;
    bool m_keyKnown = false;
    bool m_keyForThisRun = false;
    QNetworkAccessManager *m_network;
    ApiClient *m_client;
    SecretStore *m_secrets;
    std::unique_ptr<DatasetStore> m_store;
    std::unique_ptr<ContentStore> m_content;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<ModelStore> m_models;
    RescueReport m_rescue;
    StorageHealth *m_health = nullptr;
    std::unique_ptr<ModelFamilyStore> m_families;
    DatasetService *m_datasets = nullptr;
    SyncService *m_sync = nullptr;
    UploadService *m_uploads = nullptr;
    TrainingService *m_training = nullptr;
    ModelPoller *m_poller = nullptr;
    ModelLibrary *m_library = nullptr;
    DescribeService *m_describer = nullptr;
    GenerationService *m_generation = nullptr;
    FamilyProber *m_prober = nullptr;
    PriceQuoter *m_quoter = nullptr;
    QPointer<ListDatasetsJob> m_keyTest;
};

} // namespace Ids::Core
