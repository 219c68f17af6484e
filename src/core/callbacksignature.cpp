// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "callbacksignature.h"

#include <QRegularExpression>

namespace nd::CallbackSignature {

bool isValidSecret(const QString &secret)
{
    static const QRegularExpression rule(QStringLiteral("^[a-zA-Z0-9-]{32,64}$"));
    return rule.match(secret).hasMatch();
}

} // namespace nd::CallbackSignature
