#pragma once

#include "../api/apierror.h"
#include "../files/filesniffer.h"
#include "../types/custommodel.h"
#include "../types/generation.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace Ids::Core {

class ApiClient;
class GenerateJob;
class ImageDownloadJob;

// What one generation left on disk and what it could not.
struct GenerationOutcome
{
    QString modelId;
    QStringList savedPaths; // images, each with a ".json" sidecar beside it
    int withheld = 0; // images Ideogram's safety check withheld: no file at all
    QStringList failures; // one sentence per image that could not be downloaded or saved
    bool cancelled = false; // the user stopped the downloads; what was saved stays
    QList<SkippedRow> skipped; // image entries of the answer that could not be read (the rest were used)
};

// Generates with a custom model and keeps the images at once: their addresses expire (api-contract.md
// §5.1). Each image goes into a folder per model, beside a sidecar with the prompt, seed, model URI and
// time, so the gallery works offline. Downloads are checked (size, real image bytes) and written off the
// GUI thread; a withheld or broken image never becomes a file.
class GenerationService final : public QObject
{
    Q_OBJECT
public:
    GenerationService(ApiClient *client, QString picturesRoot, QObject *parent = nullptr);

    QString picturesRoot() const { return m_root; }
    void setPicturesRoot(const QString &root) { m_root = root; }
    // The folder this model's images go to: "<root>/<model name> (<id head>)".
    QString folderFor(const CustomModel &model) const;
    bool isBusy() const { return m_busy; }

    // Returns why nothing was sent (a sentence), or empty when started.
    QString generate(const CustomModel &model, GenerationRequest request);
    void cancel();

Q_SIGNALS:
    void progressMessage(const QString &message);
    void generationFailed(const Ids::Core::ApiError &error);
    void generationFinished(const Ids::Core::GenerationOutcome &outcome);

private:
    struct Download
    {
        GeneratedImage image;
        int index = 0;
    };
    void onGenerated(GenerateJob *job);
    void downloadNext();
    void saveImage(const Download &download, const QByteArray &bytes, FileKind kind);
    void finishIfDone();

    ApiClient *m_client;
    QString m_root;
    bool m_busy = false;
    QPointer<GenerateJob> m_job;
    QPointer<ImageDownloadJob> m_currentDownload;
    CustomModel m_model;
    GenerationRequest m_request;
    QDateTime m_startedAtUtc;
    QList<Download> m_downloads;
    int m_savesInFlight = 0;
    bool m_cancelled = false;
    GenerationOutcome m_outcome;
};

} // namespace Ids::Core
