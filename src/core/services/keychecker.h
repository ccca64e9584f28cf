#pragma once

#include "../api/apierror.h"
#include "../api/httpversion.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

namespace Ids::Core {

class ApiClient;
class ListDatasetsJob;

// Settings' "Test key": one GET /datasets with a key and base URL that are not saved yet, through a client
// of its own so the app's configured key and address stay untouched until the user saves.
class KeyChecker final : public QObject
{
    Q_OBJECT
public:
    explicit KeyChecker(QNetworkAccessManager *network, QObject *parent = nullptr);

    void check(const QString &key, const QUrl &baseUrl);
    void cancel();
    // The same HTTP version as the app's own client (see HttpVersion).
    void setHttpVersion(HttpVersion version);
    bool isChecking() const { return !m_job.isNull(); }

Q_SIGNALS:
    // error.isError() is false when the key works.
    void checked(const Ids::Core::ApiError &error);

private:
    ApiClient *m_client;
    QPointer<ListDatasetsJob> m_job;
};

} // namespace Ids::Core
