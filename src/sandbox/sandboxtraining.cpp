// The sandbox's four train operations (api-contract.md §9.1): each takes exactly its documented fields,
// typed as Ideogram's OpenAPI file types them, in its ranges; anything else is a 400 with a message, as a strict
// server would answer. A model remembers the family its operation trained.
#include "sandboxjson.h"
#include "sandboxrules.h"
#include "sandboxserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace Ids::Sandbox {

namespace {

bool isWholeNumber(const QJsonValue &value)
{
    return value.isDouble() && std::isfinite(value.toDouble()) && value.toDouble() == std::floor(value.toDouble());
}

// The first problem with the advanced settings of this body, or empty.
QString knobProblem(const QJsonObject &body, bool v4)
{
    if (body.contains(QStringLiteral("training_steps"))) {
        const QJsonValue steps = body.value(QStringLiteral("training_steps"));
        if (!isWholeNumber(steps))
            return QStringLiteral("training_steps must be an integer");
        const qint64 value = qint64(steps.toDouble());
        if (value < Rules::MinTrainingSteps || value > Rules::MaxTrainingSteps || value % 100 != 0)
            return QStringLiteral("training_steps must be between 100 and 10000 and a multiple of 100");
    }
    if (body.contains(QStringLiteral("lora_rank"))) {
        const QJsonValue rank = body.value(QStringLiteral("lora_rank"));
        if (!isWholeNumber(rank) || (rank.toInt() != 64 && rank.toInt() != 128))
            return QStringLiteral("lora_rank must be one of 64 or 128");
    }
    if (body.contains(QStringLiteral("ema"))) {
        const QJsonValue ema = body.value(QStringLiteral("ema"));
        if (!ema.isDouble() || !(ema.toDouble() > 0.0 && ema.toDouble() < 1.0))
            return QStringLiteral("ema must be a number between 0 and 1 (exclusive)");
    }
    if (body.contains(QStringLiteral("learning_rate"))) {
        const QJsonValue rate = body.value(QStringLiteral("learning_rate"));
        if (!rate.isDouble() || !(rate.toDouble() > 0.0) || !std::isfinite(rate.toDouble()))
            return QStringLiteral("learning_rate must be a number greater than 0");
    }
    for (const QString &v4Only :
         {QStringLiteral("batch_size"), QStringLiteral("base_variant"), QStringLiteral("wandb_project")}) {
        if (!v4 && body.contains(v4Only))
            return QStringLiteral(
                       "%1 is accepted only by Ideogram 4.0 trainings (/v1/ideogram-v4/train-model-advanced)")
                .arg(v4Only);
    }
    if (body.contains(QStringLiteral("batch_size"))) {
        const QJsonValue size = body.value(QStringLiteral("batch_size"));
        if (!isWholeNumber(size) || !Rules::isBatchSize(qint64(size.toDouble())))
            return QStringLiteral("batch_size must be one of 1, 2, 4, 8, 16, 32");
    }
    if (body.contains(QStringLiteral("base_variant"))) {
        const QJsonValue variant = body.value(QStringLiteral("base_variant"));
        if (!variant.isString() || !Rules::isBaseVariant(variant.toString()))
            return QStringLiteral("base_variant must be distilled_gd or oldbase_farzad_fused");
    }
    if (body.contains(QStringLiteral("wandb_project")) && !body.value(QStringLiteral("wandb_project")).isString())
        return QStringLiteral("wandb_project must be a string");
    return {};
}

} // namespace

bool SandboxServer::isTrainOperation(const QString &operation)
{
    static const QStringList operations {
        QStringLiteral("ideogram-v3/train-model"), QStringLiteral("ideogram-v3/train-model-advanced"),
        QStringLiteral("ideogram-v4/train-model"), QStringLiteral("ideogram-v4/train-model-advanced")};
    return operations.contains(operation);
}

SandboxServer::Reply SandboxServer::train(const Call &call, const QString &operation)
{
    const bool v4 = operation.startsWith(QLatin1String("ideogram-v4/"));
    const bool advanced = operation.endsWith(QLatin1String("-advanced"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(call.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return error(400, QStringLiteral("The request body must be a JSON object"));
    const QJsonObject body = document.object();
    QSet<QString> allowed {QStringLiteral("dataset_id"), QStringLiteral("model_name")};
    if (advanced)
        allowed += {QStringLiteral("training_steps"), QStringLiteral("lora_rank"), QStringLiteral("ema"),
                    QStringLiteral("learning_rate")};
    if (advanced && v4)
        allowed += {QStringLiteral("batch_size"), QStringLiteral("base_variant"), QStringLiteral("wandb_project")};
    if (const QString problem = knobProblem(body, v4); advanced && !problem.isEmpty())
        return error(400, problem);
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            return error(400,
                         advanced ? QStringLiteral("Unknown field: %1").arg(it.key())
                                  : QStringLiteral("%1 is accepted only by the advanced train operation (%2-advanced)")
                                        .arg(it.key(), QLatin1Char('/') + operation));
    }
    const QJsonValue datasetId = body.value(QStringLiteral("dataset_id"));
    const QJsonValue modelName = body.value(QStringLiteral("model_name"));
    if (!datasetId.isString() || !modelName.isString())
        return error(400, QStringLiteral("dataset_id and model_name are required strings"));
    if (!m_state.dataset(datasetId.toString()))
        return error(404, QStringLiteral("Dataset not found"));
    static const QRegularExpression nameRule(QStringLiteral("^[A-Za-z0-9 -]{5,30}$"));
    if (!nameRule.match(modelName.toString()).hasMatch())
        return error(400, QStringLiteral("model_name must be 5-30 characters: letters, digits, spaces and hyphens"));
    const qsizetype images = m_state.files(datasetId.toString()).size();
    if (images < Rules::MinImagesToTrain || images > Rules::MaxImagesPerDataset)
        return error(
            400, QStringLiteral("A dataset needs between 15 and 100 images to train a model (it has %1)").arg(images));
    const Core::CustomModel model = m_models.add(modelName.toString(), datasetId.toString(), now(), 0,
                                                 v4 ? Core::ModelFamily::V4 : Core::ModelFamily::V3);
    m_state.addModelId(datasetId.toString(), model.id);
    return json(200, Json::trainAnswer(model));
}

} // namespace Ids::Sandbox
