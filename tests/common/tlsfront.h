#pragma once

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QUrl>

// The TLS front of tls-front.sh (nghttpx with a CA made for this run) in front of a plain-HTTP backend, for
// tests and benchmarks that want the path users' requests travel: https, with HTTP/2 offered by ALPN unless
// the front is told to speak HTTP/1.1 only. Needs IDS_TLS_FRONT_SCRIPT (the script's path) defined.
class TlsFront final
{
public:
    // What the front offers by ALPN: HTTP/2 and HTTP/1.1, or HTTP/1.1 alone (nghttpx --npn-list=http/1.1).
    enum class Offer { Http2AndHttp11, Http11Only };

    // Starts the front for a backend such as http://127.0.0.1:PORT; extraOptions go to nghttpx as they are.
    bool start(const QUrl &backend, Offer offer, const QStringList &extraOptions = {})
    {
        QStringList arguments {QStringLiteral(IDS_TLS_FRONT_SCRIPT)};
        if (offer == Offer::Http11Only)
            arguments << QStringLiteral("--http1.1");
        arguments << backend.toString(QUrl::RemovePath);
        if (!extraOptions.isEmpty())
            arguments << QStringLiteral("--") << extraOptions;
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral("bash"), arguments);
        // Blocking is fine here: nothing the caller measures or tests has started yet.
        if (!m_process.waitForStarted(10000))
            return false;
        while (!m_process.canReadLine() && m_process.waitForReadyRead(20000)) { }
        const QStringList line = QString::fromUtf8(m_process.readLine()).trimmed().split(QLatin1Char(' '));
        if (line.size() != 2)
            return false;
        m_baseUrl = QUrl(line.at(0));
        m_caPath = line.at(1);
        return m_baseUrl.isValid() && QFile::exists(m_caPath);
    }

    ~TlsFront()
    {
        // SIGTERM, not SIGKILL: the script stops nghttpx and removes the CA's files.
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
    }

    // Whether nghttpx and openssl are installed (scripts/install-deps.sh); for IDS_REQUIRE.
    static bool toolsInstalled()
    {
        const bool nghttpx = !QStandardPaths::findExecutable(QStringLiteral("nghttpx")).isEmpty()
            || QFile::exists(QStringLiteral("/usr/sbin/nghttpx"));
        return nghttpx && !QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty();
    }
    static constexpr char Tools[] = "nghttpx and openssl (Debian nghttp2-proxy and openssl; scripts/install-deps.sh)";

    QUrl baseUrl() const { return m_baseUrl; }
    QString caPath() const { return m_caPath; }
    // The front's folder: ca.pem, server.pem and server.key (for 127.0.0.1), access.log.
    QString folder() const { return QFileInfo(m_caPath).absolutePath(); }

    // Every request the front answered, in order: "<ALPN> <method> <path> <status>", such as
    // "h2 POST /datasets 200" or "http/1.1 GET /datasets/x 200".
    QStringList requestLog() const
    {
        QFile log(folder() + QStringLiteral("/access.log"));
        if (!log.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    // A CA and a certificate for 127.0.0.1 and localhost signed by it, written to folder as ca.pem,
    // server.pem and server.key, for test servers of their own that want the same kind of trust.
    static bool makeCertificate(const QString &folder)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QStringLiteral("bash"),
                      {QStringLiteral(IDS_TLS_FRONT_SCRIPT), QStringLiteral("--certificate-only"), folder});
        return process.waitForFinished(20000) && process.exitStatus() == QProcess::NormalExit
            && process.exitCode() == 0;
    }

    // Makes this process trust the CA in caPath and no other: the default TLS configuration's CA list becomes
    // that one certificate (the system's store is not read, nothing is ignored). Returns false when the file
    // holds no certificate.
    static bool trustOnly(const QString &caPath)
    {
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(caPath);
        if (certificates.isEmpty())
            return false;
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setCaCertificates(certificates);
        QSslConfiguration::setDefaultConfiguration(configuration);
        return true;
    }
    bool trustInThisProcess() const { return trustOnly(m_caPath); }

private:
    QProcess m_process;
    QUrl m_baseUrl;
    QString m_caPath;
};
