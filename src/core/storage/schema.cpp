#include "schema.h"

#include "datasetstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Ids::Core::Schema {

namespace {

// Runs the statements of one step in order; the first failure stops them.
class Step
{
public:
    explicit Step(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    bool exec(const QString &statement)
    {
        QSqlQuery query(m_db);
        if (query.exec(statement))
            return true;
        m_error = query.lastError().text();
        qCWarning(lcStorage) << "schema statement failed:" << m_error;
        return false;
    }
    QSqlDatabase &db() { return m_db; }
    void fail(const QString &error) { m_error = error; }
    QString error() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_error;
};

bool toVersion1(Step &step)
{
    return step.exec(QStringLiteral("CREATE TABLE datasets (scope TEXT NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL, "
                                    "user_id TEXT NOT NULL, creation_raw TEXT NOT NULL, creation_ms INTEGER, "
                                    "cover_type TEXT, cover_id TEXT, cover_collection TEXT, seen_at INTEGER NOT NULL, "
                                    "PRIMARY KEY (scope, id))"))
        && step.exec(QStringLiteral("CREATE INDEX datasets_by_time ON datasets (scope, creation_ms)"))
        && step.exec(
            QStringLiteral("CREATE TABLE pending_creates (id INTEGER PRIMARY KEY AUTOINCREMENT, scope TEXT NOT NULL, "
                           "name TEXT NOT NULL, started_ms INTEGER NOT NULL, known_ids TEXT NOT NULL)"));
}

// Datasets the server stopped returning, the last details read, the files this computer uploaded (with
// their thumbnails, which the API cannot give back) and the upload journal.
bool toVersion2(Step &step)
{
    return step.exec(QStringLiteral("ALTER TABLE datasets ADD COLUMN missing_since INTEGER"))
        && step.exec(QStringLiteral(
            "CREATE TABLE dataset_details (scope TEXT NOT NULL, dataset_id TEXT NOT NULL, json TEXT NOT NULL, "
            "fetched_ms INTEGER NOT NULL, PRIMARY KEY (scope, dataset_id))"))
        && step.exec(QStringLiteral(
            "CREATE TABLE local_files (scope TEXT NOT NULL, dataset_id TEXT NOT NULL, file_name TEXT NOT NULL, "
            "original_path TEXT NOT NULL, size INTEGER NOT NULL, asset_id TEXT, thumbnail BLOB, "
            "uploaded_ms INTEGER NOT NULL, PRIMARY KEY (scope, dataset_id, file_name))"))
        && step.exec(QStringLiteral(
            "CREATE TABLE upload_journal (id INTEGER PRIMARY KEY AUTOINCREMENT, scope TEXT NOT NULL, "
            "dataset_id TEXT NOT NULL, file_path TEXT NOT NULL, sent_name TEXT NOT NULL, mime TEXT NOT NULL, "
            "size INTEGER NOT NULL, modified_ms INTEGER, started_ms INTEGER NOT NULL)"));
}

// The account's models and the journal of trainings asked for.
bool toVersion3(Step &step)
{
    return step.exec(
               QStringLiteral("CREATE TABLE models (scope TEXT NOT NULL, model_id TEXT NOT NULL, json TEXT NOT NULL, "
                              "seen_ms INTEGER NOT NULL, PRIMARY KEY (scope, model_id))"))
        && step.exec(
            QStringLiteral("CREATE TABLE pending_trains (id INTEGER PRIMARY KEY AUTOINCREMENT, scope TEXT NOT NULL, "
                           "dataset_id TEXT NOT NULL, model_name TEXT NOT NULL, started_ms INTEGER NOT NULL, "
                           "known_model_ids TEXT NOT NULL)"));
}

QJsonArray idList(const QString &joined)
{
    return QJsonArray::fromStringList(joined.split(QLatin1Char('\n'), Qt::SkipEmptyParts));
}

// One journal instead of three: every entry of the old tables moves over with its scope and time, in the
// order it was written, and the old tables go. Nothing an earlier run left to reconcile is lost.
bool toVersion4(Step &step)
{
    if (!step.exec(QStringLiteral(
            "CREATE TABLE journal (id INTEGER PRIMARY KEY AUTOINCREMENT, scope TEXT NOT NULL, kind TEXT NOT NULL, "
            "started_ms INTEGER NOT NULL, payload TEXT NOT NULL)")))
        return false;
    QSqlQuery insert(step.db());
    insert.prepare(QStringLiteral("INSERT INTO journal (scope, kind, started_ms, payload) VALUES (?, ?, ?, ?)"));
    const auto move = [&](const QString &select, const QString &kind, auto payloadOf) {
        QSqlQuery rows(step.db());
        rows.setForwardOnly(true);
        if (!rows.exec(select)) {
            step.fail(rows.lastError().text());
            return false;
        }
        while (rows.next()) {
            insert.addBindValue(rows.value(0).toString());
            insert.addBindValue(kind);
            insert.addBindValue(rows.value(1).toLongLong());
            insert.addBindValue(QString::fromUtf8(QJsonDocument(payloadOf(rows)).toJson(QJsonDocument::Compact)));
            if (!insert.exec()) {
                step.fail(insert.lastError().text());
                return false;
            }
        }
        return true;
    };
    const bool moved =
        move(QStringLiteral("SELECT scope, started_ms, name, known_ids FROM pending_creates ORDER BY id"),
             QStringLiteral("create-dataset"),
             [](const QSqlQuery &row) {
                 return QJsonObject {{QStringLiteral("name"), row.value(2).toString()},
                                     {QStringLiteral("knownIds"), idList(row.value(3).toString())}};
             })
        && move(QStringLiteral("SELECT scope, started_ms, dataset_id, model_name, known_model_ids FROM pending_trains "
                               "ORDER BY id"),
                QStringLiteral("train-model"),
                [](const QSqlQuery &row) {
                    return QJsonObject {{QStringLiteral("datasetId"), row.value(2).toString()},
                                        {QStringLiteral("modelName"), row.value(3).toString()},
                                        {QStringLiteral("knownModelIds"), idList(row.value(4).toString())}};
                })
        && move(QStringLiteral("SELECT scope, started_ms, dataset_id, file_path, sent_name, mime, size, modified_ms "
                               "FROM upload_journal ORDER BY id"),
                QStringLiteral("upload-file"), [](const QSqlQuery &row) {
                    QJsonObject payload {{QStringLiteral("datasetId"), row.value(2).toString()},
                                         {QStringLiteral("filePath"), row.value(3).toString()},
                                         {QStringLiteral("sentName"), row.value(4).toString()},
                                         {QStringLiteral("mime"), row.value(5).toString()},
                                         {QStringLiteral("size"), double(row.value(6).toLongLong())}};
                    if (!row.value(7).isNull())
                        payload.insert(QStringLiteral("modifiedMs"), double(row.value(7).toLongLong()));
                    return payload;
                });
    insert.finish();
    return moved && step.exec(QStringLiteral("DROP TABLE pending_creates"))
        && step.exec(QStringLiteral("DROP TABLE pending_trains"))
        && step.exec(QStringLiteral("DROP TABLE upload_journal"));
}

// The review sheet's draft of each dataset (DraftStore): a JSON document, replaced as the user works.
bool toVersion5(Step &step)
{
    return step.exec(QStringLiteral("CREATE TABLE review_drafts (scope TEXT NOT NULL, dataset_id TEXT NOT NULL, "
                                    "json TEXT NOT NULL, saved_ms INTEGER NOT NULL, PRIMARY KEY (scope, dataset_id))"));
}

// The base model each model was trained on, which no answer of Ideogram states (api-contract.md §9.2): known
// from the training this app sent, or from a price quote. A table of its own, because the models table is
// rewritten from every list Ideogram sends. Models trained by an earlier version of the app get no row: they
// were all 3.0, but the journal no longer says which of the models were trained here, so a quote tells.
bool toVersion6(Step &step)
{
    return step.exec(QStringLiteral(
        "CREATE TABLE model_families (scope TEXT NOT NULL, model_id TEXT NOT NULL, family TEXT NOT NULL, "
        "source TEXT NOT NULL, known_ms INTEGER NOT NULL, PRIMARY KEY (scope, model_id))"));
}

} // namespace

bool migrate(const QString &connectionName, QString *error)
{
    Step step(QSqlDatabase::database(connectionName, false));
    QSqlQuery versionQuery(step.db());
    if (!versionQuery.exec(QStringLiteral("PRAGMA user_version")) || !versionQuery.next()) {
        if (error)
            *error = versionQuery.lastError().text();
        return false;
    }
    const int version = versionQuery.value(0).toInt();
    // SQLite refuses to drop a table while any statement of the connection is still reading.
    versionQuery.finish();
    if (version > Version) {
        if (error)
            *error = QCoreApplication::translate("Ids::Core::Schema",
                                                 "the database was written by a newer version of the app (schema %1)")
                         .arg(version);
        return false;
    }
    if (version == Version)
        return true;

    step.db().transaction();
    const bool ok = (version >= 1 || toVersion1(step)) && (version >= 2 || toVersion2(step))
        && (version >= 3 || toVersion3(step)) && (version >= 4 || toVersion4(step))
        && (version >= 5 || toVersion5(step)) && (version >= 6 || toVersion6(step))
        && step.exec(QStringLiteral("PRAGMA user_version = %1").arg(Version));
    if (!ok || !step.db().commit()) {
        if (error)
            *error = step.error().isEmpty() ? step.db().lastError().text() : step.error();
        step.db().rollback();
        return false;
    }
    return true;
}

} // namespace Ids::Core::Schema
