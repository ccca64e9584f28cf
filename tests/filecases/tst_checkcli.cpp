// `ideogram-datasets --check PATH… [--json]`, run as a user's script runs it: the built binary, no display,
// no network, a temporary home. The JSON shape and the exit status are the contract.
#include "fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class CheckCliTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void json_macZipAndHeicFolder_shapeAndValues();
    void text_oneLinePerFileThenSummary();
    void exitStatus_cannotUpload_isOne();
    void exitStatus_usageError_isTwo_data();
    void exitStatus_usageError_isTwo();

private:
    struct Run
    {
        int status = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        environment.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(IDS_APP_BINARY), arguments);
        if (!process.waitForFinished(120000))
            qFatal("--check did not finish");
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
                process.readAllStandardError()};
    }
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        if (!Fixtures::write(path, bytes))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    QTemporaryDir m_dir;
};

void CheckCliTest::json_macZipAndHeicFolder_shapeAndValues()
{
    const QString zip = write(QStringLiteral("mac.zip"), Fixtures::macFinderZip(10));
    write(QStringLiteral("phone/IMG_0001.HEIC"), Fixtures::heif(Fixtures::picture(800, 600)));
    write(QStringLiteral("phone/IMG_0001.txt"), Fixtures::utf16(QStringLiteral("a phone photo"), true, true));
    for (int i = 2; i <= 5; ++i)
        write(QStringLiteral("phone/IMG_000%1.jpg").arg(i), Fixtures::jpeg(800, 600, QByteArray::number(i)));
    const Run result =
        run({QStringLiteral("--check"), zip, m_dir.filePath(QStringLiteral("phone")), QStringLiteral("--json")});
    QCOMPARE(result.status, 0);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(result.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + QString::fromUtf8(result.out)));
    QCOMPARE(json.value(QStringLiteral("images")).toInt(), 15);
    QCOMPARE(json.value(QStringLiteral("can_upload")).toBool(), true);
    QVERIFY(json.value(QStringLiteral("problems")).isArray());
    QVERIFY(json.value(QStringLiteral("warnings")).isArray());
    const QJsonArray files = json.value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), 1 + 22 + 6); // the ZIP, its 22 entries, the folder's 6 files
    QHash<QString, QJsonObject> byPath;
    for (const QJsonValue &value : files) {
        const QJsonObject file = value.toObject();
        for (const char *key : {"path", "role", "verdict", "send_as", "reason"})
            QVERIFY2(file.contains(QLatin1String(key)), key);
        byPath.insert(file.value(QStringLiteral("path")).toString(), file);
    }
    const QJsonObject zipRow = byPath.value(zip);
    QCOMPARE(zipRow.value(QStringLiteral("role")).toString(), QStringLiteral("zip"));
    QCOMPARE(zipRow.value(QStringLiteral("zip_images")).toInt(), 10);
    QVERIFY(zipRow.value(QStringLiteral("send_as")).isNull()); // its files go one by one
    const QJsonObject twin = byPath.value(zip + QStringLiteral("/__MACOSX/Dataset/._IMG_4801.jpeg"));
    QCOMPARE(twin.value(QStringLiteral("role")).toString(), QStringLiteral("skipped"));
    const QJsonObject heic = byPath.value(m_dir.filePath(QStringLiteral("phone/IMG_0001.HEIC")));
    QCOMPARE(heic.value(QStringLiteral("role")).toString(), QStringLiteral("image"));
    QCOMPARE(heic.value(QStringLiteral("send_as")).toString(), QStringLiteral("IMG_0001.jpg"));
    QVERIFY2(
        heic.value(QStringLiteral("reason")).toString().contains(QStringLiteral("HEIC photo, will be sent as JPEG")),
        qPrintable(heic.value(QStringLiteral("reason")).toString()));
    const QJsonObject caption = byPath.value(m_dir.filePath(QStringLiteral("phone/IMG_0001.txt")));
    QCOMPARE(caption.value(QStringLiteral("caption_for")).toString(), QStringLiteral("IMG_0001.jpg"));
    QVERIFY(caption.value(QStringLiteral("reason")).toString().contains(QStringLiteral("UTF-16")));
}

void CheckCliTest::text_oneLinePerFileThenSummary()
{
    write(QStringLiteral("t/a.jpg"), Fixtures::jpeg());
    write(QStringLiteral("t/b.gif"), "GIF89a\x01\0\x01\0");
    const Run result = run({QStringLiteral("--check"), m_dir.filePath(QStringLiteral("t"))});
    const QStringList lines = QString::fromUtf8(result.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 4, result.out.constData());
    QVERIFY(lines.at(0).startsWith(QStringLiteral("ok ")) && lines.at(0).contains(QStringLiteral("→ a.jpg")));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("refused")) && lines.at(1).contains(QStringLiteral("GIF")));
    QVERIFY2(lines.at(2).contains(QStringLiteral("2 file")), qPrintable(lines.at(2)));
    QCOMPARE(result.status, 0);
}

void CheckCliTest::exitStatus_cannotUpload_isOne()
{
    const QString climbing =
        write(QStringLiteral("evil.zip"), Fixtures::powerShell51Zip(1, "dataset\\..\\..\\evil.jpg"));
    const Run result = run({QStringLiteral("--check"), QStringLiteral("--json"), climbing});
    QCOMPARE(result.status, 1);
    QCOMPARE(QJsonDocument::fromJson(result.out).object().value(QStringLiteral("can_upload")).toBool(true), false);
}

void CheckCliTest::exitStatus_usageError_isTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no path") << QStringList {QStringLiteral("--check")};
    QTest::newRow("only --json") << QStringList {QStringLiteral("--check"), QStringLiteral("--json")};
    QTest::newRow("unknown option") << QStringList {QStringLiteral("--check"), QStringLiteral("--frobnicate"),
                                                    QStringLiteral("x")};
}

void CheckCliTest::exitStatus_usageError_isTwo()
{
    QFETCH(QStringList, arguments);
    const Run result = run(arguments);
    QCOMPARE(result.status, 2);
    QVERIFY(result.err.contains("--check"));
}

QTEST_GUILESS_MAIN(CheckCliTest)
#include "tst_checkcli.moc"
