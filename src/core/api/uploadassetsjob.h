#pragma once

#include "../types/uploadsummary.h"
#include "jsonjob.h"
#include "multipartbody.h"

namespace Ids::Core {

// POST /datasets/{id}/upload_assets with the files streamed from disk, one `files` part each. Never
// retried by the base job: a lost answer is reconciled per file against GET /datasets/{id} (reliability-rules.md
// R8). Timeouts follow R11 for uploads: 120 s without progress, no overall deadline.
class UploadAssetsJob final : public JsonJob<UploadSummary>
{
    Q_OBJECT
public:
    UploadAssetsJob(ApiClient *client, const QString &datasetId, QList<MultipartBody::Part> parts,
                    QObject *parent = nullptr);

    QString datasetId() const { return m_datasetId; }
    const QList<MultipartBody::Part> &parts() const { return m_parts; }
    const UploadSummary &summary() const { return result(); }

protected:
    QIODevice *makeBody() override;

private:
    QString m_datasetId;
    QList<MultipartBody::Part> m_parts;
};

} // namespace Ids::Core
