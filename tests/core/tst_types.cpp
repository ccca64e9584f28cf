#include "core/types/apidatetime.h"
#include "core/types/dataset.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Ids::Core;

class TypesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dateTime_parse_data();
    void dateTime_parse();
    void dataset_fromJson_data();
    void dataset_fromJson();
    void dataset_roundTrip_keepsEveryField();
    void datasetList_parse_data();
    void datasetList_parse();
};

void TypesTest::dateTime_parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime t(QDate(2000, 1, 23), QTime(4, 56, 7), Qt::UTC);
    QTest::newRow("space separator") << "2000-01-23 04:56:07+00:00" << true << t;
    QTest::newRow("T separator") << "2000-01-23T04:56:07+00:00" << true << t;
    QTest::newRow("Z suffix") << "2000-01-23T04:56:07Z" << true << t;
    QTest::newRow("lower-case z") << "2000-01-23t04:56:07z" << true << t;
    QTest::newRow("no offset is UTC") << "2000-01-23T04:56:07" << true << t;
    QTest::newRow("offset without colon") << "2000-01-23T06:56:07+0200" << true << t;
    QTest::newRow("negative offset") << "2000-01-22T23:56:07-05:00" << true << t;
    QTest::newRow("fraction") << "2000-01-23T04:56:07.123456+00:00" << true << t.addMSecs(123);
    QTest::newRow("surrounding space") << "  2000-01-23T04:56:07Z " << true << t;
    QTest::newRow("garbage") << "yesterday" << false << QDateTime();
    QTest::newRow("empty") << "" << false << QDateTime();
    QTest::newRow("month 13") << "2000-13-23T04:56:07Z" << false << QDateTime();
    QTest::newRow("hour 25") << "2000-01-23T25:56:07Z" << false << QDateTime();
    QTest::newRow("offset 99") << "2000-01-23T04:56:07+99:00" << false << QDateTime();
}

void TypesTest::dateTime_parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QDateTime, expected);
    const ApiDateTime parsed = ApiDateTime::parse(text);
    QCOMPARE(parsed.raw, text);
    QCOMPARE(parsed.isValid(), valid);
    if (valid)
        QCOMPARE(parsed.utc, expected);
}

void TypesTest::dataset_fromJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("coverType");
    QTest::addColumn<QString>("errorContains");

    QTest::newRow("docs example") << QByteArray(R"({"dataset_id":"d1","name":"My Training Dataset","user_id":"u1",
        "creation_time":"2000-01-23 04:56:07+00:00",
        "cover_asset_identifier":{"asset_type":"RESPONSE","asset_id":"7uS_VESkRI6O3-sVgHQp_A"}})")
                                  << true << "RESPONSE"
                                  << "";
    QTest::newRow("cover null") << QByteArray(R"({"dataset_id":"d1","name":"n","user_id":"u",
        "creation_time":"2000-01-23T04:56:07Z","cover_asset_identifier":null})")
                                << true << ""
                                << "";
    QTest::newRow("cover absent") << QByteArray(R"({"dataset_id":"d1","name":"n","user_id":"u",
        "creation_time":"2000-01-23T04:56:07Z"})")
                                  << true << ""
                                  << "";
    QTest::newRow("unknown asset type kept") << QByteArray(R"({"dataset_id":"d1","name":"n","user_id":"u",
        "creation_time":"x","cover_asset_identifier":{"asset_type":"HOLOGRAM","asset_id":"a",
        "collection_id":"abcdefghijklmnopqrstuv"}})")
                                             << true << "HOLOGRAM"
                                             << "";
    QTest::newRow("unknown fields ignored") << QByteArray(R"({"dataset_id":"d1","name":"n","user_id":"u",
        "creation_time":"2000-01-23T04:56:07Z","colour":"blue","nested":{"a":1}})")
                                            << true << ""
                                            << "";
    QTest::newRow("missing id") << QByteArray(R"({"name":"n","user_id":"u","creation_time":"x"})") << false << ""
                                << "dataset_id";
    QTest::newRow("empty id") << QByteArray(R"({"dataset_id":"","name":"n","user_id":"u","creation_time":"x"})")
                              << false << ""
                              << "dataset_id";
    QTest::newRow("id is a number") << QByteArray(R"({"dataset_id":5,"name":"n","user_id":"u","creation_time":"x"})")
                                    << false << ""
                                    << "dataset_id";
    QTest::newRow("name null") << QByteArray(R"({"dataset_id":"d","name":null,"user_id":"u","creation_time":"x"})")
                               << false << ""
                               << "name";
    QTest::newRow("missing creation_time")
        << QByteArray(R"({"dataset_id":"d","name":"n","user_id":"u"})") << false << ""
        << "creation_time";
    QTest::newRow("cover is a string") << QByteArray(R"({"dataset_id":"d","name":"n","user_id":"u",
        "creation_time":"x","cover_asset_identifier":"RESPONSE"})")
                                       << false << ""
                                       << "cover_asset_identifier";
    QTest::newRow("cover without asset_id") << QByteArray(R"({"dataset_id":"d","name":"n","user_id":"u",
        "creation_time":"x","cover_asset_identifier":{"asset_type":"RESPONSE"}})")
                                            << false << ""
                                            << "asset_id";
}

