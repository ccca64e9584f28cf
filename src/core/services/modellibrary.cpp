#include "modellibrary.h"

#include "../api/apiclient.h"
#include "../api/modeljobs.h"
#include "../storage/modelstore.h"
#include "datasetservice.h"
#include "modelpoller.h"

namespace Ids::Core {

ModelLibrary::ModelLibrary(ApiClient *client, ModelStore *store, ModelPoller *poller, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_poller(poller)
{
    connect(m_client, &ApiClient::cameOnline, this, [this] {
        if (m_client->hasApiKey())
            refresh();
    });
}

QList<CustomModel> ModelLibrary::models() const
{
    return m_store->models();
}

void ModelLibrary::refresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    auto *job = new ListModelsJob(m_client, {}, {}, this);
    connect(job, &ApiJob::finished, this, [this, job] {
        m_refreshing = false;
        if (!job->succeeded()) {
            Q_EMIT refreshFailed(job->error());
            return;
        }
        // A full list: models deleted or no longer shared go, the rest are updated. A model the answer held but
        // that could not be read stays as stored; when even its id was unreadable, nothing goes this time.
        QSet<QString> keep = m_poller->followedIds();
        for (const SkippedRow &row : job->skipped()) {
            if (row.list == SkippedRow::List::Models && !row.id.isEmpty())
                keep.insert(row.id);
        }
        const bool stored = allIdentified(job->skipped(), SkippedRow::List::Models)
            ? m_store->replaceAll(job->models(), keep)
            : m_store->upsertMany(job->models());
        if (!stored)
            qCWarning(lcService) << "could not store the models:" << m_store->lastError();
        for (const CustomModel &model : job->models())
            m_poller->follow(model);
        Q_EMIT modelsChanged();
        Q_EMIT rowsSkipped(job->skipped());
    });
    job->start();
}

} // namespace Ids::Core
