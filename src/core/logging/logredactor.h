#pragma once

#include <QString>
#include <QStringList>

namespace Ids::Core {

// The app's one message handler: every log line passes through redact() before it is written, so the API
// key cannot reach the terminal or a log file even if some code logs it by mistake (reliability-rules.md R18).
class LogRedactor final
{
public:
    static void install();
    static void uninstall();
    // The secrets to remove from every line from now on (the key in use, a key being tested). Thread-safe:
    // lines may be logged from any thread.
    static void setSecrets(const QStringList &secrets);
    // Removes each secret (plain, base64 and percent-encoded) and any "Api-Key: …" header value.
    static QString redact(const QString &message, const QStringList &secrets);
};

} // namespace Ids::Core
