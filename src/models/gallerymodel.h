#pragma once

#include <QAbstractListModel>
#include <QFutureWatcher>
#include <QImage>
#include <QPixmap>

namespace Ids::Models {

class Thumbnailer;

// The images a model made, from its folder on this computer: works offline, because the addresses
// Ideogram gave expired long ago. The folder is read and the sidecars parsed off the GUI thread, and the
// thumbnails come from the Thumbnailer.
class GalleryModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    struct Item
    {
        QString path;
        QString prompt;
        QString seed;
        QString created;
    };

    GalleryModel(Thumbnailer *thumbnailer, QObject *parent = nullptr);

    QString folder() const { return m_folder; }
    // Reads the folder (again); loaded() follows.
    void setFolder(const QString &folder);
    void reload() { setFolder(m_folder); }
    bool isLoading() const { return m_watcher.isRunning(); }

    // Blocking: for the worker and tests.
    static QList<Item> scan(const QString &folder);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();

private:
    void onThumbnail(const QString &path, const QImage &image);

    Thumbnailer *m_thumbnailer;
    QString m_folder;
    QList<Item> m_items;
    QHash<QString, QPixmap> m_thumbnails;
    QFutureWatcher<QList<Item>> m_watcher;
};

} // namespace Ids::Models
