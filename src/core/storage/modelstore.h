#pragma once

#include "../types/custommodel.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace Ids::Core {

class DatasetStore;

// A training asked for whose outcome is not known yet. Written before the request leaves, so a lost reply
// or a crash is reconciled instead of re-sent: a second training may be billed (reliability-rules.md R9, R10).
struct PendingTrain
{
    qint64 id = 0;
    QString datasetId;
    QString modelName;
    QDateTime startedAtUtc;
    QSet<QString> knownModelIds; // the dataset's models before the request
};

// The account's models and the training journal, beside the datasets in the same database and connection.
class ModelStore final
{
public:
    explicit ModelStore(DatasetStore *store);

    QList<CustomModel> models() const; // newest first
    std::optional<CustomModel> model(const QString &id) const;
    bool upsert(const CustomModel &model);
    bool upsertMany(const QList<CustomModel> &models);
    // The scope's models become exactly these (a full GET /models answer), in one transaction; alsoKeep
    // names models to keep although the answer lacks them (a training just started that a list may not
    // show yet).
    bool replaceAll(const QList<CustomModel> &models, const QSet<QString> &alsoKeep = {});

    std::optional<qint64> addPendingTrain(const PendingTrain &train);
    QList<PendingTrain> pendingTrains() const;
    bool resolvePendingTrain(qint64 id);

    QString lastError() const { return m_lastError; }

private:
    DatasetStore *m_store;
    mutable QString m_lastError;
};

} // namespace Ids::Core
