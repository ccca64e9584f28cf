#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

class QIODevice;

namespace Ids::Core {

// Writes a ZIP archive with stored (uncompressed) entries: images are compressed already, and a stored
// entry is read by every archiver. Names are UTF-8 with the language-encoding flag (APPNOTE.TXT 4.4.4,
// bit 11), so non-ASCII names survive on every system. No ZIP64: an entry or archive of 4 GiB or more, or
// more than 65535 entries, is refused with a reason. Blocking: call it on a worker thread.
class ZipWriter final
{
public:
    static constexpr qint64 MaxSize = 0xFFFFFFFFLL; // the 32-bit sizes and offsets of a ZIP without ZIP64
    static constexpr int MaxEntries = 0xFFFF;

    // out: open for writing and seekable (each header's CRC and sizes are written after the data);
    // modified: the time stored for every entry (DOS time, 2-second steps, local time).
    explicit ZipWriter(QIODevice *out, const QDateTime &modified = QDateTime::currentDateTime());

    // An entry named name ('/' separates folders), its bytes read from in to its end in chunks (memory
    // stays at one chunk).
    // false with an error (translated, for the export's sentence) when in cannot be read or the archive would
    // grow too large; after a false the archive is unusable.
    bool add(const QString &name, QIODevice *in, QString *error);
    bool add(const QString &name, QByteArrayView bytes, QString *error);
    // Writes the central directory; the archive is complete once this returns true.
    bool finish(QString *error);

    int entryCount() const { return int(m_entries.size()); }

private:
    struct Entry
    {
        QByteArray name;
        quint32 crc = 0;
        quint32 size = 0;
        quint32 offset = 0;
    };
    bool begin(const QString &name, Entry *entry, QString *error);
    bool end(Entry entry, qint64 size, quint32 crc, QString *error);

    QIODevice *m_out;
    quint16 m_dosTime = 0;
    quint16 m_dosDate = 0;
    QList<Entry> m_entries;
};

} // namespace Ids::Core
