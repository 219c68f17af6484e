// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace nd {

class MainWindow;

// `numberdesk --screenshot-dir DIR`: walks through the main views and dialogs on the current profile (the
// sandbox in practice), saves one PNG per view with QWidget::grab() and quits. Used by
// tools/screenshots.sh for the documentation and for reviewing the UI. Never rents or releases anything:
// every dialog is closed with Cancel before it can confirm.
class ScreenshotTour final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotTour)

public:
    ScreenshotTour(MainWindow *window, const QString &directory, QObject *parent = nullptr);
    ~ScreenshotTour() override;

    void start();

Q_SIGNALS:
    void finished(bool ok);

private:
    using Step = std::function<void()>;
    void next();
    // Polls `condition` every 100 ms (up to `timeoutMs`), then runs next() either way.
    void waitUntil(const std::function<bool()> &condition, int timeoutMs = 15000);
    void settle(int ms = 600);
    bool save(QWidget *widget, const QString &name);
    // Sends a test event from the callback inspector to its own receiver and waits for `expected` callbacks.
    void sendToInspector(const QString &eventType, const QString &status, int expected);
    void grabModal(const QString &name);
    void triggerAction(const char *objectName);

    MainWindow *m_window;
    QString m_directory;
    QList<Step> m_steps;
    int m_index = 0;
    bool m_ok = true;
};

} // namespace nd
