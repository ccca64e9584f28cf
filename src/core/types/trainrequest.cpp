#include "trainrequest.h"

#include <QJsonDocument>

namespace Ids::Core {

namespace {

// The documented defaults (api-contract.md §9.1); ema, learning rate and batch size have none we know, so a
// value chosen for them is always sent.
constexpr int DefaultTrainingSteps = 1000;
constexpr int DefaultLoraRank = 128;
const QString DefaultBaseVariant = QStringLiteral("distilled_gd");

const QString TrainingStepsKey = QStringLiteral("training_steps");
const QString LoraRankKey = QStringLiteral("lora_rank");
const QString EmaKey = QStringLiteral("ema");
const QString LearningRateKey = QStringLiteral("learning_rate");
const QString BatchSizeKey = QStringLiteral("batch_size");
const QString BaseVariantKey = QStringLiteral("base_variant");

std::optional<int> intAt(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isDouble() ? std::optional<int>(value.toInt()) : std::nullopt;
}

std::optional<double> doubleAt(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

} // namespace

bool TrainKnobs::isEmpty() const
{
    return !trainingSteps && !loraRank && !ema && !learningRate && !batchSize && !baseVariant;
}

TrainKnobs TrainKnobs::withoutDefaults() const
{
    TrainKnobs sent = *this;
    if (sent.trainingSteps == DefaultTrainingSteps)
        sent.trainingSteps.reset();
    if (sent.loraRank == DefaultLoraRank)
        sent.loraRank.reset();
    if (sent.baseVariant == DefaultBaseVariant)
        sent.baseVariant.reset();
    return sent;
}

QJsonObject TrainKnobs::toJson() const
{
    QJsonObject object;
    if (trainingSteps)
        object.insert(TrainingStepsKey, *trainingSteps);
    if (loraRank)
        object.insert(LoraRankKey, *loraRank);
    if (ema)
        object.insert(EmaKey, *ema);
    if (learningRate)
        object.insert(LearningRateKey, *learningRate);
    if (batchSize)
        object.insert(BatchSizeKey, *batchSize);
    if (baseVariant)
        object.insert(BaseVariantKey, *baseVariant);
    return object;
}

TrainKnobs TrainKnobs::fromJson(const QJsonObject &object)
{
    TrainKnobs knobs;
    knobs.trainingSteps = intAt(object, TrainingStepsKey);
    knobs.loraRank = intAt(object, LoraRankKey);
    knobs.ema = doubleAt(object, EmaKey);
    knobs.learningRate = doubleAt(object, LearningRateKey);
    knobs.batchSize = intAt(object, BatchSizeKey);
    if (const QJsonValue variant = object.value(BaseVariantKey); variant.isString())
        knobs.baseVariant = variant.toString();
    return knobs;
}

QString TrainRequest::path() const
{
    const QString version = family == ModelFamily::V4 ? QStringLiteral("v4")
        : family == ModelFamily::V3                   ? QStringLiteral("v3")
                                                      : QString();
    if (version.isEmpty())
        return {};
    return QStringLiteral("/v1/ideogram-%1/train-model%2")
        .arg(version, isAdvanced() ? QStringLiteral("-advanced") : QString());
}

QJsonObject TrainRequest::body() const
{
    QJsonObject object = knobs.withoutDefaults().toJson();
    object.insert(QStringLiteral("dataset_id"), datasetId);
    object.insert(QStringLiteral("model_name"), modelName);
    return object;
}

QByteArray TrainRequest::bodyBytes() const
{
    return QJsonDocument(body()).toJson(QJsonDocument::Compact);
}

QJsonObject TrainRequest::toJournal() const
{
    return {{QStringLiteral("family"), Family::key(family)}, {QStringLiteral("knobs"), knobs.toJson()}};
}

TrainRequest TrainRequest::fromJournal(const QJsonObject &object)
{
    TrainRequest request;
    const QJsonValue family = object.value(QStringLiteral("family"));
    request.family =
        family.isUndefined() ? ModelFamily::V3 : Family::fromKey(family.toString()).value_or(ModelFamily::Unknown);
    request.knobs = TrainKnobs::fromJson(object.value(QStringLiteral("knobs")).toObject());
    return request;
}

} // namespace Ids::Core
