#pragma once

// An account database with pending journal entries, and a way to damage it that SQLite's integrity check
// finds while its tables stay readable (issue 17 point 6). Test code only.
#include "core/storage/datasetstore.h"
#include "core/storage/journal.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace Ids::Tests {

// Three pending entries (a create "Summer shoes", a training "Shoe model", an upload of
// /home/ana/Pictures/red.jpg) and 200 datasets, so the datasets' time index spans several cells. Empty when
// it worked, otherwise what failed.
inline QString writeDatabaseWithJournal(const QString &path, const QString &scope)
{
    Core::DatasetStore store(path);
    if (!store.open())
        return store.lastError();
    store.setScope(scope);
    QList<Core::Dataset> datasets;
    for (int i = 0; i < 200; ++i) {
        Core::Dataset dataset;
        dataset.id = QStringLiteral("ds-%1").arg(i);
        dataset.name = QStringLiteral("Dataset %1").arg(i);
        dataset.creationTime.raw = QStringLiteral("2026-01-01T00:00:00Z");
        dataset.creationTime.utc = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i);
        datasets.append(dataset);
    }
    if (!store.upsertMany(datasets))
        return store.lastError();
    Core::Journal journal(&store);
    const QDateTime started(QDate(2026, 11, 30), QTime(19, 0), Qt::UTC);
    if (!journal.addCreate({0, QStringLiteral("Summer shoes"), started, {}})
        || !journal.addTrain({0, QStringLiteral("ds-1"), QStringLiteral("Shoe model"), started.addSecs(60), {}})
        || !journal.addUploads({{0,
                                 QStringLiteral("ds-1"),
                                 QStringLiteral("/home/ana/Pictures/red.jpg"),
                                 QStringLiteral("red.jpg"),
                                 "image/jpeg",
                                 1234,
                                 {},
                                 started.addSecs(120)}}))
        return journal.lastError();
    return {};
}

// Overwrites the cells of the datasets' time index (after writing the WAL back into the file): the tables
// stay readable, PRAGMA integrity_check fails. Empty when it worked.
inline QString damageIndex(const QString &path)
{
    int rootPage = 0;
    int pageSize = 0;
    const QString name = QStringLiteral("ids-test-damage");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return QStringLiteral("cannot open");
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'datasets_by_time'"))
            || !query.next())
            return QStringLiteral("no index");
        rootPage = query.value(0).toInt();
        if (!query.exec(QStringLiteral("PRAGMA page_size")) || !query.next())
            return QStringLiteral("no page size");
        pageSize = query.value(0).toInt();
        query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        query.exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(qint64(rootPage - 1) * pageSize + 12))
        return file.errorString();
    // Past the page's header: its cell pointers and cells become nonsense.
    file.write(QByteArray(pageSize - 12, '\x5a'));
    return {};
}

} // namespace Ids::Tests
