// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldchange.h"
#include "apitypes.h"
#include "requests.h"

#include <QList>
#include <QString>

#include <optional>

namespace nd {

// What an SMS or voice configuration is linked to.
struct SmsLink
{
    QString servicePlanId; // "" = none
    QString campaignId;    // "" = none
    bool operator==(const SmsLink &o) const { return servicePlanId == o.servicePlanId && campaignId == o.campaignId; }
    bool operator!=(const SmsLink &o) const { return !(*this == o); }
};

struct VoiceLink
{
    VoiceType type = VoiceType(VoiceType::Value::Rtc);
    QString id; // "" = none
    bool operator==(const VoiceLink &o) const
    {
        return (id.isEmpty() && o.id.isEmpty()) || (type == o.type && id == o.id);
    }
    bool operator!=(const VoiceLink &o) const { return !(*this == o); }
    // "RTC 3e6a…", or "" when nothing is linked.
    QString text() const;
};

// The link in effect for planning: a change that is WAITING or IN_PROGRESS counts, because the API's top-level
// ids keep showing the previous value until it completes (docs/api.md §7.6). A FAILED change does not count.
SmsLink effectiveSms(const ActiveNumber &number);
VoiceLink effectiveVoice(const ActiveNumber &number);

// What the user wants a number to look like; an unset member stays as it is.
struct DesiredSettings
{
    std::optional<QString> displayName;
    std::optional<QString> callbackUrl; // "" removes it
    std::optional<SmsLink> sms;         // servicePlanId "" unlinks SMS (and its campaign)
    std::optional<VoiceLink> voice;     // id "" unlinks voice
    bool isEmpty() const { return !displayName && !callbackUrl && !sms && !voice; }
};

// One PATCH of an update, with the fields it changes.
struct UpdateStep
{
    ActiveNumberUpdate update;
    QList<FieldChange> changes;
};

// The PATCHes that take `current` to `want`, in order; empty when nothing would change. The API links a
// number to a different SMS service plan or campaign only after the old one was unlinked (docs/api.md §4.7):
// such a change takes two steps, unlink ("") and then link. Everything else goes in the first step. How to
// unlink voice is not documented (§9.19): the current type is sent with an empty id, by analogy with SMS.
QList<UpdateStep> planUpdate(const ActiveNumber &current, const DesiredSettings &want);

// Every field change of a plan, in order.
QList<FieldChange> planChanges(const QList<UpdateStep> &steps);

} // namespace nd
