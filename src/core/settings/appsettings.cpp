#include "appsettings.h"

#include "../validation/baseurl.h"

namespace Ids::Core {

namespace {

const Setting<QString> BaseUrlSetting {QStringLiteral("api/baseUrl"), BaseUrl::defaultUrl().toString()};
const Setting<QString> HttpVersionSetting {QStringLiteral("network/httpVersion"), httpVersionName(HttpVersion::Http1)};
const Setting<QByteArray> GeometrySetting {QStringLiteral("window/geometry"), QByteArray()};

} // namespace

AppSettings::AppSettings() = default;

AppSettings::AppSettings(const QString &fileName)
    : m_settings(fileName, QSettings::IniFormat)
{ }

QUrl AppSettings::baseUrl() const
{
    // A hand-edited file could hold an address the https rule refuses; fall back rather than send there.
    const BaseUrl::Check check = BaseUrl::check(BaseUrlSetting.read(m_settings));
    return check.ok() ? check.url : BaseUrl::defaultUrl();
}

void AppSettings::setBaseUrl(const QUrl &url)
{
    BaseUrlSetting.write(m_settings, url.toString());
}

HttpVersion AppSettings::httpVersion() const
{
    // A hand-edited value that names no version falls back to the default.
    return parseHttpVersion(HttpVersionSetting.read(m_settings)).value_or(HttpVersion::Http1);
}

void AppSettings::setHttpVersion(HttpVersion version)
{
    HttpVersionSetting.write(m_settings, httpVersionName(version));
}

QByteArray AppSettings::windowGeometry() const
{
    return GeometrySetting.read(m_settings);
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    GeometrySetting.write(m_settings, geometry);
}

bool AppSettings::sync(QString *error)
{
    m_settings.sync();
    if (m_settings.status() == QSettings::NoError)
        return true;
    if (error)
        *error = m_settings.status() == QSettings::AccessError ? QStringLiteral("the settings file cannot be written")
                                                               : QStringLiteral("the settings file is damaged");
    return false;
}

} // namespace Ids::Core
