// The caption editor in the review sheet, through the window with the app's real object graph and the
// sandbox (issue 15 items 1, 2 and 6; issue 14 items 5 and 10): a caption typed beside its image is what the
// sandbox receives; a bulk prepend on three selected rows previews three changes and one Ctrl+Z restores all
// three; removing an image takes its caption with it and Ctrl+Z brings both back, the current row staying
// where the user works; the sheet's draft comes back after it is closed and opened again.
#include "../common/activewindow.h"
#include "../common/widgetchild.h"
#include "app/appcontroller.h"
#include "core/accounts/account.h"
#include "core/captions/reviewcaptions.h"
#include "core/storage/contentstore.h"
#include "core/storage/draftstore.h"
#include "models/datasetlistmodel.h"
#include "models/reviewcaptions.h"
#include "models/uploadreviewmodel.h"
#include "sandbox/sandboxserver.h"
#include "widgets/bulkcaptiondialog.h"
#include "widgets/captionpanel.h"
#include "widgets/datasetflow.h"
#include "widgets/describedialog.h"
#include "widgets/mainwindow.h"
#include "widgets/uploaddialog.h"

#include <QAction>
#include <QBuffer>
#include <QCheckBox>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QScreen>
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
    void bulkReplace_byPattern_previewShowsBeforeAndAfter();
    void removeImage_takesItsCaption_undoBringsBoth_currentRowStays();
    void draft_restoredAfterTheSheetIsClosedAndOpenedAgain();
    void captionWithIdeogram_priceFirst_thenDraftsFromIdeogram();
    void duplicates_groupedWithTheDatasetsOwn_keepOneUndoable();
    void existingCaptions_metadataJsonlAndCaptionFiles_found_andSent();

private:
    static QImage pattern(const QString &name, const QColor &color, const QSize &size);
    QString writeImage(const QString &name, const QColor &color);
    QString writeText(const QString &name, const QByteArray &text);
    Widgets::UploadDialog *openSheet(const QStringList &paths);
    int rowOf(const QString &sentName) const;
    void select(const QList<int> &rows);
    // The open sheet's table of images (the sheet is opened again in some tests).
    QTreeView *sheetView() const { return Tests::child<QTreeView>(m_dialog, "reviewTreeView"); }

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
    QVERIFY(QTest::qWaitForWindowExposed(m_controller->window(), 30000));
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

// A picture of 8 × 7 blocks whose brightness follows the name (so two names never look alike to dHash), tinted
// with colour (the sandbox's caption names it).
QImage CaptionSheetTest::pattern(const QString &name, const QColor &color, const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    QRandomGenerator random(qHash(name));
    QList<int> levels;
    for (int i = 0; i < 56; ++i)
        levels.append(150 + int(random.bounded(106)));
    for (int y = 0; y < size.height(); ++y) {
        for (int x = 0; x < size.width(); ++x) {
            const int level = levels.at((y * 7 / size.height()) * 8 + x * 8 / size.width());
            image.setPixelColor(
                x, y, QColor(color.red() * level / 255, color.green() * level / 255, color.blue() * level / 255));
        }
    }
    return image;
}

