#pragma once

#include "../types/custommodel.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace Ids::Core {

class DatasetStore;

// The account's models, beside the datasets in the same database and connection.
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

    DatasetStore *store() const { return m_store; }
    QString lastError() const { return m_lastError; }

private:
    DatasetStore *m_store;
    mutable QString m_lastError;
};

} // namespace Ids::Core
