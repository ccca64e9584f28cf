// The caption editor in the review sheet, through the window with the app's real object graph and the
// sandbox (issue 15 items 1, 2 and 6; issue 14 items 5 and 10): a caption typed beside its image is what the
// sandbox receives; a bulk prepend on three selected rows previews three changes and one Ctrl+Z restores all
// three; removing an image takes its caption with it and Ctrl+Z brings both back, the current row staying
// where the user works; the sheet's draft comes back after it is closed and opened again.
#include "../common/activewindow.h"
#include "app/appcontroller.h"
#include "core/accounts/account.h"
#include "core/captions/reviewcaptions.h"
#include "core/storage/draftstore.h"
#include "models/datasetlistmodel.h"
#include "models/reviewcaptions.h"
#include "models/uploadreviewmodel.h"
#include "sandbox/sandboxserver.h"
#include "widgets/bulkcaptiondialog.h"
#include "widgets/captionpanel.h"
#include "widgets/datasetflow.h"
#include "widgets/mainwindow.h"
#include "widgets/uploaddialog.h"

#include <QAction>
#include <QImage>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Ids;
using Core::ReviewRow;

class CaptionSheetTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void typedCaption_isWhatTheSandboxReceives();
    void bulkPrependOnThreeSelected_previewThree_undoRestoresAll();
    void removeImage_takesItsCaption_undoBringsBoth_currentRowStays();
    void draft_restoredAfterTheSheetIsClosedAndOpenedAgain();

private:
    QString writeImage(const QString &name, const QColor &color);
    QString writeText(const QString &name, const QByteArray &text);
    Widgets::UploadDialog *openSheet(const QStringList &paths);
    int rowOf(const QString &sentName) const;
    void select(const QList<int> &rows);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<App::AppController> m_controller;
    QString m_datasetId;
    Widgets::UploadDialog *m_dialog = nullptr;
};

void CaptionSheetTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    App::LaunchOptions options;
    options.sandbox = true;
    options.databasePath = m_dir->filePath(QStringLiteral("db.sqlite"));
    m_controller = std::make_unique<App::AppController>(options);
    QString error;
    QVERIFY2(m_controller->start(&error), qPrintable(error));
    m_controller->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_controller->window()));
    m_datasetId = m_controller->sandbox()->addDataset(QStringLiteral("Acme shoes")).id;
    m_controller->window()->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
    auto *list = m_controller->window()->findChild<Models::DatasetListModel *>();
    QVERIFY(list);
    QTRY_VERIFY(list->indexOfId(m_datasetId).isValid());
}

void CaptionSheetTest::cleanup()
{
    m_dialog = nullptr;
    m_controller.reset();
    m_dir.reset();
}

QString CaptionSheetTest::writeImage(const QString &name, const QColor &color)
{
    QImage image(640, 560, QImage::Format_RGB32);
    image.fill(color);
    for (int y = 0; y < image.height(); y += 7)
        image.setPixelColor(y % image.width(), y, Qt::white); // not byte-identical to another colour's
    const QString path = m_dir->filePath(name);
    return image.save(path) ? path : QString();
}

QString CaptionSheetTest::writeText(const QString &name, const QByteArray &text)
{
    QFile file(m_dir->filePath(name));
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size() ? file.fileName() : QString();
}

Widgets::UploadDialog *CaptionSheetTest::openSheet(const QStringList &paths)
{
    m_controller->window()->datasetFlow()->addFiles(m_datasetId, paths);
    m_dialog = m_controller->window()->datasetFlow()->uploadDialog();
    if (!m_dialog || !QTest::qWaitForWindowExposed(m_dialog))
        return nullptr;
    if (!QTest::qWaitFor([this] { return !m_dialog->isScanning() && !m_dialog->isPreparing(); }, 10000))
        return nullptr;
    return m_dialog;
}

int CaptionSheetTest::rowOf(const QString &sentName) const
{
    return m_dialog->model()->rowOfKey(m_dir->filePath(sentName));
}

