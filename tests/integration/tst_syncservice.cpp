// The list follows the account: datasets made elsewhere appear, renames arrive, none is duplicated, and a
// dataset the server stops returning is marked, not dropped. Details come from the cache first.
#include "../common/sandboxclient.h"
#include "core/services/syncservice.h"
#include "core/storage/contentstore.h"
#include "core/storage/datasetstore.h"
#include "sandbox/sandboxserver.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ids::Core;
using Ids::Sandbox::SandboxServer;
using namespace std::chrono_literals;

class SyncServiceTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void refresh_serverAddsRenamesAndRemoves_storeFollowsWithoutDuplicates();
    void refresh_datasetComesBack_isUnmarked();
    void refresh_unauthorized_reportsAndKeepsCache();
    void refresh_datasetCreatedWhileListOnItsWay_notMarkedMissing();
    void search_asksServerAfterPause_andAddsWhatItFinds();
    void loadDetail_cachedFirst_thenServer();
    void loadDetail_unknownDataset_reportsNotFound();

private:
    QStringList storedNames() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxClient> m_sandboxClient;
    std::unique_ptr<DatasetStore> m_store;
    std::unique_ptr<ContentStore> m_content;
    std::unique_ptr<SyncService> m_sync;
};

void SyncServiceTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->start());
    m_sandboxClient = std::make_unique<SandboxClient>(*m_server, Timeouts {2000ms, 5000ms}, 20ms);
    m_store = std::make_unique<DatasetStore>(m_dir->filePath(QStringLiteral("db.sqlite")));
    QVERIFY(m_store->open());
    m_store->setScope(QStringLiteral("sandbox"));
    m_content = std::make_unique<ContentStore>(m_store.get());
    m_sync = std::make_unique<SyncService>(m_sandboxClient->client.get(), m_store.get(), m_content.get());
    m_sync->setSearchDelay(10ms);
}

void SyncServiceTest::cleanup()
{
    m_sync.reset();
    m_content.reset();
    m_store.reset();
    m_sandboxClient.reset();
    m_server.reset();
    m_dir.reset();
}

QStringList SyncServiceTest::storedNames() const
{
    QStringList names;
    for (const Dataset &dataset : m_store->datasets())
        names.append(dataset.name);
    names.sort();
    return names;
}

void SyncServiceTest::refresh_serverAddsRenamesAndRemoves_storeFollowsWithoutDuplicates()
{
    const Dataset shoes = m_server->addDataset(QStringLiteral("Shoes"));
    const Dataset hats = m_server->addDataset(QStringLiteral("Hats"));
    QSignalSpy refreshed(m_sync.get(), &SyncService::refreshed);
    m_sync->refresh();
    QVERIFY(refreshed.wait(5000));
    QCOMPARE(storedNames(), (QStringList {QStringLiteral("Hats"), QStringLiteral("Shoes")}));

    m_server->renameDataset(hats.id, QStringLiteral("Caps"));
    m_server->addDataset(QStringLiteral("Bags"));
    m_server->removeDataset(shoes.id);
    m_sync->refresh();
    QVERIFY(refreshed.wait(5000));

    QCOMPARE(storedNames(), (QStringList {QStringLiteral("Bags"), QStringLiteral("Caps"), QStringLiteral("Shoes")}));
    QCOMPARE(m_store->missingIds(), QSet<QString> {shoes.id});
    const auto arguments = refreshed.last();
    QCOMPARE(arguments.at(0).value<QList<Dataset>>().size(), 3);
    QCOMPARE(arguments.at(1).value<QSet<QString>>(), QSet<QString> {shoes.id});
}

void SyncServiceTest::refresh_datasetComesBack_isUnmarked()
{
    const Dataset shoes = m_server->addDataset(QStringLiteral("Shoes"));
    m_store->upsert(shoes);
    m_store->applyServerList({}, {shoes.id});
    QCOMPARE(m_store->missingIds(), QSet<QString> {shoes.id});
    QSignalSpy refreshed(m_sync.get(), &SyncService::refreshed);
    m_sync->refresh();
    QVERIFY(refreshed.wait(5000));
    QVERIFY(m_store->missingIds().isEmpty());
    QCOMPARE(m_store->datasets().size(), 1);
}

