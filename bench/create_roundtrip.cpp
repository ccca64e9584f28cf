// Times N sequential POST /datasets through the app's own client (ApiClient + CreateDatasetJob) and prints
// one round trip in milliseconds per line.
#include <core/api/apiclient.h>
#include <core/api/datasetjobs.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>

#include <cstdio>

namespace {

void runOne(Ids::Core::ApiClient *client, int remaining)
{
    if (remaining == 0) {
        QCoreApplication::quit();
        return;
    }
    auto *timer = new QElapsedTimer;
    timer->start();
    auto *job = new Ids::Core::CreateDatasetJob(client, QStringLiteral("Round trip %1").arg(remaining));
    QObject::connect(job, &Ids::Core::ApiJob::finished, client, [client, job, timer, remaining] {
        const qint64 ns = timer->nsecsElapsed();
        delete timer;
        if (!job->succeeded()) {
            std::fprintf(stderr, "create failed: %s\n", qPrintable(job->error().headline()));
            QCoreApplication::exit(1);
            return;
        }
        std::printf("%.3f\n", double(ns) / 1e6);
        runOne(client, remaining - 1);
    });
    job->start();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: create_roundtrip <base-url> <key> <count>\n");
        return 2;
    }
    QNetworkAccessManager network;
    Ids::Core::ApiClient client(&network);
    client.setBaseUrl(QUrl(QString::fromLocal8Bit(argv[1])));
    client.setApiKey(QString::fromLocal8Bit(argv[2]));
    runOne(&client, QString::fromLocal8Bit(argv[3]).toInt());
    return app.exec();
}
