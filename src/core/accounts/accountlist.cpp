#include "accountlist.h"

#include "../settings/appsettings.h"
#include "../validation/baseurl.h"

#include <QUuid>

#include <algorithm>

namespace Ids::Core {

namespace {

AccountInfo sandboxAccount()
{
    AccountInfo sandbox;
    sandbox.id = AccountList::SandboxId;
    sandbox.name = AccountList::tr("Sandbox");
    sandbox.baseUrl = QUrl(QStringLiteral("http://127.0.0.1")); // the local server's port is known at run time
    sandbox.databaseFile = QStringLiteral("accounts/sandbox.sqlite");
    sandbox.sandbox = true;
    return sandbox;
}

} // namespace

AccountList::AccountList(AppSettings *settings)
    : m_settings(settings)
{ }

bool AccountList::load()
{
    const std::optional<QList<AccountInfo>> saved = m_settings->accounts();
    bool migrated = false;
    if (saved) {
        m_accounts = *saved;
    } else {
        // The single-key app: its address setting, its keychain entry and its database become the first
        // account's, as they are.
        AccountInfo first;
        first.id = FirstId;
        first.name = tr("Ideogram");
        first.baseUrl = m_settings->baseUrl();
        first.keyEntry = FirstKeyEntry;
        m_accounts = {first};
        migrated = true;
    }
    // The sandbox is always there, and always last.
    m_accounts.erase(std::remove_if(m_accounts.begin(), m_accounts.end(),
                                    [](const AccountInfo &account) { return account.sandbox; }),
                     m_accounts.end());
    m_accounts.append(sandboxAccount());
    m_currentId = m_settings->currentAccountId();
    if (migrated) {
        m_currentId = FirstId;
        save();
    }
    return migrated;
}

std::optional<AccountInfo> AccountList::find(const QString &id) const
{
    const auto it = std::find_if(m_accounts.cbegin(), m_accounts.cend(),
                                 [&](const AccountInfo &account) { return account.id == id; });
    return it == m_accounts.cend() ? std::nullopt : std::optional(*it);
}

QString AccountList::currentId() const
{
    return find(m_currentId) ? m_currentId : m_accounts.constFirst().id;
}

void AccountList::setCurrentId(const QString &id)
{
    if (!find(id) || id == m_currentId)
        return;
    m_currentId = id;
    m_settings->setCurrentAccountId(id);
}

AccountInfo AccountList::add(const QString &name)
{
    AccountInfo account;
    account.id = QUuid::createUuid().toString(QUuid::Id128).left(12);
    account.name = name.trimmed().isEmpty() ? tr("Account %1").arg(m_accounts.size()) : name.trimmed();
    account.baseUrl = BaseUrl::defaultUrl();
    account.keyEntry = QStringLiteral("api-key/") + account.id;
    account.databaseFile = QStringLiteral("accounts/%1.sqlite").arg(account.id);
    m_accounts.insert(m_accounts.size() - 1, account); // before the sandbox
    save();
    return account;
}

bool AccountList::update(const AccountInfo &info)
{
    const auto it =
        std::find_if(m_accounts.begin(), m_accounts.end(), [&](const AccountInfo &a) { return a.id == info.id; });
    if (it == m_accounts.end())
        return false;
    const QString name = info.name.trimmed();
    if (!name.isEmpty())
        it->name = name;
    if (!it->sandbox && BaseUrl::check(info.baseUrl.toString()).ok())
        it->baseUrl = info.baseUrl;
    it->keyLastWorkedUtc = info.keyLastWorkedUtc;
    save();
    return true;
}

bool AccountList::remove(const QString &id)
{
    const auto it = std::find_if(m_accounts.begin(), m_accounts.end(),
                                 [&](const AccountInfo &account) { return account.id == id && !account.sandbox; });
    if (it == m_accounts.end())
        return false;
    m_accounts.erase(it);
    save();
    return true;
}

void AccountList::save()
{
    m_settings->setAccounts(m_accounts);
    m_settings->setCurrentAccountId(m_currentId);
}

} // namespace Ids::Core
