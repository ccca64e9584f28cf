// Export Dataset… through the window (issue 15 item 7), in the sandbox: three images uploaded through the
// review sheet (one with a .txt caption, one with a structured 4.0 .json caption) beside 20 the sandbox holds
// with no copy on this computer. The files list shows the structured caption's description; Dataset → Export
// Dataset… writes a ZIP with the three images, their captions and metadata.jsonl, and the report names the
// 20 others. IDS_EXPORT_SHOTS=<folder> saves a picture of each step, for a person to look at (under xvfb).
#include "../common/windowtour.h"
#include "core/files/zipdirectory.h"
#include "core/files/zipmember.h"
#include "widgets/datasetexportflow.h"

#include <QBuffer>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTreeView>

using namespace Ids;

namespace {

void shoot(const QString &name)
{
    const QString folder = qEnvironmentVariable("IDS_EXPORT_SHOTS");
    if (folder.isEmpty())
        return;
    QTest::qWait(600);
    QGuiApplication::primaryScreen()->grabWindow(0).save(QDir(folder).filePath(name));
}

const QByteArray Structured =
    R"({"high_level_description":"A blue leather shoe on a white studio floor","style_description":"product photo, soft light","compositional_deconstruction":{"background":"plain white","elements":["blue shoe","soft shadow"]},"tags":["shoe","blue"]})";

} // namespace

class ExportWindowTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void uploadThenExport_zipHoldsLocalCopies_reportNamesTheRest();
};

void ExportWindowTest::uploadThenExport_zipHoldsLocalCopies_reportNamesTheRest()
{
    Tests::WindowTour tour;
    const QString started = tour.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    Widgets::MainWindow *main = tour.window();
    main->resize(1260, 760);
    main->move(0, 0);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList paths;
    QHash<QString, QByteArray> originals;
    const QList<QPair<QString, QColor>> images {{QStringLiteral("rote Schuhe.png"), QColor(200, 40, 40)},
                                                {QStringLiteral("青い靴.png"), QColor(40, 60, 200)},
                                                {QStringLiteral("green.png"), QColor(40, 160, 60)}};
    for (const auto &[name, colour] : images) {
        QImage image(640, 480, QImage::Format_RGB32);
        image.fill(colour);
        QVERIFY(image.save(dir.filePath(name)));
        paths << dir.filePath(name);
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        originals.insert(name, file.readAll());
    }
    const QByteArray red = "acme shoe, a pair of red sneakers on concrete";
    for (const auto &[name, bytes] :
         {qMakePair(QStringLiteral("rote Schuhe.txt"), red), qMakePair(QStringLiteral("青い靴.json"), Structured)}) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        paths << file.fileName();
    }
    main->datasetFlow()->addFiles(tour.datasetId(), paths);
    Widgets::UploadDialog *dialog = main->datasetFlow()->uploadDialog();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(Tests::child<QPushButton>(dialog, "uploadButton")->isEnabled(), 20000);
    QSignalSpy uploaded(dialog, &Widgets::UploadDialog::uploadFinished);
    QTest::mouseClick(Tests::child<QPushButton>(dialog, "uploadButton"), Qt::LeftButton);
    QVERIFY(uploaded.wait(20000));
    dialog->close();
    auto *detail = main->findChild<Widgets::DatasetDetailPane *>(QStringLiteral("datasetDetailPane"));
    QTRY_VERIFY_WITH_TIMEOUT(detail->imageCount() == 23, 20000);

    // The structured caption by its description, every field in its tooltip; never the JSON.
    const QAbstractItemModel *files = Tests::child<QTreeView>(detail, "filesTreeView")->model();
    QModelIndex blue;
    for (int row = 0; row < files->rowCount(); ++row) {
        if (files->index(row, 0).data().toString() == QStringLiteral("青い靴.png"))
            blue = files->index(row, 2);
    }
    QVERIFY(blue.isValid());
    QCOMPARE(blue.data().toString(), QStringLiteral("A blue leather shoe on a white studio floor"));
    QVERIFY(blue.data(Qt::ToolTipRole).toString().contains(QStringLiteral("soft shadow")));
    QVERIFY(!blue.data(Qt::ToolTipRole).toString().contains(QLatin1Char('{')));
    Tests::child<QTreeView>(detail, "filesTreeView")->scrollToBottom();
    shoot(QStringLiteral("details-structured-caption.png"));

    auto *action = main->findChild<QAction *>(QStringLiteral("exportDatasetAction"));
    QVERIFY(action);
    action->trigger();
    Widgets::DatasetExportFlow *flow = main->exportFlow();
    QTRY_VERIFY(flow->fileDialog() && flow->fileDialog()->isVisible());
    QCOMPARE(flow->fileDialog()->acceptMode(), QFileDialog::AcceptSave);
    shoot(QStringLiteral("export-save-dialog.png"));
    const QString zipPath = dir.filePath(QStringLiteral("Summer shoes.zip"));
    flow->fileDialog()->selectFile(zipPath);
    QMetaObject::invokeMethod(flow->fileDialog(), "accept");
    QTRY_VERIFY_WITH_TIMEOUT(flow->report() && flow->report()->isVisible(), 20000);
    shoot(QStringLiteral("export-report.png"));
    const QString left = flow->report()->informativeText();
    QVERIFY2(left.contains(QStringLiteral("• image-01.png")), qPrintable(left));
    QVERIFY(!left.contains(QStringLiteral("green.png")));
    QVERIFY(flow->report()->detailedText().contains(QStringLiteral("image-20.png")));

    QFile zip(zipPath);
    QVERIFY(zip.open(QIODevice::ReadOnly));
    const Core::ZipListing listing = Core::ZipDirectory::read(&zip);
    QVERIFY2(listing.problem.isEmpty(), qPrintable(listing.problem));
    QHash<QString, QByteArray> entries;
    for (const Core::ZipEntry &entry : listing.entries) {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY2(Core::ZipMember::extract(&zip, entry, &out, &error), qPrintable(error));
        entries.insert(entry.name, out.data());
    }
    QCOMPARE(entries.size(), 6);
    for (auto it = originals.cbegin(); it != originals.cend(); ++it)
        QCOMPARE(entries.value(it.key()), it.value());
    QCOMPARE(entries.value(QStringLiteral("rote Schuhe.txt")), red);
    // The caption as Ideogram returned it (the sandbox, like Ideogram, lists a structured caption as JSON
    // text of its own writing), byte for byte.
    QString listed;
    for (const Core::DatasetFile &file : tour.controller()->sandbox()->files(tour.datasetId())) {
        if (file.fileName == QStringLiteral("青い靴.png"))
            listed = file.caption.value_or(QString());
    }
    QVERIFY(listed.contains(QStringLiteral("soft shadow")));
    QCOMPARE(entries.value(QStringLiteral("青い靴.json")), listed.toUtf8());
    QCOMPARE(entries.value(QStringLiteral("metadata.jsonl")).count('\n'), 3);
}

QTEST_MAIN(ExportWindowTest)
#include "tst_exportwindow.moc"
