// TLS failures speak plainly and leak nothing (issue 17, point 2; reliability-rules.md R16): a test HTTPS
// server on 127.0.0.1 shows a self-signed, an expired, a wrong-host and an unknown-CA certificate and speaks
// only TLS 1.0. Each gets its own sentence with the next step, nothing is retried, and the server records
// that no request, so no Api-Key header, ever arrived. The control case (a certificate the test trusts)
// shows the server would have seen the key.
#include "../common/httpstestserver.h"
#include "core/api/apiclient.h"
#include "core/api/datasetjobs.h"
#include "core/api/uploadassetsjob.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ids::Core;
using namespace std::chrono_literals;

namespace {

const QString TestKey = QStringLiteral("TESTKEY-tls-5b2d4c6f8a0b");

QString certificate(const char *name)
{
    return QStringLiteral(IDS_TEST_CERTIFICATES "/") + QLatin1String(name);
}

// Runs one job to its end and returns its error.
ApiError run(ApiJob *job)
{
    QSignalSpy finished(job, &ApiJob::finished);
    ApiError error;
    int attempts = 0;
    QObject::connect(job, &ApiJob::finished, job, [&error, &attempts, job] {
        error = job->error();
        attempts = job->attempts();
    });
    job->start();
    if (!finished.wait(15000))
        qFatal("the job never finished");
    if (attempts != 1)
        qFatal("a TLS failure was tried %d times", attempts);
    return error;
}

} // namespace

class TlsFailuresTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void trustedCertificate_requestArrivesWithKey();
    void refusedConnection_ownSentenceNothingSent_data();
    void refusedConnection_ownSentenceNothingSent();
    void everyCase_hasItsOwnSentence();

private:
    QNetworkAccessManager m_network;
};

void TlsFailuresTest::initTestCase()
{
    // The test's CA is trusted in this process only, as a stand-in for the system's store: the expired and
    // wrong-host certificates are signed by it, so only their own fault is reported. The app adds no trust of
    // its own (tst_tlstrust checks the sources).
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(certificate("ca.pem"));
    QVERIFY2(!ca.isEmpty(), "the build makes the test certificates (tests/reliability/make-test-certificates.sh)");
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(ca);
    QSslConfiguration::setDefaultConfiguration(configuration);
}

void TlsFailuresTest::trustedCertificate_requestArrivesWithKey()
{
    HttpsTestServer server;
    QVERIFY(server.start(certificate("good")));
    ApiClient client(&m_network);
    client.setBaseUrl(server.url());
    client.setApiKey(TestKey);
    auto *job = new ListDatasetsJob(&client);
    QSignalSpy finished(job, &ApiJob::finished);
    bool succeeded = false;
    connect(job, &ApiJob::finished, this, [&succeeded, job] { succeeded = job->succeeded(); });
    job->start();
    QVERIFY(finished.wait(15000));
    QVERIFY(succeeded);
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requestsWithApiKey(), 1);
}

void TlsFailuresTest::refusedConnection_ownSentenceNothingSent_data()
{
    QTest::addColumn<QString>("certificateName"); // empty: the TLS 1.0-only server
    QTest::addColumn<int>("problem");
    QTest::addColumn<QString>("words"); // what the sentence must say
    QTest::newRow("self-signed") << QStringLiteral("selfsigned") << int(ApiError::TlsProblem::SelfSigned)
                                 << QStringLiteral("certificate it made for itself");
    QTest::newRow("expired") << QStringLiteral("expired") << int(ApiError::TlsProblem::Expired)
                             << QStringLiteral("date and time");
    QTest::newRow("host-name mismatch") << QStringLiteral("mismatch") << int(ApiError::TlsProblem::HostMismatch)
                                        << QStringLiteral("another address");
    QTest::newRow("unknown CA") << QStringLiteral("unknownca") << int(ApiError::TlsProblem::UnknownIssuer)
                                << QStringLiteral("does not trust");
    QTest::newRow("TLS 1.0 only") << QString() << int(ApiError::TlsProblem::OldProtocol)
                                  << QStringLiteral("old, unsafe kind of secure connection");
}

void TlsFailuresTest::refusedConnection_ownSentenceNothingSent()
{
    QFETCH(QString, certificateName);
    QFETCH(int, problem);
    QFETCH(QString, words);
    HttpsTestServer server;
    QVERIFY(certificateName.isEmpty() ? server.startOldProtocolOnly()
                                      : server.start(certificate(certificateName.toLatin1().constData())));
    ApiClient client(&m_network);
    client.setBaseUrl(server.url());
    client.setApiKey(TestKey);

    // A read (retried after transient failures, never after this one), a create (never sent twice) and an
    // upload (sent on a connection of its own, Http1Reply: the same sentence).
    const ApiError read = run(new ListDatasetsJob(&client));
    const ApiError create = run(new CreateDatasetJob(&client, QStringLiteral("Shoes")));
    QTemporaryDir dir;
    QFile photo(dir.filePath(QStringLiteral("photo.jpg")));
    QVERIFY(photo.open(QIODevice::WriteOnly));
    photo.write(QByteArray("\xff\xd8\xff\xe0") + QByteArray(4096, 'x'));
    photo.close();
    const MultipartBody::Part part {photo.fileName(), QStringLiteral("photo.jpg"), "image/jpeg", photo.size(), {}};
    const ApiError upload = run(new UploadAssetsJob(&client, QStringLiteral("d1"), {part}));
    for (const ApiError &error : {read, create, upload}) {
        QCOMPARE(ApiError::kindName(error.kind), QStringLiteral("tls"));
        QCOMPARE(int(error.tlsProblem), problem);
        QVERIFY2(error.headline().contains(words), qPrintable(error.headline()));
        QVERIFY2(error.headline().contains(QLatin1String("nothing was sent"), Qt::CaseInsensitive),
                 qPrintable(error.headline()));
        QCOMPARE(error.delivery(), ApiError::Delivery::NotSent);
        QVERIFY(!error.details().contains(TestKey));
        QVERIFY(!error.headline().contains(TestKey));
    }
    QCOMPARE(server.requests().size(), 0);
    QCOMPARE(server.requestsWithApiKey(), 0);
}

void TlsFailuresTest::everyCase_hasItsOwnSentence()
{
    QSet<QString> headlines;
    for (const auto problem :
         {ApiError::TlsProblem::Unknown, ApiError::TlsProblem::SelfSigned, ApiError::TlsProblem::Expired,
          ApiError::TlsProblem::HostMismatch, ApiError::TlsProblem::UnknownIssuer, ApiError::TlsProblem::OldProtocol}) {
        ApiError error;
        error.kind = ApiError::Kind::Tls;
        error.tlsProblem = problem;
        headlines.insert(error.headline());
    }
    QCOMPARE(headlines.size(), 6);
}

QTEST_GUILESS_MAIN(TlsFailuresTest)
#include "tst_tlsfailures.moc"
