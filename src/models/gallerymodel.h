#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QFutureWatcher>
#include <QImage>
#include <QJsonObject>
#include <QSet>
#include <QSize>

namespace Ids::Models {

class GalleryImages;

// Images made with custom models, from the folders on this computer: works offline, because the addresses
// Ideogram gave expired long ago. Either one model's folder, or the History: every image of the account, across
// models, newest first. Folders are read and the sidecars parsed off the GUI thread; previews come from
// GalleryImages.
class GalleryModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    struct Item
    {
        QString path;
        QJsonObject sidecar; // as GenerationService wrote it (empty when it is missing or unreadable)
        QString prompt;
        QString seed;
        QDateTime created;
        QString modelId;
        QString modelName;
        QSize size; // from the sidecar's resolution; invalid when not stated
    };

    explicit GalleryModel(GalleryImages *images, QObject *parent = nullptr);

    bool isHistory() const { return m_history; }
    QString folder() const { return m_folder; }
    // One model's images (newest first); loaded() follows.
    void setFolder(const QString &folder);
    // The account's History: every folder under root, keeping images whose sidecar names this account, or (for
    // sidecars written before accounts existed) one of its models. loaded() follows.
    void setHistory(const QString &root, const QString &accountId, const QSet<QString> &modelIds);
    void reload();
    bool isLoading() const { return m_watcher.isRunning(); }

    // Blocking: for the worker and tests.
    static QList<Item> scan(const QString &folder);
    static QList<Item> scanHistory(const QString &root, const QString &accountId, const QSet<QString> &modelIds);
    static Item readItem(const QString &imagePath);

    const Item *itemAt(int row) const;
    int rowOfPath(const QString &path) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();

private:
    void load(std::function<QList<Item>()> scanner);
    void onPreview(const QString &path, const QImage &image);

    GalleryImages *m_images;
    bool m_history = false;
    QString m_folder;
    QString m_root;
    QString m_accountId;
    QSet<QString> m_modelIds;
    QList<Item> m_items;
    QHash<QString, int> m_rows;
    QFutureWatcher<QList<Item>> m_watcher;
};

} // namespace Ids::Models