void SyncServiceTest::refresh_unauthorized_reportsAndKeepsCache()
{
    m_store->upsert(m_server->addDataset(QStringLiteral("Shoes")));
    m_server->setAcceptedApiKey(QStringLiteral("another-key-0000000000"));
    QSignalSpy failed(m_sync.get(), &SyncService::refreshFailed);
    m_sync->refresh();
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().at(0).value<ApiError>().kind, ApiError::Kind::Unauthorized);
    QCOMPARE(storedNames(), QStringList {QStringLiteral("Shoes")});
    QVERIFY(m_store->missingIds().isEmpty());
}

void SyncServiceTest::refresh_datasetCreatedWhileListOnItsWay_notMarkedMissing()
{
    // The list is read on the server before the create, and its answer arrives after the create's: the app
    // saw the new dataset (in the create's answer) after it asked for the list.
    const Dataset shoes = m_server->addDataset(QStringLiteral("Shoes"));
    m_store->upsert(shoes);
    SandboxServer::Fault listBeforeCreate;
    listBeforeCreate.status = 200;
    listBeforeCreate.body = QByteArray(R"({"datasets":[{"dataset_id":")") + shoes.id.toLatin1()
        + R"(","name":"Shoes","user_id":"u","creation_time":"2026-06-02T16:24:11Z"}]})";
    listBeforeCreate.delayMs = 300;
    m_server->injectFault("GET", QStringLiteral("/datasets"), listBeforeCreate);
    QSignalSpy refreshed(m_sync.get(), &SyncService::refreshed);
    m_sync->refresh();
    QTRY_COMPARE(m_server->exactRequestCount("GET", QStringLiteral("/datasets")), 1);
    const Dataset created = m_server->addDataset(QStringLiteral("Created meanwhile"));
    QVERIFY(m_store->upsert(created)); // what the create service does with the create's answer
    QVERIFY(refreshed.wait(5000));

    QVERIFY(m_store->missingIds().isEmpty());
    QCOMPARE(refreshed.first().at(1).value<QSet<QString>>(), QSet<QString>());
    QCOMPARE(storedNames(), (QStringList {QStringLiteral("Created meanwhile"), QStringLiteral("Shoes")}));
}

void SyncServiceTest::search_asksServerAfterPause_andAddsWhatItFinds()
{
    m_server->addDataset(QStringLiteral("Red shoes"));
    m_server->addDataset(QStringLiteral("Blue hats"));
    QSignalSpy results(m_sync.get(), &SyncService::searchResults);
    // Typing: only the last text goes to the server.
    m_sync->search(QStringLiteral("s"));
    m_sync->search(QStringLiteral("sh"));
    m_sync->search(QStringLiteral("SHOE"));
    QVERIFY(results.wait(5000));
    QCOMPARE(results.count(), 1);
    QCOMPARE(results.first().at(0).toString(), QStringLiteral("SHOE"));
    QCOMPARE(m_server->requestCount("GET", QStringLiteral("/datasets")), 1);
    QCOMPARE(storedNames(), QStringList {QStringLiteral("Red shoes")});
}

void SyncServiceTest::loadDetail_cachedFirst_thenServer()
{
    const Dataset shoes = m_server->addDataset(QStringLiteral("Shoes"));
    DatasetDetail cached;
    cached.dataset = shoes;
    cached.fileCount = 7;
    QVERIFY(m_content->saveDetail(cached));

    QSignalSpy loaded(m_sync.get(), &SyncService::detailLoaded);
    m_sync->loadDetail(shoes.id);
    QCOMPARE(loaded.count(), 1); // the cached copy, at once
    QCOMPARE(loaded.first().at(0).value<DatasetDetail>().fileCount, 7);
    QCOMPARE(loaded.first().at(1).toBool(), false);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(loaded.last().at(0).value<DatasetDetail>().fileCount, 0);
    QCOMPARE(loaded.last().at(1).toBool(), true);
    QCOMPARE(m_content->detail(shoes.id)->fileCount, 0);
}

void SyncServiceTest::loadDetail_unknownDataset_reportsNotFound()
{
    QSignalSpy failed(m_sync.get(), &SyncService::detailFailed);
    m_sync->loadDetail(QStringLiteral("no-such-dataset"));
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().at(1).value<ApiError>().kind, ApiError::Kind::NotFound);
}

QTEST_GUILESS_MAIN(SyncServiceTest)
#include "tst_syncservice.moc"
