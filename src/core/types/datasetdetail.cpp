#include "datasetdetail.h"

#include "jsonreader.h"

#include <QJsonArray>

#include <algorithm>

namespace Ids::Core {

std::optional<DatasetFile> DatasetFile::fromJson(const QJsonObject &object, QString *error)
{
    JsonReader reader(object, QStringLiteral("dataset file"));
    DatasetFile file;
    file.fileName = reader.optionalString(QStringLiteral("file_name"));
    file.sizeBytes = reader.optionalInteger(QStringLiteral("file_size_bytes"));
    file.caption = reader.optionalString(QStringLiteral("caption"));
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return file;
}

QJsonObject DatasetFile::toJson() const
{
    QJsonObject object {{QStringLiteral("file_name"), fileName ? QJsonValue(*fileName) : QJsonValue()}};
    if (sizeBytes)
        object.insert(QStringLiteral("file_size_bytes"), double(*sizeBytes));
    if (caption)
        object.insert(QStringLiteral("caption"), *caption);
    return object;
}

std::optional<DatasetDetail> DatasetDetail::fromJson(const QJsonObject &object, QString *error)
{
    JsonReader reader(object, QStringLiteral("dataset details"));
    const std::optional<QJsonObject> datasetObject = reader.requiredObject(QStringLiteral("dataset"));
    const std::optional<qint64> fileCount = reader.requiredInteger(QStringLiteral("file_count"));
    const std::optional<QJsonArray> files = reader.optionalArray(QStringLiteral("files"));
    const std::optional<QJsonArray> modelIds = reader.optionalArray(QStringLiteral("custom_model_ids"));
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    DatasetDetail detail;
    std::optional<Dataset> dataset = Dataset::fromJson(*datasetObject, error);
    if (!dataset)
        return std::nullopt;
    detail.dataset = std::move(*dataset);
    detail.fileCount = *fileCount;
    detail.files =
        readRows<DatasetFile>(*files, SkippedRow::List::DatasetFiles, &DatasetFile::fromJson, &detail.skipped);
    for (qsizetype i = 0; i < modelIds->size(); ++i) {
        if (modelIds->at(i).isString())
            detail.customModelIds.append(modelIds->at(i).toString());
        else
            detail.skipped.append({SkippedRow::List::DatasetModels, int(i + 1),
                                   QStringLiteral("the model id is not a string"), QString()});
    }
    return detail;
}

DatasetDetail DatasetDetail::keepingSkippedFrom(const DatasetDetail &stored) const
{
    const auto skippedOf = [this](SkippedRow::List list) {
        return std::count_if(skipped.cbegin(), skipped.cend(),
                             [list](const SkippedRow &row) { return row.list == list; });
    };
    DatasetDetail merged = *this;
    qsizetype files = skippedOf(SkippedRow::List::DatasetFiles);
    for (const DatasetFile &file : stored.files) {
        if (files == 0)
            break;
        const bool listed = std::any_of(this->files.cbegin(), this->files.cend(),
                                        [&](const DatasetFile &fresh) { return fresh.fileName == file.fileName; });
        if (!listed) {
            merged.files.append(file);
            --files;
        }
    }
    qsizetype models = skippedOf(SkippedRow::List::DatasetModels);
    for (const QString &id : stored.customModelIds) {
        if (models == 0)
            break;
        if (!customModelIds.contains(id)) {
            merged.customModelIds.append(id);
            --models;
        }
    }
    return merged;
}

QJsonObject DatasetDetail::toJson() const
{
    QJsonArray fileArray;
    for (const DatasetFile &file : files)
        fileArray.append(file.toJson());
    return QJsonObject {
        {QStringLiteral("dataset"), dataset.toJson()},
        {QStringLiteral("file_count"), double(fileCount)},
        {QStringLiteral("files"), fileArray},
        {QStringLiteral("custom_model_ids"), QJsonArray::fromStringList(customModelIds)},
    };
}

} // namespace Ids::Core
