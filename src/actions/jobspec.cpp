// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobspec.h"

#include "jsonparsers.h"

#include <QJsonArray>

namespace nd {

namespace {

void putOptional(QJsonObject &object, const char *key, const std::optional<QString> &value)
{
    if (value) {
        object.insert(QLatin1String(key), *value);
    }
}

std::optional<QString> getOptional(const QJsonObject &object, const char *key)
{
    const QJsonValue v = object.value(QLatin1String(key));
    if (!v.isString()) {
        return std::nullopt;
    }
    return v.toString();
}

QJsonObject configurationToJson(const NumberConfiguration &c)
{
    QJsonObject o;
    if (c.sms) {
        QJsonObject sms{{QStringLiteral("servicePlanId"), c.sms->servicePlanId}};
        putOptional(sms, "campaignId", c.sms->campaignId);
        o.insert(QStringLiteral("sms"), sms);
    }
    if (c.voice) {
        o.insert(QStringLiteral("voice"),
                 QJsonObject{{QStringLiteral("type"), c.voice->type.wire()}, {QStringLiteral("id"), c.voice->id}});
    }
    putOptional(o, "callbackUrl", c.callbackUrl);
    return o;
}

NumberConfiguration configurationFromJson(const QJsonObject &o)
{
    NumberConfiguration c;
    if (o.value(QLatin1String("sms")).isObject()) {
        const QJsonObject sms = o.value(QLatin1String("sms")).toObject();
        c.sms = SmsConfigurationRequest{sms.value(QLatin1String("servicePlanId")).toString(),
                                        getOptional(sms, "campaignId")};
    }
    if (o.value(QLatin1String("voice")).isObject()) {
        const QJsonObject voice = o.value(QLatin1String("voice")).toObject();
        c.voice = VoiceConfigurationRequest{VoiceType::fromWire(voice.value(QLatin1String("type")).toString()),
                                            voice.value(QLatin1String("id")).toString()};
    }
    c.callbackUrl = getOptional(o, "callbackUrl");
    return c;
}

QJsonObject rentTargetToJson(const RentTarget &t)
{
    QJsonArray capabilities;
    for (const Capability &c : t.query.capabilities) {
        capabilities.append(c.wire());
    }
    QJsonObject o{{QStringLiteral("regionCode"), t.query.regionCode},
                  {QStringLiteral("type"), t.query.type.wire()},
                  {QStringLiteral("capabilities"), capabilities},
                  {QStringLiteral("count"), t.count}};
    if (!t.query.pattern.isEmpty()) {
        o.insert(QStringLiteral("pattern"), t.query.pattern.pattern);
        o.insert(QStringLiteral("searchPattern"), t.query.pattern.searchPattern.wire());
    }
    if (t.maxRecurring) {
        o.insert(QStringLiteral("maxRecurring"), t.maxRecurring->toString());
    }
    return o;
}

std::optional<RentTarget> rentTargetFromJson(const QJsonObject &o)
{
    RentTarget t;
    t.query.regionCode = o.value(QLatin1String("regionCode")).toString();
    t.query.type = NumberType::fromWire(o.value(QLatin1String("type")).toString());
    for (const QJsonValue &c : o.value(QLatin1String("capabilities")).toArray()) {
        t.query.capabilities.append(Capability::fromWire(c.toString()));
    }
    t.query.pattern.pattern = o.value(QLatin1String("pattern")).toString();
    t.query.pattern.searchPattern = SearchPattern::fromWire(o.value(QLatin1String("searchPattern")).toString());
    t.count = o.value(QLatin1String("count")).toInt();
    if (o.contains(QLatin1String("maxRecurring"))) {
        t.maxRecurring = Decimal::parse(o.value(QLatin1String("maxRecurring")).toString());
        if (!t.maxRecurring) {
            return std::nullopt; // a cap that cannot be read must not become "no cap"
        }
    }
    if (t.query.regionCode.isEmpty() || t.count <= 0) {
        return std::nullopt;
    }
    return t;
}

QString intervalText(int months)
{
    if (months <= 0) {
        return JobKinds::tr("per billing period");
    }
    return JobKinds::tr("every %n month(s)", nullptr, months);
}

} // namespace

QJsonObject JobSpec::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), JobKinds::key(kind)}, {QStringLiteral("concurrency"), concurrency}};
    if (kind == JobKind::Update) {
        QJsonObject u;
        putOptional(u, "displayName", update.displayNameTemplate);
        putOptional(u, "servicePlanId", update.servicePlanId);
        putOptional(u, "campaignId", update.campaignId);
        putOptional(u, "callbackUrl", update.callbackUrl);
        if (update.voice) {
            u.insert(QStringLiteral("voice"), QJsonObject{{QStringLiteral("type"), update.voice->type.wire()},
                                                          {QStringLiteral("id"), update.voice->id}});
        }
        o.insert(QStringLiteral("update"), u);
    }
    if (kind == JobKind::Rent) {
        o.insert(QStringLiteral("configuration"), configurationToJson(configuration));
        if (rentTarget) {
            o.insert(QStringLiteral("rentTarget"), rentTargetToJson(*rentTarget));
        }
    }
    return o;
}