void CaptionSheetTest::select(const QList<int> &rows)
{
    QItemSelectionModel *selection = m_dialog->view()->selectionModel();
    selection->clearSelection();
    for (const int row : rows)
        selection->select(m_dialog->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection->setCurrentIndex(m_dialog->model()->index(rows.first(), 0), QItemSelectionModel::NoUpdate);
}

void CaptionSheetTest::typedCaption_isWhatTheSandboxReceives()
{
    QVERIFY(
        openSheet({writeImage(QStringLiteral("red.png"), Qt::red), writeText(QStringLiteral("red.txt"), "a red shoe"),
                   writeImage(QStringLiteral("blue.png"), Qt::blue)}));
    const Models::UploadReviewModel *model = m_dialog->model();
    const int blue = rowOf(QStringLiteral("blue.png"));
    const int red = rowOf(QStringLiteral("red.png"));
    QCOMPARE(model->index(blue, int(Models::UploadReviewModel::Column::Caption)).data().toString(),
             QStringLiteral("No caption"));
    QCOMPARE(model->index(red, int(Models::UploadReviewModel::Column::Caption)).data().toString(),
             QStringLiteral("a red shoe"));

    // Typed in the side panel, keystroke by keystroke.
    QVERIFY(Tests::activate(m_dialog));
    m_dialog->view()->setCurrentIndex(model->index(blue, 0));
    QPlainTextEdit *editor = m_dialog->captionPanel()->editor();
    QVERIFY(editor->isEnabled());
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("acme shoe, blue "));
    editor->insertPlainText(QStringLiteral("✓")); // what an input method does (QTest types Latin-1 only)
    QCOMPARE(model->index(blue, int(Models::UploadReviewModel::Column::Caption)).data().toString(),
             QStringLiteral("acme shoe, blue ✓"));
    // The file's caption changed too: the new words replace the sidecar's.
    m_dialog->view()->setCurrentIndex(model->index(red, 0));
    QCOMPARE(editor->toPlainText(), QStringLiteral("a red shoe"));
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_Home, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("acme shoe, "));
    QCOMPARE(m_dialog->captions()->caption(m_dir->filePath(QStringLiteral("red.png"))).text,
             QStringLiteral("acme shoe, a red shoe"));

    QTRY_VERIFY(m_dialog->uploadButton()->isEnabled());
    QSignalSpy finished(m_dialog, &Widgets::UploadDialog::uploadFinished);
    QTest::mouseClick(m_dialog->uploadButton(), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QHash<QString, QString> received;
    for (const auto &file : m_controller->sandbox()->files(m_datasetId))
        received.insert(file.fileName.value_or(QString()), file.caption.value_or(QString()));
    QCOMPARE(received.size(), 2);
    QCOMPARE(received.value(QStringLiteral("blue.png")), QStringLiteral("acme shoe, blue ✓"));
    QCOMPARE(received.value(QStringLiteral("red.png")), QStringLiteral("acme shoe, a red shoe"));
    // Uploaded: the draft is gone.
    QVERIFY(!m_controller->currentAccount()->drafts()->draft(m_datasetId));
}

