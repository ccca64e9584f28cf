#pragma once

#include "core/api/apiclient.h"
#include "sandbox/sandboxserver.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

// The protocol matrix of the wire tests, as global test data (every test function runs once per row):
// - "HTTP/2": the front offers h2 and the client chooses HTTP/2;
// - "HTTP/1.1 front": the front offers HTTP/1.1 only (nghttpx --npn-list=http/1.1) while the client would
//   take HTTP/2: ALPN falls back;
// - "app default": the front offers h2 and the client keeps its default, HTTP/1.1.
// "alpn" is what every request must have travelled over, as the front (or the fault server) logged it.
inline void addWireRows()
{
    QTest::addColumn<bool>("frontOffersHttp2");
    QTest::addColumn<bool>("clientWantsHttp2");
    QTest::addColumn<QString>("alpn");
    QTest::newRow("HTTP/2") << true << true << QStringLiteral("h2");
    QTest::newRow("HTTP/1.1 front") << false << true << QStringLiteral("http/1.1");
    QTest::newRow("app default") << true << false << QStringLiteral("http/1.1");
}

// The app's client pointed at an https base URL with the sandbox's key, short timeouts (no wait in these
// tests is legitimately longer than a second or two, so a hang ends as a failure, not a stuck suite) and
// retries without jitter.
struct WireClient
{
    std::unique_ptr<QNetworkAccessManager> network = std::make_unique<QNetworkAccessManager>();
    std::unique_ptr<Ids::Core::ApiClient> client = std::make_unique<Ids::Core::ApiClient>(network.get());

    WireClient(const QUrl &baseUrl, bool http2)
    {
        using namespace std::chrono_literals;
        client->setBaseUrl(baseUrl);
        client->setApiKey(Ids::Sandbox::SandboxServer::defaultApiKey());
        client->setHttpVersion(http2 ? Ids::Core::HttpVersion::Http2 : Ids::Core::HttpVersion::Http1);
        client->setTimeouts({3000ms, 8000ms, 3000ms});
        client->setUploadTimeouts({5000ms, 0ms, 5000ms});
        client->setGenerationTimeouts({3000ms, 8000ms, 3000ms});
        Ids::Core::RetryPolicy policy = Ids::Core::RetryPolicy::standard();
        policy.initialDelay = 20ms;
        policy.jitter = [] { return 1.0; };
        client->setRetryPolicy(policy);
    }
};
