#pragma once

#include <core/services/datasetservice.h>
#include <core/services/generationservice.h>
#include <core/services/trainingservice.h>
#include <core/services/uploadservice.h>

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Ids::Core {
class ApiClient;
class ContentStore;
class DatasetStore;
class ModelLibrary;
class ModelPoller;
class ModelFamilyStore;
class ModelStore;
class SyncService;
} // namespace Ids::Core

namespace Ids::Bench {

struct SoakOptions
{
    QUrl baseUrl; // the sandbox with random faults (ids-sandbox-server --fault-rate)
    QString apiKey;
    QString workFolder; // the database, the files to upload, the generated images
    std::chrono::seconds duration {600};
    std::chrono::seconds warmup {60}; // memory growth is measured from here to the end
};

// The soak's driver: the app's own services (the same objects the window drives: datasets with their journal,
// uploads, trainings followed by the poller, generation, the list sync) run in this process against a
// sandbox that fails 5 % of the requests at random, all at once, for a while. Then it checks what the server
// holds (no dataset or training created twice, every uploaded file accounted for) and how memory grew, and
// prints the figures. finished(passed) ends it.
class SoakDriver final : public QObject
{
    Q_OBJECT
public:
    explicit SoakDriver(SoakOptions options, QObject *parent = nullptr);
    ~SoakDriver() override;

    void start();

Q_SIGNALS:
    void finished(bool passed);

private:
    struct UploadRun
    {
        QString datasetId;
        QList<Core::UploadItem> items;
        bool retried = false;
    };

    void createNext();
    void uploadNext();
    void onUploadFinished();
    void trainNext();
    void generateNext();
    void sampleMemory();
    void stopStarting();
    void settle();
    void fetchReport();
    bool check(const QJsonObject &report);
    QString writeImage(const QString &name, int seed);
    bool idle() const;

    SoakOptions m_options;
    QNetworkAccessManager *m_network;
    Core::ApiClient *m_client;
    std::unique_ptr<Core::DatasetStore> m_store;
    std::unique_ptr<Core::ContentStore> m_content;
    std::unique_ptr<Core::ModelStore> m_models;
    std::unique_ptr<Core::ModelFamilyStore> m_families;
    Core::DatasetService *m_datasets;
    Core::SyncService *m_sync;
    Core::UploadService *m_uploads;
    Core::TrainingService *m_training;
    Core::ModelPoller *m_poller;
    Core::ModelLibrary *m_library;
    Core::GenerationService *m_generation;

    QList<QTimer *> m_timers;
    QElapsedTimer m_clock;
    bool m_stopping = false;
    int m_settleTicks = 0;

    // What was asked for and what the app reported back.
    int m_createsAsked = 0;
    int m_createsFailed = 0;
    int m_createsForgotten = 0;
    int m_createChecks = 0;
    int m_checksOfThisCreate = 0;
    QHash<QString, QString> m_createdNames; // dataset id → name, from datasetCreated
    QHash<QString, int> m_imagesDone; // dataset id → images stored (as the app reported)
    QSet<QString> m_uploading; // datasets that had their upload
    QList<UploadRun> m_finishedUploads;
    UploadRun m_currentUpload;
    QHash<QString, QList<Core::UploadItemResult>> m_uploadResults; // dataset id → the last run's results
    int m_trainsAsked = 0;
    int m_trainsFailed = 0;
    int m_trainChecks = 0;
    int m_checksOfThisTraining = 0;
    QSet<QString> m_trainedDatasets;
    QHash<QString, QString> m_startedModels; // model id → name
    QSet<QString> m_finishedModels;
    int m_generations = 0;
    int m_generationsFailed = 0;
    int m_imagesSaved = 0;
    int m_imagesLost = 0;
    int m_fileCounter = 0;
    qint64 m_rssAtWarmup = 0;
    qint64 m_rssMax = 0;
    qint64 m_rssLast = 0;
};

} // namespace Ids::Bench