std::optional<JobSpec> JobSpec::fromJson(const QJsonObject &o)
{
    const auto kind = JobKinds::kindFromKey(o.value(QLatin1String("kind")).toString());
    if (!kind) {
        return std::nullopt;
    }
    JobSpec spec;
    spec.kind = *kind;
    spec.concurrency = qMax(1, o.value(QLatin1String("concurrency")).toInt(4));
    const QJsonObject u = o.value(QLatin1String("update")).toObject();
    spec.update.displayNameTemplate = getOptional(u, "displayName");
    spec.update.servicePlanId = getOptional(u, "servicePlanId");
    spec.update.campaignId = getOptional(u, "campaignId");
    spec.update.callbackUrl = getOptional(u, "callbackUrl");
    if (u.value(QLatin1String("voice")).isObject()) {
        const QJsonObject voice = u.value(QLatin1String("voice")).toObject();
        spec.update.voice = VoiceLink{VoiceType::fromWire(voice.value(QLatin1String("type")).toString()),
                                      voice.value(QLatin1String("id")).toString()};
    }
    spec.configuration = configurationFromJson(o.value(QLatin1String("configuration")).toObject());
    if (o.value(QLatin1String("rentTarget")).isObject()) {
        spec.rentTarget = rentTargetFromJson(o.value(QLatin1String("rentTarget")).toObject());
        if (!spec.rentTarget) {
            return std::nullopt;
        }
    }
    return spec;
}

QString JobKinds::key(JobKind kind)
{
    switch (kind) {
    case JobKind::Rent:
        return QStringLiteral("rent");
    case JobKind::Update:
        return QStringLiteral("update");
    case JobKind::Release:
        return QStringLiteral("release");
    case JobKind::EmergencyDeprovision:
        break;
    }
    return QStringLiteral("emergencyDeprovision");
}

std::optional<JobKind> JobKinds::kindFromKey(const QString &key)
{
    for (JobKind k : {JobKind::Rent, JobKind::Update, JobKind::Release, JobKind::EmergencyDeprovision}) {
        if (JobKinds::key(k) == key) {
            return k;
        }
    }
    return std::nullopt;
}

