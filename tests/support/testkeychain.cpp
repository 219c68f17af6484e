// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testkeychain.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace nd::test {

QString uniqueKeychainService()
{
    static const QString service = QStringLiteral("numberdesk-test-%1-%2")
                                       .arg(QCoreApplication::applicationPid())
                                       .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    return service;
}

} // namespace nd::test
