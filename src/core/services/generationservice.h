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
class ApiJob;
class ImageDownloadJob;
template<typename T> class GenerationCallJob;

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

// Generates with a custom model of either family (api-contract.md §9.3; a 3.0 remix too) and keeps the images at
// once: their addresses expire. Each image goes into a folder per model, beside a sidecar with the prompt, the
// seed, the model, the account and every setting of the request (the stack and its weights included), so the
// gallery works offline and an image can be made again. Downloads are checked (size, real image bytes) and
// written off the GUI thread; a withheld or broken image never becomes a file. Never sent twice by itself.
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
    // Written into every sidecar: the History of an account lists the images made with it.
    void setAccountId(const QString &accountId) { m_accountId = accountId; }

    // Sends the order with this model (its custom_model_uri is filled in). Returns why nothing was sent (a
    // sentence), or empty when started. The order's family must be the model's: the caller knows it.
    QString generate(const CustomModel &model, GenerationOrder order);
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
    void onGenerated(GenerationCallJob<GenerationResponse> *job);
    void downloadNext();
    void saveImage(const Download &download, const QByteArray &bytes, FileKind kind);
    void finishIfDone();

    ApiClient *m_client;
    QString m_root;
    bool m_busy = false;
    QPointer<ApiJob> m_job;
    QPointer<ImageDownloadJob> m_currentDownload;
    CustomModel m_model;
    GenerationOrder m_order;
    QString m_accountId;
    QDateTime m_startedAtUtc;
    QList<Download> m_downloads;
    int m_savesInFlight = 0;
    bool m_cancelled = false;
    GenerationOutcome m_outcome;
};

} // namespace Ids::Core
