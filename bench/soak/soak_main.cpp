// The soak's driver (bench/soak.sh starts it beside a sandbox with random faults):
//   ids-soak-driver --url http://127.0.0.1:PORT --key KEY --work FOLDER [--seconds 600] [--warmup 60]
// Exit status 0 when every check passed.
#include "soakdriver.h"

#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption url(QStringLiteral("url"), QStringLiteral("The sandbox's address."),
                                 QStringLiteral("url"));
    const QCommandLineOption key(QStringLiteral("key"), QStringLiteral("The sandbox's key."), QStringLiteral("key"));
    const QCommandLineOption work(QStringLiteral("work"), QStringLiteral("A folder for the database and files."),
                                  QStringLiteral("folder"));
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("How long to start new work."),
                                     QStringLiteral("seconds"), QStringLiteral("600"));
    const QCommandLineOption warmup(QStringLiteral("warmup"),
                                    QStringLiteral("Memory growth is measured from this many seconds on."),
                                    QStringLiteral("seconds"), QStringLiteral("60"));
    parser.addOptions({url, key, work, seconds, warmup});
    parser.addHelpOption();
    parser.process(app);

    Ids::Bench::SoakOptions options;
    options.baseUrl = QUrl(parser.value(url));
    options.apiKey = parser.value(key);
    options.workFolder = parser.value(work);
    options.duration = std::chrono::seconds(parser.value(seconds).toInt());
    options.warmup = std::chrono::seconds(parser.value(warmup).toInt());
    if (!options.baseUrl.isValid() || options.apiKey.isEmpty() || options.workFolder.isEmpty())
        parser.showHelp(2);

    Ids::Bench::SoakDriver driver(options);
    QObject::connect(&driver, &Ids::Bench::SoakDriver::finished, &app,
                     [](bool passed) { QCoreApplication::exit(passed ? 0 : 1); });
    driver.start();
    return app.exec();
}
