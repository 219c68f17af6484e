// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>

namespace nd::Confirmation {

// Asks before something billable or destructive. Window-modal and asynchronous (open(), no nested event
// loop). Cancel is the default and Escape button; `onAccept` runs only when the user presses the
// confirm button (object name "confirmButton"; the box itself is named "confirmation").
QMessageBox *ask(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                 const QString &informativeText, const QString &confirmText, std::function<void()> onAccept,
                 std::function<void()> onReject = {});

} // namespace nd::Confirmation
