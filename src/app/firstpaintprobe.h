#pragma once

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QObject>
#include <QTimer>

#include <cstdio>

namespace Ids::App {

// For bench/: with IDS_EXIT_AFTER_FIRST_PAINT=N set, quits as soon as an item view has painted holding at
// least N rows, so the cold start to a useful first window can be timed from outside. N = -1 quits at the
// first paint of any window, whatever it shows.
class FirstPaintProbe final : public QObject
{
public:
    FirstPaintProbe(int minimumRows, QObject *parent)
        : QObject(parent)
        , m_minimumRows(minimumRows)
    {
        m_sinceMain.start();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || m_done)
            return false;
        int rows = -1;
        if (m_minimumRows >= 0) {
            auto *view = watched->parent() ? qobject_cast<QAbstractItemView *>(watched->parent()) : nullptr;
            if (!view || view->viewport() != watched || !view->model() || view->model()->rowCount() < m_minimumRows)
                return false;
            rows = view->model()->rowCount();
        }
        {
            m_done = true;
            std::printf("first-paint-ms-since-main %lld rows %d\n", m_sinceMain.elapsed(), rows);
            std::fflush(stdout);
            QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
        }
        return false;
    }

private:
    int m_minimumRows;
    bool m_done = false;
    QElapsedTimer m_sinceMain;
};

} // namespace Ids::App
