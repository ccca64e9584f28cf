#pragma once

#include "../api/apierror.h"
#include "../types/custommodel.h"

#include <QObject>

namespace Ids::Core {

class ApiClient;
class ModelPoller;
class ModelStore;

// The account's models: read from the cache at once, refreshed from GET /models (owned and shared) and when
// the network comes back, and the unfinished ones handed to the poller. A model of the answer that cannot be
// read is left out and reported (rowsSkipped); its stored copy is kept.
class ModelLibrary final : public QObject
{
    Q_OBJECT
public:
    ModelLibrary(ApiClient *client, ModelStore *store, ModelPoller *poller, QObject *parent = nullptr);

    QList<CustomModel> models() const;
    void refresh();
    bool isRefreshing() const { return m_refreshing; }

Q_SIGNALS:
    void modelsChanged();
    void refreshFailed(const Ids::Core::ApiError &error);
    // After every list read: the entries that could not be read (empty when all could).
    void rowsSkipped(const QList<Ids::Core::SkippedRow> &rows);

private:
    ApiClient *m_client;
    ModelStore *m_store;
    ModelPoller *m_poller;
    bool m_refreshing = false;
};

} // namespace Ids::Core
