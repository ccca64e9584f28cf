// ids-sandbox-server [--port N] [--dataset NAME]... [--fault-rate R --fault-seed S] [--training-speed X]:
// prints "<base URL> <API key>", then "dataset <id>" for each dataset it was asked to create, and serves
// until killed. With --fault-rate (0.05: 5 %), every request meets a random fault (the soak, bench/soak.sh).
#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>

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
    parser.addOptions({port, dataset, faultRate, faultSeed, trainingSpeed});
    parser.addHelpOption();
    parser.process(app);

    Ids::Sandbox::SandboxServer server;
    if (parser.isSet(faultRate))
        server.setRandomFaults(parser.value(faultRate).toDouble(), parser.value(faultSeed).toUInt());
    if (parser.isSet(trainingSpeed))
        server.setTrainingSpeed(parser.value(trainingSpeed).toDouble());
    if (!server.start(quint16(parser.value(port).toUInt())))
        return 1;
    std::printf("%s %s\n", qPrintable(server.baseUrl().toString()),
                qPrintable(Ids::Sandbox::SandboxServer::defaultApiKey()));
    for (const QString &name : parser.values(dataset))
        std::printf("dataset %s\n", qPrintable(server.addDataset(name).id));
    std::fflush(stdout);
    return app.exec();
}
