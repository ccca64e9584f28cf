#include "accountmanager.h"

#include "../secrets/secretstore.h"

#include <QFile>
#include <QTimer>

namespace Ids::Core {

AccountManager::AccountManager(AppSettings *settings, AccountEnvironment environment, QObject *parent)
    : QObject(parent)
    , m_list(settings)
    , m_environment(std::move(environment))
{ }

AccountManager::~AccountManager()
{
    // Accounts go before the list they report to.
    const QList<Account *> open = m_open.values();
    m_open.clear();
    m_current = nullptr;
    qDeleteAll(open);
}

bool AccountManager::load()
{
    return m_list.load();
}

Account *AccountManager::open(const QString &id, QString *error)
{
    if (Account *account = m_open.value(id))
        return account;
    const std::optional<AccountInfo> info = m_list.find(id);
    if (!info)
        return nullptr;
    auto *account = new Account(*info, m_environment, this);
    if (!account->open(error)) {
        delete account;
        return nullptr;
    }
    m_open.insert(id, account);
    connect(account, &Account::infoChanged, this, [this](const AccountInfo &changed) {
        m_list.update(changed);
        Q_EMIT listChanged();
    });
    Q_EMIT accountOpened(account);
    return account;
}

bool AccountManager::switchTo(const QString &id, QString *error, bool remember)
{
    Account *account = open(id, error);
    if (!account)
        return false;
    if (remember)
        m_list.setCurrentId(id);
    if (account == m_current)
        return true;
    m_current = account;
    Q_EMIT currentChanged(account);
    return true;
}

AccountInfo AccountManager::add(const QString &name)
{
    const AccountInfo info = m_list.add(name);
    Q_EMIT listChanged();
    return info;
}

void AccountManager::update(const AccountInfo &info)
{
    if (Account *account = m_open.value(info.id)) {
        account->setInfo(info); // saved through infoChanged
        return;
    }
    m_list.update(info);
    Q_EMIT listChanged();
}

void AccountManager::remove(const QString &id, bool deleteData)
{
    const std::optional<AccountInfo> info = m_list.find(id);
    if (!info || info->sandbox)
        return;
    if (m_current && m_current->id() == id) {
        const QList<AccountInfo> &all = m_list.accounts();
        const auto next = std::find_if(all.cbegin(), all.cend(), [&](const AccountInfo &a) { return a.id != id; });
        switchTo(next->id);
    }
    m_list.remove(id);
    Q_EMIT listChanged();
    Q_EMIT accountRemoved(id);

    // The keychain entry goes first; the database can only be deleted once its connection is closed.
    Account *account = m_open.take(id);
    SecretStore *secrets =
        account ? account->secrets() : new SecretStore(m_environment.keychainService, info->keyEntry, this);
    const QString databasePath = account ? account->databasePath()
        : info->databaseFile.isEmpty()   ? m_environment.firstDatabasePath
                                         : m_environment.dataDirectory + QLatin1Char('/') + info->databaseFile;
    connect(secrets, &SecretStore::removed, this, [this, account, secrets, databasePath, deleteData] {
        // Once the keychain's answer has been delivered: the store (and its job) go with the account.
        QTimer::singleShot(0, this, [account, secrets, databasePath, deleteData] {
            if (account)
                delete account;
            else
                delete secrets;
            if (deleteData) {
                for (const char *suffix : {"", "-wal", "-shm"})
                    QFile::remove(databasePath + QLatin1String(suffix));
            }
        });
    });
    if (account)
        account->removeKey();
    else
        secrets->remove();
}

} // namespace Ids::Core
