// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "confirmation.h"

#include <QPushButton>

namespace nd::Confirmation {

QMessageBox *ask(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                 const QString &informativeText, const QString &confirmText, std::function<void()> onAccept,
                 std::function<void()> onReject)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("confirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(informativeText);
    QPushButton *confirm = box->addButton(confirmText, QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    box->setWindowModality(Qt::WindowModal);
    QObject::connect(box, &QMessageBox::finished, box,
                     [box, confirm, onAccept = std::move(onAccept), onReject = std::move(onReject)](int) {
                         if (box->clickedButton() == confirm) {
                             if (onAccept) {
                                 onAccept();
                             }
                         } else if (onReject) {
                             onReject();
                         }
                     });
    box->open();
    cancel->setFocus();
    return box;
}

} // namespace nd::Confirmation
