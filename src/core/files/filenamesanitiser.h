#pragma once

#include <QString>

namespace Ids::Core {

// The file name sent in a multipart part (reliability-rules.md R27): the base name only, no control characters,
// no quote or backslash (they would end or escape the header's quoted string), at most 255 bytes of UTF-8
// with the extension kept. Images and their captions go through the same rule, so stems still match.
class FileNameSanitiser final
{
public:
    static constexpr int MaxBytes = 255;
    static QString sanitise(const QString &pathOrName);
};

} // namespace Ids::Core
