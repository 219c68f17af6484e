// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "records.h"

#include "activenumbercsv.h"
#include "jsonwriters.h"

#include <QCoreApplication>

namespace nd::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nd::cli::Records)
};

QString moneyText(const Money &money)
{
    return money.isEmpty() ? QString() : money.toDisplayString();
}

using ActiveNumberCsv::smsStatus;
using ActiveNumberCsv::voiceStatus;

// Compact summary for the table: "plan/campaign" and "TYPE id", plus the pending change.
QString smsSummary(const std::optional<SmsConfiguration> &sms)
{
    if (!sms) {
        return {};
    }
    QString text = sms->servicePlanId;
    if (!sms->campaignId.isEmpty()) {
        text += QLatin1Char('/') + sms->campaignId;
    }
    if (sms->scheduledProvisioning) {
        const ScheduledProvisioning &p = *sms->scheduledProvisioning;
        if (!text.isEmpty()) {
            text += QLatin1Char(' ');
        }
        text += QStringLiteral("(%1 %2)").arg(p.status.wire(), p.servicePlanId);
    }
    return text;
}

QString voiceSummary(const std::optional<VoiceConfiguration> &voice)
{
    if (!voice) {
        return {};
    }
    QString text;
    if (!voice->id().isEmpty()) {
        text = voice->type.wire() + QLatin1Char(' ') + voice->id();
    }
    if (voice->scheduledVoiceProvisioning) {
        if (!text.isEmpty()) {
            text += QLatin1Char(' ');
        }
        text += QLatin1Char('(') + voiceStatus(voice) + QLatin1Char(')');
    }
    return text;
}

} // namespace

