#pragma once

#include "core/accounts/account.h"
#include "core/accounts/accountlist.h"
#include "core/accounts/accountmanager.h"
#include "core/services/keychecker.h"
#include "core/settings/appsettings.h"
#include "sandbox/sandboxserver.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>

// What the Accounts dialog tests start from: a sandbox on 127.0.0.1, a key checker, and the accounts of a new
// installation ("Ideogram" and the sandbox) in a temporary folder, the first one current and talking to the
// sandbox as a real one talks to Ideogram. Its keychain entries are named by keychainService.
struct AccountsFixture
{
    QTemporaryDir dir;
    Ids::Sandbox::SandboxServer server;
    QNetworkAccessManager network;
    Ids::Core::KeyChecker checker {&network};
    std::unique_ptr<Ids::Core::AppSettings> settings;
    std::unique_ptr<Ids::Core::AccountManager> accounts;

    // acceptedKey: the key the sandbox takes (its own when empty). Empty, or what could not be started.
    QString start(const QString &keychainService, const QString &acceptedKey = {})
    {
        if (!dir.isValid())
            return QStringLiteral("no temporary folder");
        if (!server.start())
            return QStringLiteral("the sandbox did not start");
        if (!acceptedKey.isEmpty())
            server.setAcceptedApiKey(acceptedKey);
        settings = std::make_unique<Ids::Core::AppSettings>(dir.filePath(QStringLiteral("settings.ini")));
        Ids::Core::AccountEnvironment environment;
        environment.keychainService = keychainService;
        environment.dataDirectory = dir.path();
        environment.firstDatabasePath = dir.filePath(QStringLiteral("db.sqlite"));
        environment.picturesRoot = dir.filePath(QStringLiteral("pictures"));
        accounts = std::make_unique<Ids::Core::AccountManager>(settings.get(), environment);
        if (!accounts->load() || !accounts->switchTo(Ids::Core::AccountList::FirstId))
            return QStringLiteral("the accounts did not load");
        Ids::Core::AccountInfo info = first()->info();
        info.baseUrl = server.baseUrl();
        accounts->update(info);
        return {};
    }

    Ids::Core::Account *first() const { return accounts->open(Ids::Core::AccountList::FirstId); }

    // The accounts go before what they use.
    ~AccountsFixture() { accounts.reset(); }
};
