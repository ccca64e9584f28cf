#include "generationservice.h"

#include "../api/apiclient.h"
#include "../api/generationjobs.h"
#include "../api/imagedownloadjob.h"
#include "../files/filesniffer.h"
#include "datasetservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace Ids::Core {

namespace {

// A folder name from a model name: shared models may carry any characters.
QString folderName(const CustomModel &model)
{
    QString name;
    for (const QChar c : model.name.trimmed()) {
        const bool safe = c.isLetterOrNumber() || c == u' ' || c == u'-' || c == u'_';
        name += safe ? c : QChar(u'-');
    }
    name = name.left(60).trimmed();
    const QString idHead = QString(model.id).remove(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]"))).left(8);
    return name.isEmpty() ? idHead : QStringLiteral("%1 (%2)").arg(name, idHead);
}

struct SaveResult
{
    QString path;
    QString failure;
};

// Runs on a worker thread: the image and its sidecar, each written whole or not at all.
SaveResult writeImage(const QString &folder, const QString &baseName, const QByteArray &bytes, const QString &extension,
                      const QJsonObject &sidecar)
{
    if (!QDir().mkpath(folder))
        return {{},
                QCoreApplication::translate("Ids::Core::GenerationService", "cannot create the folder %1").arg(folder)};
    const QString imagePath = QDir(folder).filePath(baseName + extension);
    QSaveFile image(imagePath);
    if (!image.open(QIODevice::WriteOnly) || image.write(bytes) != bytes.size() || !image.commit())
        return {{}, image.errorString()};
    QSaveFile meta(QDir(folder).filePath(baseName + QStringLiteral(".json")));
    if (!meta.open(QIODevice::WriteOnly) || meta.write(QJsonDocument(sidecar).toJson()) < 0 || !meta.commit())
        return {imagePath, meta.errorString()};
    return {imagePath, {}};
}

} // namespace

GenerationService::GenerationService(ApiClient *client, QString picturesRoot, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_root(std::move(picturesRoot))
{ }

QString GenerationService::folderFor(const CustomModel &model) const
{
    return QDir(m_root).filePath(folderName(model));
}

QString GenerationService::generate(const CustomModel &model, GenerationOrder order)
{
    if (m_busy)
        return tr("Wait until the images being made are saved.");
    if (!model.canGenerate())
        return tr("This model cannot make images: it must be completed and available for generation.");
    Generation::basicsOf(order).customModelUri = model.customModelUri;
    if (const QString problem = Generation::problemOf(order); !problem.isEmpty())
        return problem;
    const int numImages = Generation::basicsOf(order).numImages;
    m_busy = true;
    m_model = model;
    m_order = order;
    m_startedAtUtc = QDateTime::currentDateTimeUtc();
    m_outcome = GenerationOutcome();
    m_outcome.modelId = model.id;
    m_cancelled = false;
    m_downloads.clear();
    Q_EMIT progressMessage(tr("Ideogram is making %n image(s)…", "", numImages));
    auto *job = makeGenerationJob(m_client, order, this);
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, job] { onGenerated(job); });
    job->start();
    return {};
}

void GenerationService::cancel()
{
    if (!m_busy)
        return;
    m_cancelled = true;
    if (m_job)
        m_job->cancel();
    m_downloads.clear();
    if (m_currentDownload)
        m_currentDownload->cancel();
}

void GenerationService::onGenerated(GenerationCallJob<GenerationResponse> *job)
{
    if (!job->succeeded()) {
        m_busy = false;
        Q_EMIT generationFailed(job->error());
        return;
    }
    m_outcome.skipped = job->answer().skipped;
    int index = 0;
    for (const GeneratedImage &image : job->answer().images) {
        ++index;
        if (!image.isImageSafe || image.url.isEmpty()) {
            ++m_outcome.withheld;
            continue;
        }
        m_downloads.append({image, index});
    }
    downloadNext();
}

