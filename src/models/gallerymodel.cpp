#include "gallerymodel.h"

#include "roles.h"
#include "thumbnailer.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSize>
#include <QtConcurrent/QtConcurrentRun>

namespace Ids::Models {

GalleryModel::GalleryModel(Thumbnailer *thumbnailer, QObject *parent)
    : QAbstractListModel(parent)
    , m_thumbnailer(thumbnailer)
{
    connect(m_thumbnailer, &Thumbnailer::ready, this, &GalleryModel::onThumbnail);
    connect(&m_watcher, &QFutureWatcher<QList<Item>>::finished, this, [this] {
        if (m_watcher.isCanceled())
            return;
        beginResetModel();
        m_items = m_watcher.result();
        endResetModel();
        for (const Item &item : std::as_const(m_items)) {
            const QImage cached = m_thumbnailer->cached(item.path);
            if (cached.isNull())
                m_thumbnailer->request(item.path);
            else
                m_thumbnails.insert(item.path, QPixmap::fromImage(cached));
        }
        Q_EMIT loaded();
    });
}

QList<GalleryModel::Item> GalleryModel::scan(const QString &folder)
{
    QList<Item> items;
    if (folder.isEmpty())
        return items;
    const QDir dir(folder);
    const QStringList names =
        dir.entryList({QStringLiteral("*.png"), QStringLiteral("*.jpg"), QStringLiteral("*.webp")}, QDir::Files,
                      QDir::Name | QDir::Reversed);
    for (const QString &name : names) {
        Item item;
        item.path = dir.filePath(name);
        QFile sidecar(dir.filePath(QFileInfo(name).completeBaseName() + QStringLiteral(".json")));
        if (sidecar.size() < 1024 * 1024 && sidecar.open(QIODevice::ReadOnly)) {
            const QJsonObject meta = QJsonDocument::fromJson(sidecar.readAll()).object();
            item.prompt = meta.value(QStringLiteral("prompt")).toString();
            const QJsonValue seed = meta.value(QStringLiteral("seed"));
            item.seed = seed.isDouble() ? QString::number(qint64(seed.toDouble())) : QString();
            item.created = meta.value(QStringLiteral("created")).toString();
        }
        items.append(item);
    }
    return items;
}

void GalleryModel::setFolder(const QString &folder)
{
    m_folder = folder;
    beginResetModel();
    m_items.clear();
    m_thumbnails.clear();
    endResetModel();
    m_watcher.setFuture(QtConcurrent::run(&GalleryModel::scan, folder));
}

void GalleryModel::onThumbnail(const QString &path, const QImage &image)
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).path == path) {
            m_thumbnails.insert(path, QPixmap::fromImage(image));
            const QModelIndex changed = index(row);
            Q_EMIT dataChanged(changed, changed, {Qt::DecorationRole});
        }
    }
}

int GalleryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant GalleryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const Item &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return item.seed.isEmpty() ? QString() : tr("Seed %1").arg(item.seed);
    case Qt::DecorationRole:
        return m_thumbnails.value(item.path);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return item.prompt.isEmpty() ? QFileInfo(item.path).fileName() : item.prompt;
    case FilePathRole:
        return item.path;
    case Qt::SizeHintRole:
        // Every cell the size of a full thumbnail, also before it arrives: no jumping layout.
        return QSize(104, 134);
    default:
        return {};
    }
}

} // namespace Ids::Models
