#pragma once

#include "filesniffer.h"

#include <QString>

namespace Ids::Core::SendNames {

// Suffixes that name a JPEG on the web and in cameras: .jfif (browsers' "Save image as"), .jpe, .jfi,
// .jif, and Twitter's .jpg_large / .jpg_orig (".jpg:large" arrives as .jpg_large once ':' is replaced).
bool isJpegSuffix(const QString &suffix);
// Whether the name's suffix is the usual one for the kind (.jpg/.jpeg, .png, .webp; any case).
bool hasUsualSuffix(const QString &name, FileKind kind);
// The name with the usual suffix of the kind it is sent as: "x.jfif" → "x.jpg", "y.HEIC" → "y.jpg",
// "z.jpg" holding a PNG → "z.png". A name that already has a usual suffix is kept as written.
QString withUsualSuffix(const QString &name, FileKind kind);
// "stem (n).ext": the visible way a clash is solved (never by overwriting).
QString numbered(const QString &name, int n);
// The stem, for pairing a caption with its image.
QString stemOf(const QString &name);
QString suffixOf(const QString &name); // lower case, without the dot

} // namespace Ids::Core::SendNames
