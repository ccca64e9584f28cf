// The sandbox as a process of its own, so curl and the app's client can be timed against the same server.
#include <sandbox/sandboxserver.h>

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Ids::Sandbox::SandboxServer server;
    if (!server.start())
        return 1;
    std::printf("%s %s\n", qPrintable(server.baseUrl().toString()),
                qPrintable(Ids::Sandbox::SandboxServer::defaultApiKey()));
    std::fflush(stdout);
    return app.exec();
}
