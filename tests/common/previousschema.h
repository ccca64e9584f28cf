#pragma once

// The database as the single-key app (schema 3) wrote it, made here with the statements of that version
// rather than with the app's own code, so migration tests start from what users really have on disk.

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

namespace PreviousSchema {

// Runs the statements on a connection of its own; false (with the failing statement) on the first error.
inline bool write(const QString &path, const QStringList &inserts, QString *error = nullptr)
{
    const QString name = QStringLiteral("previous-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = QDir().mkpath(QFileInfo(path).absolutePath());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
            ok = false;
        }
        QSqlQuery query(db);
        const QStringList schema {
            QStringLiteral("PRAGMA journal_mode=WAL"),
            QStringLiteral("CREATE TABLE datasets (scope TEXT NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL, "
                           "user_id TEXT NOT NULL, creation_raw TEXT NOT NULL, creation_ms INTEGER, cover_type TEXT, "
                           "cover_id TEXT, cover_collection TEXT, seen_at INTEGER NOT NULL, PRIMARY KEY (scope, id))"),
            QStringLiteral("CREATE INDEX datasets_by_time ON datasets (scope, creation_ms)"),
            QStringLiteral("CREATE TABLE pending_creates (id INTEGER PRIMARY KEY AUTOINCREMENT, scope TEXT NOT NULL, "
                           "name TEXT NOT NULL, started_ms INTEGER NOT NULL, known_ids TEXT NOT NULL)"),
            QStringLiteral("ALTER TABLE datasets ADD COLUMN missing_since INTEGER"),
            QStringLiteral("CREATE TABLE dataset_details (scope TEXT NOT NULL, dataset_id TEXT NOT NULL, json TEXT "
                           "NOT NULL, fetched_ms INTEGER NOT NULL, PRIMARY KEY (scope, dataset_id))"),
            QStringLiteral("CREATE TABLE local_files (scope TEXT NOT NULL, dataset_id TEXT NOT NULL, file_name TEXT "
                           "NOT NULL, original_path TEXT NOT NULL, size INTEGER NOT NULL, asset_id TEXT, thumbnail "
                           "BLOB, uploaded_ms INTEGER NOT NULL, PRIMARY KEY (scope, dataset_id, file_name))"),
            QStringLiteral("CREATE TABLE upload_journal (id INTEGER PRIMARY KEY AUTOINCREMENT, scope TEXT NOT NULL, "
                           "dataset_id TEXT NOT NULL, file_path TEXT NOT NULL, sent_name TEXT NOT NULL, mime TEXT "
                           "NOT NULL, size INTEGER NOT NULL, modified_ms INTEGER, started_ms INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE models (scope TEXT NOT NULL, model_id TEXT NOT NULL, json TEXT NOT NULL, "
                           "seen_ms INTEGER NOT NULL, PRIMARY KEY (scope, model_id))"),
            QStringLiteral("CREATE TABLE pending_trains (id INTEGER PRIMARY KEY AUTOINCREMENT, scope TEXT NOT NULL, "
                           "dataset_id TEXT NOT NULL, model_name TEXT NOT NULL, started_ms INTEGER NOT NULL, "
                           "known_model_ids TEXT NOT NULL)"),
            QStringLiteral("PRAGMA user_version = 3"),
        };
        for (const QString &statement : ok ? schema + inserts : QStringList()) {
            if (!query.exec(statement)) {
                if (error)
                    *error = statement + QStringLiteral(": ") + query.lastError().text();
                ok = false;
                break;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace PreviousSchema
