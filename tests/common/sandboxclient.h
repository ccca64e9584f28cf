#pragma once

#include "core/api/apiclient.h"
#include "sandbox/sandboxserver.h"

#include <QNetworkAccessManager>

#include <memory>

// A client talking to a sandbox the way the integration tests want it: the sandbox's key, short timeouts,
// and retry delays without jitter so the counts and waits are exact.
struct SandboxClient
{
    std::unique_ptr<QNetworkAccessManager> network = std::make_unique<QNetworkAccessManager>();
    std::unique_ptr<Ids::Core::ApiClient> client = std::make_unique<Ids::Core::ApiClient>(network.get());

    SandboxClient(const Ids::Sandbox::SandboxServer &server, Ids::Core::Timeouts timeouts,
                  std::chrono::milliseconds firstRetryDelay)
    {
        client->setBaseUrl(server.baseUrl());
        client->setApiKey(Ids::Sandbox::SandboxServer::defaultApiKey());
        client->setTimeouts(timeouts);
        Ids::Core::RetryPolicy policy = Ids::Core::RetryPolicy::standard();
        policy.initialDelay = firstRetryDelay;
        policy.jitter = [] { return 1.0; };
        client->setRetryPolicy(policy);
    }
};
