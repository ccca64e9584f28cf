// A user of the single-key app updates: their settings file (the API address), their key (the keychain entry
// "api-key") and their database (schema 3, written here with that version's own statements: datasets, a
// model, a create and an upload whose answers were lost) become one account named "Ideogram", with nothing
// lost — the key found, the list shown, the journal reconciled without sending anything twice. Runs in a
// throw-away home with a real GNOME keyring (tests/secrets/run_with_temp_home.sh --keyring).
#include "../common/previousschema.h"
#include "../common/requirement.h"
#include "app/appcontroller.h"
#include "core/accounts/account.h"
#include "core/accounts/accountlist.h"
#include "core/accounts/accountmanager.h"
#include "core/secrets/secretstore.h"
#include "core/services/modellibrary.h"
#include "core/services/syncservice.h"
#include "core/settings/appsettings.h"
#include "core/storage/journal.h"
#include "core/types/custommodel.h"
#include "models/datasetlistmodel.h"
#include "sandbox/sandboxserver.h"
#include "widgets/datasetflow.h"
#include "widgets/mainwindow.h"

#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ids;
using Sandbox::SandboxServer;
using namespace std::chrono_literals;

namespace {

const QString OldKey = QStringLiteral("single-key-app-key-00000000c0de");

} // namespace

class AccountMigrationTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void singleKeyApp_becomesAccountIdeogram_withNothingLost();
};

void AccountMigrationTest::initTestCase()
{
    IDS_REQUIRE(qEnvironmentVariableIsSet("IDS_KEYCHAIN_TEST"),
                "a D-Bus session with an unlocked keyring (tests/secrets/run_with_temp_home.sh --keyring)");
    QStandardPaths::setTestModeEnabled(true);
}

