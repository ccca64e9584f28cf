#include "gallerymodel.h"

#include "galleryimages.h"
#include "roles.h"

#include <core/types/resolutions.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Ids::Models {

namespace {

const QStringList ImagePatterns {QStringLiteral("*.png"), QStringLiteral("*.jpg"), QStringLiteral("*.webp")};

void newestFirst(QList<GalleryModel::Item> &items)
{
    // Newest generation first; within one generation, image 1 first (the file names count up).
    std::stable_sort(items.begin(), items.end(), [](const GalleryModel::Item &a, const GalleryModel::Item &b) {
        if (a.created != b.created)
            return a.created > b.created;
        return a.path < b.path;
    });
}

} // namespace

GalleryModel::GalleryModel(GalleryImages *images, QObject *parent)
    : QAbstractListModel(parent)
    , m_images(images)
{
    connect(m_images, &GalleryImages::ready, this, &GalleryModel::onPreview);
    connect(&m_watcher, &QFutureWatcher<QList<Item>>::finished, this, [this] {
        if (m_watcher.isCanceled())
            return;
        beginResetModel();
        m_items = m_watcher.result();
        m_rows.clear();
        for (int row = 0; row < m_items.size(); ++row)
            m_rows.insert(m_items.at(row).path, row);
        endResetModel();
        Q_EMIT loaded();
    });
}

GalleryModel::Item GalleryModel::readItem(const QString &imagePath)
{
    Item item;
    item.path = imagePath;
    const QFileInfo info(imagePath);
    QFile sidecar(info.dir().filePath(info.completeBaseName() + QStringLiteral(".json")));
    if (sidecar.size() < 1024 * 1024 && sidecar.open(QIODevice::ReadOnly))
        item.sidecar = QJsonDocument::fromJson(sidecar.readAll()).object();
    const QJsonObject &meta = item.sidecar;
    item.prompt = meta.value(QStringLiteral("prompt")).toString();
    const QJsonValue seed = meta.value(QStringLiteral("seed"));
    item.seed = seed.isDouble() ? QString::number(qint64(seed.toDouble())) : QString();
    item.created = QDateTime::fromString(meta.value(QStringLiteral("created")).toString(), Qt::ISODate);
    if (!item.created.isValid())
        item.created = info.lastModified();
    item.modelId = meta.value(QStringLiteral("model_id")).toString();
    item.modelName = meta.value(QStringLiteral("model_name")).toString();
    item.size = Core::Resolutions::parse(meta.value(QStringLiteral("resolution")).toString());
    return item;
}

QList<GalleryModel::Item> GalleryModel::scan(const QString &folder)
{
    QList<Item> items;
    if (folder.isEmpty())
        return items;
    const QDir dir(folder);
    for (const QString &name : dir.entryList(ImagePatterns, QDir::Files))
        items.append(readItem(dir.filePath(name)));
    newestFirst(items);
    return items;
}

QList<GalleryModel::Item> GalleryModel::scanHistory(const QString &root, const QString &accountId,
                                                    const QSet<QString> &modelIds)
{
    QList<Item> items;
    if (root.isEmpty())
        return items;
    // One level of model folders under the root (the sandbox's images live in a folder of their own there).
    const QDir rootDir(root);
    for (const QString &folder : rootDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QDir dir(rootDir.filePath(folder));
        for (const QString &name : dir.entryList(ImagePatterns, QDir::Files)) {
            Item item = readItem(dir.filePath(name));
            const QString owner = item.sidecar.value(QStringLiteral("account_id")).toString();
            const bool ours = owner.isEmpty() ? modelIds.contains(item.modelId) : owner == accountId;
            if (ours)
                items.append(std::move(item));
        }
    }
    newestFirst(items);
    return items;
}

void GalleryModel::load(std::function<QList<Item>()> scanner)
{
    beginResetModel();
    m_items.clear();
    m_rows.clear();
    endResetModel();
    m_watcher.setFuture(QtConcurrent::run(std::move(scanner)));
}

void GalleryModel::setFolder(const QString &folder)
{
    m_history = false;
    m_folder = folder;
    load([folder] { return scan(folder); });
}

void GalleryModel::setHistory(const QString &root, const QString &accountId, const QSet<QString> &modelIds)
{
    m_history = true;
    m_root = root;
    m_accountId = accountId;
    m_modelIds = modelIds;
    load([root, accountId, modelIds] { return scanHistory(root, accountId, modelIds); });
}

void GalleryModel::reload()
{
    if (m_history)
        setHistory(m_root, m_accountId, m_modelIds);
    else
        setFolder(m_folder);
}

const GalleryModel::Item *GalleryModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int GalleryModel::rowOfPath(const QString &path) const
{
    return m_rows.value(path, -1);
}

void GalleryModel::onPreview(const QString &path, const QImage &)
{
    const int row = rowOfPath(path);
    if (row < 0)
        return;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, {Qt::DecorationRole});
}

int GalleryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant GalleryModel::data(const QModelIndex &index, int role) const
{
    const Item *item = index.isValid() ? itemAt(index.row()) : nullptr;
    if (!item)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        // A caption under each image: in the History the model it came from, else its seed.
        if (m_history)
            return item->modelName;
        return item->seed.isEmpty() ? QString() : tr("Seed %1").arg(item->seed);
    case Qt::DecorationRole:
        return m_images->preview(item->path);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return item->prompt.isEmpty() ? QFileInfo(item->path).fileName() : item->prompt;
    case FilePathRole:
        return item->path;
    case SidecarRole:
        return item->sidecar;
    case ImageSizeRole:
        return item->size;
    case ModelIdRole:
        return item->modelId;
    default:
        return {};
    }
}

} // namespace Ids::Models
