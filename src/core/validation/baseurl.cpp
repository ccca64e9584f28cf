#include "baseurl.h"

namespace Ids::Core {

bool BaseUrl::isLoopbackHost(const QString &host)
{
    // The literal host, not a name lookup: "localhost.evil.com" must not pass.
    const QString lower = host.toLower();
    return lower == QLatin1String("127.0.0.1") || lower == QLatin1String("::1") || lower == QLatin1String("[::1]")
        || lower == QLatin1String("localhost");
}

BaseUrl::Check BaseUrl::check(const QString &input)
{
    Check result;
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        result.reason = tr("Enter the address of the Ideogram API, for example https://api.ideogram.ai.");
        return result;
    }
    const QUrl url = QUrl(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        result.reason = tr("This is not a web address. Use the form https://api.ideogram.ai.");
        return result;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        result.reason = tr("The address must start with https://.");
        return result;
    }
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host())) {
        result.reason = tr("Plain http would send your API key unencrypted. Use https://, or http only for "
                           "this computer (127.0.0.1, ::1 or localhost).");
        return result;
    }
    if (!url.userInfo().isEmpty()) {
        result.reason = tr("Leave the user name and password out of the address.");
        return result;
    }
    if (url.hasQuery() || url.hasFragment()) {
        result.reason = tr("Leave everything after ? or # out of the address.");
        return result;
    }
    QUrl normalised = url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    normalised.setScheme(scheme);
    normalised.setHost(url.host().toLower());
    if (normalised.path() == QLatin1String("/"))
        normalised.setPath(QString());
    result.url = normalised;
    return result;
}

bool BaseUrl::sameOrigin(const QUrl &a, const QUrl &b)
{
    const int defaultPortA = a.scheme() == QLatin1String("https") ? 443 : 80;
    const int defaultPortB = b.scheme() == QLatin1String("https") ? 443 : 80;
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(defaultPortA) == b.port(defaultPortB);
}

} // namespace Ids::Core
