#include "soakdriver.h"

#include <core/api/apiclient.h>
#include <core/services/modellibrary.h>
#include <core/services/modelpoller.h>
#include <core/services/syncservice.h>
#include <core/storage/contentstore.h>
#include <core/storage/datasetstore.h>
#include <core/storage/modelfamilystore.h>
#include <core/storage/modelstore.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>

#include <unistd.h>

namespace Ids::Bench {

namespace {

constexpr int ImagesPerDataset = 16; // enough to train (15), in two batches of 8
constexpr int MaxChecksBeforeForgetting = 3;
constexpr qint64 MiB = 1024 * 1024;
// AddressSanitizer keeps freed memory in quarantine: resident memory says nothing about leaks then (LeakSanitizer
// does), so the figure is printed but not judged.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool UnderAddressSanitizer = true;
#else
constexpr bool UnderAddressSanitizer = false;
#endif

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.value(1).toLongLong() * sysconf(_SC_PAGESIZE);
}

// A valid 1×1 PNG with one byte that differs per file, so that no two uploads are the same bytes.
QByteArray pngBytes(int seed)
{
    QByteArray png = QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    // A text chunk after IEND would be read by nobody; padding the end keeps the image valid for any reader.
    png += QByteArray::number(seed);
    return png;
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

} // namespace

SoakDriver::SoakDriver(SoakOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_network(new QNetworkAccessManager(this))
    , m_client(new Core::ApiClient(m_network, this))
{ }

SoakDriver::~SoakDriver()
{
    // The services write to the stores: they go first.
    for (QObject *service : std::initializer_list<QObject *> {m_generation, m_library, m_poller, m_training, m_uploads,
                                                              m_sync, m_datasets})
        delete service;
}

QString SoakDriver::writeImage(const QString &name, int seed)
{
    const QString path = QDir(m_options.workFolder).filePath(QStringLiteral("files/") + name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(pngBytes(seed));
    return path;
}

void SoakDriver::start()
{
    QDir(m_options.workFolder).mkpath(QStringLiteral("files"));
    m_client->setBaseUrl(m_options.baseUrl);
    m_client->setApiKey(m_options.apiKey);
    m_store = std::make_unique<Core::DatasetStore>(QDir(m_options.workFolder).filePath(QStringLiteral("soak.sqlite")));
    if (!m_store->open()) {
        out() << "soak: the database could not be opened\n" << Qt::flush;
        Q_EMIT finished(false);
        return;
    }
    m_store->setScope(QStringLiteral("soak"));
    m_content = std::make_unique<Core::ContentStore>(m_store.get());
    m_models = std::make_unique<Core::ModelStore>(m_store.get());
    m_families = std::make_unique<Core::ModelFamilyStore>(m_store.get());
    m_datasets = new Core::DatasetService(m_client, m_store.get(), this);
    m_sync = new Core::SyncService(m_client, m_store.get(), m_content.get(), this);
    m_uploads = new Core::UploadService(m_client, m_content.get(), this);
    m_training = new Core::TrainingService(m_client, m_models.get(), m_content.get(), m_families.get(), this);
    m_poller = new Core::ModelPoller(m_client, m_models.get(), {}, this);
    m_library = new Core::ModelLibrary(m_client, m_models.get(), m_poller, this);
    m_generation =
        new Core::GenerationService(m_client, QDir(m_options.workFolder).filePath(QStringLiteral("pictures")), this);

    // What a person would do when the app asks: look again, and after a few looks, let it go. Never "create
    // anyway" or "train anyway": those are a person's choice to risk a duplicate.
    connect(m_datasets, &Core::DatasetService::datasetCreated, this,
            [this](const Core::Dataset &dataset) { m_createdNames.insert(dataset.id, dataset.name); });
    connect(m_datasets, &Core::DatasetService::createFailed, this, [this] { ++m_createsFailed; });
    connect(m_datasets, &Core::DatasetService::createUncertain, this, [this] {
        ++m_createChecks;
        if (++m_checksOfThisCreate < MaxChecksBeforeForgetting) {
            m_datasets->checkAgain();
        } else {
            ++m_createsForgotten;
            m_datasets->forgetPendingCreate();
        }
    });
    connect(m_uploads, &Core::UploadService::finished, this, &SoakDriver::onUploadFinished);
    connect(m_training, &Core::TrainingService::trainingStarted, this, [this](const Core::CustomModel &model) {
        m_startedModels.insert(model.id, model.name);
        m_poller->follow(model);
    });
    connect(m_training, &Core::TrainingService::trainFailed, this, [this] { ++m_trainsFailed; });
    connect(m_training, &Core::TrainingService::trainUncertain, this, [this] {
        ++m_trainChecks;
        if (++m_checksOfThisTraining < MaxChecksBeforeForgetting)
            m_training->checkAgain();
        else
            m_training->forgetPendingTrain();
    });
    connect(m_poller, &Core::ModelPoller::modelFinished, this,
            [this](const Core::CustomModel &model) { m_finishedModels.insert(model.id); });
    connect(m_generation, &Core::GenerationService::generationFinished, this,
            [this](const Core::GenerationOutcome &outcome) {
                m_imagesSaved += int(outcome.savedPaths.size());
                m_imagesLost += int(outcome.failures.size());
            });
    connect(m_generation, &Core::GenerationService::generationFailed, this, [this] { ++m_generationsFailed; });

    const auto every = [this](int ms, void (SoakDriver::*action)()) {
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, action);
        timer->start(ms);
        m_timers.append(timer);
    };
    every(2500, &SoakDriver::createNext);
    every(1000, &SoakDriver::uploadNext);
    every(2000, &SoakDriver::trainNext);
    every(3000, &SoakDriver::generateNext);
    auto *refresh = new QTimer(this);
    connect(refresh, &QTimer::timeout, m_sync, &Core::SyncService::refresh);
    refresh->start(10000);
    m_timers.append(refresh);
    auto *models = new QTimer(this);
    connect(models, &QTimer::timeout, m_library, &Core::ModelLibrary::refresh);
    models->start(20000);
    m_timers.append(models);
    auto *memory = new QTimer(this);
    connect(memory, &QTimer::timeout, this, &SoakDriver::sampleMemory);
    memory->start(2000);

    m_clock.start();
    QTimer::singleShot(m_options.duration, this, &SoakDriver::stopStarting);
    out() << "soak: running for " << m_options.duration.count() << " s against " << m_options.baseUrl.toString() << "\n"
          << Qt::flush;
    m_sync->refresh();
    createNext();
}

void SoakDriver::createNext()
{
    if (m_datasets->isBusy())
        return;
    m_checksOfThisCreate = 0;
    const QString name = QStringLiteral("soak %1").arg(++m_createsAsked, 4, 10, QLatin1Char('0'));
    if (!m_datasets->createDataset(name).isEmpty())
        --m_createsAsked;
}

void SoakDriver::uploadNext()
{
    if (m_uploads->isBusy())
        return;
    QString target;
    for (auto it = m_createdNames.cbegin(); it != m_createdNames.cend(); ++it) {
        if (!m_uploading.contains(it.key())) {
            target = it.key();
            break;
        }
    }
    if (target.isEmpty())
        return;
    m_uploading.insert(target);
    m_currentUpload = UploadRun {target, {}, false};
    for (int i = 0; i < ImagesPerDataset; ++i) {
        const QString name = QStringLiteral("image-%1.png").arg(i + 1, 2, 10, QLatin1Char('0'));
        Core::UploadItem item;
        const int file = ++m_fileCounter;
        item.part.filePath = writeImage(QStringLiteral("%1-%2").arg(file).arg(name), file);
        item.part.sentName = name;
        item.part.mimeType = "image/png";
        item.part.size = QFileInfo(item.part.filePath).size();
        item.part.modified = QFileInfo(item.part.filePath).lastModified();
        item.group = i;
        m_currentUpload.items.append(item);
    }
    QList<int> first, second;
    for (int i = 0; i < ImagesPerDataset; ++i)
        (i < ImagesPerDataset / 2 ? first : second).append(i);
    m_uploads->start(target, m_currentUpload.items, {first, second});
}

void SoakDriver::onUploadFinished()
{
    // Retry failed once, as a person would: the service sends only what did not arrive.
    if (!m_currentUpload.retried && m_uploads->retryableCount() > 0 && !m_stopping) {
        m_currentUpload.retried = true;
        m_uploads->retryFailed();
        return;
    }
    const QList<Core::UploadItemResult> results = m_uploads->results();
    m_uploadResults.insert(m_currentUpload.datasetId, results);
    m_imagesDone.insert(m_currentUpload.datasetId,
                        int(std::count_if(results.cbegin(), results.cend(), [](const Core::UploadItemResult &r) {
                            return r.state == Core::UploadItemResult::State::Done;
                        })));
    m_finishedUploads.append(m_currentUpload);
}

void SoakDriver::trainNext()
{
    if (m_training->isBusy())
        return;
    for (auto it = m_imagesDone.cbegin(); it != m_imagesDone.cend(); ++it) {
        if (it.value() < 15 || m_trainedDatasets.contains(it.key()))
            continue;
        m_trainedDatasets.insert(it.key());
        ++m_trainsAsked;
        m_checksOfThisTraining = 0;
        const QString name = QStringLiteral("soak model %1").arg(m_trainsAsked, 4, 10, QLatin1Char('0'));
        // Ideogram 4.0, plain: the training the app offers first.
        if (!m_training->train(it.value(), {Core::ModelFamily::V4, it.key(), name, {}}).isEmpty())
            ++m_trainsFailed;
        return;
    }
}

void SoakDriver::generateNext()
{
    if (m_generation->isBusy())
        return;
    for (const Core::CustomModel &model : m_models->models()) {
        if (!model.canGenerate() || !m_startedModels.contains(model.id))
            continue;
        Core::Generation4Request request; // the soak trains Ideogram 4.0 models only
        request.basics.prompt = QStringLiteral("a red shoe on a plain background");
        request.basics.numImages = 1 + (m_generations % 2);
        if (m_generation->generate(model, request).isEmpty())
            ++m_generations;
        return;
    }
}

void SoakDriver::sampleMemory()
{
    m_rssLast = residentBytes();
    m_rssMax = std::max(m_rssMax, m_rssLast);
    if (m_rssAtWarmup == 0 && m_clock.elapsed() >= std::chrono::milliseconds(m_options.warmup).count())
        m_rssAtWarmup = m_rssLast;
}

void SoakDriver::stopStarting()
{
    m_stopping = true;
    for (QTimer *timer : std::as_const(m_timers))
        timer->stop();
    out() << "soak: stopped starting work after " << m_clock.elapsed() / 1000 << " s; letting what runs finish\n"
          << Qt::flush;
    auto *settler = new QTimer(this);
    connect(settler, &QTimer::timeout, this, &SoakDriver::settle);
    settler->start(1000);
}

bool SoakDriver::idle() const
{
    return !m_datasets->isBusy() && !m_uploads->isBusy() && !m_training->isBusy() && !m_generation->isBusy();
}

void SoakDriver::settle()
{
    ++m_settleTicks;
    if (!idle() && m_settleTicks < 240)
        return;
    sender()->deleteLater();
    static_cast<QTimer *>(sender())->stop();
    sampleMemory();
    fetchReport();
}

void SoakDriver::fetchReport()
{
    // The faults end before the server is asked what it holds, so the answer is complete.
    QUrl calm = m_options.baseUrl;
    calm.setPath(QStringLiteral("/_soak/calm"));
    QNetworkReply *calmed = m_network->post(QNetworkRequest(calm), QByteArray());
    connect(calmed, &QNetworkReply::finished, this, [this, calmed] {
        calmed->deleteLater();
        QUrl url = m_options.baseUrl;
        url.setPath(QStringLiteral("/_soak/report"));
        QNetworkReply *reply = m_network->get(QNetworkRequest(url));
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            const QJsonObject report = QJsonDocument::fromJson(reply->readAll()).object();
            if (report.isEmpty()) {
                out() << "soak: FAIL the sandbox did not report (" << reply->errorString() << ")\n" << Qt::flush;
                Q_EMIT finished(false);
                return;
            }
            Q_EMIT finished(check(report));
        });
    });
}

