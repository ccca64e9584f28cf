// The first hour of a designer, in the window (issue 14, items 2, 3, 6, 7, 8, 11): the app's real object graph
// in the sandbox account over real HTTP, driven with keys and clicks; widgets reached by their object names.
#include "../common/activewindow.h"
#include "../common/testimages.h"
#include "../common/widgetchild.h"
#include "app/appcontroller.h"
#include "core/accounts/account.h"
#include "core/accounts/accountlist.h"
#include "core/api/apiclient.h"
#include "core/api/retrypolicy.h"
#include "core/services/uploadservice.h"
#include "core/settings/appsettings.h"
#include "core/validation/datasetname.h"
#include "models/datasetlistmodel.h"
#include "models/uploadreviewmodel.h"
#include "sandbox/sandboxserver.h"
#include "widgets/datasetdetailpane.h"
#include "widgets/datasetflow.h"
#include "widgets/datasetform.h"
#include "widgets/datasetview.h"
#include "widgets/errorbanner.h"
#include "widgets/filechooser.h"
#include "widgets/gettingstarted.h"
#include "widgets/mainwindow.h"
#include "widgets/uploaddialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace Ids;
using Sandbox::SandboxServer;
using namespace std::chrono_literals;

// Receives what QDesktopServices would hand to the web browser.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

class FirstStepsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // Item 2: the first step
    void create_opensTheDatasetWithFocusOnAddImages();
    void emptyNameRefusal_goesWhenTheFieldIsLeft();
    void addImages_nothingOpen_opensTheSelectedOneOrSaysWhy();
    // Item 3: offline and failed states
    void list_unreachable_saysSoWithRetry_neverNoDatasetsYet();
    void list_otherFailure_namesItWithRetry();
    void create_failed_bannerSaysCreateAndRetrySendsAgain();
    // Item 6: choosing files
    void fileDialog_allFiles_existingStartFolder_remembered();
    void addFolder_besideAddImages_reviewsTheFolder();
    // Item 7: same name, health line
    void create_nameInUse_asksFirst();
    void upload_healthLineCountsAndShowsEachPart();
    // Item 8: pictures and words instead of ids
    void list_coverPictureFirst_idHidden_detailsCopyId();
    // Item 11: help
    void help_gettingStartedWithPictures_andApiKeyPage();
    void welcome_linksToGettingStartedAndApiKeyPage();

private:
    void start(bool sandbox);
    template<typename T> T *child(const QString &name) const { return m_window->findChild<T *>(name); }
    QLineEdit *nameEdit() const { return child<QLineEdit>(QStringLiteral("nameLineEdit")); }
    Widgets::DatasetForm *form() const { return child<Widgets::DatasetForm>(QStringLiteral("datasetForm")); }
    Widgets::DatasetView *view() const { return child<Widgets::DatasetView>(QStringLiteral("datasetTreeView")); }
    Widgets::DatasetDetailPane *detail() const
    {
        return child<Widgets::DatasetDetailPane>(QStringLiteral("datasetDetailPane"));
    }
    Widgets::ErrorBanner *banner() const { return child<Widgets::ErrorBanner>(QStringLiteral("errorBanner")); }
    // The file dialog open in the window, if any: the chooser keeps one at a time, deleted when closed.
    QFileDialog *fileDialog() const { return m_window->findChild<QFileDialog *>(); }
    Models::DatasetListModel *model() const { return m_window->datasetFlow()->model(); }
    Core::Account *account() const { return m_controller->currentAccount(); }
    int posts() const { return m_server->requestCount("POST", QStringLiteral("/datasets")); }
    void create(const QString &name);
    QString writeFile(const QString &name, const QByteArray &bytes);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<App::AppController> m_controller;
    Widgets::MainWindow *m_window = nullptr;
    SandboxServer *m_server = nullptr;
    QByteArray m_home;
};

void FirstStepsTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_home = qgetenv("HOME");
}

void FirstStepsTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // A home of its own, without a Pictures folder (as on a fresh desktop that never made one).
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("home")));
    qputenv("HOME", QFile::encodeName(m_dir->filePath(QStringLiteral("home"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir->filePath(QStringLiteral("home/.config"))));
}

void FirstStepsTest::start(bool sandbox)
{
    App::LaunchOptions options;
    options.sandbox = sandbox;
    options.databasePath = m_dir->filePath(QStringLiteral("db.sqlite"));
    options.settingsFile = m_dir->filePath(QStringLiteral("settings.ini"));
    options.reconcileTiming = {50ms, 100ms, std::chrono::minutes(2)};
    m_controller = std::make_unique<App::AppController>(options);
    QString error;
    QVERIFY2(m_controller->start(&error), qPrintable(error));
    m_window = m_controller->window();
    m_server = m_controller->sandbox();
    QVERIFY(!sandbox || m_server);
    if (sandbox)
        account()->client()->setRetryPolicy(Core::RetryPolicy::none());
}

void FirstStepsTest::cleanup()
{
    m_controller.reset();
    m_window = nullptr;
    m_server = nullptr;
    m_dir.reset();
    qputenv("HOME", m_home);
    qunsetenv("XDG_CONFIG_HOME");
}

void FirstStepsTest::create(const QString &name)
{
    nameEdit()->setFocus();
    nameEdit()->clear();
    QTest::keyClicks(nameEdit(), name);
    QTest::keyClick(nameEdit(), Qt::Key_Return);
}

QString FirstStepsTest::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void FirstStepsTest::create_opensTheDatasetWithFocusOnAddImages()
{
    start(true);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(Tests::activate(m_window));
    QTRY_COMPARE(QApplication::focusWidget(), nameEdit());

    create(QStringLiteral("Summer shoes"));
    // Opened, not only selected, with the next step under the keyboard.
    QTRY_COMPARE(detail()->datasetName(), QStringLiteral("Summer shoes"));
    QVERIFY(!detail()->datasetId().isEmpty());
    QTRY_COMPARE(QApplication::focusWidget(), detail()->addImagesButton());
    QVERIFY(form()->message().isEmpty());

    // Enter now presses Add Images…: the file dialog, not a red "Enter a name".
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(fileDialog());
    QVERIFY(fileDialog()->isVisible());
    QVERIFY(form()->message().isEmpty());
    fileDialog()->reject();

    // Ctrl+I does the same, from anywhere in the window.
    QTRY_VERIFY(!fileDialog());
    QVERIFY(Tests::activate(m_window)); // shortcuts go to the active window
    nameEdit()->setFocus();
    QTest::keyClick(nameEdit(), Qt::Key_I, Qt::ControlModifier);
    QTRY_VERIFY(fileDialog());
    fileDialog()->reject();
}

void FirstStepsTest::emptyNameRefusal_goesWhenTheFieldIsLeft()
{
    start(true);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(Tests::activate(m_window));
    nameEdit()->setFocus();
    QTest::keyClick(nameEdit(), Qt::Key_Return);
    QCOMPARE(form()->message(), Core::DatasetName::check(QString()).reason);
    // The user goes elsewhere: "Enter a name" no longer applies and must not stay on screen.
    child<QLineEdit>(QStringLiteral("searchLineEdit"))->setFocus();
    QTRY_VERIFY(form()->message().isEmpty());
    QVERIFY(nameEdit()->accessibleDescription().isEmpty());

    // A wrong name still typed keeps its reason when the field is left: it still applies.
    nameEdit()->setFocus();
    QTest::keyClicks(nameEdit(), QString(Core::DatasetName::MaxLength + 1, QLatin1Char('x')));
    QVERIFY(!form()->message().isEmpty());
    child<QLineEdit>(QStringLiteral("searchLineEdit"))->setFocus();
    QVERIFY(!form()->message().isEmpty());
}

void FirstStepsTest::addImages_nothingOpen_opensTheSelectedOneOrSaysWhy()
{
    start(true);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    auto *addImages = child<QAction>(QStringLiteral("addImagesAction"));
    QVERIFY(addImages);
    QTRY_VERIFY(addImages->isEnabled()); // it can always be asked for; it says why when it cannot run

    // No dataset at all: the status bar says what to do first.
    QTRY_VERIFY(child<QLabel>(QStringLiteral("emptyLabel"))->text().startsWith(QStringLiteral("No datasets yet")));
    addImages->trigger();
    QVERIFY(!fileDialog());
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("Create a dataset first")),
             qPrintable(m_window->statusBar()->currentMessage()));

    // A dataset made on the website, selected in the list but not opened: it opens and the dialog shows.
    m_server->addDataset(QStringLiteral("From the website"));
    m_window->datasetFlow()->refresh();
    QTRY_COMPARE(model()->rowCount(), 1);
    view()->setCurrentIndex(view()->model()->index(0, 0));
    QVERIFY(detail()->datasetId().isEmpty());
    addImages->trigger();
    QCOMPARE(detail()->datasetName(), QStringLiteral("From the website"));
    QTRY_VERIFY(fileDialog());
    fileDialog()->reject();

    // Train Model… cannot run yet: disabled, and its tooltip (shown in the menu) says why.
    auto *train = child<QAction>(QStringLiteral("trainModelAction"));
    QTRY_VERIFY(!train->isEnabled());
    QTRY_VERIFY2(train->toolTip().contains(QStringLiteral("15")), qPrintable(train->toolTip()));
    QVERIFY(child<QMenu>(QStringLiteral("datasetMenu"))->toolTipsVisible());
}

