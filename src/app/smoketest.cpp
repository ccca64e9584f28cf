#include "smoketest.h"

#include <QCoreApplication>
#include <QEvent>

#include <cstdio>

namespace Ids::App {

SmokeTest::SmokeTest(std::function<QString()> ready, std::chrono::milliseconds limit, QObject *parent)
    : QObject(parent)
    , m_ready(std::move(ready))
    , m_limit(limit)
{
    m_sinceStart.start();
    QCoreApplication::instance()->installEventFilter(this);
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &SmokeTest::check);
    m_poll.start();
}

bool SmokeTest::eventFilter(QObject *, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        QCoreApplication::instance()->removeEventFilter(this);
    }
    return false;
}

void SmokeTest::check()
{
    if (m_done)
        return;
    const QString missing = m_painted ? m_ready() : QStringLiteral("the window never painted");
    const bool late = m_sinceStart.elapsed() >= m_limit.count();
    if (!missing.isEmpty() && !late)
        return;
    m_done = true;
    m_poll.stop();
    if (missing.isEmpty()) {
        std::printf("smoke test passed: the window painted and was ready after %lld ms\n", m_sinceStart.elapsed());
        std::fflush(stdout);
        QCoreApplication::exit(0);
    } else {
        std::fprintf(stderr, "smoke test failed after %lld ms: %s\n", m_sinceStart.elapsed(), qPrintable(missing));
        QCoreApplication::exit(1);
    }
}

} // namespace Ids::App
