// Response parsers (datasets, details, upload summaries, models, trainings, generations): any bytes as a
// reply body must give a value or an error, never a crash.
#include <core/types/custommodel.h>
#include <core/types/dataset.h>
#include <core/types/datasetdetail.h>
#include <core/types/generation.h>
#include <core/types/uploadsummary.h>

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!document.isObject())
        return 0;
    QString error;
    if (const auto dataset = Ids::Core::Dataset::fromJson(document.object(), &error))
        (void)Ids::Core::Dataset::fromJson(dataset->toJson(), &error);
    (void)Ids::Core::parseDatasetList(document.object(), &error);
    // What parses is written back in one normal form (times in ISO 8601), which then survives any number of
    // round trips unchanged.
    if (const auto detail = Ids::Core::DatasetDetail::fromJson(document.object(), &error)) {
        const auto normal = Ids::Core::DatasetDetail::fromJson(detail->toJson(), &error);
        if (!normal || Ids::Core::DatasetDetail::fromJson(normal->toJson(), &error) != normal)
            __builtin_trap();
    }
    if (const auto summary = Ids::Core::UploadSummary::fromJson(document.object(), &error)) {
        if (Ids::Core::UploadSummary::fromJson(summary->toJson(), &error) != summary)
            __builtin_trap();
    }
    // Models, trainings and generations: the same promise.
    if (const auto model = Ids::Core::CustomModel::fromJson(document.object(), &error)) {
        const auto normal = Ids::Core::CustomModel::fromJson(model->toJson(), &error);
        if (!normal || Ids::Core::CustomModel::fromJson(normal->toJson(), &error) != normal)
            __builtin_trap();
        if (normal->canGenerate() && normal->status != QLatin1String("COMPLETED"))
            __builtin_trap();
    }
    (void)Ids::Core::parseModelList(document.object(), &error);
    (void)Ids::Core::TrainResponse::fromJson(document.object(), &error);
    if (const auto generation = Ids::Core::GenerationResponse::fromJson(document.object(), &error)) {
        const auto normal = Ids::Core::GenerationResponse::fromJson(generation->toJson(), &error);
        if (!normal || normal->images.size() != generation->images.size())
            __builtin_trap();
    }
    return 0;
}
