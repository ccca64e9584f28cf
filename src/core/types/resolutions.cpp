#include "resolutions.h"

#include <QStringList>

#include <algorithm>

namespace Ids::Core::Resolutions {

QSize parse(const QString &text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('x'));
    if (parts.size() != 2)
        return {};
    bool okWidth = false;
    bool okHeight = false;
    const int width = parts.at(0).toInt(&okWidth);
    const int height = parts.at(1).toInt(&okHeight);
    if (!okWidth || !okHeight || width <= 0 || height <= 0)
        return {};
    return {width, height};
}

QString text(const QSize &size)
{
    return QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
}

Shape shapeOf(const QSize &size)
{
    if (size.width() == size.height())
        return Shape::Square;
    return size.height() > size.width() ? Shape::Portrait : Shape::Landscape;
}

QList<QSize> v4()
{
    // ResolutionV4 in ../shared/spec/ideogram-openapi-newest.json (2026-07-02), in that order.
    static const char *const Values[] = {"2048x2048", "1440x2880", "2880x1440", "1664x2496", "2496x1664", "1792x2240",
                                         "2240x1792", "1440x2560", "2560x1440", "1600x2560", "2560x1600", "1728x2304",
                                         "2304x1728", "1296x3168", "3168x1296", "1152x2944", "2944x1152", "1248x3328",
                                         "3328x1248", "1280x3072", "3072x1280", "1024x3072", "3072x1024", "1024x1024",
                                         "896x1120",  "1120x896",  "864x1152",  "1152x864",  "832x1248",  "1248x832",
                                         "800x1280",  "1280x800",  "720x1280",  "1280x720",  "720x1440",  "1440x720"};
    QList<QSize> sizes;
    for (const char *value : Values)
        sizes.append(parse(QLatin1String(value)));
    return sizes;
}

QList<QSize> v4(Shape shape)
{
    QList<QSize> sizes;
    for (const QSize &size : v4()) {
        if (shapeOf(size) == shape)
            sizes.append(size);
    }
    std::stable_sort(sizes.begin(), sizes.end(), [](const QSize &a, const QSize &b) {
        return qint64(a.width()) * a.height() > qint64(b.width()) * b.height();
    });
    return sizes;
}

bool isV4(const QString &text)
{
    return v4().contains(parse(text));
}

} // namespace Ids::Core::Resolutions