namespace Records {

QString capabilities(const QList<Capability> &capabilities)
{
    return ActiveNumberCsv::capabilities(capabilities);
}

QString dateTime(const QDateTime &dateTime)
{
    return ActiveNumberCsv::dateTime(dateTime);
}

QString interval(int months)
{
    if (months <= 0) {
        return {};
    }
    // One plural message; English singular/plural come from numberdesk_en.ts (translations/README.md).
    return Text::tr("%n months", nullptr, months);
}

QString addressLine(const EmergencyAddress &a)
{
    return a.singleLine();
}

QList<Column> activeNumberColumns()
{
    // The CSV names come from core (shared with the app's export); titles and widths are the table's.
    const QStringList names = ActiveNumberCsv::columnNames();
    const QList<Column> table = {
        {QString(), Text::tr("Number"), 16},
        {QString(), Text::tr("Name"), 24},
        {QString(), Text::tr("Region"), 6},
        {QString(), Text::tr("Type"), 9},
        {QString(), Text::tr("Capabilities"), 12},
        {QString(), Text::tr("Monthly"), 10},
        {QString(), Text::tr("Currency"), 0, false},
        {QString(), Text::tr("Interval"), 0, false},
        {QString(), Text::tr("Next charge"), 20},
        {QString(), Text::tr("Expires"), 20},
        {QString(), Text::tr("SMS"), 34},
        {QString(), Text::tr("Campaign"), 0, false},
        {QString(), Text::tr("SMS provisioning"), 0, false},
        {QString(), Text::tr("Voice"), 40},
        {QString(), Text::tr("Voice id"), 0, false},
        {QString(), Text::tr("Voice provisioning"), 0, false},
        {QString(), Text::tr("Callback URL"), 0, false},
    };
    Q_ASSERT(table.size() == names.size());
    QList<Column> columns = table;
    for (int i = 0; i < columns.size(); ++i) {
        columns[i].csvName = names.at(i);
    }
    return columns;
}

Record activeNumber(const ActiveNumber &n, bool withJson)
{
    Record r;
    const auto &sms = n.smsConfiguration;
    const auto &voice = n.voiceConfiguration;
    r.cells = ActiveNumberCsv::cells(n);
    r.tableCells = {
        n.phoneNumber,
        n.displayName,
        n.regionCode,
        n.type.wire(),
        capabilities(n.capabilities),
        moneyText(n.money),
        dateTime(n.nextChargeDate),
        dateTime(n.expireAt),
        smsSummary(sms),
        voiceSummary(voice),
    };
    if (withJson) {
        r.json = json::toJson(n);
    }
    return r;
}

QList<Column> availableNumberColumns()
{
    return {
        {QStringLiteral("phoneNumber"), Text::tr("Number"), 16},
        {QStringLiteral("regionCode"), Text::tr("Region"), 6},
        {QStringLiteral("type"), Text::tr("Type"), 9},
        {QStringLiteral("capability"), Text::tr("Capabilities"), 12},
        {QStringLiteral("setupPrice"), Text::tr("Setup"), 10},
        {QStringLiteral("monthlyPrice"), Text::tr("Monthly"), 10},
        {QStringLiteral("currency"), Text::tr("Currency"), 0, false},
        {QStringLiteral("paymentIntervalMonths"), Text::tr("Interval"), 10},
        {QStringLiteral("supportingDocumentationRequired"), Text::tr("Documents"), 9},
    };
}

Record availableNumber(const AvailableNumber &n)
{
    Record r;
    r.cells = {
        n.phoneNumber,
        n.regionCode,
        n.type.wire(),
        capabilities(n.capabilities),
        n.setupPrice.amount,
        n.monthlyPrice.amount,
        n.monthlyPrice.currencyCode.isEmpty() ? n.setupPrice.currencyCode : n.monthlyPrice.currencyCode,
        n.paymentIntervalMonths > 0 ? QString::number(n.paymentIntervalMonths) : QString(),
        n.supportingDocumentationRequired ? QStringLiteral("true") : QStringLiteral("false"),
    };
    r.tableCells = {
        n.phoneNumber,
        n.regionCode,
        n.type.wire(),
        capabilities(n.capabilities),
        moneyText(n.setupPrice),
        moneyText(n.monthlyPrice),
        interval(n.paymentIntervalMonths),
        n.supportingDocumentationRequired ? Text::tr("required") : Text::tr("no"),
    };
    r.json = json::toJson(n);
    return r;
}

QList<Column> regionColumns()
{
    return {
        {QStringLiteral("regionCode"), Text::tr("Region"), 6},
        {QStringLiteral("regionName"), Text::tr("Name"), 28},
        {QStringLiteral("types"), Text::tr("Types"), 24},
    };
}

Record region(const AvailableRegion &region)
{
    QStringList types;
    for (const NumberType &t : region.types) {
        types.append(t.wire());
    }
    Record r;
    r.cells = {region.regionCode, region.regionName, types.join(QLatin1Char(' '))};
    r.json = json::toJson(region);
    return r;
}

QList<Column> emergencyAddressColumns()
{
    return {
        {QStringLiteral("phoneNumber"), Text::tr("Number"), 16},
        {QStringLiteral("streetNumber"), Text::tr("Street number"), 8},
        {QStringLiteral("streetInfo"), Text::tr("Street"), 20},
        {QStringLiteral("location"), Text::tr("Location"), 12},
        {QStringLiteral("city"), Text::tr("City"), 16},
        {QStringLiteral("state"), Text::tr("State"), 5},
        {QStringLiteral("postalCode"), Text::tr("Postal code"), 8},
        {QStringLiteral("postalCodePlusFour"), Text::tr("Plus four"), 5},
    };
}

Record emergencyAddress(const QString &phoneNumber, const EmergencyAddress &a)
{
    Record r;
    r.cells = {phoneNumber, a.streetNumber, a.streetInfo, a.location,
               a.city,      a.state,        a.postalCode, a.postalCodePlusFour};
    r.json = json::toJson(a);
    return r;
}

QList<Column> validationColumns()
{
    return {
        {QStringLiteral("phoneNumber"), Text::tr("Number"), 16},
        {QStringLiteral("displayName"), Text::tr("Name"), 20},
        {QStringLiteral("validationResult"), Text::tr("Result"), 12},
        {QStringLiteral("validationMessage"), Text::tr("Messages"), 30},
        {QStringLiteral("validatedAddress"), Text::tr("Validated address"), 40},
        {QStringLiteral("correctedAddress"), Text::tr("Corrected address"), 40},
        {QStringLiteral("candidateAddresses"), Text::tr("Candidates"), 40},
    };
}

Record validation(const ValidateEmergencyAddressResponse &v)
{
    QStringList candidates;
    for (const EmergencyAddress &a : v.candidateAddresses) {
        candidates.append(addressLine(a));
    }
    Record r;
    r.cells = {
        v.phoneNumber,
        v.displayName,
        v.validationResult.wire(),
        v.validationMessages.join(QLatin1Char('|')),
        addressLine(v.validatedAddress),
        v.correctedAddress.isEmpty() ? QString() : addressLine(v.correctedAddress),
        candidates.join(QStringLiteral(" | ")),
    };
    r.json = json::toJson(v);
    return r;
}

QList<Column> callbackColumns(bool withSecret)
{
    QList<Column> columns{{QStringLiteral("projectId"), Text::tr("Project"), 36}};
    if (withSecret) {
        columns.append({QStringLiteral("hmacSecret"), Text::tr("HMAC secret"), 64});
    }
    return columns;
}

Record callbackConfiguration(const CallbackConfiguration &c, bool withSecret)
{
    Record r;
    r.cells = {c.projectId};
    r.json = json::toJson(c);
    if (withSecret) {
        r.cells.append(c.hmacSecret);
    } else {
        r.json.remove(QStringLiteral("hmacSecret"));
    }
    return r;
}

} // namespace Records

} // namespace nd::cli
