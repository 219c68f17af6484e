// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogsizing.h"

#include <QLayout>
#include <QScreen>
#include <QWidget>

namespace nd {

void growToContents(QWidget *window)
{
    if (!window) {
        return;
    }
    if (QLayout *layout = window->layout()) {
        layout->activate();
    }
    QSize wanted = window->size().expandedTo(window->sizeHint());
    if (const QScreen *screen = window->screen()) {
        wanted = wanted.boundedTo(screen->availableGeometry().size());
    }
    if (wanted != window->size()) {
        window->resize(wanted);
    }
}

} // namespace nd
