// A second baseline for the upload benchmark: the same files in the same batches through Qt's own streaming
// multipart (QHttpMultiPart with QFile parts), the way Qt's documentation uploads files. Prints seconds.
// usage: bench_qt_multipart_upload <base URL> <API key> <dataset id> <folder> <files per request> [--ca <pem>]
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <core/api/httpversion.h>
#include <tlsfront.h>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6 && !(args.size() == 8 && args.at(6) == QLatin1String("--ca")))
        return 2;
    // An https front made for the benchmark: trust its CA, and only it.
    if (args.size() == 8 && !TlsFront::trustOnly(args.at(7)))
        return 2;
    const QUrl url(args.at(1) + QStringLiteral("/datasets/") + args.at(3) + QStringLiteral("/upload_assets"));
    const QByteArray key = args.at(2).toLatin1();
    const int perRequest = args.at(5).toInt();
    QStringList files;
    for (const QFileInfo &info : QDir(args.at(4)).entryInfoList(QDir::Files, QDir::Name))
        files.append(info.absoluteFilePath());

    QNetworkAccessManager network;
    QElapsedTimer timer;
    int next = 0;
    std::function<void()> sendNext = [&] {
        if (next >= files.size()) {
            std::printf("%.3f\n", double(timer.nsecsElapsed()) / 1e9);
            app.quit();
            return;
        }
        auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        for (int i = next; i < next + perRequest && i < files.size(); ++i) {
            QHttpPart part;
            part.setHeader(
                QNetworkRequest::ContentDispositionHeader,
                QStringLiteral("form-data; name=\"files\"; filename=\"%1\"").arg(QFileInfo(files.at(i)).fileName()));
            part.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("image/jpeg"));
            auto *file = new QFile(files.at(i), multipart);
            file->open(QIODevice::ReadOnly);
            part.setBodyDevice(file);
            multipart->append(part);
        }
        next += perRequest;
        QNetworkRequest request(url);
        request.setRawHeader("Api-Key", key);
        // The same protocol as the app's uploader, so the two compare.
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute,
                             Ids::Core::httpVersionForThisRun(Ids::Core::HttpVersion::Http1)
                                 == Ids::Core::HttpVersion::Http2);
        QNetworkReply *reply = network.post(request, multipart);
        multipart->setParent(reply);
        QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply] {
            if (reply->error() != QNetworkReply::NoError) {
                std::fprintf(stderr, "%s\n", qPrintable(reply->errorString()));
                app.exit(1);
            }
            reply->deleteLater();
            sendNext();
        });
    };
    timer.start();
    sendNext();
    return app.exec();
}
