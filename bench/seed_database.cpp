// Writes N datasets into the app's database for one account scope, for the start-up benchmark.
#include <core/storage/datasetstore.h>

#include <QCoreApplication>
#include <QStandardPaths>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ideogram-datasets"));
    QCoreApplication::setOrganizationName(QStringLiteral("ideogram-datasets"));
    if (argc < 3) {
        std::fprintf(stderr, "usage: seed_database <count> <scope>\n");
        return 2;
    }
    const int count = QString::fromLocal8Bit(argv[1]).toInt();
    const QString path =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/datasets.sqlite");
    Ids::Core::DatasetStore store(path);
    QString error;
    if (!store.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    store.setScope(QString::fromLocal8Bit(argv[2]));
    QList<Ids::Core::Dataset> datasets;
    const QDateTime base(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        Ids::Core::Dataset dataset;
        dataset.id = QStringLiteral("bench-%1").arg(i, 8, 10, QLatin1Char('0'));
        dataset.name = QStringLiteral("Benchmark dataset %1").arg(i);
        dataset.userId = QStringLiteral("bench");
        dataset.creationTime = Ids::Core::ApiDateTime::fromUtc(base.addSecs(i));
        datasets.append(dataset);
    }
    if (!store.upsertMany(datasets)) {
        std::fprintf(stderr, "%s\n", qPrintable(store.lastError()));
        return 1;
    }
    std::printf("%s\n", qPrintable(path));
    return 0;
}
