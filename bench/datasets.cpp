// 100,000 datasets (issue 18, figure 5): loaded from the database into the list model as the app does at
// start (DatasetCacheLoader on its worker, then mergeCached into DatasetListModel under the sorting
// DatasetFilterProxy), and one keystroke in the search box ("7" typed into an empty box, the proxy
// filtering every row). Baseline: a bare QSortFilterProxyModel (case-insensitive fixed string, sorted) over a
// QStringListModel of the same names. Medians of <runs>; prints one line:
//   "<load ms> <keystroke ms> <bare proxy keystroke ms> <bare model+proxy load ms> <rows shown after filter>
//    <the same four as CPU ms of the process>"
// The CPU times say what the work costs on a machine that other processes keep busy (the wall times then
// include waiting for a core).
// usage: bench_datasets <count> <runs>
#include <core/storage/datasetstore.h>
#include <models/datasetcacheloader.h>
#include <models/datasetfilterproxy.h>
#include <models/datasetlistmodel.h>

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSortFilterProxyModel>
#include <QStringListModel>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double cpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// What a view asks of the proxy after a change, inside the timed part: a proxy may build its rows lazily,
// on the first question (QSortFilterProxyModel::invalidate does).
bool shownToView(const QAbstractItemModel &proxy)
{
    const int rows = proxy.rowCount();
    return rows == 0 || (proxy.index(0, 0).isValid() && proxy.index(rows - 1, 0).isValid());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: bench_datasets <count> <runs>\n");
        return 2;
    }
    const int count = QString::fromLocal8Bit(argv[1]).toInt();
    const int runs = std::max(1, QString::fromLocal8Bit(argv[2]).toInt());
    const QString scope = QStringLiteral("https://api.ideogram.ai");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("datasets.sqlite"));
    QStringList names;
    {
        Ids::Core::DatasetStore store(path);
        if (!store.open())
            return 1;
        store.setScope(scope);
        QList<Ids::Core::Dataset> datasets;
        const QDateTime base(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        for (int i = 0; i < count; ++i) {
            Ids::Core::Dataset dataset;
            dataset.id = QStringLiteral("bench-%1").arg(i, 8, 10, QLatin1Char('0'));
            dataset.name = QStringLiteral("Benchmark dataset %1").arg(i);
            dataset.userId = QStringLiteral("bench");
            dataset.creationTime = Ids::Core::ApiDateTime::fromUtc(base.addSecs(i));
            datasets.append(dataset);
            names.append(dataset.name + QLatin1Char('\n') + dataset.id); // what the app's search matches
        }
        if (!store.upsertMany(datasets))
            return 1;
    }

    QList<double> load, key, bareKey, bareLoad, loadCpu, keyCpu, bareKeyCpu, bareLoadCpu;
    int shown = 0;
    for (int run = 0; run < runs; ++run) {
        {
            Ids::Models::DatasetListModel model;
            Ids::Models::DatasetFilterProxy proxy;
            proxy.setSourceModel(&model);
            proxy.sort(int(Ids::Models::DatasetListModel::Column::Created), Qt::DescendingOrder); // as the list pane
            Ids::Models::DatasetCacheLoader loader;
            QEventLoop wait; // a benchmark's own loop, not the app's
            QObject::connect(&loader, &Ids::Models::DatasetCacheLoader::loaded, &wait,
                             [&](const Ids::Models::CachedDatasets &cached) {
                                 model.mergeCached(cached.datasets);
                                 wait.quit();
                             });
            QObject::connect(&loader, &Ids::Models::DatasetCacheLoader::failed, &wait, [&] { wait.exit(1); });
            QElapsedTimer timer;
            timer.start();
            double cpu = cpuMs();
            loader.load(path, scope);
            if (wait.exec() != 0 || model.rowCount() != count || !shownToView(proxy))
                return 1;
            load.append(msSince(timer));
            loadCpu.append(cpuMs() - cpu);
            timer.start();
            cpu = cpuMs();
            proxy.setSearchText(QStringLiteral("7"));
            shownToView(proxy);
            key.append(msSince(timer));
            keyCpu.append(cpuMs() - cpu);
            shown = proxy.rowCount();
        }
        {
            QElapsedTimer timer;
            timer.start();
            double cpu = cpuMs();
            QStringListModel model(names);
            QSortFilterProxyModel proxy;
            proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
            proxy.setDynamicSortFilter(true);
            proxy.setSourceModel(&model);
            proxy.sort(0, Qt::DescendingOrder);
            shownToView(proxy);
            bareLoad.append(msSince(timer));
            bareLoadCpu.append(cpuMs() - cpu);
            timer.start();
            cpu = cpuMs();
            proxy.setFilterFixedString(QStringLiteral("7"));
            shownToView(proxy);
            bareKey.append(msSince(timer));
            bareKeyCpu.append(cpuMs() - cpu);
            if (proxy.rowCount() != shown)
                std::fprintf(stderr, "the bare proxy shows %d rows, the app's %d\n", proxy.rowCount(), shown);
        }
    }
    std::printf("%.2f %.2f %.2f %.2f %d %.2f %.2f %.2f %.2f\n", median(load), median(key), median(bareKey),
                median(bareLoad), shown, median(loadCpu), median(keyCpu), median(bareKeyCpu), median(bareLoadCpu));
    return 0;
}
