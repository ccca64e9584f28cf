#pragma once

#include "account.h"
#include "accountlist.h"

#include <QHash>
#include <QObject>

namespace Ids::Core {

class AppSettings;

// The accounts of a run and the one in use. An account is opened (database, services) the first time it is
// used and stays open for the rest of the run, so work in flight for it (an upload, a training being
// followed, a generation) finishes for it while another account is shown; it is torn down when removed or
// when the app quits.
class AccountManager final : public QObject
{
    Q_OBJECT
public:
    AccountManager(AppSettings *settings, AccountEnvironment environment, QObject *parent = nullptr);
    ~AccountManager() override;

    // Reads the list (migrating settings of the single-key app). True when it migrated.
    bool load();
    const QList<AccountInfo> &accounts() const { return m_list.accounts(); }
    QString savedCurrentId() const { return m_list.currentId(); }

    Account *current() const { return m_current; }
    // The open account with this id, opened now when it is not yet; nullptr with a sentence when its
    // database cannot be opened.
    Account *open(const QString &id, QString *error = nullptr);
    // The accounts opened so far, the current one among them.
    QList<Account *> openAccounts() const { return m_open.values(); }

    // Shows this account from now on. remember false: for this run only (--sandbox).
    bool switchTo(const QString &id, QString *error = nullptr, bool remember = true);

    AccountInfo add(const QString &name);
    // The name and address of info.id (the sandbox keeps its address).
    void update(const AccountInfo &info);
    // Removes the account (never the sandbox): its key leaves the keychain, and with deleteData its
    // database too. The current account is first switched to the next one.
    void remove(const QString &id, bool deleteData);

Q_SIGNALS:
    void listChanged();
    // Emitted once per account, right after it was opened: the app attaches what lives beside it.
    void accountOpened(Ids::Core::Account *account);
    void currentChanged(Ids::Core::Account *account);
    // The account is gone from the list; its objects follow once its keychain entry is removed.
    void accountRemoved(const QString &id);

private:
    AccountList m_list;
    AccountEnvironment m_environment;
    QHash<QString, Account *> m_open;
    Account *m_current = nullptr;
};

} // namespace Ids::Core
