// The fault side of the sandbox: faults a test asks for (injectFault), the soak's random ones
// (setRandomFaults) and what the soak reads back. Kept apart from the routes in sandboxserver.cpp.
#include "randomfaults.h"
#include "sandboxserver.h"

#include <QTcpSocket>
#include <QTimer>

namespace Ids::Sandbox {

void SandboxServer::injectFault(const QByteArray &method, const QString &path, const Fault &fault, int times)
{
    for (int i = 0; i < times; ++i)
        m_faults.append({method, path, fault});
}

void SandboxServer::setRandomFaults(double rate, quint32 seed)
{
    m_randomFaults = std::make_shared<RandomFaults>(rate, seed);
}

bool SandboxServer::handleSoak(const Call &call, QTcpSocket *socket)
{
    if (!call.path.startsWith(QLatin1String("/_soak/")))
        return false;
    m_received.removeLast(); // the soak's own questions are not requests of the app
    if (call.method == "POST" && call.path == QLatin1String("/_soak/calm"))
        m_randomFaults->setRate(0);
    else if (call.method != "GET" || call.path != QLatin1String("/_soak/report"))
        return false;
    write(socket, json(200, RandomFaults::report(*this, *m_randomFaults)));
    return true;
}

void SandboxServer::applyFault(const Fault &fault, const Call &call, QTcpSocket *socket)
{
    switch (fault.action) {
    case Fault::Action::Respond: {
        const Reply reply {fault.status, fault.body, fault.contentType, fault.headers};
        if (fault.delayMs <= 0) {
            write(socket, reply);
            break;
        }
        // An answer made now and delivered late: a list read before a create, arriving after the create's.
        QPointer<QTcpSocket> guarded(socket);
        QTimer::singleShot(fault.delayMs, this, [guarded, reply] {
            if (guarded && guarded->state() == QAbstractSocket::ConnectedState)
                write(guarded, reply);
        });
        break;
    }
    case Fault::Action::ApplyThenRespond:
        handle(call, socket, true);
        write(socket, Reply {fault.status, fault.body, fault.contentType, fault.headers});
        break;
    case Fault::Action::DropBeforeApply:
        socket->abort();
        break;
    case Fault::Action::DropAfterApply:
        handle(call, socket, true);
        socket->abort();
        break;
    case Fault::Action::NeverAnswer:
        m_silentSockets.append(socket);
        break;
    case Fault::Action::TruncatedBody: {
        const Reply reply = route(call);
        write(socket, reply, reply.body.size() / 2);
        socket->disconnectFromHost();
        break;
    }
    case Fault::Action::ApplySomeThenDrop:
        route(call, fault.applyFiles);
        socket->abort();
        break;
    case Fault::Action::DelayThenRespond: {
        QPointer<QTcpSocket> guarded(socket);
        QTimer::singleShot(fault.delayMs, this, [this, call, guarded] {
            // Applied even if the client gave up waiting: that is the case this fault exists for.
            const Reply reply = route(call);
            if (guarded && guarded->state() == QAbstractSocket::ConnectedState)
                write(guarded, reply);
        });
        break;
    }
    }
}

} // namespace Ids::Sandbox
