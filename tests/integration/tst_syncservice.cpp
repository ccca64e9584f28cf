// The list follows the account: datasets made elsewhere appear, renames arrive, none is duplicated, and a
// dataset the server stops returning is marked, not dropped. Details come from the cache first.
#include "../common/sandboxstores.h"
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

    std::unique_ptr<SandboxStores> m_env;
    std::unique_ptr<SyncService> m_sync;
};

void SyncServiceTest::init()
{
    m_env = std::make_unique<SandboxStores>();
    const QString problem = m_env->start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_sync = std::make_unique<SyncService>(m_env->client(), m_env->store.get(), m_env->content.get());
    m_sync->setSearchDelay(10ms);
}

void SyncServiceTest::cleanup()
{
    m_sync.reset();
    m_env.reset();
}

QStringList SyncServiceTest::storedNames() const
{
    QStringList names;
    for (const Dataset &dataset : m_env->store->datasets())
        names.append(dataset.name);
    names.sort();
    return names;
}

void SyncServiceTest::refresh_serverAddsRenamesAndRemoves_storeFollowsWithoutDuplicates()
{
    const Dataset shoes = m_env->server.addDataset(QStringLiteral("Shoes"));
    const Dataset hats = m_env->server.addDataset(QStringLiteral("Hats"));
    QSignalSpy refreshed(m_sync.get(), &SyncService::refreshed);
    m_sync->refresh();
    QVERIFY(refreshed.wait(5000));
    QCOMPARE(storedNames(), (QStringList {QStringLiteral("Hats"), QStringLiteral("Shoes")}));

    m_env->server.renameDataset(hats.id, QStringLiteral("Caps"));
    m_env->server.addDataset(QStringLiteral("Bags"));
    m_env->server.removeDataset(shoes.id);
    m_sync->refresh();
    QVERIFY(refreshed.wait(5000));

    QCOMPARE(storedNames(), (QStringList {QStringLiteral("Bags"), QStringLiteral("Caps"), QStringLiteral("Shoes")}));
    QCOMPARE(m_env->store->missingIds(), QSet<QString> {shoes.id});
    const auto arguments = refreshed.last();
    QCOMPARE(arguments.at(0).value<QList<Dataset>>().size(), 3);
    QCOMPARE(arguments.at(1).value<QSet<QString>>(), QSet<QString> {shoes.id});
}

void SyncServiceTest::refresh_datasetComesBack_isUnmarked()
{
    const Dataset shoes = m_env->server.addDataset(QStringLiteral("Shoes"));
    m_env->store->upsert(shoes);
    m_env->store->applyServerList({}, {shoes.id});
    QCOMPARE(m_env->store->missingIds(), QSet<QString> {shoes.id});
    QSignalSpy refreshed(m_sync.get(), &SyncService::refreshed);
    m_sync->refresh();
    QVERIFY(refreshed.wait(5000));
    QVERIFY(m_env->store->missingIds().isEmpty());
    QCOMPARE(m_env->store->datasets().size(), 1);
}

void SyncServiceTest::refresh_unauthorized_reportsAndKeepsCache()
{
    m_env->store->upsert(m_env->server.addDataset(QStringLiteral("Shoes")));
    m_env->server.setAcceptedApiKey(QStringLiteral("another-key-0000000000"));
    QSignalSpy failed(m_sync.get(), &SyncService::refreshFailed);
    m_sync->refresh();
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().at(0).value<ApiError>().kind, ApiError::Kind::Unauthorized);
    QCOMPARE(storedNames(), QStringList {QStringLiteral("Shoes")});
    QVERIFY(m_env->store->missingIds().isEmpty());
}

void SyncServiceTest::refresh_datasetCreatedWhileListOnItsWay_notMarkedMissing()
{
    // The list is read on the server before the create, and its answer arrives after the create's: the app
    // saw the new dataset (in the create's answer) after it asked for the list.
    const Dataset shoes = m_env->server.addDataset(QStringLiteral("Shoes"));
    m_env->store->upsert(shoes);
    SandboxServer::Fault listBeforeCreate;
    listBeforeCreate.status = 200;
    listBeforeCreate.body = QByteArray(R"({"datasets":[{"dataset_id":")") + shoes.id.toLatin1()
        + R"(","name":"Shoes","user_id":"u","creation_time":"2026-06-02T16:24:11Z"}]})";
    listBeforeCreate.delayMs = 300;
    m_env->server.injectFault("GET", QStringLiteral("/datasets"), listBeforeCreate);
    QSignalSpy refreshed(m_sync.get(), &SyncService::refreshed);
    m_sync->refresh();
    QTRY_COMPARE(m_env->server.exactRequestCount("GET", QStringLiteral("/datasets")), 1);
    const Dataset created = m_env->server.addDataset(QStringLiteral("Created meanwhile"));
    QVERIFY(m_env->store->upsert(created)); // what the create service does with the create's answer
    QVERIFY(refreshed.wait(5000));

    QVERIFY(m_env->store->missingIds().isEmpty());
    QCOMPARE(refreshed.first().at(1).value<QSet<QString>>(), QSet<QString>());
    QCOMPARE(storedNames(), (QStringList {QStringLiteral("Created meanwhile"), QStringLiteral("Shoes")}));
}

void SyncServiceTest::search_asksServerAfterPause_andAddsWhatItFinds()
{
    m_env->server.addDataset(QStringLiteral("Red shoes"));
    m_env->server.addDataset(QStringLiteral("Blue hats"));
    QSignalSpy results(m_sync.get(), &SyncService::searchResults);
    // Typing: only the last text goes to the server.
    m_sync->search(QStringLiteral("s"));
    m_sync->search(QStringLiteral("sh"));
    m_sync->search(QStringLiteral("SHOE"));
    QVERIFY(results.wait(5000));
    QCOMPARE(results.count(), 1);
    QCOMPARE(results.first().at(0).toString(), QStringLiteral("SHOE"));
    QCOMPARE(m_env->server.requestCount("GET", QStringLiteral("/datasets")), 1);
    QCOMPARE(storedNames(), QStringList {QStringLiteral("Red shoes")});
}

void SyncServiceTest::loadDetail_cachedFirst_thenServer()
{
    const Dataset shoes = m_env->server.addDataset(QStringLiteral("Shoes"));
    DatasetDetail cached;
    cached.dataset = shoes;
    cached.fileCount = 7;
    QVERIFY(m_env->content->saveDetail(cached));

    QSignalSpy loaded(m_sync.get(), &SyncService::detailLoaded);
    m_sync->loadDetail(shoes.id);
    QCOMPARE(loaded.count(), 1); // the cached copy, at once
    QCOMPARE(loaded.first().at(0).value<DatasetDetail>().fileCount, 7);
    QCOMPARE(loaded.first().at(1).toBool(), false);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(loaded.last().at(0).value<DatasetDetail>().fileCount, 0);
    QCOMPARE(loaded.last().at(1).toBool(), true);
    QCOMPARE(m_env->content->detail(shoes.id)->fileCount, 0);
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
