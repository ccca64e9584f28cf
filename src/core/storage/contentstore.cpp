#include "contentstore.h"

#include "datasetstore.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Ids::Core {

ContentStore::ContentStore(DatasetStore *store)
    : m_store(store)
{ }

namespace {

QSqlDatabase connection(const DatasetStore *store)
{
    return QSqlDatabase::database(store->connectionName(), false);
}

} // namespace

bool ContentStore::saveDetail(const DatasetDetail &fresh, DatasetDetail *saved)
{
    DatasetDetail detail = fresh;
    if (!fresh.skipped.isEmpty()) {
        if (const std::optional<DatasetDetail> stored = this->detail(fresh.dataset.id))
            detail = fresh.keepingSkippedFrom(*stored);
    }
    if (saved)
        *saved = detail;
    QSqlQuery query(connection(m_store));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO dataset_details (scope, dataset_id, json, fetched_ms) "
                                 "VALUES (?, ?, ?, ?)"));
    query.addBindValue(m_store->scope());
    query.addBindValue(detail.dataset.id);
    query.addBindValue(QString::fromUtf8(QJsonDocument(detail.toJson()).toJson(QJsonDocument::Compact)));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec()) {
        m_lastError = m_store->noteWriteError(query.lastError());
        return false;
    }
    return true;
}

std::optional<DatasetDetail> ContentStore::detail(const QString &datasetId) const
{
    QSqlQuery query(connection(m_store));
    query.prepare(QStringLiteral("SELECT json FROM dataset_details WHERE scope = ? AND dataset_id = ?"));
    query.addBindValue(m_store->scope());
    query.addBindValue(datasetId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    // Written by saveDetail(), so it parses; a damaged row is treated as not cached.
    return DatasetDetail::fromJson(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object(), nullptr);
}

bool ContentStore::saveLocalFile(const LocalFile &file)
{
    QSqlQuery query(connection(m_store));
    // A re-upload of the same name replaces the server's file, so it replaces the local record too; a
    // thumbnail already made is kept until a new one arrives.
    query.prepare(QStringLiteral(
        "INSERT INTO local_files (scope, dataset_id, file_name, original_path, size, asset_id, thumbnail, uploaded_ms) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (scope, dataset_id, file_name) DO UPDATE SET "
        "original_path = excluded.original_path, size = excluded.size, asset_id = excluded.asset_id, "
        "thumbnail = COALESCE(excluded.thumbnail, thumbnail), uploaded_ms = excluded.uploaded_ms"));
    query.addBindValue(m_store->scope());
    query.addBindValue(file.datasetId);
    query.addBindValue(file.fileName);
    query.addBindValue(file.originalPath);
    query.addBindValue(file.size);
    query.addBindValue(file.assetId.isEmpty() ? QVariant() : QVariant(file.assetId));
    query.addBindValue(file.thumbnailPng.isEmpty() ? QVariant() : QVariant(file.thumbnailPng));
    query.addBindValue(file.uploadedAtUtc.isValid() ? file.uploadedAtUtc.toMSecsSinceEpoch()
                                                    : QDateTime::currentMSecsSinceEpoch());
    if (!query.exec()) {
        m_lastError = m_store->noteWriteError(query.lastError());
        return false;
    }
    return true;
}

bool ContentStore::setThumbnail(const QString &datasetId, const QString &fileName, const QByteArray &png)
{
    QSqlQuery query(connection(m_store));
    query.prepare(
        QStringLiteral("UPDATE local_files SET thumbnail = ? WHERE scope = ? AND dataset_id = ? AND file_name = ?"));
    query.addBindValue(png);
    query.addBindValue(m_store->scope());
    query.addBindValue(datasetId);
    query.addBindValue(fileName);
    if (!query.exec()) {
        m_lastError = m_store->noteWriteError(query.lastError());
        return false;
    }
    return true;
}

QList<LocalFile> ContentStore::localFiles(const QString &datasetId) const
{
    QList<LocalFile> files;
    QSqlQuery query(connection(m_store));
    query.prepare(QStringLiteral("SELECT file_name, original_path, size, asset_id, thumbnail, uploaded_ms FROM "
                                 "local_files WHERE scope = ? AND dataset_id = ? ORDER BY uploaded_ms, file_name"));
    query.addBindValue(m_store->scope());
    query.addBindValue(datasetId);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return files;
    }
    while (query.next()) {
        LocalFile file;
        file.datasetId = datasetId;
        file.fileName = query.value(0).toString();
        file.originalPath = query.value(1).toString();
        file.size = query.value(2).toLongLong();
        file.assetId = query.value(3).toString();
        file.thumbnailPng = query.value(4).toByteArray();
        file.uploadedAtUtc = QDateTime::fromMSecsSinceEpoch(query.value(5).toLongLong(), Qt::UTC);
        files.append(file);
    }
    return files;
}

QHash<QString, QByteArray> ContentStore::coverThumbnails() const
{
    QHash<QString, QByteArray> covers;
    QSqlQuery query(connection(m_store));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT dataset_id, thumbnail FROM local_files WHERE scope = ? AND thumbnail IS NOT "
                                 "NULL ORDER BY uploaded_ms DESC"));
    query.addBindValue(m_store->scope());
    if (query.exec()) {
        // Ordered newest first, so the oldest upload of each dataset is inserted last and wins.
        while (query.next())
            covers.insert(query.value(0).toString(), query.value(1).toByteArray());
    }
    return covers;
}

} // namespace Ids::Core
