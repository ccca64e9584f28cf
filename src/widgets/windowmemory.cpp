#include "windowmemory.h"

#include <core/settings/appsettings.h>

#include <QDataStream>
#include <QGuiApplication>
#include <QIODevice>
#include <QMainWindow>
#include <QScreen>
#include <QSplitter>

namespace Ids::Widgets {

namespace {

// Bumped when the packed state changes shape; an older one is then ignored rather than misread.
constexpr qint32 StateVersion = 1;

QByteArray packState(const QMainWindow *window)
{
    QMap<QString, QByteArray> splitters;
    const QList<QSplitter *> all = window->findChildren<QSplitter *>();
    for (const QSplitter *splitter : all) {
        if (!splitter->objectName().isEmpty())
            splitters.insert(splitter->objectName(), splitter->saveState());
    }
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << StateVersion << window->saveState(StateVersion) << splitters;
    return bytes;
}

void unpackState(QMainWindow *window, const QByteArray &bytes)
{
    QDataStream in(bytes);
    qint32 version = 0;
    QByteArray mainWindowState;
    QMap<QString, QByteArray> splitters;
    in >> version >> mainWindowState >> splitters;
    if (in.status() != QDataStream::Ok || version != StateVersion)
        return;
    window->restoreState(mainWindowState, StateVersion);
    for (auto it = splitters.cbegin(); it != splitters.cend(); ++it) {
        if (auto *splitter = window->findChild<QSplitter *>(it.key()))
            splitter->restoreState(it.value());
    }
}

} // namespace

WindowMemory::WindowMemory(Core::AppSettings *settings)
    : m_settings(settings)
{ }

QString WindowMemory::screenKey(const QScreen *screen)
{
    if (!screen)
        return {};
    return QStringLiteral("%1 %2x%3").arg(screen->name()).arg(screen->size().width()).arg(screen->size().height());
}

QString WindowMemory::chooseScreen(const QString &last, const QStringList &connected, const QString &primary)
{
    return !last.isEmpty() && connected.contains(last) ? last : primary;
}

bool WindowMemory::restore(QMainWindow *window) const
{
    QStringList connected;
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (const QScreen *screen : screens)
        connected << screenKey(screen);
    const QString screen =
        chooseScreen(m_settings->lastWindowScreen(), connected, screenKey(QGuiApplication::primaryScreen()));
    const QByteArray geometry = m_settings->windowGeometry(screen);
    if (geometry.isEmpty() || !window->restoreGeometry(geometry))
        return false;
    unpackState(window, m_settings->windowState(screen));
    return true;
}

void WindowMemory::save(const QMainWindow *window) const
{
    const QString screen = screenKey(window->screen());
    if (screen.isEmpty())
        return;
    m_settings->setWindowGeometry(screen, window->saveGeometry());
    m_settings->setWindowState(screen, packState(window));
    m_settings->setLastWindowScreen(screen);
}

} // namespace Ids::Widgets
