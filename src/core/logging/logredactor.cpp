#include "logredactor.h"

#include <QByteArray>
#include <QMutex>
#include <QRegularExpression>
#include <QUrl>

#include <cstdio>

namespace Ids::Core {

namespace {

QMutex s_mutex;
QStringList s_secrets;
QtMessageHandler s_previous = nullptr;

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QStringList secrets;
    {
        QMutexLocker lock(&s_mutex);
        secrets = s_secrets;
    }
    const QString clean = LogRedactor::redact(message, secrets);
    if (s_previous) {
        s_previous(type, context, clean);
        return;
    }
    std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, clean)));
    std::fflush(stderr);
}

} // namespace

void LogRedactor::setSecrets(const QStringList &secrets)
{
    QMutexLocker lock(&s_mutex);
    s_secrets = secrets;
}

void LogRedactor::install()
{
    QMutexLocker lock(&s_mutex);
    QtMessageHandler previous = qInstallMessageHandler(handler);
    if (previous != handler)
        s_previous = previous;
}

void LogRedactor::uninstall()
{
    QMutexLocker lock(&s_mutex);
    qInstallMessageHandler(s_previous);
    s_secrets.clear();
}

QString LogRedactor::redact(const QString &message, const QStringList &secrets)
{
    QString result = message;
    static const QRegularExpression header(QStringLiteral(R"((api-key"?\s*[:=,]\s*"?)[^\s",)]+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    result.replace(header, QStringLiteral("\\1<redacted>"));
    for (const QString &secret : secrets) {
        if (secret.size() < 4)
            continue;
        const QByteArray utf8 = secret.toUtf8();
        for (const QString &form :
             {secret, QString::fromLatin1(utf8.toBase64()), QString::fromLatin1(QUrl::toPercentEncoding(secret))})
            result.replace(form, QStringLiteral("<redacted>"));
    }
    return result;
}

} // namespace Ids::Core
