#include "captionset.h"

namespace Ids::Core {

QString captionSourceId(CaptionSource source)
{
    switch (source) {
    case CaptionSource::None:
        return {};
    case CaptionSource::File:
        return QStringLiteral("file");
    case CaptionSource::Metadata:
        return QStringLiteral("metadata");
    case CaptionSource::Typed:
        return QStringLiteral("typed");
    case CaptionSource::Ideogram:
        return QStringLiteral("ideogram");
    }
    return {};
}

CaptionSource captionSourceFromId(const QString &id)
{
    for (const CaptionSource source :
         {CaptionSource::File, CaptionSource::Metadata, CaptionSource::Typed, CaptionSource::Ideogram}) {
        if (captionSourceId(source) == id)
            return source;
    }
    return CaptionSource::None;
}

QJsonObject captionsToJson(const CaptionMap &captions)
{
    QJsonObject object;
    for (auto it = captions.cbegin(); it != captions.cend(); ++it) {
        QJsonObject entry {{QStringLiteral("text"), it->text}, {QStringLiteral("source"), captionSourceId(it->source)}};
        if (it->structured)
            entry.insert(QStringLiteral("structured"), true);
        object.insert(it.key(), entry);
    }
    return object;
}

CaptionMap captionsFromJson(const QJsonObject &object)
{
    CaptionMap captions;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonObject entry = it->toObject();
        const QJsonValue text = entry.value(QStringLiteral("text"));
        if (!text.isString())
            continue;
        captions.insert(it.key(),
                        CaptionEntry {text.toString(),
                                      captionSourceFromId(entry.value(QStringLiteral("source")).toString()),
                                      entry.value(QStringLiteral("structured")).toBool()});
    }
    return captions;
}

} // namespace Ids::Core
