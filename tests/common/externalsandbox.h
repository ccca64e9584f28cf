#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

// The sandbox in a process of its own (ids-sandbox-server), for tests that measure this process: the
// sandbox keeps whole request bodies in memory, which must not count as the client's.
class ExternalSandbox final
{
public:
    // extraArguments: more of ids-sandbox-server's options (e.g. --describe-rate-limit-every 3).
    bool start(const QString &program, const QStringList &datasetNames, const QStringList &extraArguments = {})
    {
        QStringList arguments = extraArguments;
        for (const QString &name : datasetNames)
            arguments << QStringLiteral("--dataset") << name;
        m_process.start(program, arguments);
        if (!m_process.waitForStarted(10000))
            return false;
        const QStringList first = readLine().split(QLatin1Char(' '));
        if (first.size() != 2)
            return false;
        m_baseUrl = QUrl(first.at(0));
        m_apiKey = first.at(1);
        for (int i = 0; i < datasetNames.size(); ++i)
            m_datasetIds.append(readLine().section(QLatin1Char(' '), 1));
        return m_baseUrl.isValid() && m_datasetIds.size() == datasetNames.size();
    }

    ~ExternalSandbox()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }

    QUrl baseUrl() const { return m_baseUrl; }
    QString apiKey() const { return m_apiKey; }
    QStringList datasetIds() const { return m_datasetIds; }

private:
    // Blocking is fine here: the test has not started what it measures yet.
    QString readLine()
    {
        while (!m_process.canReadLine() && m_process.waitForReadyRead(10000)) { }
        return QString::fromUtf8(m_process.readLine()).trimmed();
    }

    QProcess m_process;
    QUrl m_baseUrl;
    QString m_apiKey;
    QStringList m_datasetIds;
};
