#pragma once

#include "core/storage/contentstore.h"
#include "core/storage/datasetstore.h"
#include "sandboxclient.h"

#include <QTemporaryDir>

#include <memory>

// What the service tests start from: a sandbox on 127.0.0.1, a client for it (SandboxClient: the sandbox's key,
// short timeouts, retries without jitter) and an account's database, scoped "sandbox", with its content store, in
// a temporary folder of its own.
struct SandboxStores
{
    QTemporaryDir dir;
    Ids::Sandbox::SandboxServer server;
    std::unique_ptr<SandboxClient> sandboxClient;
    std::unique_ptr<Ids::Core::DatasetStore> store;
    std::unique_ptr<Ids::Core::ContentStore> content;

    // Empty, or what could not be started.
    QString start()
    {
        using namespace std::chrono_literals;
        if (!dir.isValid())
            return QStringLiteral("no temporary folder");
        if (!server.start())
            return QStringLiteral("the sandbox did not start");
        sandboxClient = std::make_unique<SandboxClient>(server, Ids::Core::Timeouts {2000ms, 5000ms}, 20ms);
        store = std::make_unique<Ids::Core::DatasetStore>(dir.filePath(QStringLiteral("db.sqlite")));
        if (!store->open())
            return QStringLiteral("the database did not open");
        store->setScope(QStringLiteral("sandbox"));
        content = std::make_unique<Ids::Core::ContentStore>(store.get());
        return {};
    }

    Ids::Core::ApiClient *client() const { return sandboxClient->client.get(); }
};
