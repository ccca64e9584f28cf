// Response parsers: any bytes as a reply body must give a value or an error, never a crash.
#include <core/types/dataset.h>

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
    return 0;
}
