// The README's journey by keyboard alone: create a dataset, open it, add images, upload them, train a model and
// generate with it, with the app's real object graph against the sandbox. Every step is a key press sent where a
// keyboard sends it (the focused widget of the active window); the test only reads what is on screen and what
// the sandbox received. A step that needs the mouse fails here.
#include "../common/activewindow.h"
#include "app/appcontroller.h"
#include "sandbox/sandboxserver.h"
#include "widgets/datasetdetailpane.h"
#include "widgets/mainwindow.h"
#include "widgets/uploaddialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QFileDialog>
#include <QImage>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ids;
using namespace std::chrono_literals;

namespace {

// Where a keyboard's keys go: the focused widget, or the active window when nothing has the focus.
QWidget *keyTarget()
{
    QWidget *focused = QApplication::focusWidget();
    return focused ? focused : QApplication::activeWindow();
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = keyTarget();
    QVERIFY2(target, "no window has the keyboard");
    QTest::keyClick(target, key, modifiers);
}

void type(const QString &text)
{
    QWidget *target = keyTarget();
    QVERIFY2(target, "no window has the keyboard");
    QTest::keyClicks(target, text);
}

// Tab until the widget has the focus, as a person tabs through a window; false after a full round.
bool tabTo(const QWidget *widget)
{
    for (int i = 0; i < 60 && QApplication::focusWidget() != widget; ++i)
        QTest::keyClick(keyTarget(), Qt::Key_Tab);
    return QApplication::focusWidget() == widget;
}

// The window comes to the front with the keyboard, as the desktop brings a new window or dialog forward.
// (QWindow::isActive() of a dialog is true while its parent is active: so wait for the window itself.)
bool bringForward(QWidget *window)
{
    Tests::activate(window);
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; }, 5000);
}

template<typename T> T *shownTopLevel()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *found = qobject_cast<T *>(widget); found && found->isVisible())
            return found;
    }
    return nullptr;
}

} // namespace

class KeyboardJourneyTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void createOpenAddUploadTrainGenerate_keysOnly();

private:
    QString writeImages(int count);
    QTemporaryDir m_dir;
};

void KeyboardJourneyTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

QString KeyboardJourneyTest::writeImages(int count)
{
    const QString folder = m_dir.filePath(QStringLiteral("photos"));
    QDir().mkpath(folder);
    for (int i = 1; i <= count; ++i) {
        QImage image(640, 640, QImage::Format_RGB32);
        image.fill(QColor::fromHsv((i * 23) % 360, 200, 220));
        if (!image.save(QStringLiteral("%1/shoe-%2.jpg").arg(folder).arg(i, 2, 10, QLatin1Char('0'))))
            return {};
    }
    return folder;
}

