#include "notifierchain.h"

#include "traynotifier.h"

#ifdef Q_OS_LINUX
#include "desktopnotifier.h"
#endif

namespace Ids::Widgets {

NotifierChain::NotifierChain(const QList<Notifier *> &notifiers, QObject *parent)
    : Notifier(parent)
    , m_notifiers(notifiers)
{
    for (Notifier *notifier : notifiers) {
        notifier->setParent(this);
        connect(notifier, &Notifier::activated, this, &Notifier::activated);
    }
}

void NotifierChain::notify(const Notification &notification)
{
    tryFrom(0, notification, {});
}

void NotifierChain::tryFrom(int index, const Notification &notification, const QStringList &reasons)
{
    if (index >= m_notifiers.size()) {
        Q_EMIT failed(notification, reasons.join(QStringLiteral("; ")));
        return;
    }
    Notifier *notifier = m_notifiers.at(index);
    // This notification's answer from this notifier: the first shown() or failed() about it ends the wait.
    auto *waiting = new QObject(this);
    const auto stopWaiting = [notifier, waiting] {
        QObject::disconnect(notifier, nullptr, waiting, nullptr);
        waiting->deleteLater();
    };
    connect(notifier, &Notifier::shown, waiting, [this, notification, stopWaiting](const Notification &shownOne) {
        if (!(shownOne == notification))
            return;
        stopWaiting();
        Q_EMIT shown(shownOne);
    });
    connect(notifier, &Notifier::failed, waiting,
            [this, notification, stopWaiting, index, reasons](const Notification &failedOne, const QString &reason) {
                if (!(failedOne == notification))
                    return;
                stopWaiting();
                tryFrom(index + 1, failedOne, reasons + QStringList {reason});
            });
    notifier->notify(notification);
}

Notifier *makeDesktopNotifier(QObject *parent)
{
    QList<Notifier *> notifiers;
#ifdef Q_OS_LINUX
    notifiers << new DesktopNotifier();
#endif
    notifiers << new TrayNotifier();
    return new NotifierChain(notifiers, parent);
}

} // namespace Ids::Widgets