void AccountMigrationTest::singleKeyApp_becomesAccountIdeogram_withNothingLost()
{
    QTemporaryDir dir;
    SandboxServer server;
    server.setAcceptedApiKey(OldKey);
    QVERIFY(server.start());
    const QString scope = server.baseUrl().toString();
    const QString databasePath = dir.filePath(QStringLiteral("datasets.sqlite"));
    const QString settingsPath = dir.filePath(QStringLiteral("settings.ini"));

    // What Ideogram holds: the two datasets the old app saw, and the one whose create answer was lost.
    const Core::Dataset shoes = server.addDataset(QStringLiteral("Shoes"));
    const Core::Dataset hats = server.addDataset(QStringLiteral("Hats"));
    const qint64 askedMs = QDateTime::currentDateTimeUtc().addSecs(-30).toMSecsSinceEpoch();
    const Core::Dataset boots = server.addDataset(QStringLiteral("Boots"));
    server.addImages(shoes.id, 1); // "image-01.png", which the old app was uploading when it closed

    // The old app's key, in its keychain entry.
    {
        Core::SecretStore store(QStringLiteral(IDS_APP_ID), QStringLiteral("api-key"));
        QSignalSpy saved(&store, &Core::SecretStore::saved);
        store.save(OldKey);
        QVERIFY(saved.wait(15000));
        QCOMPARE(saved.first().first().toBool(), true);
    }
    // The old app's settings: its address.
    {
        QSettings settings(settingsPath, QSettings::IniFormat);
        settings.setValue(QStringLiteral("api/baseUrl"), scope);
    }
    // The old app's database, by the old schema's own statements.
    // A model of the account, which the old app had in its table.
    const Core::CustomModel model = server.addCompletedModel(QStringLiteral("old shoe style"), shoes.id, 3600);
    const QString modelJson = QString::fromUtf8(QJsonDocument(model.toJson()).toJson(QJsonDocument::Compact));
    const auto row = [&](const Core::Dataset &dataset) {
        return QStringLiteral("INSERT INTO datasets (scope, id, name, user_id, creation_raw, seen_at) VALUES "
                              "('%1', '%2', '%3', 'u', '', 1)")
            .arg(scope, dataset.id, dataset.name);
    };
    QString error;
    QVERIFY2(PreviousSchema::write(
                 databasePath,
                 {row(shoes), row(hats),
                  QStringLiteral("INSERT INTO models (scope, model_id, json, seen_ms) VALUES ('%1', '%2', '%3', 1)")
                      .arg(scope, model.id, modelJson),
                  QStringLiteral("INSERT INTO pending_creates (scope, name, started_ms, known_ids) VALUES "
                                 "('%1', 'Boots', %2, '%3\n%4')")
                      .arg(scope)
                      .arg(askedMs)
                      .arg(shoes.id, hats.id),
                  QStringLiteral("INSERT INTO upload_journal (scope, dataset_id, file_path, sent_name, mime, size, "
                                 "modified_ms, started_ms) VALUES ('%1', '%2', '/gone/image-01.png', 'image-01.png', "
                                 "'image/png', %3, NULL, %4)")
                      .arg(scope, shoes.id)
                      .arg(server.files(shoes.id).first().sizeBytes.value_or(0))
                      .arg(askedMs)},
                 &error),
             qPrintable(error));

    App::LaunchOptions options;
    options.databasePath = databasePath;
    options.settingsFile = settingsPath;
    options.reconcileTiming = {50ms, 100ms, std::chrono::minutes(2)};
    {
        App::AppController controller(options);
        QVERIFY2(controller.start(&error), qPrintable(error));
        controller.window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(controller.window(), 30000));

        // One account, named "Ideogram", with the old address and keychain entry and database, and the sandbox.
        const QList<Core::AccountInfo> &accounts = controller.accounts()->accounts();
        QCOMPARE(accounts.size(), 2);
        Core::Account *account = controller.currentAccount();
        QCOMPARE(account->name(), QStringLiteral("Ideogram"));
        QCOMPARE(account->baseUrl(), server.baseUrl());
        QCOMPARE(account->info().keyEntry, QStringLiteral("api-key"));
        QCOMPARE(account->databasePath(), databasePath);
        QVERIFY(accounts.last().sandbox);

        // The key is found where the old app kept it; who pays is named.
        QTRY_VERIFY_WITH_TIMEOUT(account->hasKey(), 15000);
        QCOMPARE(account->keyLastFour(), OldKey.right(4));
        QCOMPARE(controller.window()->windowTitle(), QStringLiteral("Ideogram (key …c0de) — Ideogram Datasets"));

        // The saved list, then the create whose answer was lost adopted (found on Ideogram, not sent again),
        // the interrupted upload found complete, the model kept.
        Models::DatasetListModel *list = controller.window()->datasetFlow()->model();
        QTRY_COMPARE(list->rowCount(), 3);
        QTRY_VERIFY(Core::Journal(account->store()).size() == 0);
        QCOMPARE(server.requestCount("POST"), 0);
        QCOMPARE(account->library()->models().size(), 1);
        QCOMPARE(account->library()->models().first().id, model.id);
        QVERIFY(list->indexOfId(boots.id).isValid());
    }

    // The next start finds accounts, not the single-key settings: nothing migrates twice.
    QVERIFY(Core::AppSettings(settingsPath).accounts().has_value());
    {
        App::AppController controller(options);
        QVERIFY2(controller.start(&error), qPrintable(error));
        QCOMPARE(controller.accounts()->accounts().size(), 2);
        QCOMPARE(controller.currentAccount()->name(), QStringLiteral("Ideogram"));
        QTRY_VERIFY_WITH_TIMEOUT(controller.currentAccount()->hasKey(), 15000);
        QTRY_COMPARE(controller.window()->datasetFlow()->model()->rowCount(), 3);
    }
    // The old keychain entry is the account's: still there, unchanged.
    Core::SecretStore store(QStringLiteral(IDS_APP_ID), QStringLiteral("api-key"));
    QSignalSpy loaded(&store, &Core::SecretStore::loaded);
    store.load();
    QVERIFY(loaded.wait(15000));
    QCOMPARE(store.key(), OldKey);
}

QTEST_MAIN(AccountMigrationTest)
#include "tst_accountmigration.moc"
