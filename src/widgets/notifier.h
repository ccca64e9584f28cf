#pragma once

#include <QObject>
#include <QString>

namespace Ids::Widgets {

// One notification for the desktop: what it says, and what it is about.
struct Notification
{
    QString title; // "Model ready"
    QString body; // plain text, one or two sentences
    QString subject; // what a click should open (a model's id); handed back by Notifier::activated()

    bool operator==(const Notification &other) const = default;
};

// Shows notifications outside the app's window: the desktop's notification service, the system tray. An
// interface, so that the window's flows say what they announce to something a test can stand in for, and so
// that a desktop without one thing falls back to the next (NotifierChain).
class Notifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Hands the notification over. Exactly one of shown() and failed() follows, now or later.
    virtual void notify(const Ids::Widgets::Notification &notification) = 0;

Q_SIGNALS:
    void shown(const Ids::Widgets::Notification &notification);
    // Not shown: no service, no tray, an error from the desktop. The reason is for the log, not for people.
    void failed(const Ids::Widgets::Notification &notification, const QString &reason);
    // The person clicked the notification (or its default action).
    void activated(const QString &subject);
};

} // namespace Ids::Widgets
