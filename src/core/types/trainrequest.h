#pragma once

#include "modelfamily.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Ids::Core {

// The optional settings of an advanced training (api-contract.md §9.1). nullopt: not chosen, the trainer uses
// its own default. The ranges are checked by TrainKnobRules (validation/trainknobs.h).
struct TrainKnobs
{
    std::optional<int> trainingSteps; // 100–10,000 in steps of 100; default 1,000
    std::optional<int> loraRank; // 64 or 128; default 128
    std::optional<double> ema; // strictly between 0 and 1
    std::optional<double> learningRate; // above 0
    std::optional<int> batchSize; // 4.0 only: 1, 2, 4, 8, 16, 32; left out, the trainer picks
    std::optional<QString> baseVariant; // 4.0 only: "distilled_gd" (default) or "oldbase_farzad_fused"

    bool isEmpty() const;
    // Those of 4.0 only (batch size, base variant) are set.
    bool hasV4Only() const { return batchSize || baseVariant; }
    // The same, without the values that equal the documented default: what is worth sending.
    TrainKnobs withoutDefaults() const;
    // The knobs as the request's fields (only the set ones), and back (for the journal).
    QJsonObject toJson() const;
    static TrainKnobs fromJson(const QJsonObject &object);

    friend bool operator==(const TrainKnobs &, const TrainKnobs &) = default;
};

// One training as it will be sent: the family picks the operation, the knobs pick plain or advanced
// (api-contract.md §9.1): a training with no knob left after dropping defaults uses the plain operation.
struct TrainRequest
{
    ModelFamily family = ModelFamily::V4;
    QString datasetId;
    QString modelName; // as it is sent: trimmed and checked (ModelName)
    TrainKnobs knobs; // as chosen; defaults are dropped when sent

    bool isAdvanced() const { return !knobs.withoutDefaults().isEmpty(); }
    // "/v1/ideogram-v4/train-model-advanced"…; empty for an unknown family (nothing can be sent).
    QString path() const;
    // {"dataset_id", "model_name"} plus each knob that is not at its default, nothing else.
    QJsonObject body() const;
    QByteArray bodyBytes() const;

    // What the journal keeps to reconcile and, if the user asks, send the same training again. An entry written
    // before families existed has none: the app then trained only Ideogram 3.0, plain.
    QJsonObject toJournal() const;
    static TrainRequest fromJournal(const QJsonObject &object);

    friend bool operator==(const TrainRequest &, const TrainRequest &) = default;
};

} // namespace Ids::Core