bool SoakDriver::check(const QJsonObject &report)
{
    QStringList problems;
    // No dataset and no training twice: the driver gives every one its own name.
    int duplicateCreates = 0;
    const QJsonObject datasetsByName = report.value(QStringLiteral("datasetsByName")).toObject();
    for (auto it = datasetsByName.constBegin(); it != datasetsByName.constEnd(); ++it)
        duplicateCreates += std::max(0, it.value().toInt() - 1);
    int duplicateTrainings = 0;
    const QJsonObject modelsByName = report.value(QStringLiteral("modelsByName")).toObject();
    for (auto it = modelsByName.constBegin(); it != modelsByName.constEnd(); ++it)
        duplicateTrainings += std::max(0, it.value().toInt() - 1);
    if (duplicateCreates > 0)
        problems << QStringLiteral("%1 dataset(s) created twice").arg(duplicateCreates);
    if (duplicateTrainings > 0)
        problems << QStringLiteral("%1 training(s) started twice").arg(duplicateTrainings);

    // Every uploaded file accounted for: a final state each; what the app calls stored is on the server;
    // what is on the server was sent, once, and is called stored, or "could not be confirmed" at worst.
    const QJsonObject files = report.value(QStringLiteral("files")).toObject();
    int sent = 0, stored = 0, failed = 0, unconfirmedButThere = 0, unaccounted = 0, sentTwice = 0;
    for (const UploadRun &run : std::as_const(m_finishedUploads)) {
        QHash<QString, int> onServer;
        for (const QJsonValue &name : files.value(run.datasetId).toArray())
            ++onServer[name.toString()];
        const QList<Core::UploadItemResult> results = m_uploadResults.value(run.datasetId);
        for (int i = 0; i < run.items.size(); ++i) {
            ++sent;
            const QString name = run.items.at(i).part.sentName;
            const Core::UploadItemResult result = results.value(i);
            const int copies = onServer.take(name);
            sentTwice += std::max(0, copies - 1);
            if (result.state == Core::UploadItemResult::State::Done) {
                ++stored;
                if (copies == 0)
                    ++unaccounted; // reported stored, not there
            } else if (result.state == Core::UploadItemResult::State::Failed && !result.message.isEmpty()) {
                ++failed;
                if (copies > 0) {
                    if (result.message == Core::UploadFileText::unconfirmed())
                        ++unconfirmedButThere; // the app said it could not tell: honest
                    else
                        ++unaccounted; // reported failed, yet there
                }
            } else {
                ++unaccounted; // no final result
            }
        }
        unaccounted += int(onServer.size()); // on the server, never sent
    }
    if (unaccounted > 0)
        problems << QStringLiteral("%1 uploaded file(s) not accounted for").arg(unaccounted);
    if (sentTwice > 0)
        problems << QStringLiteral("%1 file(s) stored twice").arg(sentTwice);
    if (m_uploads->isBusy() || !idle())
        problems << QStringLiteral("work still running 4 minutes after the end");

    const qint64 growth = m_rssLast - m_rssAtWarmup;
    if (m_rssAtWarmup == 0)
        problems << QStringLiteral("the run was shorter than the warm-up; no memory figure");
    else if (growth >= 10 * MiB && !UnderAddressSanitizer)
        problems
            << QStringLiteral("resident memory grew by %1 MB after the warm-up").arg(double(growth) / MiB, 0, 'f', 1);

    const QJsonObject faults = report.value(QStringLiteral("faults")).toObject();
    QStringList faultKinds;
    for (auto it = faults.constBegin(); it != faults.constEnd(); ++it) {
        if (it.key() != QLatin1String("total"))
            faultKinds << QStringLiteral("%1 %2").arg(it.value().toInt()).arg(it.key());
    }
    QTextStream &o = out();
    o << "soak: figures\n";
    o << "  run                 " << m_clock.elapsed() / 1000 << " s (warm-up " << m_options.warmup.count() << " s)\n";
    o << "  requests made       " << report.value(QStringLiteral("requests")).toInt() << "\n";
    o << "  faults injected     " << faults.value(QStringLiteral("total")).toInt() << " ("
      << faultKinds.join(QStringLiteral(", ")) << ")\n";
    o << "  datasets            " << m_createsAsked << " asked, " << m_createdNames.size() << " created, "
      << m_createsFailed << " failed with a sentence, " << m_createsForgotten << " left to the user; duplicates "
      << duplicateCreates << "\n";
    o << "  uploads             " << m_finishedUploads.size() << " runs, " << sent << " files: " << stored
      << " stored, " << failed << " failed with a sentence (" << unconfirmedButThere
      << " of them there but unconfirmed); "
      << "not accounted for " << unaccounted << ", stored twice " << sentTwice << "\n";
    o << "  trainings           " << m_trainsAsked << " asked, " << m_startedModels.size() << " started, "
      << m_trainsFailed << " failed with a sentence, " << m_finishedModels.size() << " followed to the end; duplicates "
      << duplicateTrainings << "\n";
    o << "  generations         " << m_generations << " asked, " << m_generationsFailed << " failed with a sentence, "
      << m_imagesSaved << " images saved, " << m_imagesLost << " images not downloaded\n";
    o << "  resident memory     " << QString::number(double(m_rssAtWarmup) / MiB, 'f', 1) << " MB after warm-up, "
      << QString::number(double(m_rssLast) / MiB, 'f', 1) << " MB at the end (growth "
      << QString::number(double(growth) / MiB, 'f', 1) << " MB), peak "
      << QString::number(double(m_rssMax) / MiB, 'f', 1) << " MB"
      << (UnderAddressSanitizer ? " (not judged under AddressSanitizer)" : "") << "\n";
    o << "  confirmations       " << m_createChecks << " create(s) and " << m_trainChecks
      << " training(s) looked for again when the app asked\n";
    for (const QString &problem : std::as_const(problems))
        o << "soak: FAIL " << problem << "\n";
    o << (problems.isEmpty() ? "soak: PASS\n" : "soak: FAILED\n") << Qt::flush;
    return problems.isEmpty();
}

} // namespace Ids::Bench
