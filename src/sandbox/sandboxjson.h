#pragma once

#include <core/types/custommodel.h>
#include <core/types/dataset.h>
#include <core/types/datasetdetail.h>
#include <core/types/uploadsummary.h>

#include <QJsonObject>
#include <QList>
#include <QString>

// The sandbox's answers as JSON, written from field names of its own (spelled as in Ideogram's OpenAPI
// description and its examples, api-contract.md §2–§3), never through the client's toJson(): a key the
// client misspells must not be misspelt here too. tests/contract/tst_sandboxjson.cpp holds the key names of
// every answer against Ideogram's own example bodies (tests/data/ideogram).
namespace Ids::Sandbox::Json {

// Dataset (E2, and each entry of E1).
QJsonObject dataset(const Core::Dataset &dataset);
// {"datasets": [Dataset]} (E1).
QJsonObject datasetList(const QList<Core::Dataset> &datasets);
// {dataset, file_count, files, custom_model_ids} (E3).
QJsonObject datasetDetail(const Core::DatasetDetail &detail);
// {total_count, success_count, failure_count, successful_assets, failed_assets} (E4).
QJsonObject uploadSummary(const Core::UploadSummary &summary);
// {model_id, dataset_id, training_status, model_name} (E5).
QJsonObject trainAnswer(const Core::CustomModel &model);
// {"models": [CustomModel]} (E6): no training runs in a list.
QJsonObject modelList(const QList<Core::CustomModel> &models);
// {"model": CustomModel} (E7): with its training runs when the account owns it.
QJsonObject modelDetail(const Core::CustomModel &model);
// One image of a v2 generation answer; url empty: withheld by the safety check (url null).
struct Image
{
    QString url;
    QString prompt;
    QString resolution;
    qint64 seed = 0;
};
// {generation_id, seed, data: [{url, prompt, resolution, seed, is_image_safe}]} (api-contract.md §9.3).
QJsonObject generation(const QString &generationId, qint64 seed, const QList<Image> &images);
// {object: "price_quote", billing_identifier, quantity, usd_micros, credit_millis, qualifier,
// upper_bound_usd_micros?} (api-contract.md §10). upperBound 0: left out.
QJsonObject priceQuote(const QString &billingIdentifier, qint64 quantity, qint64 usdMicros, const QString &qualifier,
                       qint64 upperBoundUsdMicros);
// {"error": message}, the shape of Ideogram's error bodies (api-contract.md §1).
QJsonObject error(const QString &message);

} // namespace Ids::Sandbox::Json
