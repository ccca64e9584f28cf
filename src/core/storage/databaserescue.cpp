#include "databaserescue.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Ids::Core::DatabaseRescue {

namespace {

// https://www.sqlite.org/fileformat.html §1.3: every database file starts with these 16 bytes.
const QByteArray SqliteHeader("SQLite format 3\0", 16);

// SQLite's SQLITE_CORRUPT and SQLITE_NOTADB: damage, as opposed to a lock or a missing permission.
bool isDamage(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    return ok && (code == 11 || code == 26);
}

QString subjectOf(const QString &kind, const QJsonObject &payload)
{
    if (kind == QLatin1String("create-dataset"))
        return payload.value(QStringLiteral("name")).toString();
    if (kind == QLatin1String("train-model"))
        return payload.value(QStringLiteral("modelName")).toString();
    if (kind == QLatin1String("upload-file"))
        return payload.value(QStringLiteral("filePath")).toString();
    return {};
}

// Opens the file read-only under a connection of its own for the duration of one look.
class Look
{
public:
    explicit Look(const QString &path)
        : m_name(QStringLiteral("ids-rescue-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        db.open();
    }
    ~Look()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

// Empty when the database is healthy (or only busy); otherwise what is wrong.
QString damageOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {}; // unreadable is not damaged: opening it says why
    const QByteArray head = file.read(SqliteHeader.size());
    if (head.isEmpty())
        return {}; // an empty file is a new database
    if (head != SqliteHeader)
        return QStringLiteral("not an SQLite database");
    file.close();
    Look look(path);
    if (!look.db().isOpen())
        return isDamage(look.db().lastError()) ? look.db().lastError().text() : QString();
    QSqlQuery query(look.db());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return isDamage(query.lastError()) ? query.lastError().text() : QString();
    QStringList problems;
    while (query.next())
        problems.append(query.value(0).toString());
    return problems == QStringList {QStringLiteral("ok")} ? QString() : problems.join(QLatin1String("; "));
}

void readPending(const QString &path, RescueReport *report)
{
    Look look(path);
    QSqlQuery query(look.db());
    query.setForwardOnly(true);
    if (!look.db().isOpen()
        || !query.exec(QStringLiteral("SELECT kind, started_ms, payload FROM journal WHERE scope <> '' ORDER BY id")))
        return;
    report->entriesReadable = true;
    while (query.next()) {
        const QString kind = query.value(0).toString();
        const QJsonObject payload = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
        report->unconfirmed.append(
            {kind, subjectOf(kind, payload), QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC)});
    }
}

QString freeCopyPath(const QString &path, const QDateTime &nowUtc)
{
    const QFileInfo info(path);
    const QString stem = info.dir().filePath(info.completeBaseName() + QStringLiteral(".damaged-")
                                             + nowUtc.toString(QStringLiteral("yyyy-MM-dd-HHmmss")));
    QString copy = stem + QStringLiteral(".sqlite");
    for (int n = 2; QFileInfo::exists(copy); ++n)
        copy = stem + QStringLiteral("-%1.sqlite").arg(n);
    return copy;
}

} // namespace

bool check(const QString &path, const QDateTime &nowUtc, RescueReport *report, QString *error)
{
    *report = RescueReport();
    if (!QFileInfo::exists(path))
        return true;
    const QString damage = damageOf(path);
    if (damage.isEmpty())
        return true;
    report->problem = damage;
    // Before the move: the entries are read where the file's -wal still belongs to it.
    readPending(path, report);
    const QString copy = freeCopyPath(path, nowUtc);
    if (!QFile::rename(path, copy)) {
        if (error)
            *error = QFile(path).errorString();
        return false;
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(path + suffix))
            QFile::rename(path + suffix, copy + suffix);
    }
    report->moved = true;
    report->copyPath = copy;
    return true;
}

} // namespace Ids::Core::DatabaseRescue
