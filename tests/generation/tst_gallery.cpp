// The gallery of generated images, offscreen: thumbnails keep their true shape (from the sidecar before the
// pixels are read), the size slider grows them, Space opens the viewer on the current image, the arrows move
// through the others, the viewer shows prompt, seed, model and settings and copies the prompt and the image;
// "Use these settings again" hands the sidecar on; History lists every image of the account across models,
// newest first, and no other account's.
#include "../common/widgetchild.h"
#include "models/galleryimages.h"
#include "models/gallerymodel.h"
#include "models/roles.h"
#include "widgets/gallerypane.h"
#include "widgets/imageviewer.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QImage>
#include <QJsonDocument>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>

using namespace Ids;

using Ids::Tests::child;

namespace {

// An image and its sidecar as GenerationService writes them.
void writeImage(const QString &folder, const QString &name, const QSize &size, const QString &prompt, int seed,
                const QString &created, const QString &modelId, const QString &accountId = {})
{
    QDir().mkpath(folder);
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor::fromHsv(seed * 40 % 360, 200, 200));
    QVERIFY(image.save(QDir(folder).filePath(name + QStringLiteral(".png"))));
    QJsonObject settings;
    settings.insert(QStringLiteral("family"), QStringLiteral("4.0"));
    settings.insert(QStringLiteral("prompt"), prompt);
    settings.insert(QStringLiteral("custom_model_uri"), QStringLiteral("model/%1/version/1").arg(modelId));
    QJsonObject sidecar;
    sidecar.insert(QStringLiteral("prompt"), prompt);
    sidecar.insert(QStringLiteral("seed"), seed);
    sidecar.insert(QStringLiteral("model_id"), modelId);
    sidecar.insert(QStringLiteral("model_name"), QString(QStringLiteral("Model ") + modelId));
    sidecar.insert(QStringLiteral("family"), QStringLiteral("4.0"));
    sidecar.insert(QStringLiteral("resolution"), QStringLiteral("%1x%2").arg(size.width()).arg(size.height()));
    sidecar.insert(QStringLiteral("created"), created);
    sidecar.insert(QStringLiteral("rendering_speed"), QStringLiteral("turbo"));
    sidecar.insert(QStringLiteral("settings"), settings);
    if (!accountId.isEmpty())
        sidecar.insert(QStringLiteral("account_id"), accountId);
    QFile file(QDir(folder).filePath(name + QStringLiteral(".json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(sidecar).toJson());
}

} // namespace

class GalleryTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void thumbnails_trueAspect_sizeSlider();
    void viewer_spaceArrowsDetailsCopy();
    void history_acrossModels_newestFirst_ownAccountOnly();

private:
    QString modelFolder() const { return m_dir.filePath(QStringLiteral("Pictures/acme (m1)")); }
    QTemporaryDir m_dir;
};

void GalleryTest::init()
{
    QVERIFY(m_dir.isValid());
    QDir(m_dir.path()).removeRecursively();
    QDir().mkpath(m_dir.path());
    writeImage(modelFolder(), QStringLiteral("a"), {200, 100}, QStringLiteral("a wide shoe"), 1,
               QStringLiteral("2026-11-01T10:00:00Z"), QStringLiteral("m1"), QStringLiteral("acc"));
    writeImage(modelFolder(), QStringLiteral("b"), {100, 200}, QStringLiteral("a tall shoe"), 2,
               QStringLiteral("2026-11-02T10:00:00Z"), QStringLiteral("m1"), QStringLiteral("acc"));
    writeImage(modelFolder(), QStringLiteral("c"), {150, 150}, QStringLiteral("a square shoe"), 3,
               QStringLiteral("2026-11-03T10:00:00Z"), QStringLiteral("m1"), QStringLiteral("acc"));
}

void GalleryTest::thumbnails_trueAspect_sizeSlider()
{
    Models::GalleryImages images;
    Models::GalleryModel gallery(&images);
    QSignalSpy loaded(&gallery, &Models::GalleryModel::loaded);
    gallery.setFolder(modelFolder());
    QVERIFY(loaded.wait(5000));
    QCOMPARE(gallery.rowCount(), 3);
    // Newest first; each row knows its true shape before a pixel is read.
    QCOMPARE(gallery.index(0).data(Models::ImageSizeRole).toSize(), QSize(150, 150));
    QCOMPARE(gallery.index(1).data(Models::ImageSizeRole).toSize(), QSize(100, 200));
    QCOMPARE(gallery.index(2).data(Models::ImageSizeRole).toSize(), QSize(200, 100));

    Widgets::GalleryPane pane(&gallery, &images);
    QListView *view = child<QListView>(&pane, "galleryView");
    pane.resize(900, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    child<QSlider>(&pane, "gallerySizeSlider")->setValue(Widgets::GalleryPane::MinThumbnail);
    const int small = view->visualRect(gallery.index(0)).width();
    child<QSlider>(&pane, "gallerySizeSlider")->setValue(Widgets::GalleryPane::MaxThumbnail);
    QCOMPARE(pane.thumbnailSize(), Widgets::GalleryPane::MaxThumbnail);
    const int large = view->visualRect(gallery.index(0)).width();
    QVERIFY2(large > small + 200, qPrintable(QStringLiteral("%1 → %2").arg(small).arg(large)));
    // The gallery grows with its window: more columns when wider.
    pane.resize(500, 600); // one large thumbnail a row
    QCOMPARE(pane.width(), 500);
    QTRY_VERIFY(view->visualRect(gallery.index(1)).top() > view->visualRect(gallery.index(0)).top());
    pane.resize(1400, 600); // three in a row
    QTRY_COMPARE(view->visualRect(gallery.index(2)).top(), view->visualRect(gallery.index(0)).top());
}

void GalleryTest::viewer_spaceArrowsDetailsCopy()
{
    Models::GalleryImages images;
    Models::GalleryModel gallery(&images);
    QSignalSpy loaded(&gallery, &Models::GalleryModel::loaded);
    gallery.setFolder(modelFolder());
    QVERIFY(loaded.wait(5000));
    Widgets::GalleryPane pane(&gallery, &images);
    pane.resize(900, 600);
    pane.show();
    QApplication::setActiveWindow(&pane);
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    child<QListView>(&pane, "galleryView")->setFocus();
    child<QListView>(&pane, "galleryView")->setCurrentIndex(gallery.index(1));
    QTest::keyClick(child<QListView>(&pane, "galleryView"), Qt::Key_Space);
    // A window of its own, parented to the pane's window (here the pane itself).
    const auto shownViewer = [&pane] {
        return pane.window()->findChild<Widgets::ImageViewer *>(QStringLiteral("imageViewer"));
    };
    QTRY_VERIFY(shownViewer() && shownViewer()->isVisible());
    Widgets::ImageViewer *viewer = shownViewer();
    QCOMPARE(viewer->currentRow(), 1);
    QCOMPARE(child<QLabel>(viewer, "viewerPromptLabel")->text(), QStringLiteral("a tall shoe"));
    const QString details = viewer->detailsText();
    QVERIFY2(details.contains(QStringLiteral("Seed: 2")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("Model m1")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("Turbo")), qPrintable(details));
    QTest::keyClick(viewer, Qt::Key_Right);
    QCOMPARE(viewer->currentRow(), 2);
    QCOMPARE(child<QLabel>(viewer, "viewerPromptLabel")->text(), QStringLiteral("a wide shoe"));
    QTest::keyClick(viewer, Qt::Key_Left);
    QTest::keyClick(viewer, Qt::Key_Left);
    QCOMPARE(viewer->currentRow(), 0);

    // A compositor without a seat (headless weston, tests/wayland) keeps no clipboard: there only the buttons are
    // pressed; everywhere else what they copied is checked.
    QGuiApplication::clipboard()->setText(QStringLiteral("probe"));
    const bool hasClipboard = QGuiApplication::clipboard()->text() == QLatin1String("probe");
    QVERIFY(hasClipboard || QGuiApplication::platformName().startsWith(QLatin1String("wayland")));
    child<QPushButton>(viewer, "copyPromptButton")->click();
    if (hasClipboard)
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("a square shoe"));
    QTRY_VERIFY(
        child<QPushButton>(viewer, "copyImageButton")->isEnabled()); // once the full image is read (off the GUI thread)
    child<QPushButton>(viewer, "copyImageButton")->click();
    if (hasClipboard)
        QCOMPARE(QGuiApplication::clipboard()->image().size(), QSize(150, 150));

    QSignalSpy reuse(&pane, &Widgets::GalleryPane::useSettingsRequested);
    child<QPushButton>(viewer, "useSettingsButton")->click();
    QCOMPARE(reuse.size(), 1);
    QCOMPARE(reuse.first().first().toJsonObject().value(QStringLiteral("prompt")).toString(),
             QStringLiteral("a square shoe"));
}

void GalleryTest::history_acrossModels_newestFirst_ownAccountOnly()
{
    const QString root = m_dir.filePath(QStringLiteral("Pictures"));
    writeImage(m_dir.filePath(QStringLiteral("Pictures/boots (m2)")), QStringLiteral("d"), {120, 80},
               QStringLiteral("a boot"), 4, QStringLiteral("2026-11-04T10:00:00Z"), QStringLiteral("m2"),
               QStringLiteral("acc"));
    writeImage(m_dir.filePath(QStringLiteral("Pictures/other (m9)")), QStringLiteral("e"), {120, 80},
               QStringLiteral("not ours"), 5, QStringLiteral("2026-11-05T10:00:00Z"), QStringLiteral("m9"),
               QStringLiteral("someone else"));
    const QList<Models::GalleryModel::Item> items = Models::GalleryModel::scanHistory(root, QStringLiteral("acc"), {});
    QStringList prompts;
    for (const auto &item : items)
        prompts << item.prompt;
    QCOMPARE(prompts,
             (QStringList {QStringLiteral("a boot"), QStringLiteral("a square shoe"), QStringLiteral("a tall shoe"),
                           QStringLiteral("a wide shoe")}));
}

QTEST_MAIN(GalleryTest)
#include "tst_gallery.moc"
