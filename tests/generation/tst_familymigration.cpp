// Schema 6 (the family of each model): a database of the previous schemas opens with every model "family
// unknown" (never guessed), a pending training of that time reads as the plain 3.0 training it was, and the
// families the app learns survive a restart, per account.
#include "../common/previousschema.h"
#include "core/storage/datasetstore.h"
#include "core/storage/journal.h"
#include "core/storage/modelfamilystore.h"
#include "core/storage/schema.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Ids::Core;

namespace {

const QString Scope = QStringLiteral("https://api.ideogram.ai");

int userVersion(const QString &connection)
{
    QSqlQuery query(QSqlDatabase::database(connection, false));
    return query.exec(QStringLiteral("PRAGMA user_version")) && query.next() ? query.value(0).toInt() : -1;
}

} // namespace

class FamilyMigrationTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }
    void fromSchema3_unknownFamilies_plainThreePointZeroTraining();
    void fromSchema5_tableAdded_rowsKept();
    void families_surviveRestart_perScope();

private:
    QString path() const
    {
        return m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
    }
    QTemporaryDir m_dir;
};

void FamilyMigrationTest::fromSchema3_unknownFamilies_plainThreePointZeroTraining()
{
    QString error;
    QVERIFY2(
        PreviousSchema::write(path(),
                              {QStringLiteral("INSERT INTO models (scope, model_id, json, seen_ms) VALUES ('%1', 'm1', "
                                              "'{\"model_id\":\"m1\",\"name\":\"Shoes\"}', 1)")
                                   .arg(Scope),
                               QStringLiteral("INSERT INTO pending_trains (scope, dataset_id, model_name, started_ms, "
                                              "known_model_ids) VALUES ('%1', 'd1', 'shoe model', 1000, '')")
                                   .arg(Scope)},
                              &error),
        qPrintable(error));
    DatasetStore store(path());
    QVERIFY2(store.open(&error), qPrintable(error));
    QCOMPARE(userVersion(store.connectionName()), Schema::Version);
    QCOMPARE(Schema::Version, 6);
    store.setScope(Scope);
    ModelFamilyStore families(&store);
    QCOMPARE(families.family(QStringLiteral("m1")), ModelFamily::Unknown);
    QVERIFY(families.all().isEmpty());
    const QList<PendingTrain> trains = Journal(&store).trains();
    QCOMPARE(trains.size(), 1);
    QCOMPARE(trains.at(0).modelName, QStringLiteral("shoe model"));
    QCOMPARE(trains.at(0).family, ModelFamily::V3);
    QVERIFY(trains.at(0).knobs.isEmpty());
}

void FamilyMigrationTest::fromSchema5_tableAdded_rowsKept()
{
    // Schema 5 is schema 6 without the families table: made by taking it away again.
    {
        DatasetStore store(path());
        QVERIFY(store.open());
        store.setScope(Scope);
        PendingTrain train;
        train.datasetId = QStringLiteral("d1");
        train.modelName = QStringLiteral("boot model");
        train.startedAtUtc = QDateTime::currentDateTimeUtc();
        QVERIFY(Journal(&store).addTrain(train));
        QSqlQuery query(QSqlDatabase::database(store.connectionName(), false));
        QVERIFY(query.exec(QStringLiteral("DROP TABLE model_families")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 5")));
    }
    DatasetStore store(path());
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QCOMPARE(userVersion(store.connectionName()), 6);
    store.setScope(Scope);
    QCOMPARE(Journal(&store).trains().size(), 1);
    ModelFamilyStore families(&store);
    QVERIFY(families.set(QStringLiteral("m2"), ModelFamily::V4, ModelFamilyStore::Source::Quoted));
    QCOMPARE(families.family(QStringLiteral("m2")), ModelFamily::V4);
}

void FamilyMigrationTest::families_surviveRestart_perScope()
{
    {
        DatasetStore store(path());
        QVERIFY(store.open());
        store.setScope(Scope);
        ModelFamilyStore families(&store);
        QVERIFY(families.set(QStringLiteral("m1"), ModelFamily::V4, ModelFamilyStore::Source::Trained));
        QVERIFY(families.set(QStringLiteral("m2"), ModelFamily::V3, ModelFamilyStore::Source::Quoted));
        QVERIFY(families.set(QStringLiteral("m3"), ModelFamily::Unknown, ModelFamilyStore::Source::Quoted));
        store.setScope(QStringLiteral("sandbox"));
        QVERIFY(families.set(QStringLiteral("m1"), ModelFamily::V3, ModelFamilyStore::Source::Quoted));
    }
    DatasetStore store(path());
    QVERIFY(store.open());
    store.setScope(Scope);
    ModelFamilyStore families(&store);
    QCOMPARE(families.all(),
             (QHash<QString, ModelFamily> {{QStringLiteral("m1"), ModelFamily::V4},
                                           {QStringLiteral("m2"), ModelFamily::V3}}));
    QCOMPARE(families.family(QStringLiteral("m3")), ModelFamily::Unknown); // unknown is never stored
    store.setScope(QStringLiteral("sandbox"));
    QCOMPARE(families.family(QStringLiteral("m1")), ModelFamily::V3);
    QVERIFY(store.clearScope());
    QCOMPARE(families.family(QStringLiteral("m1")), ModelFamily::Unknown);
}

QTEST_GUILESS_MAIN(FamilyMigrationTest)
#include "tst_familymigration.moc"
