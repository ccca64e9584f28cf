#pragma once

#include "../accounts/accountinfo.h"
#include "../api/httpversion.h"

#include <QSettings>
#include <QSize>
#include <QString>
#include <QUrl>
#include <QVariant>

#include <optional>

namespace Ids::Core {

// A typed preference with its key and default in one place (Tiled's Preference<T>).
template<typename T> struct Setting
{
    QString key;
    T defaultValue;

    T read(const QSettings &settings) const
    {
        return settings.value(key, QVariant::fromValue(defaultValue)).template value<T>();
    }
    void write(QSettings &settings, const T &value) const
    {
        if (value == defaultValue)
            settings.remove(key);
        else
            settings.setValue(key, QVariant::fromValue(value));
    }
};

// Non-secret preferences. The API key is never here (see SecretStore).
class AppSettings final
{
public:
    AppSettings();
    explicit AppSettings(const QString &fileName); // for tests

    QUrl baseUrl() const;
    void setBaseUrl(const QUrl &url);
    // network/httpVersion: "1.1" (the default) or "2"; see HttpVersion. IDEOGRAM_DATASETS_HTTP_VERSION
    // overrides it for one run (httpVersionForThisRun).
    HttpVersion httpVersion() const;
    void setHttpVersion(HttpVersion version);
    // The accounts, in the user's order, and the one last used. nullopt: settings of the single-key app
    // (or none yet), which AccountList migrates.
    std::optional<QList<AccountInfo>> accounts() const;
    void setAccounts(const QList<AccountInfo> &accounts);
    QString currentAccountId() const;
    void setCurrentAccountId(const QString &id);
    // The main window's layout for one screen (Widgets::WindowMemory names the screen and packs the bytes):
    // its geometry (QWidget::saveGeometry) and its state (panes and splitters). Empty when that screen has none.
    QByteArray windowGeometry(const QString &screen) const;
    void setWindowGeometry(const QString &screen, const QByteArray &geometry);
    QByteArray windowState(const QString &screen) const;
    void setWindowState(const QString &screen, const QByteArray &state);
    // The size a dialog was last closed at (the review sheet, issue 14 item 5); invalid before the first close.
    QSize dialogSize(const QString &dialog) const;
    void setDialogSize(const QString &dialog, const QSize &size);
    // The screen the window was last closed on; empty before the first close.
    QString lastWindowScreen() const;
    void setLastWindowScreen(const QString &screen);
    // The folder files were last added from (Add Images…, Add Folder…), so the next choice starts there;
    // empty before the first. A path on this computer, not a secret; it may since have been removed.
    QString addFilesFolder() const;
    void setAddFilesFolder(const QString &folder);

    // The side of the gallery's thumbnails in pixels (its size slider), for every screen.
    int galleryThumbnailSize() const;
    void setGalleryThumbnailSize(int size);

    // Writes to disk now; false (with the reason) when the settings file cannot be written.
    bool sync(QString *error = nullptr);
    QString fileName() const { return m_settings.fileName(); }

private:
    QSettings m_settings;
};

} // namespace Ids::Core
