#include "sandboxjson.h"

#include <QJsonArray>

namespace Ids::Sandbox::Json {

namespace {

// As the sandbox wrote it when it made the value (the space-separated form of Ideogram's rendered docs),
// else ISO 8601.
QJsonValue time(const Core::ApiDateTime &value)
{
    if (!value.raw.isEmpty())
        return value.raw;
    return value.utc.isValid() ? QJsonValue(value.utc.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue time(const std::optional<Core::ApiDateTime> &value)
{
    return value ? time(*value) : QJsonValue();
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject assetIdentifier(const Core::AssetIdentifier &asset)
{
    return QJsonObject {{QStringLiteral("asset_type"), asset.assetType}, {QStringLiteral("asset_id"), asset.assetId}};
}

QJsonObject trainingRun(const Core::TrainingRun &run)
{
    // The settings of every sandbox training: the sandbox trains nothing, these only fill the documented fields.
    return QJsonObject {
        {QStringLiteral("training_run_id"), run.id},
        {QStringLiteral("status"), run.status},
        {QStringLiteral("training_steps"), 1000},
        {QStringLiteral("lora_rank"), 16},
        {QStringLiteral("num_chips"), 1},
        {QStringLiteral("ema"), 0.999},
        {QStringLiteral("learning_rate"), 0.0001},
        {QStringLiteral("creation_time"), time(run.creationTime)},
        {QStringLiteral("last_update_time"), time(run.lastUpdateTime)},
    };
}

QJsonObject model(const Core::CustomModel &model)
{
    return QJsonObject {
        {QStringLiteral("model_id"), model.id},
        {QStringLiteral("name"), model.name},
        {QStringLiteral("status"), model.status},
        {QStringLiteral("dataset_id"), textOrNull(model.datasetId)},
        {QStringLiteral("creation_time"), time(model.creationTime)},
        {QStringLiteral("last_update_time"), time(model.lastUpdateTime)},
        {QStringLiteral("is_available_for_generation"), model.availableForGeneration},
        {QStringLiteral("is_owned"), model.owned},
        {QStringLiteral("custom_model_uri"), textOrNull(model.customModelUri)},
    };
}

} // namespace

QJsonObject dataset(const Core::Dataset &dataset)
{
    QJsonObject object {
        {QStringLiteral("dataset_id"), dataset.id},
        {QStringLiteral("name"), dataset.name},
        {QStringLiteral("user_id"), dataset.userId},
        {QStringLiteral("creation_time"), time(dataset.creationTime)},
    };
    // No cover yet: the key is left out, as Ideogram may (api-contract.md §3).
    if (dataset.cover)
        object.insert(QStringLiteral("cover_asset_identifier"), assetIdentifier(*dataset.cover));
    return object;
}

QJsonObject datasetList(const QList<Core::Dataset> &datasets)
{
    QJsonArray list;
    for (const Core::Dataset &entry : datasets)
        list.append(dataset(entry));
    return QJsonObject {{QStringLiteral("datasets"), list}};
}

QJsonObject datasetDetail(const Core::DatasetDetail &detail)
{
    QJsonArray files;
    for (const Core::DatasetFile &file : detail.files) {
        QJsonObject entry {{QStringLiteral("file_name"), file.fileName ? QJsonValue(*file.fileName) : QJsonValue()}};
        if (file.sizeBytes)
            entry.insert(QStringLiteral("file_size_bytes"), double(*file.sizeBytes));
        if (file.caption) // only when the file has one, as in Ideogram's 2026-10 description
            entry.insert(QStringLiteral("caption"), *file.caption);
        files.append(entry);
    }
    return QJsonObject {
        {QStringLiteral("dataset"), dataset(detail.dataset)},
        {QStringLiteral("file_count"), double(detail.fileCount)},
        {QStringLiteral("files"), files},
        {QStringLiteral("custom_model_ids"), QJsonArray::fromStringList(detail.customModelIds)},
    };
}

QJsonObject uploadSummary(const Core::UploadSummary &summary)
{
    QJsonArray successful;
    for (const Core::UploadedAsset &entry : summary.successful)
        successful.append(QJsonObject {
            {QStringLiteral("asset_identifier"), assetIdentifier(entry.asset)},
            {QStringLiteral("file_name"), entry.fileName ? QJsonValue(*entry.fileName) : QJsonValue()},
        });
    QJsonArray failed;
    for (const Core::FailedAsset &entry : summary.failed)
        failed.append(QJsonObject {
            {QStringLiteral("file_name"), entry.fileName ? QJsonValue(*entry.fileName) : QJsonValue()},
            {QStringLiteral("failure_reason"), entry.failureReason},
        });
    return QJsonObject {
        {QStringLiteral("total_count"), double(summary.totalCount)},
        {QStringLiteral("success_count"), double(summary.successCount)},
        {QStringLiteral("failure_count"), double(summary.failureCount)},
        {QStringLiteral("successful_assets"), successful},
        {QStringLiteral("failed_assets"), failed},
    };
}

QJsonObject trainAnswer(const Core::CustomModel &trained)
{
    return QJsonObject {
        {QStringLiteral("model_id"), trained.id},
        {QStringLiteral("dataset_id"), trained.datasetId},
        {QStringLiteral("training_status"), trained.status},
        {QStringLiteral("model_name"), trained.name},
    };
}

QJsonObject modelList(const QList<Core::CustomModel> &models)
{
    QJsonArray list;
    for (const Core::CustomModel &entry : models)
        list.append(model(entry));
    return QJsonObject {{QStringLiteral("models"), list}};
}

QJsonObject modelDetail(const Core::CustomModel &detail)
{
    QJsonObject object = model(detail);
    // Only the details of an owned model carry its runs (api-contract.md E7).
    if (detail.owned) {
        QJsonArray runs;
        for (const Core::TrainingRun &run : detail.trainingRuns)
            runs.append(trainingRun(run));
        object.insert(QStringLiteral("training_runs"), runs);
    }
    return QJsonObject {{QStringLiteral("model"), object}};
}

QJsonObject error(const QString &message)
{
    return QJsonObject {{QStringLiteral("error"), message}};
}

QJsonObject generation(const QString &generationId, qint64 seed, const QList<Image> &images)
{
    QJsonArray data;
    for (const Image &image : images) {
        data.append(QJsonObject {
            {QStringLiteral("url"), textOrNull(image.url)},
            {QStringLiteral("prompt"), image.prompt},
            {QStringLiteral("resolution"), image.resolution},
            {QStringLiteral("seed"), double(image.seed)},
            {QStringLiteral("is_image_safe"), !image.url.isEmpty()},
        });
    }
    return QJsonObject {{QStringLiteral("generation_id"), generationId},
                        {QStringLiteral("seed"), double(seed)},
                        {QStringLiteral("data"), data}};
}

QJsonObject priceQuote(const QString &billingIdentifier, qint64 quantity, qint64 usdMicros, const QString &qualifier,
                       qint64 upperBoundUsdMicros)
{
    QJsonObject quote {
        {QStringLiteral("object"), QStringLiteral("price_quote")},
        {QStringLiteral("billing_identifier"), billingIdentifier},
        {QStringLiteral("quantity"), double(quantity)},
        {QStringLiteral("usd_micros"), double(usdMicros)},
        // Credits are a thousandth of a dollar here: the sandbox's own rate, not Ideogram's.
        {QStringLiteral("credit_millis"), double(usdMicros / 1000)},
        {QStringLiteral("qualifier"), qualifier},
    };
    if (upperBoundUsdMicros > 0)
        quote.insert(QStringLiteral("upper_bound_usd_micros"), double(upperBoundUsdMicros));
    return quote;
}

} // namespace Ids::Sandbox::Json
