// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <cstdlib>

namespace nd::bench {

// Ends the process once a window has been painted and its data has arrived: prints the time since main()
// as JSON and calls _Exit() at once, so that teardown is not part of the start-up time.
class Readiness final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Readiness)

public:
    Readiness(QWidget *window, const QElapsedTimer &sinceMain)
        : QObject(window)
        , m_sinceMain(sinceMain)
    {
        window->installEventFilter(this);
    }

    void setDataArrived()
    {
        if (!m_dataArrived) {
            m_dataArrived = true;
            m_dataMs = double(m_sinceMain.nsecsElapsed()) / 1e6;
        }
        check();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            m_paintMs = double(m_sinceMain.nsecsElapsed()) / 1e6;
            // After this paint event is done, so the frame is complete.
            QTimer::singleShot(0, this, &Readiness::check);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void check()
    {
        if (!m_painted || !m_dataArrived || m_done)
            return;
        m_done = true;
        // The rows that just arrived are painted before the user can act on them: one more round.
        QTimer::singleShot(0, this, [this] {
            std::printf("{\"readyMs\":%.1f,\"firstPaintMs\":%.1f,\"firstDataMs\":%.1f}\n",
                        double(m_sinceMain.nsecsElapsed()) / 1e6, m_paintMs, m_dataMs);
            std::fflush(stdout);
            std::_Exit(0);
        });
    }

    QElapsedTimer m_sinceMain;
    double m_paintMs = 0;
    double m_dataMs = 0;
    bool m_painted = false;
    bool m_dataArrived = false;
    bool m_done = false;
};

} // namespace nd::bench