QString JobKinds::key(JobStepState state)
{
    switch (state) {
    case JobStepState::Pending:
        return QStringLiteral("pending");
    case JobStepState::Sending:
        return QStringLiteral("running");
    case JobStepState::Done:
        return QStringLiteral("done");
    case JobStepState::NotDone:
        return QStringLiteral("notDone");
    case JobStepState::DoneByOther:
        return QStringLiteral("doneByOther");
    case JobStepState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<JobStepState> JobKinds::stepStateFromKey(const QString &key)
{
    for (JobStepState s : {JobStepState::Pending, JobStepState::Sending, JobStepState::Done, JobStepState::NotDone,
                           JobStepState::DoneByOther, JobStepState::Unknown}) {
        if (JobKinds::key(s) == key) {
            return s;
        }
    }
    return std::nullopt;
}

QString JobKinds::displayName(JobKind kind)
{
    switch (kind) {
    case JobKind::Rent:
        return tr("Rent");
    case JobKind::Update:
        return tr("Update");
    case JobKind::Release:
        return tr("Release");
    case JobKind::EmergencyDeprovision:
        break;
    }
    return tr("Emergency address removal");
}

QString JobKinds::displayName(JobStepState state)
{
    switch (state) {
    case JobStepState::Pending:
        return tr("Pending");
    case JobStepState::Sending:
        return tr("Running");
    case JobStepState::Done:
        return tr("Done");
    case JobStepState::NotDone:
        return tr("Not done");
    case JobStepState::DoneByOther:
        return tr("Done by someone else");
    case JobStepState::Unknown:
        break;
    }
    return tr("Unknown");
}

JobStepState JobKinds::stateFor(OutcomeKind outcome)
{
    switch (outcome) {
    case OutcomeKind::Done:
        return JobStepState::Done;
    case OutcomeKind::NotDone:
        return JobStepState::NotDone;
    case OutcomeKind::DoneByOther:
        return JobStepState::DoneByOther;
    case OutcomeKind::Unknown:
        break;
    }
    return JobStepState::Unknown;
}

QString expandNameTemplate(const QString &nameTemplate, int counter, const QString &phoneNumber)
{
    QString out = nameTemplate;
    out.replace(QLatin1String("{n}"), QString::number(counter));
    out.replace(QLatin1String("{number}"), phoneNumber);
    return out;
}

DesiredSettings desiredSettings(const ActiveNumber &current, const UpdateWish &wish, int counter)
{
    DesiredSettings want;
    if (wish.displayNameTemplate) {
        want.displayName = expandNameTemplate(*wish.displayNameTemplate, counter, current.phoneNumber);
    }
    want.callbackUrl = wish.callbackUrl;
    if (wish.servicePlanId || wish.campaignId) {
        const SmsLink base = effectiveSms(current);
        SmsLink sms;
        sms.servicePlanId = wish.servicePlanId.value_or(base.servicePlanId);
        if (wish.campaignId) {
            sms.campaignId = *wish.campaignId;
        } else if (sms.servicePlanId == base.servicePlanId) {
            sms.campaignId = base.campaignId;
        }
        if (sms.servicePlanId.isEmpty()) {
            sms.campaignId.clear(); // unlinking the plan unlinks its campaign
        }
        want.sms = sms;
    }
    want.voice = wish.voice;
    return want;
}

std::optional<ActionRequest> stepRequest(const JobSpec &spec, const JobStep &step, const QString &jobId)
{
    std::optional<ActionRequest> request;
    switch (spec.kind) {
    case JobKind::Rent: {
        const Result<AvailableNumber> offer = json::parseAvailableNumber(step.subject);
        if (offer) {
            request = ActionRequest::rentNumber(offer.value(), spec.configuration);
        }
        break;
    }
    case JobKind::Update: {
        const Result<ActiveNumber> current = json::parseActiveNumber(step.subject);
        if (current) {
            request = ActionRequest::updateNumber(
                current.value(), planUpdate(current.value(), desiredSettings(current.value(), spec.update, step.index + 1)));
        }
        break;
    }
    case JobKind::Release: {
        const Result<ActiveNumber> current = json::parseActiveNumber(step.subject);
        if (current) {
            request = ActionRequest::releaseNumber(current.value());
        }
        break;
    }
    case JobKind::EmergencyDeprovision: {
        // The subject is the address as read for the preview (the activity log records it as the old value).
        std::optional<EmergencyAddress> before;
        if (!step.subject.isEmpty()) {
            const Result<EmergencyAddress> address = json::parseEmergencyAddress(step.subject);
            if (!address) {
                break;
            }
            before = address.value();
        }
        request = ActionRequest::deprovisionAddress(step.phoneNumber, before);
        break;
    }
    }
    if (request) {
        request->jobId = jobId;
    }
    return request;
}

JobPreview previewJob(const JobSpec &spec, const QList<JobStep> &steps)
{
    JobPreview preview;
    for (const JobStep &step : steps) {
        StepPreview row;
        row.phoneNumber = step.phoneNumber;
        if (spec.kind == JobKind::Rent) {
            const Result<AvailableNumber> offer = json::parseAvailableNumber(step.subject);
            if (offer) {
                row.setupPrice = offer.value().setupPrice;
                row.recurringPrice = offer.value().monthlyPrice;
                row.paymentIntervalMonths = offer.value().paymentIntervalMonths;
                preview.setup.add(row.setupPrice, 0);
                preview.recurringStart.add(row.recurringPrice, row.paymentIntervalMonths);
            }
        } else if (spec.kind == JobKind::EmergencyDeprovision) {
            if (const std::optional<ActionRequest> request = stepRequest(spec, step, QString())) {
                row.changes = request->changes(); // address → none
            }
        } else if (spec.kind == JobKind::Update || spec.kind == JobKind::Release) {
            const Result<ActiveNumber> current = json::parseActiveNumber(step.subject);
            if (current && spec.kind == JobKind::Update) {
                row.changes =
                    planChanges(planUpdate(current.value(), desiredSettings(current.value(), spec.update, step.index + 1)));
                row.nothingToChange = row.changes.isEmpty();
                preview.nothingToChange += row.nothingToChange ? 1 : 0;
            } else if (current) {
                row.recurringPrice = current.value().money;
                row.paymentIntervalMonths = current.value().paymentIntervalMonths;
                preview.recurringStop.add(row.recurringPrice, row.paymentIntervalMonths);
            }
        }
        preview.steps.append(row);
    }
    return preview;
}

QString totalsText(const PriceTotals &totals, bool oneOff)
{
    QStringList parts;
    for (const PriceTotals::Entry &e : totals.entries()) {
        parts << (oneOff ? JobKinds::tr("%1 %2 once (%n number(s))", nullptr, e.count).arg(e.currencyCode, e.sum.toString(2))
                         : JobKinds::tr("%1 %2 %3 (%n number(s))", nullptr, e.count)
                               .arg(e.currencyCode, e.sum.toString(2), intervalText(e.paymentIntervalMonths)));
    }
    for (const QString &raw : totals.unparsed()) {
        parts << raw;
    }
    return parts.join(QStringLiteral("; "));
}

OfferChoice chooseOffers(const QList<AvailableNumber> &offers, int limit, const std::optional<Decimal> &cap,
                         QHash<QString, Decimal> committed, const QSet<QString> &exclude)
{
    OfferChoice choice;
    for (const AvailableNumber &offer : offers) {
        if (limit > 0 && choice.chosen.size() >= limit) {
            break;
        }
        if (exclude.contains(offer.phoneNumber)) {
            continue;
        }
        if (cap) {
            const std::optional<Decimal> amount = offer.monthlyPrice.decimal();
            const Decimal sum = committed.value(offer.monthlyPrice.currencyCode) + amount.value_or(Decimal());
            if (!amount || cap->compare(sum) < 0) {
                ++choice.leftOutByCap;
                continue;
            }
            committed.insert(offer.monthlyPrice.currencyCode, sum);
        }
        choice.chosen.append(offer);
    }
    return choice;
}

QHash<QString, Decimal> committedRecurring(const QList<JobStep> &steps)
{
    QHash<QString, Decimal> sums;
    for (const JobStep &step : steps) {
        if (step.state == JobStepState::NotDone || step.state == JobStepState::DoneByOther) {
            continue; // not rented by this job: nothing to pay
        }
        const Result<AvailableNumber> offer = json::parseAvailableNumber(step.subject);
        if (!offer) {
            continue;
        }
        const Money &price = offer.value().monthlyPrice;
        sums.insert(price.currencyCode, sums.value(price.currencyCode) + price.decimal().value_or(Decimal()));
    }
    return sums;
}

int rentStillWanted(const JobSpec &spec, const QList<JobStep> &steps)
{
    if (spec.kind != JobKind::Rent || !spec.rentTarget) {
        return 0;
    }
    const auto taken = std::count_if(steps.cbegin(), steps.cend(), [](const JobStep &s) {
        return s.state != JobStepState::NotDone && s.state != JobStepState::DoneByOther;
    });
    return qMax(0, spec.rentTarget->count - int(taken));
}

} // namespace nd
