// Names and server messages written to attack a rich-text renderer, or just to be huge: they travel from the
// server through parsing, the database and the model to the screen unchanged, and are shown as plain text.
#include "../common/timebudget.h"
#include "core/api/apiclient.h"
#include "core/api/datasetjobs.h"
#include "core/api/modeljobs.h"
#include "core/storage/datasetstore.h"
#include "core/storage/modelstore.h"
#include "models/datasetlistmodel.h"
#include "models/modellistmodel.h"
#include "sandbox/sandboxserver.h"
#include "widgets/errorbanner.h"
#include "widgets/modelspage.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Ids::Core;
using Ids::Sandbox::SandboxServer;

namespace {

QStringList hostileNames()
{
    return {
        QStringLiteral("<a href=\"file:///etc/passwd\">x</a><img src=http://127.0.0.1:9/leak>"),
        QStringLiteral("<b>bold</b> &amp; <i>italic</i> <script>alert('x')</script>"),
        QStringLiteral("tab\there, bell\u0007, newline\nand NUL-adjacent \u0001"),
        QStringLiteral("evil\u202Egpj.exe \u2066isolate\u2069 \u200Fmark"),
        QStringLiteral("x'; DROP TABLE datasets;--"),
        QString(100 * 1024, QLatin1Char('W')),
    };
}

} // namespace

class HostileTextTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void names_surviveServerParseStoreAndModel();
    void names_renderAsPlainTextQuickly();
    void serverMessage_shownLiterally();
    void modelNames_surviveServerParseStoreAndShowAsPlainText();
};

void HostileTextTest::names_surviveServerParseStoreAndModel()
{
    SandboxServer server;
    QVERIFY(server.start());
    for (const QString &name : hostileNames())
        server.addDataset(name);

    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setBaseUrl(server.baseUrl());
    client.setApiKey(SandboxServer::defaultApiKey());
    QList<Dataset> received;
    bool done = false;
    auto *job = new ListDatasetsJob(&client);
    connect(job, &ApiJob::finished, this, [&] {
        received = job->datasets();
        done = true;
    });
    job->start();
    QTRY_VERIFY(done);
    QCOMPARE(received.size(), hostileNames().size());

    QTemporaryDir dir;
    DatasetStore store(dir.filePath(QStringLiteral("db.sqlite")));
    QVERIFY(store.open());
    QVERIFY(store.upsertMany(received));
    Ids::Models::DatasetListModel model;
    model.setDatasets(store.datasets());
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown << model.index(row, 0).data().toString();
    QStringList expected = hostileNames();
    std::sort(shown.begin(), shown.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(shown, expected);
}

void HostileTextTest::names_renderAsPlainTextQuickly()
{
    Ids::Models::DatasetListModel model;
    QList<Dataset> datasets;
    int i = 0;
    for (const QString &name : hostileNames()) {
        Dataset dataset;
        dataset.id = QString::number(++i);
        dataset.name = name;
        dataset.creationTime = ApiDateTime::parse(QStringLiteral("2026-01-01T00:00:00Z"));
        datasets.append(dataset);
    }
    model.setDatasets(datasets);
    QTreeView view;
    view.setUniformRowHeights(true);
    view.setModel(&model);
    view.resize(800, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view, 30000));
    const qint64 cpuBefore = TimeBudget::threadCpuMs();
    const QImage image = view.grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY2(TimeBudget::threadCpuMs() - cpuBefore < TimeBudget::scaled(2000), "a 100 KB name must not stall painting");
    // Rendering as rich text would have made the link or the <b> tags disappear from the display text.
    QCOMPARE(model.index(0, 0).data().toString(), hostileNames().at(0));
    QCOMPARE(model.index(0, 0).data(Qt::DisplayRole).userType(), QMetaType::QString);
}

void HostileTextTest::serverMessage_shownLiterally()
{
    ApiError error;
    error.kind = ApiError::Kind::BadRequest;
    error.httpStatus = 400;
    error.method = "POST";
    error.path = QStringLiteral("/datasets");
    error.serverMessage = QStringLiteral("<a href=\"https://evil.example\">Click</a> <img src=x> <b>now</b>");
    Ids::Widgets::ErrorBanner banner;
    banner.showError(error);
    banner.show();
    QVERIFY(QTest::qWaitForWindowExposed(&banner, 30000));
    const QList<QLabel *> labels = banner.findChildren<QLabel *>();
    bool found = false;
    for (QLabel *label : labels) {
        if (!label->text().contains(QStringLiteral("evil.example")))
            continue;
        found = true;
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QVERIFY(label->text().contains(QStringLiteral("<b>now</b>")));
        QVERIFY(!label->openExternalLinks());
    }
    QVERIFY(found);
    auto *details = banner.findChild<QPlainTextEdit *>();
    QVERIFY(details);
    QVERIFY(details->toPlainText().contains(QStringLiteral("<img src=x>")));
}

void HostileTextTest::modelNames_surviveServerParseStoreAndShowAsPlainText()
{
    // Shared models carry names Ideogram's training rule never checked: anything at all.
    SandboxServer server;
    QVERIFY(server.start());
    for (const QString &name : hostileNames())
        server.addSharedModel(name);
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setBaseUrl(server.baseUrl());
    client.setApiKey(SandboxServer::defaultApiKey());
    QList<CustomModel> received;
    bool done = false;
    auto *job = new ListModelsJob(&client);
    connect(job, &ApiJob::finished, this, [&] {
        received = job->models();
        done = true;
    });
    job->start();
    QTRY_VERIFY(done);
    QCOMPARE(received.size(), hostileNames().size());

    QTemporaryDir dir;
    DatasetStore datasets(dir.filePath(QStringLiteral("db.sqlite")));
    QVERIFY(datasets.open());
    ModelStore store(&datasets);
    QVERIFY(store.replaceAll(received));
    QStringList stored;
    for (const CustomModel &model : store.models())
        stored << model.name;
    QStringList expected = hostileNames();
    std::sort(stored.begin(), stored.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(stored, expected);

    Ids::Widgets::ModelDetailPane pane;
    pane.resize(600, 400);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane, 30000));
    for (const CustomModel &model : store.models()) {
        pane.showModel(&model);
        auto *nameLabel = pane.findChild<QLabel *>(QStringLiteral("modelNameLabel"));
        QVERIFY(nameLabel);
        QCOMPARE(nameLabel->textFormat(), Qt::PlainText);
        // The name intact (a shared model's is followed by a note saying so).
        QCOMPARE(nameLabel->text().left(model.name.size()), model.name);
        QCOMPARE(nameLabel->text().size() == model.name.size(), model.owned);
    }
    Ids::Models::ModelListModel list;
    list.setModels(store.models());
    QTableView view;
    view.setModel(&list);
    view.resize(800, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view, 30000));
    const qint64 cpuBefore = TimeBudget::threadCpuMs();
    QVERIFY(!view.grab().toImage().isNull());
    QVERIFY2(TimeBudget::threadCpuMs() - cpuBefore < TimeBudget::scaled(2000),
             "a 100 KB model name must not stall painting");
    for (int row = 0; row < list.rowCount(); ++row)
        QCOMPARE(list.index(row, 0).data().toString(), list.modelAt(row)->name + QStringLiteral(" (shared)"));
}

QTEST_MAIN(HostileTextTest)
#include "tst_hostiletext.moc"