void FirstStepsTest::list_unreachable_saysSoWithRetry_neverNoDatasetsYet()
{
    start(true);
    SandboxServer::Fault drop;
    drop.action = SandboxServer::Fault::Action::DropBeforeApply;
    m_server->injectFault("GET", QStringLiteral("/datasets"), drop, 100);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    auto *empty = child<QLabel>(QStringLiteral("emptyLabel"));
    auto *retry = child<QPushButton>(QStringLiteral("listRetryButton"));
    QVERIFY(empty && retry);
    QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 10000);
    QCOMPARE(empty->text(), QStringLiteral("Can't reach Ideogram; your datasets will show when you're back online."));
    QVERIFY(!empty->text().contains(QStringLiteral("No datasets yet")));
    // The banner says it too, as a failed list, with a Retry of its own.
    QTRY_VERIFY(banner()->isVisible());
    QVERIFY2(banner()->headline().startsWith(QStringLiteral("Couldn't read your datasets.")),
             qPrintable(banner()->headline()));
    QVERIFY(Tests::child<QPushButton>(banner(), "retryButton")->isVisible());

    // Back online: Retry reads the list, and only now is "no datasets yet" known.
    m_server->clearFaults();
    m_server->addDataset(QStringLiteral("Was there all along"));
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE(model()->rowCount(), 1);
    QTRY_VERIFY(!empty->isVisible());
}

void FirstStepsTest::list_otherFailure_namesItWithRetry()
{
    start(true);
    SandboxServer::Fault broken;
    broken.status = 500;
    broken.body = R"({"error":"internal"})";
    m_server->injectFault("GET", QStringLiteral("/datasets"), broken, 100);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    auto *empty = child<QLabel>(QStringLiteral("emptyLabel"));
    auto *retry = child<QPushButton>(QStringLiteral("listRetryButton"));
    QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 10000);
    QVERIFY2(empty->text().startsWith(QStringLiteral("Your datasets could not be read from Ideogram.")),
             qPrintable(empty->text()));
    QVERIFY(empty->text().contains(QStringLiteral("500")));

    // The banner's Retry reads again, and a list read once stays known even when a later read fails.
    m_server->clearFaults();
    QTest::mouseClick(Tests::child<QPushButton>(banner(), "retryButton"), Qt::LeftButton);
    QVERIFY(!banner()->isVisible());
    QTRY_VERIFY(!retry->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("No datasets yet. Type a name above and press Enter to create one."));
    m_server->injectFault("GET", QStringLiteral("/datasets"), broken, 100);
    m_window->datasetFlow()->refresh();
    QTRY_VERIFY(banner()->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("No datasets yet. Type a name above and press Enter to create one."));
}

