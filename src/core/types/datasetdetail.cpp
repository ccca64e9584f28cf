#include "datasetdetail.h"

#include "jsonreader.h"

#include <QJsonArray>

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
    for (const QJsonValue &value : *files) {
        if (!value.isObject()) {
            if (error)
                *error = QStringLiteral("dataset details: a file is not an object");
            return std::nullopt;
        }
        std::optional<DatasetFile> file = DatasetFile::fromJson(value.toObject(), error);
        if (!file)
            return std::nullopt;
        detail.files.append(std::move(*file));
    }
    for (const QJsonValue &value : *modelIds) {
        if (!value.isString()) {
            if (error)
                *error = QStringLiteral("dataset details: a model id is not a string");
            return std::nullopt;
        }
        detail.customModelIds.append(value.toString());
    }
    return detail;
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