void TypesTest::dataset_fromJson()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    QFETCH(QString, coverType);
    QFETCH(QString, errorContains);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QString error;
    const std::optional<Dataset> dataset = Dataset::fromJson(document.object(), &error);
    QCOMPARE(dataset.has_value(), ok);
    if (ok) {
        QVERIFY(error.isEmpty());
        QCOMPARE(dataset->cover.has_value(), !coverType.isEmpty());
        if (dataset->cover)
            QCOMPARE(dataset->cover->assetType, coverType);
    } else {
        QVERIFY2(error.contains(errorContains), qPrintable(error));
    }
}

void TypesTest::dataset_roundTrip_keepsEveryField()
{
    Dataset dataset;
    dataset.id = QStringLiteral("abc");
    dataset.name = QStringLiteral("Shoes <b>&</b> \u202Ebags");
    dataset.userId = QStringLiteral("user");
    dataset.creationTime = ApiDateTime::parse(QStringLiteral("2026-06-02T16:24:11Z"));
    dataset.cover = AssetIdentifier {QStringLiteral("UPLOAD"), QStringLiteral("asset"), QString()};
    QString error;
    const std::optional<Dataset> back = Dataset::fromJson(dataset.toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->id, dataset.id);
    QCOMPARE(back->name, dataset.name);
    QCOMPARE(back->userId, dataset.userId);
    QCOMPARE(back->creationTime.utc, dataset.creationTime.utc);
    QCOMPARE(back->cover, dataset.cover);

    dataset.creationTime = ApiDateTime::parse(QStringLiteral("not a time"));
    const std::optional<Dataset> raw = Dataset::fromJson(dataset.toJson(), &error);
    QVERIFY(raw);
    QCOMPARE(raw->creationTime.raw, QStringLiteral("not a time"));
    QVERIFY(!raw->creationTime.isValid());
}

void TypesTest::datasetList_parse_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("count"); // -1: the answer is refused
    QTest::addColumn<int>("skipped");
    QTest::newRow("empty") << QByteArray(R"({"datasets":[]})") << 0 << 0;
    QTest::newRow("two") << QByteArray(R"({"datasets":[{"dataset_id":"a","name":"A","user_id":"u",
        "creation_time":"2000-01-23 04:56:07+00:00"},{"dataset_id":"b","name":"B","user_id":"u",
        "creation_time":"2000-01-23T04:56:07Z","cover_asset_identifier":null}]})")
                         << 2 << 0;
    QTest::newRow("missing key") << QByteArray(R"({"data":[]})") << -1 << 0;
    QTest::newRow("datasets is object") << QByteArray(R"({"datasets":{}})") << -1 << 0;
    // One bad row never hides the rest (issue 17): it is skipped and named.
    QTest::newRow("entry is a string") << QByteArray(R"({"datasets":["a"]})") << 0 << 1;
    QTest::newRow("one bad entry") << QByteArray(R"({"datasets":[{"dataset_id":"a"}]})") << 0 << 1;
    QTest::newRow("a bad entry between good ones")
        << QByteArray(R"({"datasets":[{"dataset_id":"a","name":"A","user_id":"u","creation_time":"x"},
            {"dataset_id":2,"name":"B","user_id":"u","creation_time":"x"},
            {"dataset_id":"c","name":"C","user_id":"u","creation_time":"x"}]})")
        << 2 << 1;
}

void TypesTest::datasetList_parse()
{
    QFETCH(QByteArray, json);
    QFETCH(int, count);
    QFETCH(int, skipped);
    QString error;
    const auto list = parseDatasetList(QJsonDocument::fromJson(json).object(), &error);
    QCOMPARE(list.has_value(), count >= 0);
    if (list) {
        QCOMPARE(list->datasets.size(), count);
        QCOMPARE(list->skipped.size(), skipped);
    } else {
        QVERIFY(!error.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TypesTest)
#include "tst_types.moc"