void FirstStepsTest::create_failed_bannerSaysCreateAndRetrySendsAgain()
{
    start(true);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTRY_VERIFY(child<QLabel>(QStringLiteral("emptyLabel"))->text().startsWith(QStringLiteral("No datasets yet")));
    SandboxServer::Fault refused;
    refused.status = 400;
    refused.body = R"({"error":"name not accepted today"})";
    m_server->injectFault("POST", QStringLiteral("/datasets"), refused);

    create(QStringLiteral("Autumn coats"));
    QTRY_VERIFY(banner()->isVisible());
    // Said as a failed create, naming it, never as a failed list.
    QVERIFY2(banner()->headline().startsWith(QStringLiteral("Couldn't create the dataset “Autumn coats”.")),
             qPrintable(banner()->headline()));
    QVERIFY(!banner()->headline().contains(QStringLiteral("read your datasets")));
    QCOMPARE(posts(), 1);
    QVERIFY(Tests::child<QPushButton>(banner(), "retryButton")->isVisible());

    QTest::mouseClick(Tests::child<QPushButton>(banner(), "retryButton"), Qt::LeftButton);
    QTRY_COMPARE(model()->rowCount(), 1);
    QCOMPARE(posts(), 2);
    QCOMPARE(model()->datasetAt(0).name, QStringLiteral("Autumn coats"));
    QVERIFY(!banner()->isVisible());
}

void FirstStepsTest::fileDialog_allFiles_existingStartFolder_remembered()
{
    start(true);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    create(QStringLiteral("Photos"));
    QTRY_VERIFY(!detail()->datasetId().isEmpty());
    Widgets::FileChooser *chooser = m_window->datasetFlow()->fileChooser();
    const QString home = m_dir->filePath(QStringLiteral("home"));
    QVERIFY(!QFileInfo::exists(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)));

    QTest::mouseClick(detail()->addImagesButton(), Qt::LeftButton);
    QTRY_VERIFY(fileDialog());
    QFileDialog *dialog = fileDialog();
    // An existing folder (home, since there is no Pictures), and nothing in the name box, so Open can work.
    QCOMPARE(QDir(dialog->directory()).canonicalPath(), QDir(home).canonicalPath());
    auto *nameBox = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    QVERIFY(nameBox);
    QVERIFY2(nameBox->text().isEmpty(), qPrintable(nameBox->text()));
    // Every file shown: HEIC, GIF and BMP included; the review judges them.
    QCOMPARE(dialog->selectedNameFilter(), QStringLiteral("All files (*)"));

    // Files chosen in a folder: the next dialog starts there, also after a restart.
    const QString photo = writeFile(QStringLiteral("shoot/IMG_0001.HEIC"), QByteArray("not really a photo"));
    QVERIFY(!photo.isEmpty());
    dialog->setDirectory(QFileInfo(photo).absolutePath());
    dialog->selectFile(photo);
    QMetaObject::invokeMethod(dialog, "accept");
    QTRY_VERIFY(m_window->datasetFlow()->uploadDialog());
    static_cast<QDialog *>(m_window->datasetFlow()->uploadDialog())->done(QDialog::Rejected);
    QTRY_VERIFY(!m_window->datasetFlow()->uploadDialog());
    QTRY_VERIFY(!fileDialog());
    QCOMPARE(QDir(chooser->startFolder()).canonicalPath(), QDir(QFileInfo(photo).absolutePath()).canonicalPath());
    m_controller.reset();
    QCOMPARE(QDir(Core::AppSettings(m_dir->filePath(QStringLiteral("settings.ini"))).addFilesFolder()).canonicalPath(),
             QDir(QFileInfo(photo).absolutePath()).canonicalPath());
}

