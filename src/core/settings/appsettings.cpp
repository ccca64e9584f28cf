#include "appsettings.h"

#include "../validation/baseurl.h"

namespace Ids::Core {

namespace {

const Setting<QString> BaseUrlSetting {QStringLiteral("api/baseUrl"), BaseUrl::defaultUrl().toString()};
const Setting<QString> HttpVersionSetting {QStringLiteral("network/httpVersion"), httpVersionName(HttpVersion::Http1)};
const Setting<QString> LastScreenSetting {QStringLiteral("window/lastScreen"), QString()};

// One group per screen: "window/screens/<screen>/geometry". The screen's name is made safe as a key first:
// QSettings treats slashes and backslashes as group separators, and Windows names its screens like \\.\DISPLAY1.
Setting<QByteArray> perScreen(const QString &screen, const QString &what)
{
    QString key = screen;
    for (QChar &c : key) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    }
    return {QStringLiteral("window/screens/%1/%2").arg(key, what), QByteArray()};
}

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

QByteArray AppSettings::windowGeometry(const QString &screen) const
{
    return perScreen(screen, QStringLiteral("geometry")).read(m_settings);
}

void AppSettings::setWindowGeometry(const QString &screen, const QByteArray &geometry)
{
    perScreen(screen, QStringLiteral("geometry")).write(m_settings, geometry);
}

QByteArray AppSettings::windowState(const QString &screen) const
{
    return perScreen(screen, QStringLiteral("state")).read(m_settings);
}

void AppSettings::setWindowState(const QString &screen, const QByteArray &state)
{
    perScreen(screen, QStringLiteral("state")).write(m_settings, state);
}

QString AppSettings::lastWindowScreen() const
{
    return LastScreenSetting.read(m_settings);
}

void AppSettings::setLastWindowScreen(const QString &screen)
{
    LastScreenSetting.write(m_settings, screen);
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
