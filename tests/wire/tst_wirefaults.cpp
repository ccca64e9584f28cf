// An upload broken off in the middle of its body by the server, over https: over HTTP/2 a stream reset or
// a GOAWAY, over HTTP/1.1 a reset or a closed connection (WireFaultServer; nghttpx cannot be told to do
// these). Each must end by itself, reported by Qt rather than by our watchdog (no hang), as a failure that
// may have arrived, and the upload service then asks the server which files it kept and sends only the rest,
// once (reliability-rules.md R8, R11).
#include "../common/requirement.h"
#include "../common/tlsfront.h"
#include "core/api/uploadassetsjob.h"
#include "core/services/uploadservice.h"
#include "core/storage/contentstore.h"
#include "core/storage/datasetstore.h"
#include "wireclient.h"
#include "wirefaultserver.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace Ids;
using namespace std::chrono_literals;
using Fault = WireFaultServer::Fault;
using State = Core::UploadItemResult::State;

Q_DECLARE_METATYPE(WireFaultServer::Fault)

namespace {

constexpr qint64 FileBytes = 256 * 1024;
// Into the second of four files: more than the 64 KiB an HTTP/2 stream may send before a window update.
constexpr qint64 CutAfterBytes = 300 * 1024;

} // namespace

class WireFaultsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void uploadJob_cutOff_endsAsMaybeArrived_data();
    void uploadJob_cutOff_endsAsMaybeArrived();
    void uploadService_cutOff_reconciled_onlyMissingSentOnce_data();
    void uploadService_cutOff_reconciled_onlyMissingSentOnce();

private:
    void addRows();
    std::unique_ptr<WireFaultServer> startServer();
    QList<Core::MultipartBody::Part> writeFiles();

    QTemporaryDir m_certificates;
    QSslCertificate m_certificate;
    QSslKey m_key;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WireClient> m_client;
};

void WireFaultsTest::initTestCase()
{
    IDS_REQUIRE(TlsFront::toolsInstalled(), TlsFront::Tools);
    QVERIFY(TlsFront::makeCertificate(m_certificates.path()));
    QVERIFY(TlsFront::trustOnly(m_certificates.filePath(QStringLiteral("ca.pem"))));
    const QList<QSslCertificate> certificates =
        QSslCertificate::fromPath(m_certificates.filePath(QStringLiteral("server.pem")));
    QCOMPARE(certificates.size(), 1);
    m_certificate = certificates.first();
    QFile key(m_certificates.filePath(QStringLiteral("server.key")));
    QVERIFY(key.open(QIODevice::ReadOnly));
    m_key = QSslKey(key.readAll(), QSsl::Ec);
    QVERIFY(!m_key.isNull());
}

void WireFaultsTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void WireFaultsTest::cleanup()
{
    m_client.reset();
    m_dir.reset();
}

void WireFaultsTest::addRows()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<bool>("http2");
    QTest::newRow("HTTP/2 RST_STREAM") << Fault::ResetStream << true;
    QTest::newRow("HTTP/2 GOAWAY, upload not processed") << Fault::GoAwayUnprocessed << true;
    QTest::newRow("HTTP/2 GOAWAY, upload processed") << Fault::GoAwayProcessed << true;
    QTest::newRow("HTTP/2 connection reset") << Fault::ResetConnection << true;
    QTest::newRow("HTTP/1.1 connection reset") << Fault::ResetConnection << false;
    QTest::newRow("HTTP/1.1 connection closed") << Fault::CloseConnection << false;
}

std::unique_ptr<WireFaultServer> WireFaultsTest::startServer()
{
    QFETCH(Fault, fault);
    QFETCH(bool, http2);
    auto server = std::make_unique<WireFaultServer>(fault, CutAfterBytes, m_certificate, m_key);
    if (server->isListening())
        m_client = std::make_unique<WireClient>(server->baseUrl(), http2);
    return server;
}

