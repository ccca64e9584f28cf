// A review draft survives the app being killed mid-edit (issue 15, Engineering): a child process, the app's
// object graph as main() builds it, drops two images on a dataset, types a caption for each and keeps typing;
// once the typed captions are in the database it is killed with SIGKILL. A second run on the same database
// opens the dataset's review again and finds the captions as typed.
#include "../common/requirement.h"
#include "../common/testimages.h"
#include "../common/widgetchild.h"
#include "app/appcontroller.h"
#include "core/storage/datasetstore.h"
#include "core/storage/draftstore.h"
#include "models/datasetlistmodel.h"
#include "models/reviewcaptions.h"
#include "models/uploadreviewmodel.h"
#include "sandbox/sandboxserver.h"
#include "widgets/captionpanel.h"
#include "widgets/datasetflow.h"
#include "widgets/mainwindow.h"
#include "widgets/uploaddialog.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using Ids::Sandbox::SandboxServer;

namespace {

const QString Key = QStringLiteral("draft-crash-key-00000000");
// Typed in full, then saved; the second caption keeps growing until the kill. Non-ASCII through the input
// method's path (insertPlainText): QTest types Latin-1 only.
const QString FirstCaption = QStringLiteral("acme shoe, rot – typed before the kill");
const QString SecondCaption = QStringLiteral("Zweiter Schuh, 青い靴 ✓");

QStringList imagePaths()
{
    const QDir folder(qEnvironmentVariable("IDS_DRAFT_FILES"));
    return {folder.filePath(QStringLiteral("rot.jpg")), folder.filePath(QStringLiteral("blau.jpg"))};
}

// The dialog's row of a file; -1 when not listed (yet).
int rowOf(Ids::Widgets::UploadDialog *dialog, const QString &path)
{
    return dialog->model()->rowOfKey(path);
}

void typeCaption(Ids::Widgets::UploadDialog *dialog, int row, const QString &text)
{
    QTreeView *view = Ids::Tests::child<QTreeView>(dialog, "reviewTreeView");
    view->setCurrentIndex(view->model()->index(row, 0));
    QPlainTextEdit *editor = dialog->captionPanel()->editor();
    editor->setFocus();
    editor->insertPlainText(text);
}

// Child mode "edit": types both captions, then keeps typing into the second until killed.
// Child mode "restore": opens the dataset's review again and exits 0 when both captions are as typed.
int runChild(const QString &mode)
{
    Ids::App::LaunchOptions options;
    options.baseUrlOverride = QUrl(qEnvironmentVariable("IDS_DRAFT_URL"));
    options.environmentKey = Key;
    options.databasePath = qEnvironmentVariable("IDS_DRAFT_DB");
    Ids::App::AppController controller(options);
    QString error;
    if (!controller.start(&error))
        return 3;
    controller.window()->show();
    const QString datasetId = qEnvironmentVariable("IDS_DRAFT_DATASET");
    const QStringList paths = imagePaths();
    auto *poll = new QTimer(&controller);
    bool typed = false;
    QObject::connect(poll, &QTimer::timeout, &controller, [&controller, &typed, datasetId, paths, mode] {
        Ids::Widgets::DatasetFlow *flow = controller.window()->datasetFlow();
        if (!flow->model()->indexOfId(datasetId).isValid())
            return; // the list has not arrived yet
        Ids::Widgets::UploadDialog *dialog = flow->uploadDialog();
        if (!dialog) {
            flow->addFiles(datasetId, mode == QLatin1String("edit") ? paths : QStringList());
            return;
        }
        if (dialog->isScanning() || rowOf(dialog, paths.at(0)) < 0 || rowOf(dialog, paths.at(1)) < 0)
            return;
        if (mode == QLatin1String("restore")) {
            const QString first = dialog->captions()->caption(paths.at(0)).text;
            const QString second = dialog->captions()->caption(paths.at(1)).text;
            QTextStream(stdout) << "restored: " << first << " | " << second << Qt::endl;
            QCoreApplication::exit(first == FirstCaption && second.startsWith(SecondCaption) ? 0 : 6);
            return;
        }
        if (!typed) {
            typed = true;
            typeCaption(dialog, rowOf(dialog, paths.at(0)), FirstCaption);
            typeCaption(dialog, rowOf(dialog, paths.at(1)), SecondCaption);
        } else {
            QTest::keyClicks(dialog->captionPanel()->editor(), QStringLiteral(" more")); // mid-edit, until killed
        }
    });
    poll->start(50);
    QTimer::singleShot(30000, qApp, [] { QCoreApplication::exit(5); });
    return QCoreApplication::exec();
}

} // namespace

class DraftCrashTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void killedMidEdit_draftIntactOnNextRun();
};

void DraftCrashTest::initTestCase()
{
    IDS_REQUIRE(qEnvironmentVariableIsSet("IDS_TEST_SANDBOX_HOME"),
                "a throw-away home (run through tests/secrets/run_with_temp_home.sh)");
}

void DraftCrashTest::killedMidEdit_draftIntactOnNextRun()
{
    SandboxServer server;
    server.setAcceptedApiKey(Key);
    QVERIFY(server.start());
    const QString datasetId = server.addDataset(QStringLiteral("Draft crash")).id;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("datasets.sqlite"));
    const QString folder = dir.filePath(QStringLiteral("files"));
    QVERIFY(QDir().mkpath(folder));
    for (const QString &name : {QStringLiteral("rot.jpg"), QStringLiteral("blau.jpg")}) {
        QFile file(folder + QLatin1Char('/') + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(TestImages::jpeg(64, 48));
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("IDS_DRAFT_URL"), server.baseUrl().toString());
    env.insert(QStringLiteral("IDS_DRAFT_DB"), db);
    env.insert(QStringLiteral("IDS_DRAFT_DATASET"), datasetId);
    env.insert(QStringLiteral("IDS_DRAFT_FILES"), folder);
    const QString rot = QDir(folder).filePath(QStringLiteral("rot.jpg"));
    const QString blau = QDir(folder).filePath(QStringLiteral("blau.jpg"));
    // The draft as the database holds it, read through a connection of this process.
    auto stored = [&]() -> std::optional<Ids::Core::ReviewDraft> {
        Ids::Core::DatasetStore store(db);
        if (!store.open())
            return std::nullopt;
        store.setScope(server.baseUrl().toString());
        return Ids::Core::DraftStore(&store).draft(datasetId);
    };
    auto typedIn = [&](const std::optional<Ids::Core::ReviewDraft> &draft) {
        return draft && draft->captions.value(rot).text == FirstCaption
            && draft->captions.value(blau).text.startsWith(SecondCaption + QStringLiteral(" more"));
    };

    QProcess first;
    env.insert(QStringLiteral("IDS_DRAFT_CHILD"), QStringLiteral("edit"));
    first.setProcessEnvironment(env);
    first.setProcessChannelMode(QProcess::ForwardedChannels);
    first.start(QCoreApplication::applicationFilePath(), {});
    // Killed while it types: after a save that holds the typing that went on after both captions were in.
    QTRY_VERIFY_WITH_TIMEOUT(typedIn(stored()), 20000);
    first.kill();
    QVERIFY(first.waitForFinished(5000));
    QCOMPARE(first.exitStatus(), QProcess::CrashExit);

    const std::optional<Ids::Core::ReviewDraft> draft = stored();
    QVERIFY(typedIn(draft));
    QCOMPARE(draft->paths, QStringList({rot, blau}));

    QProcess second;
    env.insert(QStringLiteral("IDS_DRAFT_CHILD"), QStringLiteral("restore"));
    second.setProcessEnvironment(env);
    second.setProcessChannelMode(QProcess::ForwardedChannels);
    second.start(QCoreApplication::applicationFilePath(), {});
    QTRY_COMPARE_WITH_TIMEOUT(second.state(), QProcess::NotRunning, 35000);
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (const QString mode = qEnvironmentVariable("IDS_DRAFT_CHILD"); !mode.isEmpty())
        return runChild(mode);
    DraftCrashTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_draftcrash.moc"
