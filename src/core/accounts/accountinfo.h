#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace Ids::Core {

// What the app keeps about one account between runs (in the settings file). Never the key: only the name of
// its keychain entry.
struct AccountInfo
{
    QString id; // stable and never shown: names the database file and the keychain entry
    QString name; // the user's ("Acme client")
    QUrl baseUrl; // Ideogram's own address unless changed under Advanced
    QString keyEntry; // the keychain entry holding the key ("api-key" for the single-key app's account)
    // The database file in the data folder; empty for the account migrated from the single-key app, whose
    // database stays where that app kept it.
    QString databaseFile;
    bool sandbox = false; // the local sandbox: always there, cannot be removed
    QDateTime keyLastWorkedUtc; // the last answer Ideogram gave to a call made with this account's key

    bool operator==(const AccountInfo &other) const = default;
};

} // namespace Ids::Core
