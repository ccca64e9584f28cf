#pragma once

#include <QList>
#include <QSize>
#include <QString>

namespace Ids::Core {

// The output sizes of Ideogram 4.0 (api-contract.md §9.3), kept as data: Ideogram's list grows (36 values in its
// OpenAPI file of 2026-07, 38 in that of 2026-10), so a size the list does not know is still read and shown.
namespace Resolutions {

enum class Shape { Square, Portrait, Landscape };

// "1440x2880" → 1440×2880; an invalid size for anything else.
QSize parse(const QString &text);
QString text(const QSize &size);
Shape shapeOf(const QSize &size);
// The ResolutionV4 values, in Ideogram's order.
QList<QSize> v4();
// Those of one shape, largest first (what a person picks after the shape).
QList<QSize> v4(Shape shape);
bool isV4(const QString &text);

} // namespace Resolutions

} // namespace Ids::Core
