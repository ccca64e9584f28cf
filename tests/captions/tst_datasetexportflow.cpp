// Export Dataset…'s window side (issue 15 item 7): the ZIP is written off the GUI thread with a progress
// dialog that can cancel, and the report names the files this computer has no copy of.
#include "models/datasetexportjob.h"
#include "widgets/datasetexportflow.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Ids;

class DatasetExportFlowTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void export_reportNamesFilesWithoutLocalCopy();
    void cancel_writesNothing_andSaysSo();
};

namespace {

Core::DatasetExportPlan planIn(const QTemporaryDir &dir, int images)
{
    Core::DatasetExportPlan plan;
    for (int i = 0; i < images; ++i) {
        const QString name = QStringLiteral("bild-%1-ä.png").arg(i);
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::WriteOnly))
            file.write(QByteArray(4096, char('a' + i % 26)));
        plan.images.append({name, file.fileName(), QStringLiteral("Bildunterschrift %1").arg(i)});
    }
    plan.withoutLocalCopy = {QStringLiteral("von-anderswo.png"), QStringLiteral("写真.jpg")};
    return plan;
}

} // namespace

void DatasetExportFlowTest::export_reportNamesFilesWithoutLocalCopy()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QWidget window;
    window.show();
    Widgets::DatasetExportFlow flow(&window);
    QSignalSpy finished(&flow, &Widgets::DatasetExportFlow::finished);
    const QString zipPath = dir.filePath(QStringLiteral("out.zip"));
    flow.exportTo(planIn(dir, 3), zipPath);
    QVERIFY(flow.job()->isRunning());
    QVERIFY(flow.progressDialog());
    QVERIFY(finished.wait(10000));
    const auto result = finished.first().first().value<Core::DatasetExportResult>();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.imagesWritten, 3);
    QVERIFY(QFile::exists(zipPath));
    QTRY_VERIFY(flow.report() && flow.report()->isVisible());
    QCOMPARE(flow.report()->icon(), QMessageBox::Information);
    QVERIFY(flow.report()->text().contains(QStringLiteral("3 image")));
    const QString left = flow.report()->informativeText();
    QVERIFY2(left.contains(QStringLiteral("2 file(s) are not in it")), qPrintable(left));
    QVERIFY(left.contains(QStringLiteral("• von-anderswo.png")));
    QVERIFY(left.contains(QStringLiteral("• 写真.jpg")));
    QTRY_VERIFY(!flow.progressDialog());
}

void DatasetExportFlowTest::cancel_writesNothing_andSaysSo()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QWidget window;
    Widgets::DatasetExportFlow flow(&window);
    QSignalSpy finished(&flow, &Widgets::DatasetExportFlow::finished);
    QSignalSpy message(&flow, &Widgets::DatasetExportFlow::message);
    const QString zipPath = dir.filePath(QStringLiteral("never.zip"));
    // The first image is a FIFO: the worker waits on it until the test writes, so the cancel surely comes
    // while the first image is being copied. It stops after that one; nothing is written.
    Core::DatasetExportPlan plan = planIn(dir, 5);
    const QString fifo = dir.filePath(QStringLiteral("slow.png"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    plan.images.prepend({QStringLiteral("slow.png"), fifo, std::nullopt});
    flow.exportTo(plan, zipPath);
    QVERIFY(flow.progressDialog());
    auto *cancel = flow.progressDialog()->findChild<QPushButton *>();
    QVERIFY(cancel);
    cancel->click();
    QFile writer(fifo);
    QVERIFY(writer.open(QIODevice::WriteOnly)); // waits for the worker to open it
    writer.write("slow");
    writer.close();
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.first().first().value<Core::DatasetExportResult>().cancelled);
    QVERIFY(!QFile::exists(zipPath));
    QCOMPARE(message.size(), 1);
    QCOMPARE(message.first().first().toString(), QStringLiteral("Export cancelled; no ZIP was written."));
    QVERIFY(!flow.report());
}

QTEST_MAIN(DatasetExportFlowTest)
#include "tst_datasetexportflow.moc"
