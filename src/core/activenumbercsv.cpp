// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "activenumbercsv.h"

namespace nd::ActiveNumberCsv {

QStringList columnNames()
{
    return {QStringLiteral("phoneNumber"),     QStringLiteral("displayName"),
            QStringLiteral("regionCode"),      QStringLiteral("type"),
            QStringLiteral("capability"),      QStringLiteral("monthlyPrice"),
            QStringLiteral("currency"),        QStringLiteral("paymentIntervalMonths"),
            QStringLiteral("nextChargeDate"),  QStringLiteral("expireAt"),
            QStringLiteral("smsServicePlanId"), QStringLiteral("smsCampaignId"),
            QStringLiteral("smsProvisioning"), QStringLiteral("voiceType"),
            QStringLiteral("voiceId"),         QStringLiteral("voiceProvisioning"),
            QStringLiteral("callbackUrl")};
}

QStringList cells(const ActiveNumber &n)
{
    const auto &sms = n.smsConfiguration;
    const auto &voice = n.voiceConfiguration;
    return {
        n.phoneNumber,
        n.displayName,
        n.regionCode,
        n.type.wire(),
        capabilities(n.capabilities),
        n.money.amount,
        n.money.currencyCode,
        n.paymentIntervalMonths > 0 ? QString::number(n.paymentIntervalMonths) : QString(),
        dateTime(n.nextChargeDate),
        dateTime(n.expireAt),
        sms ? sms->servicePlanId : QString(),
        sms ? sms->campaignId : QString(),
        smsStatus(sms),
        voice && !voice->id().isEmpty() ? voice->type.wire() : QString(),
        voice ? voice->id() : QString(),
        voiceStatus(voice),
        n.callbackUrl,
    };
}

QByteArray field(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace('"', QByteArrayLiteral("\"\""));
        bytes.prepend('"');
        bytes.append('"');
    }
    return bytes;
}

QByteArray line(const QStringList &fields)
{
    QByteArray out;
    for (int i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            out += ',';
        }
        out += field(fields.at(i));
    }
    out += '\n';
    return out;
}

QString capabilities(const QList<Capability> &capabilities)
{
    QStringList names;
    for (const Capability &c : capabilities) {
        names.append(c.wire());
    }
    return names.join(QLatin1Char(' '));
}

QString dateTime(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.toUTC().toString(Qt::ISODate) : QString();
}

QString smsStatus(const std::optional<SmsConfiguration> &sms)
{
    if (!sms || !sms->scheduledProvisioning) {
        return {};
    }
    const ScheduledProvisioning &p = *sms->scheduledProvisioning;
    QString text = p.status.wire();
    QStringList codes;
    for (const SmsErrorCode &c : p.errorCodes) {
        codes.append(c.wire());
    }
    if (!codes.isEmpty()) {
        text += QLatin1Char(' ') + codes.join(QLatin1Char(' '));
    }
    return text;
}

QString voiceStatus(const std::optional<VoiceConfiguration> &voice)
{
    if (!voice || !voice->scheduledVoiceProvisioning) {
        return {};
    }
    const ScheduledVoiceProvisioning &p = *voice->scheduledVoiceProvisioning;
    return p.status.wire() + QLatin1Char(' ') + p.type.wire() + QLatin1Char(' ') + p.id();
}

} // namespace nd::ActiveNumberCsv