void CaptionSheetTest::bulkPrependOnThreeSelected_previewThree_undoRestoresAll()
{
    QVERIFY(openSheet({writeImage(QStringLiteral("a.png"), Qt::red), writeText(QStringLiteral("a.txt"), "red shoe"),
                       writeImage(QStringLiteral("b.png"), Qt::green), writeText(QStringLiteral("b.txt"), "green shoe"),
                       writeImage(QStringLiteral("c.png"), Qt::blue), writeText(QStringLiteral("c.txt"), "blue shoe"),
                       writeImage(QStringLiteral("d.png"), Qt::yellow),
                       writeText(QStringLiteral("d.txt"), "yellow shoe")}));
    const QStringList names {QStringLiteral("a.png"), QStringLiteral("b.png"), QStringLiteral("c.png")};
    select({rowOf(names.at(0)), rowOf(names.at(1)), rowOf(names.at(2))});
    Widgets::BulkCaptionDialog *bulk = m_dialog->openBulkEdit();
    QVERIFY(bulk);
    QVERIFY(QTest::qWaitForWindowExposed(bulk));
    QTest::keyClicks(bulk->textEdit(), QStringLiteral("acme shoe,"));
    QCOMPARE(bulk->preview().changed.size(), 3);
    QVERIFY2(bulk->previewLabel()->text().startsWith(QStringLiteral("3 caption")),
             qPrintable(bulk->previewLabel()->text()));
    QVERIFY(bulk->previewLabel()->text().contains(QStringLiteral("After: acme shoe, red shoe")));
    QTest::keyClick(bulk, Qt::Key_Return);
    QTRY_VERIFY(!bulk->isVisible());
    for (const QString &name : names)
        QVERIFY(m_dialog->captions()->caption(m_dir->filePath(name)).text.startsWith(QStringLiteral("acme shoe, ")));
    QCOMPARE(m_dialog->captions()->caption(m_dir->filePath(QStringLiteral("d.png"))).text,
             QStringLiteral("yellow shoe"));

    // One step back with Ctrl+Z: all three as they were; Ctrl+Shift+Z: all three again.
    QVERIFY(Tests::activate(m_dialog));
    m_dialog->view()->setFocus();
    QTest::keyClick(m_dialog->view(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_dialog->captions()->caption(m_dir->filePath(QStringLiteral("a.png"))).text, QStringLiteral("red shoe"));
    QCOMPARE(m_dialog->captions()->caption(m_dir->filePath(QStringLiteral("b.png"))).text,
             QStringLiteral("green shoe"));
    QCOMPARE(m_dialog->captions()->caption(m_dir->filePath(QStringLiteral("c.png"))).text, QStringLiteral("blue shoe"));
    QVERIFY(m_dialog->captions()->edits().isEmpty());
    QTest::keyClick(m_dialog->view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_dialog->captions()->caption(m_dir->filePath(QStringLiteral("c.png"))).text,
             QStringLiteral("acme shoe, blue shoe"));
}

void CaptionSheetTest::removeImage_takesItsCaption_undoBringsBoth_currentRowStays()
{
    QVERIFY(openSheet({writeImage(QStringLiteral("a.png"), Qt::red), writeImage(QStringLiteral("b.png"), Qt::green),
                       writeText(QStringLiteral("b.txt"), "green shoe"), writeImage(QStringLiteral("c.png"), Qt::blue),
                       writeImage(QStringLiteral("d.png"), Qt::yellow)}));
    const int rows = m_dialog->model()->rowCount();
    QCOMPARE(rows, 5);
    const int b = rowOf(QStringLiteral("b.png"));
    QVERIFY(Tests::activate(m_dialog));
    m_dialog->view()->setFocus();
    m_dialog->view()->setCurrentIndex(m_dialog->model()->index(b, 0));
    QTest::keyClick(m_dialog->view(), Qt::Key_Delete);
    QCOMPARE(m_dialog->model()->rowCount(), 3);
    QCOMPARE(rowOf(QStringLiteral("b.png")), -1);
    QCOMPARE(rowOf(QStringLiteral("b.txt")), -1);
    // The current row is the one that took b's place, not the first.
    QCOMPARE(m_dialog->view()->currentIndex().row(), b);
    QTest::keyClick(m_dialog->view(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_dialog->model()->rowCount(), 5);
    QVERIFY(rowOf(QStringLiteral("b.png")) >= 0);
    QVERIFY(rowOf(QStringLiteral("b.txt")) >= 0);
    QCOMPARE(m_dialog->captions()->caption(m_dir->filePath(QStringLiteral("b.png"))).text,
             QStringLiteral("green shoe"));
}

void CaptionSheetTest::draft_restoredAfterTheSheetIsClosedAndOpenedAgain()
{
    const QString a = writeImage(QStringLiteral("a.png"), Qt::red);
    const QString b = writeImage(QStringLiteral("b.png"), Qt::green);
    const QString c = writeImage(QStringLiteral("c.png"), Qt::blue);
    QVERIFY(openSheet({a, b, c}));
    QVERIFY(Tests::activate(m_dialog));
    m_dialog->view()->setCurrentIndex(m_dialog->model()->index(rowOf(QStringLiteral("a.png")), 0));
    m_dialog->captionPanel()->editor()->setFocus();
    QTest::keyClicks(m_dialog->captionPanel()->editor(), QStringLiteral("acme shoe, red"));
    m_dialog->view()->setFocus();
    m_dialog->view()->setCurrentIndex(m_dialog->model()->index(rowOf(QStringLiteral("c.png")), 0));
    QTest::keyClick(m_dialog->view(), Qt::Key_Delete);
    QCOMPARE(m_dialog->model()->rowCount(), 2);

    // Closed without a question: nothing is lost.
    m_dialog->close();
    QTRY_VERIFY(!m_controller->window()->datasetFlow()->uploadDialog());
    const std::optional<Core::ReviewDraft> saved = m_controller->currentAccount()->drafts()->draft(m_datasetId);
    QVERIFY(saved);
    QCOMPARE(saved->paths, (QStringList {a, b, c}));

    // Add Images opens the sheet again as it was.
    m_controller->window()->findChild<QAction *>(QStringLiteral("addImagesAction"))->trigger();
    m_dialog = m_controller->window()->datasetFlow()->uploadDialog();
    QVERIFY(m_dialog);
    QTRY_VERIFY(!m_dialog->isScanning() && m_dialog->model()->rowCount() == 2);
    QCOMPARE(rowOf(QStringLiteral("c.png")), -1);
    QCOMPARE(m_dialog->captions()->caption(a).text, QStringLiteral("acme shoe, red"));
    QCOMPARE(m_dialog->captions()->caption(a).source, Core::CaptionSource::Typed);

    // Discard Draft asks; Discard empties the sheet and forgets the draft.
    QTest::mouseClick(m_dialog->discardButton(), Qt::LeftButton);
    QMessageBox *question = m_dialog->findChild<QMessageBox *>(QStringLiteral("discardDraftQuestion"));
    QVERIFY(question);
    QTRY_VERIFY(question->isVisible());
    QCOMPARE(m_dialog->model()->rowCount(), 2); // not before the answer
    for (QAbstractButton *button : question->buttons()) {
        if (question->buttonRole(button) == QMessageBox::DestructiveRole)
            button->click();
    }
    QCOMPARE(m_dialog->model()->rowCount(), 0);
    QVERIFY(!m_controller->currentAccount()->drafts()->draft(m_datasetId));
}

QTEST_MAIN(CaptionSheetTest)
#include "tst_captionsheet.moc"