void FirstStepsTest::addFolder_besideAddImages_reviewsTheFolder()
{
    start(true);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    create(QStringLiteral("Folder"));
    QTRY_VERIFY(!detail()->datasetId().isEmpty());
    QPushButton *addFolder = Tests::child<QPushButton>(detail(), "addFolderButton");
    QVERIFY(addFolder && addFolder->isVisible());
    // Beside Add Images…, in the same row.
    QCOMPARE(addFolder->parentWidget(), detail()->addImagesButton()->parentWidget());
    QVERIFY(qAbs(addFolder->y() - detail()->addImagesButton()->y()) < 4);
    QVERIFY(child<QAction>(QStringLiteral("addFolderAction")));

    const QString one = writeFile(QStringLiteral("shoes/a.jpg"), TestImages::jpeg(64, 48));
    QVERIFY(!writeFile(QStringLiteral("shoes/a.txt"), "a red shoe").isEmpty());
    QVERIFY(!writeFile(QStringLiteral("shoes/b.jpg"), TestImages::jpeg(64, 48)).isEmpty());
    QTest::mouseClick(addFolder, Qt::LeftButton);
    QTRY_VERIFY(fileDialog());
    QCOMPARE(fileDialog()->objectName(), QStringLiteral("addFolderFileDialog"));
    QCOMPARE(fileDialog()->fileMode(), QFileDialog::Directory);
    fileDialog()->setDirectory(m_dir->path());
    fileDialog()->selectFile(QFileInfo(one).absolutePath());
    QMetaObject::invokeMethod(fileDialog(), "accept");
    QTRY_VERIFY(m_window->datasetFlow()->uploadDialog());
    Widgets::UploadDialog *review = m_window->datasetFlow()->uploadDialog();
    QTRY_VERIFY(!review->isScanning());
    QCOMPARE(review->model()->rowCount(), 3); // the folder's two images and a caption
    static_cast<QDialog *>(review)->done(QDialog::Rejected);
}

void FirstStepsTest::create_nameInUse_asksFirst()
{
    start(true);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    create(QStringLiteral("Summer shoes"));
    QTRY_COMPARE(model()->rowCount(), 1);
    const QString first = model()->datasetAt(0).id;
    QCOMPARE(posts(), 1);

    // The same name, in other letters' case: nothing is sent, a question is asked under the field.
    create(QStringLiteral("summer shoes"));
    auto *question = child<QWidget>(QStringLiteral("existingNameQuestion"));
    QVERIFY(question);
    QTRY_VERIFY(question->isVisible());
    QVERIFY(child<QLabel>(QStringLiteral("existingNameLabel"))->text().contains(QStringLiteral("“summer shoes”")));
    QTest::qWait(100);
    QCOMPARE(posts(), 1);

    // "Open It": the existing one opens, still one dataset.
    QTest::mouseClick(child<QPushButton>(QStringLiteral("openExistingButton")), Qt::LeftButton);
    QVERIFY(!question->isVisible());
    QVERIFY(nameEdit()->text().isEmpty());
    QCOMPARE(detail()->datasetId(), first);
    QCOMPARE(posts(), 1);

    // Asked again, "Create Another" sends it.
    create(QStringLiteral("Summer shoes"));
    QTRY_VERIFY(question->isVisible());
    QTest::mouseClick(child<QPushButton>(QStringLiteral("createAnotherButton")), Qt::LeftButton);
    QTRY_COMPARE(model()->rowCount(), 2);
    QCOMPARE(posts(), 2);
    QTRY_VERIFY(detail()->datasetId() != first);

    // Editing the name withdraws the question.
    create(QStringLiteral("Summer shoes"));
    QTRY_VERIFY(question->isVisible());
    QTest::keyClicks(nameEdit(), QStringLiteral(" 2"));
    QVERIFY(!question->isVisible());
}

