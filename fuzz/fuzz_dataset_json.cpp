// Response parsers (datasets, details, upload summaries, models, trainings, generations): any bytes as a
// reply body must give a value or an error, never a crash, and what parses keeps the promises below.
#include "fuzzoracle.h"

#include <core/types/custommodel.h>
#include <core/types/dataset.h>
#include <core/types/datasetdetail.h>
#include <core/types/generation.h>
#include <core/types/uploadsummary.h>

#include <QJsonDocument>

IDS_FUZZ_PROMISES("a dataset written back once reads back the same ever after",
                  "dataset details written back once read back the same ever after",
                  "an upload summary written back reads back the same",
                  "a model written back once reads back the same ever after", "only a COMPLETED model can generate",
                  "a generation written back keeps every image, withheld ones included");

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!document.isObject())
        return 0;
    QString error;
    // What parses is written back in one normal form (times in ISO 8601), which then survives any number of
    // round trips unchanged.
    if (const auto dataset = Ids::Core::Dataset::fromJson(document.object(), &error)) {
        const auto normal = Ids::Core::Dataset::fromJson(dataset->toJson(), &error);
        IDS_FUZZ_KEEPS("a dataset written back once reads back the same ever after",
                       normal && normal->id == dataset->id && normal->name == dataset->name
                           && Ids::Core::Dataset::fromJson(normal->toJson(), &error) == normal);
    }
    (void)Ids::Core::parseDatasetList(document.object(), &error);
    if (const auto detail = Ids::Core::DatasetDetail::fromJson(document.object(), &error)) {
        const auto normal = Ids::Core::DatasetDetail::fromJson(detail->toJson(), &error);
        IDS_FUZZ_KEEPS("dataset details written back once read back the same ever after",
                       normal && Ids::Core::DatasetDetail::fromJson(normal->toJson(), &error) == normal
                           && normal->files.size() == detail->files.size());
    }
    if (const auto summary = Ids::Core::UploadSummary::fromJson(document.object(), &error)) {
        IDS_FUZZ_KEEPS("an upload summary written back reads back the same",
                       Ids::Core::UploadSummary::fromJson(summary->toJson(), &error) == summary);
    }
    // Models, trainings and generations: the same promise.
    if (const auto model = Ids::Core::CustomModel::fromJson(document.object(), &error)) {
        const auto normal = Ids::Core::CustomModel::fromJson(model->toJson(), &error);
        IDS_FUZZ_KEEPS("a model written back once reads back the same ever after",
                       normal && Ids::Core::CustomModel::fromJson(normal->toJson(), &error) == normal
                           && normal->trainingRuns.size() == model->trainingRuns.size());
        IDS_FUZZ_KEEPS("only a COMPLETED model can generate",
                       !model->canGenerate() || model->status == QLatin1String("COMPLETED"));
    }
    (void)Ids::Core::parseModelList(document.object(), &error);
    (void)Ids::Core::TrainResponse::fromJson(document.object(), &error);
    if (const auto generation = Ids::Core::GenerationResponse::fromJson(document.object(), &error)) {
        const auto normal = Ids::Core::GenerationResponse::fromJson(generation->toJson(), &error);
        IDS_FUZZ_KEEPS("a generation written back keeps every image, withheld ones included",
                       normal && normal->images.size() == generation->images.size());
    }
    return 0;
}
