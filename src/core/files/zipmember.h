#pragma once

#include "zipdirectory.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace Ids::Core {

// Reads the contents of one entry listed by ZipDirectory: stored or deflated (zlib's raw inflate), never
// more bytes than the directory declared, CRC-32 checked when the whole entry is read. Blocking: call it on
// a worker thread.
class ZipMember final
{
public:
    // The first maxBytes of the entry (all of it when it is shorter). Empty with an error (untranslated)
    // when the entry cannot be read.
    static QByteArray read(QIODevice *zip, const ZipEntry &entry, qint64 maxBytes, QString *error);
    // The whole entry, written to out in chunks (memory stays at one chunk); false with an error.
    static bool extract(QIODevice *zip, const ZipEntry &entry, QIODevice *out, QString *error);
};

} // namespace Ids::Core