void GenerationService::downloadNext()
{
    if (m_downloads.isEmpty()) {
        finishIfDone();
        return;
    }
    const Download download = m_downloads.takeFirst();
    Q_EMIT progressMessage(tr("Saving image %1…").arg(download.index));
    auto *job = new ImageDownloadJob(m_client, QUrl(download.image.url), this);
    m_currentDownload = job;
    connect(job, &ApiJob::finished, this, [this, job, download] {
        m_currentDownload = nullptr;
        if (job->succeeded())
            saveImage(download, job->bytes(), job->kind());
        else if (job->error().kind != ApiError::Kind::Cancelled) // stopped by the user: not a failure
            m_outcome.failures.append(tr("Image %1: %2").arg(download.index).arg(job->error().headline()));
        downloadNext();
    });
    job->start();
}

void GenerationService::saveImage(const Download &download, const QByteArray &bytes, FileKind kind)
{
    const QString extension = kind == FileKind::Png ? QStringLiteral(".png")
        : kind == FileKind::Jpeg                    ? QStringLiteral(".jpg")
                                                    : QStringLiteral(".webp");
    const QString baseName = QStringLiteral("%1-%2")
                                 .arg(m_startedAtUtc.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")))
                                 .arg(download.index, 2, 10, QLatin1Char('0'));
    // What the image is (prompt as Ideogram used it, seed, size, model, time, account) at the top; what was
    // asked for, to make it again, under "settings" (GalleryModel and "Use these settings again" read both).
    const QJsonObject settings = Generation::settingsOf(m_order);
    QJsonObject sidecar {
        {QStringLiteral("prompt"), Generation::basicsOf(m_order).prompt.trimmed()},
        {QStringLiteral("custom_model_uri"), m_model.customModelUri},
        {QStringLiteral("model_id"), m_model.id},
        {QStringLiteral("model_name"), m_model.name},
        {QStringLiteral("family"), Family::key(Generation::familyOf(m_order))},
        {QStringLiteral("resolution"), download.image.resolution},
        {QStringLiteral("created"), m_startedAtUtc.toString(Qt::ISODate)},
        {QStringLiteral("settings"), settings},
    };
    for (const QString &copied :
         {QStringLiteral("negative_prompt"), QStringLiteral("aspect_ratio"), QStringLiteral("rendering_speed"),
          QStringLiteral("magic_prompt"), QStringLiteral("stacked_custom_models")}) {
        if (settings.contains(copied))
            sidecar.insert(copied, settings.value(copied));
    }
    if (!download.image.prompt.isEmpty() && download.image.prompt != Generation::basicsOf(m_order).prompt.trimmed())
        sidecar.insert(QStringLiteral("prompt_used"), download.image.prompt); // magic prompt's rewrite
    if (!m_accountId.isEmpty())
        sidecar.insert(QStringLiteral("account_id"), m_accountId);
    if (download.image.seed)
        sidecar.insert(QStringLiteral("seed"), double(*download.image.seed));
    ++m_savesInFlight;
    auto *watcher = new QFutureWatcher<SaveResult>(this);
    connect(watcher, &QFutureWatcher<SaveResult>::finished, this, [this, watcher, download] {
        watcher->deleteLater();
        --m_savesInFlight;
        const SaveResult result = watcher->result();
        if (!result.path.isEmpty())
            m_outcome.savedPaths.append(result.path);
        if (!result.failure.isEmpty()) {
            qCWarning(lcService) << "could not save a generated image:" << result.failure;
            m_outcome.failures.append(tr("Image %1 could not be saved: %2").arg(download.index).arg(result.failure));
        }
        finishIfDone();
    });
    watcher->setFuture(QtConcurrent::run(writeImage, folderFor(m_model), baseName, bytes, extension, sidecar));
}

void GenerationService::finishIfDone()
{
    if (!m_busy || !m_downloads.isEmpty() || m_savesInFlight > 0 || m_currentDownload)
        return;
    m_busy = false;
    m_outcome.cancelled = m_cancelled;
    std::sort(m_outcome.savedPaths.begin(), m_outcome.savedPaths.end());
    Q_EMIT generationFinished(m_outcome);
}

} // namespace Ids::Core