void KeyboardJourneyTest::createOpenAddUploadTrainGenerate_keysOnly()
{
    const QString photos = writeImages(15);
    QVERIFY(!photos.isEmpty());
    App::LaunchOptions options;
    options.sandbox = true;
    options.databasePath = m_dir.filePath(QStringLiteral("db.sqlite"));
    options.settingsFile = m_dir.filePath(QStringLiteral("settings.ini"));
    options.reconcileTiming = {50ms, 100ms, std::chrono::minutes(2)};
    App::AppController controller(options);
    QString error;
    QVERIFY2(controller.start(&error), qPrintable(error));
    Widgets::MainWindow *window = controller.window();
    Sandbox::SandboxServer *sandbox = controller.sandbox();
    QVERIFY(sandbox);
    sandbox->setTrainingSpeed(100); // a training in a fraction of a second
    window->resize(1100, 700);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window, 30000));
    QVERIFY(bringForward(window));
    QTRY_VERIFY(window->modelFlow() != nullptr);

    // Create: Ctrl+N, the name, Enter.
    press(Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("nameLineEdit"));
    type(QStringLiteral("Summer shoes"));
    press(Qt::Key_Return);
    QTRY_COMPARE(sandbox->datasets().size(), 1);
    const QString datasetId = sandbox->datasets().first().id;

    // Open: the new dataset opens by itself, or Tab to the list and Enter.
    auto *detail = window->findChild<Widgets::DatasetDetailPane *>(QStringLiteral("datasetDetailPane"));
    QVERIFY(detail);
    QTest::qWait(200);
    if (detail->datasetId() != datasetId) {
        auto *list = window->findChild<QAbstractItemView *>(QStringLiteral("datasetTreeView"));
        QVERIFY(list);
        QVERIFY2(tabTo(list), "Tab never reaches the dataset list");
        press(Qt::Key_Return);
    }
    QTRY_COMPARE(detail->datasetId(), datasetId);

    // Add images: Ctrl+I, then the file dialog by keyboard: the folder, Enter, the names, Enter.
    press(Qt::Key_I, Qt::ControlModifier);
    QFileDialog *files = nullptr;
    QTRY_VERIFY((files = shownTopLevel<QFileDialog>()) != nullptr);
    QVERIFY(bringForward(files));
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    type(photos);
    press(Qt::Key_Return);
    QStringList names;
    for (int i = 1; i <= 15; ++i)
        names << QStringLiteral("\"shoe-%1.jpg\"").arg(i, 2, 10, QLatin1Char('0'));
    QTRY_COMPARE(QDir(files->directory()).canonicalPath(), QDir(photos).canonicalPath());
    type(names.join(QLatin1Char(' ')));
    press(Qt::Key_Return);

    // Upload: the review sheet opens; Alt+U uploads, Escape closes it when done.
    Widgets::UploadDialog *review = nullptr;
    QTRY_VERIFY((review = shownTopLevel<Widgets::UploadDialog>()) != nullptr);
    QTRY_VERIFY(!review->isScanning());
    QVERIFY(bringForward(review));
    QSignalSpy uploaded(review, &Widgets::UploadDialog::uploadFinished);
    press(Qt::Key_U, Qt::AltModifier);
    QVERIFY(uploaded.wait(20000));
    QCOMPARE(sandbox->files(datasetId).size(), 15);
    press(Qt::Key_Escape);
    QTRY_VERIFY(!review->isVisible());
    QVERIFY(bringForward(window));
    QTRY_COMPARE(detail->imageCount(), 15);

    // Train: Ctrl+T, the model's name, Alt+B for "billed to", Enter.
    press(Qt::Key_T, Qt::ControlModifier);
    QDialog *train = nullptr;
    QTRY_VERIFY((train = window->findChild<QDialog *>(QStringLiteral("trainDialog"))) != nullptr && train->isVisible());
    QVERIFY(bringForward(train));
    press(Qt::Key_N, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("modelNameLineEdit"));
    type(QStringLiteral("shoe model"));
    press(Qt::Key_B, Qt::AltModifier);
    auto *billed = train->findChild<QAbstractButton *>(QStringLiteral("confirmBillingCheckBox"));
    QVERIFY(billed);
    QTRY_VERIFY(billed->isChecked()); // a mnemonic clicks the way a button shows a click: a moment later
    press(Qt::Key_Return);
    QTRY_VERIFY(!train->isVisible());
    const auto trained = [sandbox] {
        const QList<Core::CustomModel> all = sandbox->models();
        return std::count_if(all.cbegin(), all.cend(),
                             [](const Core::CustomModel &model) { return model.name == QLatin1String("shoe model"); });
    };
    QTRY_COMPARE(trained(), 1);

    // Generate: Ctrl+2 shows the models; F5 until the model can make images; the list's first row is the newest.
    QVERIFY(bringForward(window));
    press(Qt::Key_2, Qt::ControlModifier);
    auto *models = window->findChild<QAbstractItemView *>(QStringLiteral("modelView"));
    QVERIFY(models && models->isVisible());
    const auto canGenerate = [models] {
        const QAbstractItemModel *model = models->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString() == QLatin1String("shoe model"))
                return model->index(row, model->columnCount() - 1).data().toString() == QLatin1String("Ready");
        }
        return false;
    };
    for (int i = 0; i < 50 && !canGenerate(); ++i) {
        press(Qt::Key_F5);
        QTest::qWait(200);
    }
    QVERIFY(canGenerate());
    QVERIFY2(tabTo(models), "Tab never reaches the model list");
    press(Qt::Key_Home);
    QCOMPARE(models->currentIndex().siblingAtColumn(0).data().toString(), QStringLiteral("shoe model"));
    press(Qt::Key_R, Qt::AltModifier); // P&rompt
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("promptEdit"));
    type(QStringLiteral("a red sneaker on a white table"));
    auto *gallery = window->findChild<QAbstractItemView *>(QStringLiteral("galleryView"));
    QVERIFY(gallery);
    const int before = gallery->model()->rowCount();
    press(Qt::Key_G, Qt::AltModifier); // &Generate
    QTRY_VERIFY_WITH_TIMEOUT(gallery->model()->rowCount() > before, 20000);
}

QTEST_MAIN(KeyboardJourneyTest)
#include "tst_keyboardjourney.moc"
