#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace Ids::Core {

// The rule for the API base URL (reliability-rules.md R15): https, or plain http to this computer only, so the
// API key never crosses a network in clear text.
class BaseUrl final
{
    Q_DECLARE_TR_FUNCTIONS(Ids::Core::BaseUrl)
public:
    static QUrl defaultUrl() { return QUrl(QStringLiteral("https://api.ideogram.ai")); }

    struct Check
    {
        QUrl url; // normalised: no trailing slash, no query or fragment
        QString reason; // empty when acceptable
        bool ok() const { return reason.isEmpty(); }
    };

    static Check check(const QString &input);
    static bool isLoopbackHost(const QString &host);
    // True when both URLs have the same scheme, host and port (the default port filled in).
    static bool sameOrigin(const QUrl &a, const QUrl &b);
};

} // namespace Ids::Core
