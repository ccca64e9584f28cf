#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

namespace Ids::App {

// --smoke-test, for checking an installation (packaging/test-deb.sh runs the installed package with it). The app
// starts as usual; once its first window has painted and the ready condition holds (in the sandbox: the Models
// page lists the sandbox's shared model, which proves the HTTP server, the network stack and the SQLite driver of
// the installed app work), it prints "smoke test passed: …" and quits with status 0. If that has not happened
// within the time limit, it prints what was missing to stderr and quits with status 1.
class SmokeTest final : public QObject
{
public:
    // ready() is asked every 100 ms after the first paint; it returns an empty string when ready, else what is
    // still missing (a sentence for the log).
    SmokeTest(std::function<QString()> ready, std::chrono::milliseconds limit, QObject *parent);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void check();

    std::function<QString()> m_ready;
    std::chrono::milliseconds m_limit;
    QTimer m_poll;
    QElapsedTimer m_sinceStart;
    bool m_painted = false;
    bool m_done = false;
};

} // namespace Ids::App