QList<Core::MultipartBody::Part> WireFaultsTest::writeFiles()
{
    QList<Core::MultipartBody::Part> parts;
    for (int i = 1; i <= 4; ++i) {
        const QString path = m_dir->filePath(QStringLiteral("%1.jpg").arg(i));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("\xFF\xD8\xFF\xE0");
        file.write(QByteArray(FileBytes - 4, char('a' + i)));
        file.close();
        const QFileInfo info(path);
        parts.append({path, info.fileName(), "image/jpeg", info.size(), info.lastModified()});
    }
    return parts;
}

void WireFaultsTest::uploadJob_cutOff_endsAsMaybeArrived_data()
{
    addRows();
}

void WireFaultsTest::uploadJob_cutOff_endsAsMaybeArrived()
{
    QFETCH(bool, http2);
    const std::unique_ptr<WireFaultServer> server = startServer();
    QVERIFY(server->isListening());
    auto *job = new Core::UploadAssetsJob(m_client->client.get(), QStringLiteral("d1"), writeFiles());
    std::optional<Core::ApiError> outcome; // read at once: the job deletes itself after finished()
    connect(job, &Core::ApiJob::finished, this, [&outcome, job] { outcome = job->error(); });
    job->start();
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 30000);

    QVERIFY(server->faultDone());
    QCOMPARE(server->protocols().first(), http2 ? QStringLiteral("h2") : QStringLiteral("http/1.1"));
    QCOMPARE(server->requests(), QStringList {QStringLiteral("POST")}); // never re-sent by Qt or by us
    QVERIFY(server->completedUploads().isEmpty());
    const Core::ApiError error = *outcome;
    // The transport itself reported the break, as a lost connection: not our watchdog's timeout, not a cancel.
    QVERIFY2(error.kind == Core::ApiError::Kind::ConnectionLost,
             qPrintable(Core::ApiError::kindName(error.kind) + QLatin1Char(' ') + error.technical));
    QCOMPARE(error.delivery(), Core::ApiError::Delivery::MaybeApplied);
    QVERIFY(!error.headline().isEmpty());
}

void WireFaultsTest::uploadService_cutOff_reconciled_onlyMissingSentOnce_data()
{
    addRows();
}

void WireFaultsTest::uploadService_cutOff_reconciled_onlyMissingSentOnce()
{
    QFETCH(bool, http2);
    const std::unique_ptr<WireFaultServer> server = startServer();
    QVERIFY(server->isListening());
    server->setArrivedFiles({QStringLiteral("1.jpg")}); // what the server kept before the break
    Core::DatasetStore store(m_dir->filePath(QStringLiteral("db.sqlite")));
    QVERIFY(store.open());
    store.setScope(QStringLiteral("wire"));
    Core::ContentStore content(&store);
    Core::UploadService uploads(m_client->client.get(), &content);
    QList<Core::UploadItem> items;
    for (const Core::MultipartBody::Part &part : writeFiles())
        items.append({part, int(items.size()), true});
    QSignalSpy reconciling(&uploads, &Core::UploadService::reconciling);
    QSignalSpy finished(&uploads, &Core::UploadService::finished);

    uploads.start(QStringLiteral("d1"), items, {{0, 1, 2, 3}});
    QVERIFY(finished.wait(30000));

    QCOMPARE(reconciling.count(), 1);
    // The broken POST, the question "what arrived?", and the three missing files sent again, once.
    QCOMPARE(server->requests(), (QStringList {QStringLiteral("POST"), QStringLiteral("GET"), QStringLiteral("POST")}));
    QCOMPARE(
        server->completedUploads(),
        QList<QStringList> {(QStringList {QStringLiteral("2.jpg"), QStringLiteral("3.jpg"), QStringLiteral("4.jpg")})});
    for (const QString &protocol : server->protocols())
        QCOMPARE(protocol, http2 ? QStringLiteral("h2") : QStringLiteral("http/1.1"));
    for (const Core::UploadItemResult &result : uploads.results())
        QCOMPARE(result.state, State::Done);
    QCOMPARE(finished.first().at(0).toInt(), 4);
}

QTEST_GUILESS_MAIN(WireFaultsTest)
#include "tst_wirefaults.moc"
