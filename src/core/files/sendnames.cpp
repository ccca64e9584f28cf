#include "sendnames.h"

#include <QStringList>

namespace Ids::Core::SendNames {

QString suffixOf(const QString &name)
{
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    return dot > 0 ? name.mid(dot + 1).toLower() : QString();
}

QString stemOf(const QString &name)
{
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    return dot > 0 ? name.left(dot) : name;
}

bool isJpegSuffix(const QString &suffix)
{
    static const QStringList suffixes {QStringLiteral("jfif"),       QStringLiteral("jpe"),
                                       QStringLiteral("jfi"),        QStringLiteral("jif"),
                                       QStringLiteral("jpg_large"),  QStringLiteral("jpg_orig"),
                                       QStringLiteral("jpg_small"),  QStringLiteral("jpg_medium"),
                                       QStringLiteral("jpeg_large"), QStringLiteral("jpeg_orig")};
    return suffixes.contains(suffix.toLower());
}

bool hasUsualSuffix(const QString &name, FileKind kind)
{
    const QString suffix = suffixOf(name);
    switch (kind) {
    case FileKind::Jpeg:
        return suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg");
    case FileKind::Png:
        return suffix == QLatin1String("png");
    case FileKind::WebP:
        return suffix == QLatin1String("webp");
    default:
        return true;
    }
}

QString withUsualSuffix(const QString &name, FileKind kind)
{
    if (hasUsualSuffix(name, kind))
        return name;
    const QString suffix = kind == FileKind::Jpeg ? QStringLiteral("jpg")
        : kind == FileKind::Png                   ? QStringLiteral("png")
                                                  : QStringLiteral("webp");
    return stemOf(name) + QLatin1Char('.') + suffix;
}

QString numbered(const QString &name, int n)
{
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    const QString stem = dot > 0 ? name.left(dot) : name;
    const QString extension = dot > 0 ? name.mid(dot) : QString();
    return stem + QStringLiteral(" (%1)").arg(n) + extension;
}

} // namespace Ids::Core::SendNames
