#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>

namespace Ids::Core {

// The time and the timers of the model poller, behind an interface so that tests can step through hours
// of polling at once instead of sleeping.
class PollClock
{
public:
    virtual ~PollClock() = default;
    virtual QDateTime now() const = 0;
    // Calls action once after delay, unless context is gone by then.
    virtual void callAfter(std::chrono::milliseconds delay, QObject *context, std::function<void()> action) = 0;
};

class SystemPollClock final : public PollClock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    void callAfter(std::chrono::milliseconds delay, QObject *context, std::function<void()> action) override
    {
        QTimer::singleShot(delay, context, std::move(action));
    }
};

} // namespace Ids::Core
