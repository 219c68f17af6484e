// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditrecord.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace nd {

namespace {

QString timestampText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

const QLatin1String PendingKey("pending");

} // namespace

namespace AuditKeys {

QString key(AuditClient client)
{
    return client == AuditClient::Cli ? QStringLiteral("cli") : QStringLiteral("app");
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
    const auto operation = ActionKinds::operationFromKey(key);
    return operation ? ActionKinds::displayName(*operation) : key;
}

QString outcomeDisplayName(const QString &key)
{
    if (key == PendingKey) {
        return QCoreApplication::translate("nd::AuditLog", "In progress or interrupted");
    }
    const auto outcome = ActionKinds::outcomeFromKey(key);
    return outcome ? ActionKinds::displayName(*outcome) : key;
}

} // namespace AuditKeys

QString CostEffect::key() const
{
    switch (kind) {
    case Kind::None:
        break;
    case Kind::Charge:
        return QStringLiteral("charge");
    case Kind::Saving:
        return QStringLiteral("saving");
    case Kind::PossibleCharge:
        return QStringLiteral("possible_charge");
    case Kind::PossibleSaving:
        return QStringLiteral("possible_saving");
    }
    return {};
}

QString CostEffect::displayText() const
{
    if (kind == Kind::None || cost.isEmpty()) {
        return {};
    }
    const QString recurring =
        cost.monthlyPrice.isEmpty()
            ? QString()
            : (cost.paymentIntervalMonths > 0
                   ? tr("%1 %2 every %n month(s)", nullptr, cost.paymentIntervalMonths)
                         .arg(cost.currencyCode, cost.monthlyPrice)
                   : tr("%1 %2 per period").arg(cost.currencyCode, cost.monthlyPrice));
    if (kind == Kind::Saving || kind == Kind::PossibleSaving) {
        if (recurring.isEmpty()) {
            return {};
        }
        return kind == Kind::Saving ? tr("stops %1", "a recurring charge that stops").arg(recurring)
                                    : tr("possibly stops %1", "outcome unknown").arg(recurring);
    }
    QString charge;
    const QString setup = cost.setupPrice.isEmpty() ? QString()
                                                    : tr("%1 %2 setup").arg(cost.currencyCode, cost.setupPrice);
    if (setup.isEmpty()) {
        charge = recurring;
    } else if (recurring.isEmpty()) {
        charge = setup;
    } else {
        charge = tr("%1 + %2", "setup cost + recurring cost").arg(setup, recurring);
    }
    return kind == Kind::Charge ? charge : tr("possibly %1", "outcome unknown").arg(charge);
}

bool AuditRecord::isPending() const
{
    return outcome == PendingKey;
}

std::optional<Operation> AuditRecord::operationType() const
{
    return ActionKinds::operationFromKey(operation);
}

std::optional<OutcomeKind> AuditRecord::outcomeType() const
{
    return ActionKinds::outcomeFromKey(outcome);
}

std::optional<AuditClient> AuditRecord::clientType() const
{
    return AuditKeys::clientFromKey(client);
}

CostEffect AuditRecord::costEffect() const
{
    CostEffect effect;
    effect.cost = cost;
    const auto op = operationType();
    if (!op || cost.isEmpty()) {
        return effect;
    }
    const auto result = outcomeType();
    const bool uncertain = isPending() || result == OutcomeKind::Unknown;
    if (*op == Operation::Rent || *op == Operation::RentAny) {
        if (result == OutcomeKind::Done) {
            effect.kind = CostEffect::Kind::Charge;
        } else if (uncertain) {
            effect.kind = CostEffect::Kind::PossibleCharge;
        }
    } else if (*op == Operation::Release) {
        if (result == OutcomeKind::Done) {
            effect.kind = CostEffect::Kind::Saving;
        } else if (uncertain) {
            effect.kind = CostEffect::Kind::PossibleSaving;
        }
    }
    return effect;
}

QString AuditRecord::operationText() const
{
    return AuditKeys::operationDisplayName(operation);
}

QString AuditRecord::outcomeText() const
{
    const QString text = AuditKeys::outcomeDisplayName(outcome);
    if (settledAt.isValid()) {
        return QCoreApplication::translate("nd::AuditLog", "%1 (settled later by a check)").arg(text);
    }
    return text;
}

QString AuditRecord::changesText() const
{
    const QString changed = FieldChange::describe(changes);
    return changed.isEmpty() ? summary : changed;
}

QJsonObject AuditRecord::toJson() const
{
    QJsonObject object;
    object.insert(QLatin1String("id"), QJsonValue(id));
    object.insert(QLatin1String("startedAt"), timestampText(startedAt));
    object.insert(QLatin1String("finishedAt"),
                  finishedAt.isValid() ? QJsonValue(timestampText(finishedAt)) : QJsonValue(QJsonValue::Null));
    object.insert(QLatin1String("settledAt"),
                  settledAt.isValid() ? QJsonValue(timestampText(settledAt)) : QJsonValue(QJsonValue::Null));
    object.insert(QLatin1String("client"), client);
    object.insert(QLatin1String("appVersion"), appVersion);
    object.insert(QLatin1String("profile"), profile);
    object.insert(QLatin1String("projectId"), projectId);
    object.insert(QLatin1String("jobId"), jobId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(jobId));
    object.insert(QLatin1String("operation"), operation);
    object.insert(QLatin1String("numbers"), QJsonArray::fromStringList(numbers));
    object.insert(QLatin1String("summary"), summary);
    object.insert(QLatin1String("changes"), FieldChange::toJson(changes));
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
    const QString effect = costEffect().key();
    object.insert(QLatin1String("costEffect"), effect.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(effect));
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
            QStringLiteral("settled_at"),
            QStringLiteral("client"),
            QStringLiteral("app_version"),
            QStringLiteral("profile"),
            QStringLiteral("project_id"),
            QStringLiteral("job_id"),
            QStringLiteral("operation"),
            QStringLiteral("numbers"),
            QStringLiteral("summary"),
            QStringLiteral("changes"),
            QStringLiteral("currency"),
            QStringLiteral("setup_price"),
            QStringLiteral("monthly_price"),
            QStringLiteral("payment_interval_months"),
            QStringLiteral("cost_effect"),
            QStringLiteral("outcome"),
            QStringLiteral("detail")};
}

QStringList AuditRecord::toCsvFields() const
{
    return {QString::number(id),
            timestampText(startedAt),
            timestampText(finishedAt),
            timestampText(settledAt),
            client,
            appVersion,
            profile,
            projectId,
            jobId,
            operation,
            numbers.join(QLatin1Char(' ')), // E.164 numbers hold no spaces
            summary,
            FieldChange::describe(changes),
            cost.currencyCode,
            cost.setupPrice,
            cost.monthlyPrice,
            cost.paymentIntervalMonths > 0 ? QString::number(cost.paymentIntervalMonths) : QString(),
            costEffect().key(),
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
