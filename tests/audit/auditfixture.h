// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Deterministic record contents shared by the crash-test writer and the tests that check what it wrote.

#include "auditrecord.h"

#include <QString>

namespace nd::AuditFixture {

inline Operation operationFor(int seq)
{
    constexpr Operation operations[] = {
        Operation::Rent,
        Operation::RentAny,
        Operation::Update,
        Operation::Release,
        Operation::EmergencyProvision,
        Operation::EmergencyDeprovision,
        Operation::CallbackSecretUpdate,
    };
    return operations[seq % 7];
}

inline AuditAction actionFor(const QString &tag, int seq)
{
    AuditAction action;
    action.operation = operationFor(seq);
    action.client = seq % 2 ? AuditClient::Cli : AuditClient::App;
    action.profile = tag;
    action.projectId = QStringLiteral("project-") + tag;
    action.numbers = {QStringLiteral("+1555%1").arg(seq, 7, 10, QLatin1Char('0'))};
    if (seq % 5 == 0) {
        action.numbers.append(QStringLiteral("+4420%1").arg(seq, 8, 10, QLatin1Char('0')));
    }
    action.summary = QStringLiteral("tag=%1 seq=%2").arg(tag).arg(seq);
    if (action.operation == Operation::Rent) {
        action.cost = {QStringLiteral("USD"), QStringLiteral("1.%1").arg(seq % 100, 2, 10, QLatin1Char('0')),
                       QStringLiteral("2.50"), 1};
    }
    return action;
}

// Records whose seq is a multiple of 3 stay pending; the others are finished as done with this detail.
inline bool finishes(int seq)
{
    return seq % 3 != 0;
}

inline QString detailFor(const QString &tag, int seq)
{
    return QStringLiteral("done, \"%1\" seq %2 \u2713\nsecond line").arg(tag).arg(seq);
}

} // namespace nd::AuditFixture
