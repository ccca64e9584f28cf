#pragma once

#include "../types/modelfamily.h"

#include <QHash>
#include <QString>

namespace Ids::Core {

class DatasetStore;

// The family of each model of the account, beside its models in the same database and connection (schema 6).
// Only what is known is kept: a model without a row is "family unknown", never a guess (api-contract.md §9.2).
class ModelFamilyStore final
{
public:
    // How the app came to know: it sent the training, or a price quote told.
    enum class Source { Trained, Quoted };

    explicit ModelFamilyStore(DatasetStore *store);

    ModelFamily family(const QString &modelId) const; // Unknown without a row
    QHash<QString, ModelFamily> all() const;
    // Unknown is not stored (the row is left as it was).
    bool set(const QString &modelId, ModelFamily family, Source source);

    QString lastError() const { return m_lastError; }

private:
    DatasetStore *m_store;
    mutable QString m_lastError;
};

} // namespace Ids::Core
