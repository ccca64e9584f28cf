// Times N sequential POST /datasets through the app's own client (ApiClient + CreateDatasetJob) and prints
// one round trip in milliseconds per line. With --bare-qt, the same POSTs go straight through a
// QNetworkAccessManager, a baseline that shows what Qt's network stack itself costs.
#include <core/api/apiclient.h>
#include <core/api/datasetjobs.h>
#include <tlsfront.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>

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

void runBare(QNetworkAccessManager *network, const QUrl &url, const QByteArray &key, int remaining)
{
    if (remaining == 0) {
        QCoreApplication::quit();
        return;
    }
    QElapsedTimer timer;
    timer.start();
    QNetworkRequest request(url);
    request.setRawHeader("Api-Key", key);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    // The same protocol as the app's client, so the two compare.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute,
                         Ids::Core::httpVersionForThisRun(Ids::Core::HttpVersion::Http1)
                             == Ids::Core::HttpVersion::Http2);
    QNetworkReply *reply = network->post(request, QByteArray(R"({"name":"bare"})"));
    QObject::connect(reply, &QNetworkReply::finished, network, [network, url, key, remaining, reply, timer] {
        const qint64 ns = timer.nsecsElapsed();
        (void)reply->readAll();
        reply->deleteLater();
        std::printf("%.3f\n", double(ns) / 1e6);
        runBare(network, url, key, remaining - 1);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: create_roundtrip <base-url> <key> <count> [--bare-qt] [--ca <pem>]\n");
        return 2;
    }
    // An https front made for the benchmark: trust its CA, and only it.
    if (const qsizetype ca = args.indexOf(QStringLiteral("--ca"));
        ca > 0 && ca + 1 < args.size() && !TlsFront::trustOnly(args.at(ca + 1))) {
        std::fprintf(stderr, "no certificate in %s\n", qPrintable(args.at(ca + 1)));
        return 2;
    }
    QNetworkAccessManager network;
    if (args.contains(QStringLiteral("--bare-qt"))) {
        runBare(&network, QUrl(QString::fromLocal8Bit(argv[1]) + QStringLiteral("/datasets")), QByteArray(argv[2]),
                QString::fromLocal8Bit(argv[3]).toInt());
        return app.exec();
    }
    Ids::Core::ApiClient client(&network);
    client.setBaseUrl(QUrl(QString::fromLocal8Bit(argv[1])));
    client.setApiKey(QString::fromLocal8Bit(argv[2]));
    // As the app does: HTTP/1.1 unless IDEOGRAM_DATASETS_HTTP_VERSION says otherwise.
    client.setHttpVersion(Ids::Core::httpVersionForThisRun(Ids::Core::HttpVersion::Http1));
    runOne(&client, QString::fromLocal8Bit(argv[3]).toInt());
    return app.exec();
}
