#include "account.h"

#include "../api/apiclient.h"
#include "../api/datasetjobs.h"
#include "../secrets/secretstore.h"
#include "../services/datasetservice.h"
#include "../services/familyprober.h"
#include "../services/generationservice.h"
#include "../services/modellibrary.h"
#include "../services/modelpoller.h"
#include "../services/pricequoter.h"
#include "../services/syncservice.h"
#include "../services/trainingservice.h"
#include "../services/uploadservice.h"
#include "../storage/contentstore.h"
#include "../storage/draftstore.h"
#include "../services/describeservice.h"
#include "../storage/datasetstore.h"
#include "../storage/modelfamilystore.h"
#include "../storage/modelstore.h"
#include "../storage/storagehealth.h"

#include <QDir>
#include <QNetworkAccessManager>

namespace Ids::Core {

namespace {

// How often the time the key last worked is written down: it is shown in days and hours, not seconds.
constexpr qint64 KeyWorkedResolutionSecs = 60;

} // namespace

Account::Account(AccountInfo info, const AccountEnvironment &environment, QObject *parent)
    : QObject(parent)
    , m_info(std::move(info))
    , m_environment(environment)
    // A manager of its own: pooled connections (and what a server set on them) never carry another
    // account's request, and a change of this account's address drops only its own connections.
    , m_network(new QNetworkAccessManager(this))
    , m_client(new ApiClient(m_network, this))
    , m_secrets(new SecretStore(environment.keychainService, m_info.keyEntry, this))
{
    m_databasePath = m_info.databaseFile.isEmpty() ? environment.firstDatabasePath
                                                   : QDir(environment.dataDirectory).filePath(m_info.databaseFile);
    m_client->setBaseUrl(m_info.baseUrl);
    m_client->setHttpVersion(environment.httpVersion);
    connect(m_client, &ApiClient::answered, this, &Account::onAnswered);
    connect(m_secrets, &SecretStore::loaded, this, [this] {
        m_keyKnown = true;
        if (!m_keyForThisRun)
            m_client->setApiKey(m_secrets->key());
        Q_EMIT keyChanged();
    });
    connect(m_secrets, &SecretStore::saved, this, &Account::keySaved);
}

Account::~Account()
{
    // The services go before the stores they write to; what they had in flight stays in the journal.
    for (QObject *service : std::initializer_list<QObject *> {m_describer, m_quoter, m_prober, m_generation, m_library,
                                                              m_poller, m_training, m_uploads, m_sync, m_datasets,
                                                              m_health})
        delete service;
    m_families.reset();
    m_models.reset();
    m_drafts.reset();
    m_content.reset();
    m_store.reset();
}

bool Account::open(QString *error)
{
    QString storeError;
    if (!DatabaseRescue::check(m_databasePath, QDateTime::currentDateTimeUtc(), &m_rescue, &storeError)) {
        if (error)
            *error = tr("The local database of the account “%1” is damaged and could not be moved aside (%2). "
                        "Check that your home folder is writable, then try again.")
                         .arg(m_info.name, storeError);
        return false;
    }
    m_store = std::make_unique<DatasetStore>(m_databasePath);
    if (!m_store->open(&storeError)) {
        if (error)
            *error = tr("The local database of the account “%1” could not be opened (%2). Check that your home "
                        "folder is writable and has free space, then try again.")
                         .arg(m_info.name, storeError);
        m_store.reset();
        return false;
    }
    m_store->setScope(scope());
    // The sandbox's server starts empty each run, so rows of an earlier run are stale.
    if (isSandbox())
        m_store->clearScope();
    m_health = new StorageHealth(m_store.get(), this);
    m_content = std::make_unique<ContentStore>(m_store.get());
    m_drafts = std::make_unique<DraftStore>(m_store.get());
    m_models = std::make_unique<ModelStore>(m_store.get());
    m_families = std::make_unique<ModelFamilyStore>(m_store.get());

    m_datasets = new DatasetService(m_client, m_store.get(), this);
    m_datasets->setReconcileTiming(m_environment.reconcileTiming);
    m_sync = new SyncService(m_client, m_store.get(), m_content.get(), this);
    m_uploads = new UploadService(m_client, m_content.get(), this);
    m_training = new TrainingService(m_client, m_models.get(), m_content.get(), m_families.get(), this);
    m_training->setReconcileTiming(m_environment.reconcileTiming);
    m_poller = new ModelPoller(m_client, m_models.get(), {}, this);
    m_library = new ModelLibrary(m_client, m_models.get(), m_poller, this);
    // Pretend images stay apart from real ones.
    const QString pictures =
        isSandbox() ? QDir(m_environment.picturesRoot).filePath(QStringLiteral("Sandbox")) : m_environment.picturesRoot;
    m_generation = new GenerationService(m_client, pictures, this);
    m_describer = new DescribeService(m_client, this);
    m_generation->setAccountId(m_info.id);
    m_prober = new FamilyProber(m_client, m_families.get(), {}, this);
    m_quoter = new PriceQuoter(m_client, this);
    // Every list of models may bring one trained elsewhere: its family is asked for once (api-contract.md §9.2).
    connect(m_library, &ModelLibrary::modelsChanged, m_prober, [this] { m_prober->check(m_library->models()); });
    connect(m_poller, &ModelPoller::modelFinished, m_prober,
            [this](const CustomModel &model) { m_prober->check({model}); });
    return true;
}

void Account::setOnline(bool online)
{
    m_client->setOnline(online);
    if (m_poller)
        m_poller->setOnline(online);
}

QString Account::scope() const
{
    return isSandbox() ? QStringLiteral("sandbox") : baseUrl().toString();
}

QUrl Account::baseUrl() const
{
    return m_baseUrlForThisRun.isValid() ? m_baseUrlForThisRun : m_info.baseUrl;
}

void Account::setInfo(const AccountInfo &info)
{
    const QUrl before = baseUrl();
    m_info.name = info.name;
    if (!isSandbox())
        m_info.baseUrl = info.baseUrl;
    if (baseUrl() != before) {
        m_client->setBaseUrl(baseUrl());
        // Another address is another server: its rows are kept apart, and nothing in flight belongs to it.
        if (m_store)
            m_store->setScope(scope());
    }
    Q_EMIT infoChanged(m_info);
}

void Account::useBaseUrlForThisRun(const QUrl &url)
{
    m_baseUrlForThisRun = url;
    m_client->setBaseUrl(url);
    if (m_store)
        m_store->setScope(scope());
}

void Account::loadKey()
{
    if (m_keyForThisRun) {
        Q_EMIT keyChanged();
        return;
    }
    m_secrets->load();
}

void Account::useKeyForThisRun(const QString &key)
{
    m_keyForThisRun = true;
    m_keyKnown = true;
    m_client->setApiKey(key);
    Q_EMIT keyChanged();
}

void Account::saveKey(const QString &key)
{
    m_keyForThisRun = false;
    m_keyKnown = true;
    m_secrets->save(key);
    m_client->setApiKey(key);
    Q_EMIT keyChanged();
}

void Account::removeKey()
{
    m_keyForThisRun = false;
    m_secrets->remove();
    m_client->setApiKey({});
    Q_EMIT keyChanged();
}

bool Account::hasKey() const
{
    return m_client->hasApiKey();
}

QString Account::keyLastFour() const
{
    const QString key = m_client->apiKeyForRedaction();
    return key.size() >= 8 ? key.right(4) : QString();
}

QString Account::billingName() const
{
    const QString lastFour = keyLastFour();
    // The sandbox bills nobody: its own key is no one's.
    return lastFour.isEmpty() || isSandbox() ? m_info.name : tr("%1 (key …%2)").arg(m_info.name, lastFour);
}

void Account::testKey()
{
    if (m_keyTest || !hasKey())
        return;
    m_keyTest = new ListDatasetsJob(m_client, {}, this);
    connect(m_keyTest, &ApiJob::finished, this, [this, job = m_keyTest.data()] {
        m_keyTest = nullptr;
        Q_EMIT keyTested(job->error());
    });
    m_keyTest->start();
}

void Account::start()
{
    if (!m_store || !hasKey())
        return;
    // Work an earlier run left unresolved is reconciled before anything new (reliability-rules.md R10).
    m_datasets->reconcileJournal();
    m_uploads->resumeJournal();
    m_training->reconcileJournal();
    m_sync->refresh();
    // Trainings followed before the app closed are followed again without anyone asking (R13).
    m_poller->resumeFromStore();
    m_library->refresh();
    m_prober->check(m_library->models());
}

bool Account::hasWorkInFlight() const
{
    return m_store && (m_uploads->isBusy() || m_datasets->isBusy() || m_training->isBusy() || m_generation->isBusy());
}

void Account::onAnswered()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_info.keyLastWorkedUtc.isValid() && m_info.keyLastWorkedUtc.secsTo(now) < KeyWorkedResolutionSecs)
        return;
    m_info.keyLastWorkedUtc = now;
    Q_EMIT infoChanged(m_info);
}

} // namespace Ids::Core
