// Response parsers (datasets, details, upload summaries, models, trainings, generations): any bytes as a
// reply body must give a value or an error, never a crash, and what parses keeps the promises below. In
// every list an entry that cannot be read is skipped, never the whole answer: a list with mixed rows keeps
// and names them all, and written back it reads back its good rows with nothing left to skip.
#include "fuzzoracle.h"

#include <algorithm>

#include <core/types/custommodel.h>
#include <core/types/dataset.h>
#include <core/types/datasetdetail.h>
#include <core/types/generation.h>
#include <core/types/uploadsummary.h>

#include <QJsonArray>
#include <QJsonDocument>

namespace {

// Every entry of the answer's list is either read or named as skipped, each once.
template<typename Rows>
bool everyEntryAccountedFor(const QJsonObject &object, const char *key, const Rows &rows, qsizetype skipped)
{
    return rows.size() + skipped == object.value(QLatin1String(key)).toArray().size();
}

qsizetype skippedOf(const QList<Ids::Core::SkippedRow> &rows, Ids::Core::SkippedRow::List list)
{
    return std::count_if(rows.cbegin(), rows.cend(), [list](const auto &row) { return row.list == list; });
}

} // namespace

IDS_FUZZ_PROMISES("a dataset written back once reads back the same ever after",
                  "dataset details written back once read back the same ever after",
                  "an upload summary written back reads back the same",
                  "a model written back once reads back the same ever after", "only a COMPLETED model can generate",
                  "a generation written back keeps every image, withheld ones included",
                  "a dataset list reads or names every entry, and its good rows read back with none skipped",
                  "a model list reads or names every entry, and its good rows read back with none skipped",
                  "dataset files are read or named each, and the good ones read back with none skipped",
                  "upload results are read or named each, and the good ones read back with none skipped",
                  "generated images are read or named each, and the good ones read back with none skipped");

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
    using Ids::Core::SkippedRow;
    const QJsonObject object = document.object();
    if (const auto list = Ids::Core::parseDatasetList(object, &error)) {
        QJsonArray good;
        for (const Ids::Core::Dataset &dataset : list->datasets)
            good.append(dataset.toJson());
        const auto back = Ids::Core::parseDatasetList(QJsonObject {{QStringLiteral("datasets"), good}}, &error);
        IDS_FUZZ_KEEPS("a dataset list reads or names every entry, and its good rows read back with none skipped",
                       everyEntryAccountedFor(object, "datasets", list->datasets, list->skipped.size()) && back
                           && back->skipped.isEmpty() && back->datasets.size() == list->datasets.size());
    }
    if (const auto detail = Ids::Core::DatasetDetail::fromJson(document.object(), &error)) {
        const auto normal = Ids::Core::DatasetDetail::fromJson(detail->toJson(), &error);
        IDS_FUZZ_KEEPS("dataset details written back once read back the same ever after",
                       normal && Ids::Core::DatasetDetail::fromJson(normal->toJson(), &error) == normal
                           && normal->files.size() == detail->files.size());
        IDS_FUZZ_KEEPS("dataset files are read or named each, and the good ones read back with none skipped",
                       everyEntryAccountedFor(object, "files", detail->files,
                                              skippedOf(detail->skipped, SkippedRow::List::DatasetFiles))
                           && normal && normal->skipped.isEmpty());
    }
    if (const auto summary = Ids::Core::UploadSummary::fromJson(document.object(), &error)) {
        const auto back = Ids::Core::UploadSummary::fromJson(summary->toJson(), &error);
        IDS_FUZZ_KEEPS("an upload summary written back reads back the same",
                       back && back->successful == summary->successful && back->failed == summary->failed);
        IDS_FUZZ_KEEPS("upload results are read or named each, and the good ones read back with none skipped",
                       everyEntryAccountedFor(object, "successful_assets", summary->successful,
                                              skippedOf(summary->skipped, SkippedRow::List::UploadedFiles))
                           && everyEntryAccountedFor(object, "failed_assets", summary->failed,
                                                     skippedOf(summary->skipped, SkippedRow::List::FailedFiles))
                           && back->skipped.isEmpty());
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
    if (const auto list = Ids::Core::parseModelList(object, &error)) {
        QJsonArray good;
        for (const Ids::Core::CustomModel &model : list->models)
            good.append(model.toJson());
        const auto back = Ids::Core::parseModelList(QJsonObject {{QStringLiteral("models"), good}}, &error);
        IDS_FUZZ_KEEPS(
            "a model list reads or names every entry, and its good rows read back with none skipped",
            everyEntryAccountedFor(object, "models", list->models, skippedOf(list->skipped, SkippedRow::List::Models))
                && back && back->skipped.isEmpty() && back->models.size() == list->models.size());
    }
    (void)Ids::Core::TrainResponse::fromJson(document.object(), &error);
    if (const auto generation = Ids::Core::GenerationResponse::fromJson(document.object(), &error)) {
        const auto normal = Ids::Core::GenerationResponse::fromJson(generation->toJson(), &error);
        IDS_FUZZ_KEEPS("a generation written back keeps every image, withheld ones included",
                       normal && normal->images.size() == generation->images.size());
        IDS_FUZZ_KEEPS("generated images are read or named each, and the good ones read back with none skipped",
                       everyEntryAccountedFor(object, "data", generation->images, generation->skipped.size()) && normal
                           && normal->skipped.isEmpty());
    }
    return 0;
}
