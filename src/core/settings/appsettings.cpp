#include "appsettings.h"

#include <QCoreApplication>

#include "../validation/baseurl.h"

namespace Ids::Core {

namespace {

const Setting<QString> BaseUrlSetting {QStringLiteral("api/baseUrl"), BaseUrl::defaultUrl().toString()};
const Setting<QString> HttpVersionSetting {QStringLiteral("network/httpVersion"), httpVersionName(HttpVersion::Http1)};
const Setting<QString> LastScreenSetting {QStringLiteral("window/lastScreen"), QString()};
const Setting<QString> AddFilesFolderSetting {QStringLiteral("files/lastFolder"), QString()};
const Setting<int> GalleryThumbnailSetting {QStringLiteral("gallery/thumbnailSize"), 176};

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

std::optional<QList<AccountInfo>> AppSettings::accounts() const
{
    if (!m_settings.contains(QStringLiteral("accounts/size")))
        return std::nullopt;
    auto &settings = const_cast<QSettings &>(m_settings); // beginReadArray() is not const, reading is
    QList<AccountInfo> accounts;
    const int count = settings.beginReadArray(QStringLiteral("accounts"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        AccountInfo account;
        account.id = settings.value(QStringLiteral("id")).toString();
        account.name = settings.value(QStringLiteral("name")).toString();
        // A hand-edited address the https rule refuses falls back to Ideogram's rather than being used.
        const BaseUrl::Check url = BaseUrl::check(settings.value(QStringLiteral("baseUrl")).toString());
        account.baseUrl = url.ok() ? url.url : BaseUrl::defaultUrl();
        account.keyEntry = settings.value(QStringLiteral("keyEntry")).toString();
        account.databaseFile = settings.value(QStringLiteral("database")).toString();
        account.sandbox = settings.value(QStringLiteral("sandbox"), false).toBool();
        account.keyLastWorkedUtc = settings.value(QStringLiteral("keyLastWorked")).toDateTime().toUTC();
        if (!account.id.isEmpty())
            accounts.append(account);
    }
    settings.endArray();
    return accounts;
}

void AppSettings::setAccounts(const QList<AccountInfo> &accounts)
{
    m_settings.remove(QStringLiteral("accounts"));
    m_settings.beginWriteArray(QStringLiteral("accounts"), int(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        const AccountInfo &account = accounts.at(i);
        m_settings.setArrayIndex(i);
        m_settings.setValue(QStringLiteral("id"), account.id);
        m_settings.setValue(QStringLiteral("name"), account.name);
        m_settings.setValue(QStringLiteral("baseUrl"), account.baseUrl.toString());
        m_settings.setValue(QStringLiteral("keyEntry"), account.keyEntry);
        m_settings.setValue(QStringLiteral("database"), account.databaseFile);
        m_settings.setValue(QStringLiteral("sandbox"), account.sandbox);
        if (account.keyLastWorkedUtc.isValid())
            m_settings.setValue(QStringLiteral("keyLastWorked"), account.keyLastWorkedUtc);
    }
    m_settings.endArray();
}

QString AppSettings::currentAccountId() const
{
    return m_settings.value(QStringLiteral("session/account")).toString();
}

void AppSettings::setCurrentAccountId(const QString &id)
{
    m_settings.setValue(QStringLiteral("session/account"), id);
}

QSize AppSettings::dialogSize(const QString &dialog) const
{
    return Setting<QSize> {QStringLiteral("dialogs/%1/size").arg(dialog), QSize()}.read(m_settings);
}

void AppSettings::setDialogSize(const QString &dialog, const QSize &size)
{
    Setting<QSize> {QStringLiteral("dialogs/%1/size").arg(dialog), QSize()}.write(m_settings, size);
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

int AppSettings::galleryThumbnailSize() const
{
    return GalleryThumbnailSetting.read(m_settings);
}

void AppSettings::setGalleryThumbnailSize(int size)
{
    GalleryThumbnailSetting.write(m_settings, size);
}

QString AppSettings::lastWindowScreen() const
{
    return LastScreenSetting.read(m_settings);
}

void AppSettings::setLastWindowScreen(const QString &screen)
{
    LastScreenSetting.write(m_settings, screen);
}

QString AppSettings::addFilesFolder() const
{
    return AddFilesFolderSetting.read(m_settings);
}

void AppSettings::setAddFilesFolder(const QString &folder)
{
    AddFilesFolderSetting.write(m_settings, folder);
}

bool AppSettings::sync(QString *error)
{
    m_settings.sync();
    if (m_settings.status() == QSettings::NoError)
        return true;
    if (error)
        *error = m_settings.status() == QSettings::AccessError
            ? QCoreApplication::translate("Ids::Core::AppSettings", "the settings file cannot be written")
            : QCoreApplication::translate("Ids::Core::AppSettings", "the settings file is damaged");
    return false;
}

} // namespace Ids::Core
