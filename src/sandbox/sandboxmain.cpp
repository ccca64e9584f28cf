// ids-sandbox-server [--port N] [--dataset NAME]... [--fault-rate R --fault-seed S] [--training-speed X]
//                    [--describe-rate-limit-every N]:
// prints "<base URL> <API key>", then "dataset <id>" for each dataset it was asked to create, and serves
// until killed. With --fault-rate (0.05: 5 %), every request meets a random fault (the soak, bench/soak.sh).
// With --describe-rate-limit-every N, every N-th describe is answered 429 with Retry-After: 1 (issue 15 item 8).
#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (0: any free one)."),
                                  QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption dataset(QStringLiteral("dataset"), QStringLiteral("Create a dataset of this name."),
                                     QStringLiteral("name"));
    const QCommandLineOption faultRate(QStringLiteral("fault-rate"),
                                       QStringLiteral("Chance of a random fault per request (0 to 1)."),
                                       QStringLiteral("rate"));
    const QCommandLineOption faultSeed(QStringLiteral("fault-seed"), QStringLiteral("Seed of the random faults."),
                                       QStringLiteral("seed"), QStringLiteral("1"));
    const QCommandLineOption trainingSpeed(QStringLiteral("training-speed"),
                                           QStringLiteral("How much faster trainings pass (1: about 20 s)."),
                                           QStringLiteral("factor"));
    const QCommandLineOption describeRateLimit(
        QStringLiteral("describe-rate-limit-every"),
        QStringLiteral("Answer every n-th describe with 429 Too Many Requests and Retry-After: 1 (0: never)."),
        QStringLiteral("n"));
    parser.addOptions({port, dataset, faultRate, faultSeed, trainingSpeed, describeRateLimit});
    parser.addHelpOption();
    parser.process(app);

    Ids::Sandbox::SandboxServer server;
    if (parser.isSet(faultRate))
        server.setRandomFaults(parser.value(faultRate).toDouble(), parser.value(faultSeed).toUInt());
    if (parser.isSet(trainingSpeed))
        server.setTrainingSpeed(parser.value(trainingSpeed).toDouble());
    if (parser.isSet(describeRateLimit))
        server.setDescribeRateLimitEvery(std::max(0, parser.value(describeRateLimit).toInt()));
    if (!server.start(quint16(parser.value(port).toUInt())))
        return 1;
    std::printf("%s %s\n", qPrintable(server.baseUrl().toString()),
                qPrintable(Ids::Sandbox::SandboxServer::defaultApiKey()));
    for (const QString &name : parser.values(dataset))
        std::printf("dataset %s\n", qPrintable(server.addDataset(name).id));
    std::fflush(stdout);
    return app.exec();
}
