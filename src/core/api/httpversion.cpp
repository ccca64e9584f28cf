#include "httpversion.h"

#include <QtGlobal>

namespace Ids::Core {

std::optional<HttpVersion> parseHttpVersion(QStringView text)
{
    const QString name = text.trimmed().toString().toLower();
    if (name == QLatin1String("1.1") || name == QLatin1String("http/1.1") || name == QLatin1String("http1.1")
        || name == QLatin1String("1"))
        return HttpVersion::Http1;
    if (name == QLatin1String("2") || name == QLatin1String("h2") || name == QLatin1String("http2")
        || name == QLatin1String("http/2"))
        return HttpVersion::Http2;
    return std::nullopt;
}

QString httpVersionName(HttpVersion version)
{
    return version == HttpVersion::Http2 ? QStringLiteral("2") : QStringLiteral("1.1");
}

HttpVersion httpVersionForThisRun(HttpVersion preference)
{
    return parseHttpVersion(qEnvironmentVariable(HttpVersionEnvironmentVariable)).value_or(preference);
}

} // namespace Ids::Core
