#include "modellibrary.h"

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
{ }

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
        // A full list: models deleted or no longer shared go, the rest are updated.
        if (!m_store->replaceAll(job->models(), m_poller->followedIds()))
            qCWarning(lcService) << "could not store the models:" << m_store->lastError();
        for (const CustomModel &model : job->models())
            m_poller->follow(model);
        Q_EMIT modelsChanged();
    });
    job->start();
}

} // namespace Ids::Core
