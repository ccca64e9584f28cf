#pragma once

#include "accountinfo.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Ids::Core {

class AppSettings;

// The accounts the user keeps, in their order (the sandbox last), and the one in use, saved in the settings
// file. Settings of the single-key app (before accounts) become one account named "Ideogram" that keeps that
// app's address, keychain entry and database where they are, so nothing is moved and nothing can be lost;
// the sandbox is added beside it.
class AccountList final
{
    Q_DECLARE_TR_FUNCTIONS(Ids::Core::AccountList)
public:
    static inline const QString SandboxId = QStringLiteral("sandbox");
    // The single-key app's account (and the first account of a new installation).
    static inline const QString FirstId = QStringLiteral("ideogram");
    static inline const QString FirstKeyEntry = QStringLiteral("api-key");

    explicit AccountList(AppSettings *settings);

    // Reads the list; true when it was made now from settings of the single-key app (or from nothing).
    bool load();

    const QList<AccountInfo> &accounts() const { return m_accounts; }
    std::optional<AccountInfo> find(const QString &id) const;
    // The account last used, or the first when that one is gone.
    QString currentId() const;
    void setCurrentId(const QString &id);

    // A new account without a key, at Ideogram's address, before the sandbox.
    AccountInfo add(const QString &name);
    // Name, address and the time the key last worked of the account with info.id.
    bool update(const AccountInfo &info);
    // Never the sandbox. The keychain entry and the database are the caller's to remove.
    bool remove(const QString &id);

private:
    void save();

    AppSettings *m_settings;
    QList<AccountInfo> m_accounts;
    QString m_currentId;
};

} // namespace Ids::Core
