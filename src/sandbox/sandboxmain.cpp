// ids-sandbox-server [--port N] [--dataset NAME]...: prints "<base URL> <API key>", then "dataset <id>" for
// each dataset it was asked to create, and serves until killed.
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
    parser.addOptions({port, dataset});
    parser.addHelpOption();
    parser.process(app);

    Ids::Sandbox::SandboxServer server;
    if (!server.start(quint16(parser.value(port).toUInt())))
        return 1;
    std::printf("%s %s\n", qPrintable(server.baseUrl().toString()),
                qPrintable(Ids::Sandbox::SandboxServer::defaultApiKey()));
    for (const QString &name : parser.values(dataset))
        std::printf("dataset %s\n", qPrintable(server.addDataset(name).id));
    std::fflush(stdout);
    return app.exec();
}
