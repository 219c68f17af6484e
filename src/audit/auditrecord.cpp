// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditrecord.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace nd {

namespace {

struct OperationKey
{
    AuditOperation operation;
    const char *key;
};

constexpr OperationKey OperationKeys[] = {
    {AuditOperation::Rent, "rent"},
    {AuditOperation::RentAny, "rentAny"},
    {AuditOperation::Update, "update"},
    {AuditOperation::Release, "release"},
    {AuditOperation::EmergencyProvision, "emergencyProvision"},
    {AuditOperation::EmergencyDeprovision, "emergencyDeprovision"},
    {AuditOperation::CallbackSecretUpdate, "callbackSecretUpdate"},
};

struct OutcomeKey
{
    AuditOutcome outcome;
    const char *key;
};

constexpr OutcomeKey OutcomeKeys[] = {
    {AuditOutcome::Pending, "pending"}, {AuditOutcome::Done, "done"},     {AuditOutcome::NotDone, "not_done"},
    {AuditOutcome::Unknown, "unknown"}, {AuditOutcome::Failed, "failed"}, {AuditOutcome::Cancelled, "cancelled"},
};

QString timestampText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

namespace AuditKeys {

QString key(AuditOperation operation)
{
    for (const auto &entry : OperationKeys) {
        if (entry.operation == operation) {
            return QLatin1String(entry.key);
        }
    }
    return {};
}

QString key(AuditOutcome outcome)
{
    for (const auto &entry : OutcomeKeys) {
        if (entry.outcome == outcome) {
            return QLatin1String(entry.key);
        }
    }
    return {};
}

QString key(AuditClient client)
{
    return client == AuditClient::Cli ? QStringLiteral("cli") : QStringLiteral("app");
}

std::optional<AuditOperation> operationFromKey(const QString &key)
{
    for (const auto &entry : OperationKeys) {
        if (key == QLatin1String(entry.key)) {
            return entry.operation;
        }
    }
    return std::nullopt;
}

std::optional<AuditOutcome> outcomeFromKey(const QString &key)
{
    for (const auto &entry : OutcomeKeys) {
        if (key == QLatin1String(entry.key)) {
            return entry.outcome;
        }
    }
    return std::nullopt;
}

std::optional<AuditClient> clientFromKey(const QString &key)
{
    if (key == QLatin1String("app")) {
        return AuditClient::App;
    }
    if (key == QLatin1String("cli")) {
        return AuditClient::Cli;
    }
    return std::nullopt;
}

QString operationDisplayName(const QString &key)
{
    const auto operation = operationFromKey(key);
    if (!operation) {
        return key;
    }
    switch (*operation) {
    case AuditOperation::Rent:
        return QCoreApplication::translate("nd::AuditLog", "Rent");
    case AuditOperation::RentAny:
        return QCoreApplication::translate("nd::AuditLog", "Rent any");
    case AuditOperation::Update:
        return QCoreApplication::translate("nd::AuditLog", "Update");
    case AuditOperation::Release:
        return QCoreApplication::translate("nd::AuditLog", "Release");
    case AuditOperation::EmergencyProvision:
        return QCoreApplication::translate("nd::AuditLog", "Provision emergency address");
    case AuditOperation::EmergencyDeprovision:
        return QCoreApplication::translate("nd::AuditLog", "Deprovision emergency address");
    case AuditOperation::CallbackSecretUpdate:
        return QCoreApplication::translate("nd::AuditLog", "Change callback secret");
    }
    return key;
}

QString outcomeDisplayName(const QString &key)
{
    const auto outcome = outcomeFromKey(key);
    if (!outcome) {
        return key;
    }
    switch (*outcome) {
    case AuditOutcome::Pending:
        return QCoreApplication::translate("nd::AuditLog", "In progress or interrupted");
    case AuditOutcome::Done:
        return QCoreApplication::translate("nd::AuditLog", "Done");
    case AuditOutcome::NotDone:
        return QCoreApplication::translate("nd::AuditLog", "Not done");
    case AuditOutcome::Unknown:
        return QCoreApplication::translate("nd::AuditLog", "Outcome unknown");
    case AuditOutcome::Failed:
        return QCoreApplication::translate("nd::AuditLog", "Failed");
    case AuditOutcome::Cancelled:
        return QCoreApplication::translate("nd::AuditLog", "Cancelled");
    }
    return key;
}

QString costDisplayText(const AuditCost &cost)
{
    if (cost.isEmpty()) {
        return {};
    }
    const QString setup =
        QCoreApplication::translate("nd::AuditLog", "%1 %2 setup").arg(cost.currencyCode, cost.setupPrice);
    if (cost.monthlyPrice.isEmpty()) {
        return setup;
    }
    const QString monthly =
        cost.paymentIntervalMonths > 0
            ? QCoreApplication::translate("nd::AuditLog", "%1 %2 every %n month(s)", nullptr,
                                          cost.paymentIntervalMonths)
                  .arg(cost.currencyCode, cost.monthlyPrice)
            : QCoreApplication::translate("nd::AuditLog", "%1 %2 per period").arg(cost.currencyCode, cost.monthlyPrice);
    if (cost.setupPrice.isEmpty()) {
        return monthly;
    }
    return QCoreApplication::translate("nd::AuditLog", "%1 + %2", "setup cost + recurring cost").arg(setup, monthly);
}

} // namespace AuditKeys

bool AuditRecord::isPending() const
{
    return outcome == AuditKeys::key(AuditOutcome::Pending);
}

std::optional<AuditOperation> AuditRecord::operationType() const
{
    return AuditKeys::operationFromKey(operation);
}

std::optional<AuditOutcome> AuditRecord::outcomeType() const
{
    return AuditKeys::outcomeFromKey(outcome);
}

std::optional<AuditClient> AuditRecord::clientType() const
{
    return AuditKeys::clientFromKey(client);
}

QJsonObject AuditRecord::toJson() const
{
    QJsonObject object;
    object.insert(QLatin1String("id"), QJsonValue(id));
    object.insert(QLatin1String("startedAt"), timestampText(startedAt));
    object.insert(QLatin1String("finishedAt"),
                  finishedAt.isValid() ? QJsonValue(timestampText(finishedAt)) : QJsonValue(QJsonValue::Null));
    object.insert(QLatin1String("client"), client);
    object.insert(QLatin1String("appVersion"), appVersion);
    object.insert(QLatin1String("profile"), profile);
    object.insert(QLatin1String("projectId"), projectId);
    object.insert(QLatin1String("operation"), operation);
    object.insert(QLatin1String("numbers"), QJsonArray::fromStringList(numbers));
    object.insert(QLatin1String("summary"), summary);
    if (cost.isEmpty()) {
        object.insert(QLatin1String("cost"), QJsonValue(QJsonValue::Null));
    } else {
        QJsonObject costObject;
        costObject.insert(QLatin1String("currencyCode"), cost.currencyCode);
        costObject.insert(QLatin1String("setupPrice"), cost.setupPrice);
        costObject.insert(QLatin1String("monthlyPrice"), cost.monthlyPrice);
        costObject.insert(QLatin1String("paymentIntervalMonths"), cost.paymentIntervalMonths);
        object.insert(QLatin1String("cost"), costObject);
    }
    object.insert(QLatin1String("outcome"), outcome);
    object.insert(QLatin1String("detail"), detail);
    return object;
}

QStringList AuditRecord::csvHeader()
{
    // Machine-readable column names: a data format, not translated.
    return {QStringLiteral("id"),
            QStringLiteral("started_at"),
            QStringLiteral("finished_at"),
            QStringLiteral("client"),
            QStringLiteral("app_version"),
            QStringLiteral("profile"),
            QStringLiteral("project_id"),
            QStringLiteral("operation"),
            QStringLiteral("numbers"),
            QStringLiteral("summary"),
            QStringLiteral("currency"),
            QStringLiteral("setup_price"),
            QStringLiteral("monthly_price"),
            QStringLiteral("payment_interval_months"),
            QStringLiteral("outcome"),
            QStringLiteral("detail")};
}

QStringList AuditRecord::toCsvFields() const
{
    return {QString::number(id),
            timestampText(startedAt),
            timestampText(finishedAt),
            client,
            appVersion,
            profile,
            projectId,
            operation,
            numbers.join(QLatin1Char(' ')), // E.164 numbers hold no spaces
            summary,
            cost.currencyCode,
            cost.setupPrice,
            cost.monthlyPrice,
            cost.paymentIntervalMonths > 0 ? QString::number(cost.paymentIntervalMonths) : QString(),
            outcome,
            detail};
}

QString auditCsvField(const QString &value)
{
    const bool needsQuotes = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                             value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')) ||
                             (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!needsQuotes) {
        return value;
    }
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace nd
