#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace Ids::Core {

// The app's one message handler: every log line passes through redact() before it is written, so the API
// key cannot reach the terminal or a log file even if some code logs it by mistake (reliability.md R18).
class LogRedactor final
{
public:
    using SecretsProvider = std::function<QStringList()>;

    static void install(SecretsProvider secrets);
    static void uninstall();
    // Removes each secret (plain, base64 and percent-encoded) and any "Api-Key: …" header value.
    static QString redact(const QString &message, const QStringList &secrets);
};

} // namespace Ids::Core