void FirstStepsTest::upload_healthLineCountsAndShowsEachPart()
{
    start(true);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(Tests::activate(m_window));
    create(QStringLiteral("Health"));
    QTRY_VERIFY(!detail()->datasetId().isEmpty());
    const QStringList paths {writeFile(QStringLiteral("h/big.jpg"), TestImages::jpeg(800, 640)),
                             writeFile(QStringLiteral("h/big.txt"), "a red shoe"),
                             writeFile(QStringLiteral("h/small.png"), TestImages::png(480, 300)),
                             writeFile(QStringLiteral("h/other.jpg"), TestImages::jpeg(700, 600))};
    m_window->datasetFlow()->addFiles(detail()->datasetId(), paths);
    Widgets::UploadDialog *review = m_window->datasetFlow()->uploadDialog();
    QVERIFY(review);
    QTRY_VERIFY(!review->isScanning() && !review->isPreparing());
    QTRY_VERIFY(Tests::child<QPushButton>(review, "uploadButton")->isEnabled());
    QTest::mouseClick(Tests::child<QPushButton>(review, "uploadButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        !account()->uploads()->isBusy() && Tests::child<QPushButton>(review, "closeButton")->isVisible(), 20000);
    static_cast<QDialog *>(review)->done(QDialog::Rejected);

    QLabel *health = Tests::child<QLabel>(detail(), "healthLabel");
    QTRY_VERIFY_WITH_TIMEOUT(health->text().contains(QStringLiteral("smallest 300 px")), 10000);
    QVERIFY2(health->text().contains(QStringLiteral("2 without caption")), qPrintable(health->text()));
    QVERIFY(health->text().contains(QStringLiteral("3 image")));
    // Each part is a link that selects its images in the list below.
    Q_EMIT health->linkActivated(QStringLiteral("nocaption"));
    QTreeView *files = Tests::child<QTreeView>(detail(), "filesTreeView");
    QStringList selected;
    for (const QModelIndex &row : files->selectionModel()->selectedRows())
        selected << row.data().toString();
    selected.sort();
    QCOMPARE(selected, (QStringList {QStringLiteral("other.jpg"), QStringLiteral("small.png")}));
    Q_EMIT health->linkActivated(QStringLiteral("smallest"));
    QCOMPARE(files->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(files->selectionModel()->selectedRows().first().data().toString(), QStringLiteral("small.png"));
    QTRY_VERIFY(Tests::activate(m_window));
    QCOMPARE(QApplication::focusWidget(), files);
}

void FirstStepsTest::list_coverPictureFirst_idHidden_detailsCopyId()
{
    start(true);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    create(QStringLiteral("Covered"));
    QTRY_VERIFY(!detail()->datasetId().isEmpty());
    const QString id = detail()->datasetId();
    QHeaderView *header = view()->header();
    using Column = Models::DatasetListModel::Column;
    QCOMPARE(header->visualIndex(int(Column::Cover)), 0);
    QVERIFY(header->isSectionHidden(int(Column::Id)));
    QCOMPARE(view()->iconSize().width(), Models::DatasetListModel::CoverEdge);

    // No label of the page shows the id, nor a header says "Dataset ID" or "Cover asset".
    for (QLabel *label : m_window->findChildren<QLabel *>()) {
        if (label->isVisible())
            QVERIFY2(!label->text().contains(id) && !label->text().contains(QStringLiteral("Dataset ID")),
                     qPrintable(label->text()));
    }
    for (int section = 0; section < header->count(); ++section) {
        if (!header->isSectionHidden(section))
            QVERIFY(!view()->model()->headerData(section, Qt::Horizontal).toString().contains(QStringLiteral("asset")));
    }
    // One click copies it.
    QGuiApplication::clipboard()->setText(QStringLiteral("probe"));
    const bool hasClipboard = QGuiApplication::clipboard()->text() == QLatin1String("probe");
    QTest::mouseClick(Tests::child<QToolButton>(detail(), "copyIdButton"), Qt::LeftButton);
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Copied the dataset's ID."));
    if (hasClipboard)
        QCOMPARE(QGuiApplication::clipboard()->text(), id);
    QVERIFY(Tests::child<QToolButton>(detail(), "copyIdButton")->toolTip().contains(id));
}

void FirstStepsTest::help_gettingStartedWithPictures_andApiKeyPage()
{
    start(true);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    // Where the sentences about the key and the API address send people (tst_keyquestion): File ▸ Accounts….
    QCOMPARE(child<QAction>(QStringLiteral("accountsAction"))->text().remove(QLatin1Char('&')),
             QStringLiteral("Accounts…"));
    auto *action = child<QAction>(QStringLiteral("gettingStartedAction"));
    QVERIFY(action);
    QVERIFY(action->shortcuts().contains(QKeySequence(Qt::Key_F1)));
    action->trigger();
    Widgets::GettingStartedDialog *dialog = m_window->gettingStartedDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const QString text = Tests::child<QTextBrowser>(dialog, "gettingStartedBrowser")->toPlainText();
    for (const QString &step : {QStringLiteral("1. Get an API key"), QStringLiteral("2. Create a dataset"),
                                QStringLiteral("3. Add images and captions"), QStringLiteral("4. Train a model"),
                                QStringLiteral("5. Make images")})
        QVERIFY2(text.contains(step), qPrintable(step));
    QVERIFY(text.contains(QStringLiteral("Why captions and 15 or more varied images matter")));
    // The app's own pictures, one per step, each one loads.
    const QStringList pictures = Widgets::GettingStartedDialog::pictures();
    QCOMPARE(pictures.size(), 5);
    for (const QString &picture : pictures) {
        const QImage image(picture);
        QVERIFY2(!image.isNull(), qPrintable(picture));
        QVERIFY(image.width() <= 520);
        QVERIFY(Widgets::GettingStartedDialog::html().contains(picture));
    }

    // Get an API Key… opens Ideogram's API dashboard in the browser, from the menu and from the guide.
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    child<QAction>(QStringLiteral("getApiKeyAction"))->trigger();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("getApiKeyButton")), Qt::LeftButton);
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QCOMPARE(catcher.urls, (QList<QUrl> {Widgets::apiKeysPageUrl(), Widgets::apiKeysPageUrl()}));
    QCOMPARE(Widgets::apiKeysPageUrl(), QUrl(QStringLiteral("https://ideogram.ai/platform")));
    dialog->close();
}

void FirstStepsTest::welcome_linksToGettingStartedAndApiKeyPage()
{
    start(false); // the first account, without a key (no keychain in tests): the welcome page
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTRY_VERIFY(account()->isKeyKnown());
    QCOMPARE(child<QStackedWidget>(QStringLiteral("pageStackedWidget"))->currentWidget()->objectName(),
             QStringLiteral("welcomePanel"));
    auto *guide = child<QPushButton>(QStringLiteral("gettingStartedButton"));
    auto *getKey = child<QPushButton>(QStringLiteral("getApiKeyButton"));
    QVERIFY(guide && guide->isVisible() && getKey && getKey->isVisible());

    QTest::mouseClick(guide, Qt::LeftButton);
    QVERIFY(m_window->gettingStartedDialog());
    QTRY_VERIFY(m_window->gettingStartedDialog()->isVisible());
    m_window->gettingStartedDialog()->close();

    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    QTest::mouseClick(getKey, Qt::LeftButton);
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QCOMPARE(catcher.urls, QList<QUrl> {Widgets::apiKeysPageUrl()});
}

QTEST_MAIN(FirstStepsTest)
#include "tst_firststeps.moc"
