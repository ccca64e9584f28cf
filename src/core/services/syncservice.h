#pragma once

#include "../api/apierror.h"
#include "../types/dataset.h"
#include "../types/datasetdetail.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <chrono>

namespace Ids::Core {

class ApiClient;
class ContentStore;
class DatasetStore;
class GetDatasetJob;
class ListDatasetsJob;

// Keeps the local database in step with the account: the full list at start, on Refresh and when the
// network comes back, a server-side search as the user types, and the details of one dataset (shown from the
// cache while they load). An entry of the list that cannot be read is left out and reported (rowsSkipped);
// its stored copy is kept, never marked as gone.
class SyncService final : public QObject
{
    Q_OBJECT
public:
    SyncService(ApiClient *client, DatasetStore *store, ContentStore *content, QObject *parent = nullptr);

    void refresh();
    bool isRefreshing() const { return !m_listJob.isNull(); }

    // Local filtering happens at once in the view; this asks the server too, after a pause in typing, and
    // adds what it finds. An empty text cancels a pending search.
    void search(const QString &text);
    void setSearchDelay(std::chrono::milliseconds delay) { m_searchTimer.setInterval(delay); }

    // Emits detailLoaded with the cached copy at once (when there is one), then with the server's.
    void loadDetail(const QString &datasetId);

Q_SIGNALS:
    void refreshStarted();
    void refreshed(const QList<Ids::Core::Dataset> &datasets, const QSet<QString> &missingIds);
    void refreshFailed(const Ids::Core::ApiError &error);
    // After every list read: the entries Ideogram sent that could not be read (empty when all could).
    void rowsSkipped(const QList<Ids::Core::SkippedRow> &rows);
    void searchResults(const QString &text, const QList<Ids::Core::Dataset> &datasets);
    void detailLoaded(const Ids::Core::DatasetDetail &detail, bool fromServer);
    void detailFailed(const QString &datasetId, const Ids::Core::ApiError &error);

private:
    void startSearch();
    void emitUnkeptAnswer(const QList<Dataset> &answer, const QSet<QString> &canBeMissing);

    ApiClient *m_client;
    DatasetStore *m_store;
    ContentStore *m_content;
    QPointer<ListDatasetsJob> m_listJob;
    QPointer<ListDatasetsJob> m_searchJob;
    QPointer<GetDatasetJob> m_detailJob;
    QString m_searchText;
    QTimer m_searchTimer;
};

} // namespace Ids::Core
