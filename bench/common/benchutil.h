// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QTimer>

// Small helpers shared by the benchmark programs (header-only, benchmarks only).
namespace nd::bench {

// Resident set size of this process in KiB, from /proc/self/status (VmRSS); -1 when unavailable.
inline qint64 residentKiB(const QByteArray &field = QByteArrayLiteral("VmRSS:"))
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Measures how long the event loop goes without running a 1 ms timer: the longest gap between two ticks
// is the longest stall a user would feel (input and paint wait just as long).
class StallMeter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StallMeter)

public:
    explicit StallMeter(QObject *parent = nullptr)
        : QObject(parent)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, &StallMeter::tick);
    }

    void start()
    {
        m_maxGapNs = 0;
        m_ticks = 0;
        m_over50 = 0;
        m_over16 = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop()
    {
        tick();
        m_timer.stop();
    }
    double maxGapMs() const { return double(m_maxGapNs) / 1e6; }
    qint64 ticks() const { return m_ticks; }
    qint64 gapsOver50Ms() const { return m_over50; }
    qint64 gapsOver16Ms() const { return m_over16; }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 gap = now - m_last;
        m_last = now;
        ++m_ticks;
        m_maxGapNs = qMax(m_maxGapNs, gap);
        if (gap > 50'000'000)
            ++m_over50;
        if (gap > 16'000'000)
            ++m_over16;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_maxGapNs = 0;
    qint64 m_ticks = 0;
    qint64 m_over50 = 0;
    qint64 m_over16 = 0;
};

} // namespace nd::bench
