#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QIODevice>
#include <QList>
#include <QString>

#include <memory>

namespace Ids::Core {

// A multipart/form-data body streamed from files on disk, read once and never rewound.
//
// QHttpMultiPart would stream too, but Qt 6.4 rewinds it and silently sends the POST a second time when the
// connection closes before the answer (the re-send OneShotBody exists for). An upload must leave this
// computer once per batch so that a lost answer is reconciled per file (reliability-rules.md R8), so the body is
// a sequential device Qt cannot rewind. Only one file is open at a time; memory stays at one read chunk.
class MultipartBody final : public QIODevice
{
    Q_OBJECT
public:
    struct Part
    {
        QString filePath;
        QString sentName; // already sanitised (FileNameSanitiser)
        QByteArray mimeType;
        qint64 size = 0; // as reviewed; a file that no longer has this size is not sent
        QDateTime modified; // as reviewed; invalid skips the check
        QByteArray fieldName = "files"; // the form field: "files" for uploads, "image" for a remix
        // A text field instead of a file (filePath empty): its value, sent as is (a remix's prompt, seed…).
        QByteArray text {};

        static Part field(const QByteArray &name, const QByteArray &value)
        {
            Part part;
            part.fieldName = name;
            part.text = value;
            return part;
        }
        bool isText() const { return filePath.isEmpty(); }
    };

    explicit MultipartBody(QList<Part> parts, QObject *parent = nullptr);
    ~MultipartBody() override;

    QByteArray contentType() const;
    // Checks every file still has the reviewed size and time. Empty when all is well, else the first file
    // that changed (the reason is for the user: "photo.jpg changed since it was reviewed").
    QString changedFile() const;

    bool isSequential() const override { return true; }
    qint64 size() const override { return m_total; }
    qint64 bytesAvailable() const override { return (m_total - m_position) + QIODevice::bytesAvailable(); }
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    bool atEnd() const override { return m_position >= m_total; }

    // Live instances, for tests that check cancelled uploads leave nothing behind (reliability-rules.md R12).
    static int liveCount();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    struct Segment
    {
        QByteArray bytes; // headers and separators
        int partIndex = -1; // or a file's contents
        qint64 length = 0;
    };
    bool openPart(int partIndex);

    QList<Part> m_parts;
    QByteArray m_boundary;
    QList<Segment> m_segments;
    qint64 m_total = 0;
    qint64 m_position = 0;
    int m_segment = 0;
    qint64 m_segmentOffset = 0;
    std::unique_ptr<QFile> m_file;
};

} // namespace Ids::Core