QString CaptionSheetTest::writeImage(const QString &name, const QColor &color)
{
    const QString path = m_dir->filePath(name);
    return pattern(name, color, {640, 560}).save(path) ? path : QString();
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
    if (!m_dialog || !QTest::qWaitForWindowExposed(m_dialog, 30000))
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
    QItemSelectionModel *selection = sheetView()->selectionModel();
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
    sheetView()->setCurrentIndex(model->index(blue, 0));
    QPlainTextEdit *editor = m_dialog->captionPanel()->editor();
    QVERIFY(editor->isEnabled());
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("acme shoe, blue "));
    editor->insertPlainText(QStringLiteral("✓")); // what an input method does (QTest types Latin-1 only)
    QCOMPARE(model->index(blue, int(Models::UploadReviewModel::Column::Caption)).data().toString(),
             QStringLiteral("acme shoe, blue ✓"));
    // The file's caption changed too: the new words replace the sidecar's.
    sheetView()->setCurrentIndex(model->index(red, 0));
    QCOMPARE(editor->toPlainText(), QStringLiteral("a red shoe"));
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_Home, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("acme shoe, "));
    QCOMPARE(m_dialog->captions()->caption(m_dir->filePath(QStringLiteral("red.png"))).text,
             QStringLiteral("acme shoe, a red shoe"));

    QTRY_VERIFY(Tests::child<QPushButton>(m_dialog, "uploadButton")->isEnabled());
    QSignalSpy finished(m_dialog, &Widgets::UploadDialog::uploadFinished);
    QTest::mouseClick(Tests::child<QPushButton>(m_dialog, "uploadButton"), Qt::LeftButton);
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
    QVERIFY(QTest::qWaitForWindowExposed(bulk, 30000));
    QTest::keyClicks(Tests::child<QLineEdit>(bulk, "bulkTextEdit"), QStringLiteral("acme shoe,"));
    QCOMPARE(bulk->preview().changed.size(), 3);
    const QString preview = Tests::child<QLabel>(bulk, "bulkPreviewLabel")->text();
    QVERIFY2(preview.startsWith(QStringLiteral("3 caption")), qPrintable(preview));
    QVERIFY(preview.contains(QStringLiteral("After: acme shoe, red shoe")));
    QTest::keyClick(bulk, Qt::Key_Return);
    QTRY_VERIFY(!bulk->isVisible());
    for (const QString &name : names)
        QVERIFY(m_dialog->captions()->caption(m_dir->filePath(name)).text.startsWith(QStringLiteral("acme shoe, ")));
    QCOMPARE(m_dialog->captions()->caption(m_dir->filePath(QStringLiteral("d.png"))).text,
             QStringLiteral("yellow shoe"));

    // One step back with Ctrl+Z: all three as they were; Ctrl+Shift+Z: all three again.
    QVERIFY(Tests::activate(m_dialog));
    sheetView()->setFocus();
    QTest::keyClick(sheetView(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_dialog->captions()->caption(m_dir->filePath(QStringLiteral("a.png"))).text, QStringLiteral("red shoe"));
    QCOMPARE(m_dialog->captions()->caption(m_dir->filePath(QStringLiteral("b.png"))).text,
             QStringLiteral("green shoe"));
    QCOMPARE(m_dialog->captions()->caption(m_dir->filePath(QStringLiteral("c.png"))).text, QStringLiteral("blue shoe"));
    QVERIFY(m_dialog->captions()->edits().isEmpty());
    QTest::keyClick(sheetView(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
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
    sheetView()->setFocus();
    sheetView()->setCurrentIndex(m_dialog->model()->index(b, 0));
    QTest::keyClick(sheetView(), Qt::Key_Delete);
    QCOMPARE(m_dialog->model()->rowCount(), 3);
    QCOMPARE(rowOf(QStringLiteral("b.png")), -1);
    QCOMPARE(rowOf(QStringLiteral("b.txt")), -1);
    // The current row is the one that took b's place, not the first.
    QCOMPARE(sheetView()->currentIndex().row(), b);
    QTest::keyClick(sheetView(), Qt::Key_Z, Qt::ControlModifier);
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
    sheetView()->setCurrentIndex(m_dialog->model()->index(rowOf(QStringLiteral("a.png")), 0));
    m_dialog->captionPanel()->editor()->setFocus();
    QTest::keyClicks(m_dialog->captionPanel()->editor(), QStringLiteral("acme shoe, red"));
    sheetView()->setFocus();
    sheetView()->setCurrentIndex(m_dialog->model()->index(rowOf(QStringLiteral("c.png")), 0));
    QTest::keyClick(sheetView(), Qt::Key_Delete);
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
    QTest::mouseClick(Tests::child<QPushButton>(m_dialog, "discardDraftButton"), Qt::LeftButton);
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

void CaptionSheetTest::captionWithIdeogram_priceFirst_thenDraftsFromIdeogram()
{
    QVERIFY(openSheet({writeImage(QStringLiteral("red.png"), Qt::red), writeImage(QStringLiteral("blue.png"), Qt::blue),
                       writeImage(QStringLiteral("green.png"), Qt::green),
                       writeText(QStringLiteral("green.txt"), "acme shoe, green")}));
    // Nothing selected: the two images without a caption.
    sheetView()->selectionModel()->clearSelection();
    QPushButton *caption = m_dialog->findChild<QPushButton *>(QStringLiteral("captionWithIdeogramButton"));
    QVERIFY(caption && caption->isVisible() && caption->isEnabled());
    QTest::mouseClick(caption, Qt::LeftButton);
    Widgets::DescribeDialog *ask = m_dialog->describeDialog();
    QVERIFY(ask);
    QVERIFY(QTest::qWaitForWindowExposed(ask, 30000));
    // The price first: asked with dry_run, nothing billed.
    QTRY_VERIFY(ask->captionButton()->isEnabled());
    const QString price = Tests::child<QLabel>(ask, "describePriceLabel")->text();
    QVERIFY2(price.contains(QStringLiteral("$0.01 per image, $0.02 for 2")), qPrintable(price));
    QCOMPARE(m_controller->sandbox()->billedDescribes(), 0);
    // The sandbox bills nobody and says so, rather than naming itself as the payer.
    QVERIFY2(ask->findChild<QLabel *>(QStringLiteral("describePriceLabel"))
                 ->text()
                 .endsWith(QStringLiteral("Nothing is billed in the sandbox.")),
             "the price line names a payer in the sandbox");
    if (!qEnvironmentVariableIsEmpty("IDS_SCREENSHOT_DIR")) {
        QTest::qWait(300);
        QGuiApplication::primaryScreen()->grabWindow(0).save(qEnvironmentVariable("IDS_SCREENSHOT_DIR")
                                                             + QStringLiteral("/describe-price.png"));
    }
    QTest::mouseClick(ask->captionButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isDescribing(), 10000);
    QCOMPARE(m_controller->sandbox()->billedDescribes(), 2);
    const Core::CaptionEntry red = m_dialog->captions()->caption(m_dir->filePath(QStringLiteral("red.png")));
    QCOMPARE(red.source, Core::CaptionSource::Ideogram);
    QCOMPARE(red.text, QStringLiteral("A landscape 640×560 picture, mostly red."));
    QCOMPARE(m_dialog->captions()->caption(m_dir->filePath(QStringLiteral("green.png"))).text,
             QStringLiteral("acme shoe, green"));
    // Marked in the list and beside the image.
    const QModelIndex redCaption =
        m_dialog->model()->index(rowOf(QStringLiteral("red.png")), int(Models::UploadReviewModel::Column::Caption));
    QVERIFY(redCaption.data(Qt::ToolTipRole).toString().contains(QStringLiteral("From Ideogram")));
    sheetView()->setCurrentIndex(m_dialog->model()->index(rowOf(QStringLiteral("red.png")), 0));
    QVERIFY(Tests::child<QLabel>(m_dialog->captionPanel(), "captionSourceLabel")
                ->text()
                .startsWith(QStringLiteral("From Ideogram")));
    sheetView()->setCurrentIndex(m_dialog->model()->index(rowOf(QStringLiteral("blue.png")), 0));
    // One undo step per image: Ctrl+Z takes the last one back.
    QCOMPARE(m_dialog->undoStack()->count(), 2);
    if (!qEnvironmentVariableIsEmpty("IDS_SCREENSHOT_DIR"))
        m_dialog->grab().save(qEnvironmentVariable("IDS_SCREENSHOT_DIR")
                              + QStringLiteral("/captions-from-ideogram.png"));
}

void CaptionSheetTest::duplicates_groupedWithTheDatasetsOwn_keepOneUndoable()
{
    // Already in the dataset: a file uploaded earlier from this computer, known by its stored thumbnail.
    const QImage thumbnail = pattern(QStringLiteral("yellow"), Qt::yellow, {128, 112});
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(thumbnail.save(&buffer, "PNG"));
    Core::LocalFile stored;
    stored.datasetId = m_datasetId;
    stored.fileName = QStringLiteral("old-yellow.png");
    stored.originalPath = QStringLiteral("/elsewhere/old-yellow.png");
    stored.size = 1000;
    stored.thumbnailPng = png;
    stored.uploadedAtUtc = QDateTime::currentDateTimeUtc();
    QVERIFY(m_controller->currentAccount()->content()->saveLocalFile(stored));

    const QString red = writeImage(QStringLiteral("red.png"), Qt::red);
    const QString copy = m_dir->filePath(QStringLiteral("red copy.png"));
    QVERIFY(QFile::copy(red, copy));
    const QImage yellow = pattern(QStringLiteral("yellow"), Qt::yellow, {640, 560});
    QVERIFY(yellow.save(m_dir->filePath(QStringLiteral("yellow.jpg")), "JPEG", 90));
    QVERIFY(openSheet(
        {red, copy, m_dir->filePath(QStringLiteral("yellow.jpg")), writeImage(QStringLiteral("blue.png"), Qt::blue)}));
    // Fingerprints are made on workers; the groups follow.
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isFindingDuplicates(), 10000);
    QCOMPARE(m_dialog->duplicates().size(), 2);
    QVERIFY(Tests::child<QPushButton>(m_dialog, "keepOneButton")->isVisible());
    const QString verdictCopy =
        m_dialog->model()
            ->index(rowOf(QStringLiteral("red copy.png")), int(Models::UploadReviewModel::Column::Verdict))
            .data()
            .toString();
    QVERIFY2(verdictCopy.contains(QStringLiteral("The same file as red.png")), qPrintable(verdictCopy));
    const QString verdictYellow =
        m_dialog->model()
            ->index(rowOf(QStringLiteral("yellow.jpg")), int(Models::UploadReviewModel::Column::Verdict))
            .data()
            .toString();
    QVERIFY2(verdictYellow.contains(QStringLiteral("Already in the dataset as old-yellow.png")),
             qPrintable(verdictYellow));
    if (!qEnvironmentVariableIsEmpty("IDS_SCREENSHOT_DIR"))
        m_dialog->grab().save(qEnvironmentVariable("IDS_SCREENSHOT_DIR") + QStringLiteral("/review-duplicates.png"));

    // Keep One: the copy and the image already in the dataset go; one step back brings them.
    QTest::mouseClick(Tests::child<QPushButton>(m_dialog, "keepOneButton"), Qt::LeftButton);
    QCOMPARE(m_dialog->model()->rowCount(), 2);
    QVERIFY(rowOf(QStringLiteral("red.png")) >= 0);
    QCOMPARE(rowOf(QStringLiteral("red copy.png")), -1);
    QCOMPARE(rowOf(QStringLiteral("yellow.jpg")), -1);
    QTRY_VERIFY(!Tests::child<QPushButton>(m_dialog, "keepOneButton")->isVisible());
    m_dialog->undoStack()->undo();
    QCOMPARE(m_dialog->model()->rowCount(), 4);
}

void CaptionSheetTest::bulkReplace_byPattern_previewShowsBeforeAndAfter()
{
    QVERIFY(openSheet(
        {writeImage(QStringLiteral("a.png"), Qt::red), writeText(QStringLiteral("a.txt"), "acme shoe, red shoe"),
         writeImage(QStringLiteral("b.png"), Qt::green), writeText(QStringLiteral("b.txt"), "green shoe"),
         writeImage(QStringLiteral("c.png"), Qt::blue), writeText(QStringLiteral("c.txt"), "blue shoe"),
         writeImage(QStringLiteral("d.png"), Qt::yellow), writeText(QStringLiteral("d.txt"), "yellow shoe")}));
    sheetView()->setCurrentIndex(m_dialog->model()->index(rowOf(QStringLiteral("a.png")), 0));
    // Find and replace on all four (none selected), by pattern: the preview counts and shows before and after.
    sheetView()->selectionModel()->clearSelection();
    sheetView()->setCurrentIndex(m_dialog->model()->index(rowOf(QStringLiteral("a.png")), 0));
    sheetView()->selectionModel()->clearSelection();
    Widgets::BulkCaptionDialog *replace = m_dialog->openBulkEdit();
    QVERIFY(QTest::qWaitForWindowExposed(replace, 30000));
    replace->setKind(Core::BulkEdit::Kind::Replace);
    QVERIFY(Tests::child<QRadioButton>(replace, "bulkAllButton")->isChecked());
    Tests::child<QCheckBox>(replace, "bulkRegexBox")->setChecked(true);
    QTest::keyClicks(Tests::child<QLineEdit>(replace, "bulkFindEdit"), QStringLiteral("(\\w+) shoe"));
    QTest::keyClicks(Tests::child<QLineEdit>(replace, "bulkReplaceEdit"), QStringLiteral("\\1 sneaker"));
    QCOMPARE(replace->preview().changed.size(), 4);
    const QString preview = Tests::child<QLabel>(replace, "bulkPreviewLabel")->text();
    QVERIFY2(preview.contains(QStringLiteral("After: acme sneaker, red sneaker")), qPrintable(preview));
    if (!qEnvironmentVariableIsEmpty("IDS_SCREENSHOT_DIR")) {
        QTest::qWait(300); // the X server shows what was painted
        QGuiApplication::primaryScreen()->grabWindow(0).save(qEnvironmentVariable("IDS_SCREENSHOT_DIR")
                                                             + QStringLiteral("/bulk-replace-preview.png"));
    }
    QTest::keyClick(replace, Qt::Key_Return);
    QTRY_VERIFY(!replace->isVisible());
    QCOMPARE(m_dialog->captions()->caption(m_dir->filePath(QStringLiteral("d.png"))).text,
             QStringLiteral("yellow sneaker"));
}

void CaptionSheetTest::existingCaptions_metadataJsonlAndCaptionFiles_found_andSent()
{
    // A Hugging Face image folder: images, a metadata.jsonl naming one of them and one that is not there, and
    // a kohya-style .caption file.
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("shoes/images")));
    QVERIFY(!writeImage(QStringLiteral("shoes/images/a.png"), Qt::red).isEmpty());
    QVERIFY(!writeImage(QStringLiteral("shoes/b.png"), Qt::blue).isEmpty());
    QVERIFY(!writeText(QStringLiteral("shoes/b.caption"), "acme boot, blue").isEmpty());
    QVERIFY(!writeText(QStringLiteral("shoes/metadata.jsonl"),
                       "{\"file_name\": \"images/a.png\", \"text\": \"acme shoe, red\"}\n"
                       "{\"file_name\": \"gone.png\", \"text\": \"nothing\"}\n")
                 .isEmpty());
    QVERIFY(openSheet({m_dir->filePath(QStringLiteral("shoes"))}));
    const QString a = m_dir->filePath(QStringLiteral("shoes/images/a.png"));
    QTRY_COMPARE(m_dialog->captions()->caption(a).source, Core::CaptionSource::Metadata);
    QCOMPARE(m_dialog->captions()->caption(a).text, QStringLiteral("acme shoe, red"));
    QCOMPARE(m_dialog->captions()->caption(m_dir->filePath(QStringLiteral("shoes/b.png"))).text,
             QStringLiteral("acme boot, blue"));
    const int metadataRow = m_dialog->model()->rowOfKey(m_dir->filePath(QStringLiteral("shoes/metadata.jsonl")));
    QVERIFY(metadataRow >= 0);
    QCOMPARE(m_dialog->model()->review().rows.at(metadataRow).role, ReviewRow::Role::Skipped);
    QVERIFY2(Tests::child<QLabel>(m_dialog, "summaryLabel")->text().contains(QStringLiteral("gone.png")),
             qPrintable(Tests::child<QLabel>(m_dialog, "summaryLabel")->text()));

    QTRY_VERIFY(Tests::child<QPushButton>(m_dialog, "uploadButton")->isEnabled());
    QSignalSpy finished(m_dialog, &Widgets::UploadDialog::uploadFinished);
    QTest::mouseClick(Tests::child<QPushButton>(m_dialog, "uploadButton"), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QHash<QString, QString> received;
    for (const auto &file : m_controller->sandbox()->files(m_datasetId))
        received.insert(file.fileName.value_or(QString()), file.caption.value_or(QString()));
    QCOMPARE(received.value(QStringLiteral("a.png")), QStringLiteral("acme shoe, red"));
    QCOMPARE(received.value(QStringLiteral("b.png")), QStringLiteral("acme boot, blue"));
}

QTEST_MAIN(CaptionSheetTest)
#include "tst_captionsheet.moc"
