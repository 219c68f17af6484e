// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The endpoints of docs/api.md §4, one SandboxApi member each; sandboxapi.cpp routes to them.
#include "addressvalidation.h"
#include "apierrors.h"
#include "catalogue.h"
#include "jsonwriter.h"
#include "requestparsing.h"
#include "sandboxapi.h"
#include "sandboxstate.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace nd::sandbox {

namespace {

constexpr int kDefaultSize = 10; // GET availableNumbers `size`
constexpr int kMaxSize = 100;
constexpr int kDefaultPageSize = 100; // GET activeNumbers `pageSize`
constexpr int kMaxPageSize = 1000;

HttpResponse activeNumberResponse(const ActiveNumberRecord &r, const QString &projectId)
{
    JsonWriter w;
    r.write(w, projectId);
    return jsonResponse(200, w.take());
}

} // namespace

HttpResponse SandboxApi::searchAvailableNumbers(const HttpRequest &request)
{
    const QueryParams q(request.rawQuery);
    Violations v;
    std::optional<QString> region;
    if (const auto raw = q.value(QStringLiteral("regionCode")); !raw || raw->isEmpty()) {
        v.append({QStringLiteral("regionCode"), QStringLiteral("must not be empty")});
    } else if (!(region = parseRegionCode(*raw))) {
        v.append({QStringLiteral("regionCode"), QStringLiteral("\"%1\" is not an ISO 3166-1 alpha-2 code").arg(*raw)});
    }
    std::optional<NumberType> type;
    if (const auto raw = q.value(QStringLiteral("type")); !raw || raw->isEmpty())
        v.append({QStringLiteral("type"), QStringLiteral("must not be empty")});
    else
        type = parseTypeField(*raw, QStringLiteral("type"), &v);
    NumberPattern pattern;
    parsePattern(q.value(QStringLiteral("numberPattern.pattern")),
                 q.value(QStringLiteral("numberPattern.searchPattern")), QStringLiteral("numberPattern."), &pattern,
                 &v);
    const int caps = parseCapabilities(q.list(QStringLiteral("capabilities")), QStringLiteral("capabilities"), &v);
    const int size = parseCount(q, QStringLiteral("size"), kDefaultSize, kMaxSize, &v);
    if (!v.isEmpty())
        return invalidArgument(v);

    JsonWriter w;
    w.beginObject();
    w.key("availableNumbers");
    w.beginArray();
    if (const RegionInfo *info = Catalogue::instance().region(*region)) {
        for (const AvailableNumber &n : m_state->searchAvailable(*info, *type, pattern, caps, size))
            n.write(w);
    }
    w.endArray();
    w.endObject();
    return jsonResponse(200, w.take());
}

HttpResponse SandboxApi::checkAvailability(const QString &number)
{
    const std::optional<AvailableNumber> n = m_state->availableNumber(number);
    if (!n)
        return notFound(QStringLiteral("Number %1 is not available").arg(number), "AvailableNumber", number);
    JsonWriter w;
    n->write(w);
    return jsonResponse(200, w.take());
}

HttpResponse SandboxApi::rent(const QString &number, const HttpRequest &request)
{
    HttpResponse error;
    const std::optional<QJsonObject> body = parseBody(request, &error);
    if (!body)
        return error;
    ConfigChange change;
    Violations v;
    parseConfig(*body, false, &change, &v);
    if (!v.isEmpty())
        return invalidArgument(v);
    const std::optional<AvailableNumber> n = m_state->availableNumber(number);
    if (!n)
        return notFound(QStringLiteral("Number %1 is not available").arg(number), "AvailableNumber", number);
    checkCapabilities(change, n->capabilities, &v);
    if (!v.isEmpty())
        return invalidArgument(v);
    return activeNumberResponse(m_state->rent(*n, change), m_config.projectId);
}

HttpResponse SandboxApi::rentAny(const HttpRequest &request)
{
    HttpResponse error;
    const std::optional<QJsonObject> body = parseBody(request, &error);
    if (!body)
        return error;
    Violations v;
    std::optional<QString> region;
    const auto regionText = stringField(*body, "regionCode", QStringLiteral("regionCode"), &v);
    if (!regionText || regionText->isEmpty())
        v.append({QStringLiteral("regionCode"), QStringLiteral("must not be empty")});
    else if (!(region = parseRegionCode(*regionText)))
        v.append({QStringLiteral("regionCode"),
                  QStringLiteral("\"%1\" is not an ISO 3166-1 alpha-2 code").arg(*regionText)});
    std::optional<NumberType> type;
    const auto typeText = stringField(*body, "type", QStringLiteral("type"), &v);
    if (!typeText || typeText->isEmpty())
        v.append({QStringLiteral("type"), QStringLiteral("must not be empty")});
    else
        type = parseTypeField(*typeText, QStringLiteral("type"), &v);

    NumberPattern pattern;
    const QJsonValue np = body->value(QLatin1String("numberPattern"));
    if (np.isObject()) {
        const QJsonObject o = np.toObject();
        parsePattern(stringField(o, "pattern", QStringLiteral("numberPattern.pattern"), &v),
                     stringField(o, "searchPattern", QStringLiteral("numberPattern.searchPattern"), &v),
                     QStringLiteral("numberPattern."), &pattern, &v);
    } else if (!np.isUndefined() && !np.isNull()) {
        v.append({QStringLiteral("numberPattern"), QStringLiteral("must be an object")});
    }
    QStringList capValues;
    const QJsonValue capsValue = body->value(QLatin1String("capabilities"));
    if (capsValue.isArray()) {
        for (const QJsonValue &c : capsValue.toArray())
            capValues.append(c.toString());
    } else if (capsValue.isString()) {
        capValues = capsValue.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    } else if (!capsValue.isUndefined() && !capsValue.isNull()) {
        v.append({QStringLiteral("capabilities"), QStringLiteral("must be an array of SMS / VOICE")});
    }
    int caps = parseCapabilities(capValues, QStringLiteral("capabilities"), &v);
    ConfigChange change;
    parseConfig(*body, false, &change, &v);
    if (!v.isEmpty())
        return invalidArgument(v);

    // [OAS] rentAny works only for US LOCAL numbers.
    Violations scope;
    if (*region != QLatin1String("US"))
        scope.append({QStringLiteral("regionCode"), QStringLiteral("rentAny supports only regionCode US")});
    if (*type != NumberType::Local)
        scope.append({QStringLiteral("type"), QStringLiteral("rentAny supports only type LOCAL")});
    if (!scope.isEmpty()) {
        return invalidArgument(QStringLiteral("rentAny is only available for regionCode US and type LOCAL; "
                                              "search with GET availableNumbers and rent a specific number instead"),
                               scope);
    }

    // Configuration implies the capability it needs.
    if (change.sms && !change.sms->servicePlanId.isEmpty())
        caps |= Capability::Sms;
    if (change.voice && !change.voice->id.isEmpty())
        caps |= Capability::Voice;
    const RegionInfo *info = Catalogue::instance().region(*region);
    const QList<AvailableNumber> found =
        info ? m_state->searchAvailable(*info, *type, pattern, caps, 1) : QList<AvailableNumber>();
    if (found.isEmpty()) {
        return notFound(QStringLiteral("No available number matches the request"), "AvailableNumber", QString());
    }
    return activeNumberResponse(m_state->rent(found.first(), change), m_config.projectId);
}

HttpResponse SandboxApi::listActiveNumbers(const HttpRequest &request)
{
    const QueryParams q(request.rawQuery);
    Violations v;
    ActiveListQuery query;
    if (const auto raw = q.value(QStringLiteral("regionCode")); raw && !raw->isEmpty()) {
        if (const auto region = parseRegionCode(*raw))
            query.regionCode = *region;
        else
            v.append(
                {QStringLiteral("regionCode"), QStringLiteral("\"%1\" is not an ISO 3166-1 alpha-2 code").arg(*raw)});
    }
    // §7.3: without `type` only MOBILE numbers come back.
    if (const auto raw = q.value(QStringLiteral("type")); raw && !raw->isEmpty()) {
        if (const auto type = parseTypeField(*raw, QStringLiteral("type"), &v))
            query.type = *type;
    }
    parsePattern(q.value(QStringLiteral("numberPattern.pattern")),
                 q.value(QStringLiteral("numberPattern.searchPattern")), QStringLiteral("numberPattern."),
                 &query.pattern, &v);
    query.capabilities = parseCapabilities(q.list(QStringLiteral("capability")), QStringLiteral("capability"), &v);
    if (const auto raw = q.value(QStringLiteral("orderBy")); raw && !raw->isEmpty()) {
        if (*raw == QLatin1String("displayName"))
            query.orderByDisplayName = true;
        else if (*raw != QLatin1String("phoneNumber"))
            v.append({QStringLiteral("orderBy"),
                      QStringLiteral("\"%1\" is not a valid value (phoneNumber, displayName)").arg(*raw)});
    }
    const int pageSize = parseCount(q, QStringLiteral("pageSize"), kDefaultPageSize, kMaxPageSize, &v);
    if (!v.isEmpty())
        return invalidArgument(v);

    const QString fingerprint = pageFingerprint(query);
    std::optional<ActiveCursor> cursor;
    if (const auto raw = q.value(QStringLiteral("pageToken")); raw && !raw->isEmpty()) {
        HttpResponse error;
        cursor = parsePageToken(*raw, fingerprint, &error);
        if (!cursor)
            return error;
    }

    const ActivePage page = m_state->listActive(query, cursor, pageSize);
    JsonWriter w;
    w.reserve(static_cast<qsizetype>(page.items.size()) * 900 + 128);
    w.beginObject();
    w.key("activeNumbers");
    w.beginArray();
    for (const ActiveNumberRecord *r : page.items)
        r->write(w, m_config.projectId);
    w.endArray();
    QString next;
    if (page.hasMore && !page.items.empty()) {
        const ActiveNumberRecord *last = page.items.back();
        next = makePageToken(fingerprint, query.orderByDisplayName ? last->displayName : last->phoneNumber,
                             last->phoneNumber);
    }
    w.field("nextPageToken", next);
    w.field("totalSize", page.totalSize);
    w.endObject();
    return jsonResponse(200, w.take());
}

HttpResponse SandboxApi::getActiveNumber(const QString &number)
{
    const ActiveNumberRecord *r = m_state->activeNumber(number);
    return r ? activeNumberResponse(*r, m_config.projectId) : numberNotFound(number);
}

HttpResponse SandboxApi::updateActiveNumber(const QString &number, const HttpRequest &request)
{
    const ActiveNumberRecord *r = m_state->activeNumber(number);
    if (!r)
        return numberNotFound(number);
    HttpResponse error;
    const std::optional<QJsonObject> body = parseBody(request, &error);
    if (!body)
        return error;
    ConfigChange change;
    Violations v;
    parseConfig(*body, true, &change, &v);
    if (!v.isEmpty())
        return invalidArgument(v);
    checkCapabilities(change, r->capabilities, &v);
    if (!v.isEmpty())
        return invalidArgument(v);

    // §4.7 / §7.6: unlink ("") before linking to a different service plan or campaign.
    if (change.sms) {
        const QString currentPlan = SandboxState::effectiveServicePlanId(*r);
        const QString currentCampaign = SandboxState::effectiveCampaignId(*r);
        const QString &plan = change.sms->servicePlanId;
        if (!plan.isEmpty() && !currentPlan.isEmpty() && plan != currentPlan) {
            return invalidArgument(
                QStringLiteral("FAILED_PRECONDITION: number %1 is linked to service plan %2; unlink it first by "
                               "sending \"servicePlanId\": \"\", then link the new one")
                    .arg(number, currentPlan),
                {{QStringLiteral("smsConfiguration.servicePlanId"),
                  QStringLiteral("unlink the current service plan first")}});
        }
        const QString campaign = change.sms->campaignId.value_or(QString());
        if (!plan.isEmpty() && plan == currentPlan && !campaign.isEmpty() && !currentCampaign.isEmpty() &&
            campaign != currentCampaign) {
            return invalidArgument(
                QStringLiteral("FAILED_PRECONDITION: number %1 is linked to campaign %2; unlink it first by "
                               "sending \"campaignId\": \"\", then link the new one")
                    .arg(number, currentCampaign),
                {{QStringLiteral("smsConfiguration.campaignId"), QStringLiteral("unlink the current campaign first")}});
        }
    }
    return activeNumberResponse(m_state->update(number, change), m_config.projectId);
}

HttpResponse SandboxApi::releaseNumber(const QString &number)
{
    if (!m_state->activeNumber(number))
        return numberNotFound(number);
    return activeNumberResponse(m_state->release(number), m_config.projectId);
}

HttpResponse SandboxApi::emergencyAddress(const QString &number, const QString &verb, const HttpRequest &request)
{
    const ActiveNumberRecord *r = m_state->activeNumber(number);
    if (!r)
        return numberNotFound(number);
    if (r->regionCode != QLatin1String("US") || !(r->capabilities & Capability::Voice)) {
        return invalidArgument(QStringLiteral("Emergency addresses are only supported for US numbers with the VOICE "
                                              "capability"),
                               {{QStringLiteral("phoneNumber"), QStringLiteral("number is not eligible for emergency "
                                                                               "address provisioning")}});
    }
    if (verb.isEmpty()) {
        if (!r->emergencyAddress) {
            return notFound(QStringLiteral("No emergency address is provisioned for %1").arg(number),
                            "EmergencyAddress", number);
        }
        JsonWriter w;
        r->emergencyAddress->write(w);
        return jsonResponse(200, w.take());
    }
    if (verb == QLatin1String("deprovision")) {
        if (!m_state->clearEmergencyAddress(number)) {
            return notFound(QStringLiteral("No emergency address is provisioned for %1").arg(number),
                            "EmergencyAddress", number);
        }
        return jsonResponse(200, QByteArray()); // §4.11: empty body
    }
    HttpResponse error;
    const std::optional<QJsonObject> body = parseBody(request, &error);
    if (!body)
        return error;
    QString displayName;
    EmergencyAddress address;
    Violations v;
    if (!parseAddressRequest(*body, &displayName, &address, &v))
        return invalidArgument(v);
    if (verb == QLatin1String("validate"))
        return jsonResponse(200, validateAddress(number, displayName, address));
    m_state->setEmergencyAddress(number, displayName, address);
    JsonWriter w;
    address.write(w);
    return jsonResponse(200, w.take());
}

HttpResponse SandboxApi::listAvailableRegions(const HttpRequest &request)
{
    const QueryParams q(request.rawQuery);
    Violations v;
    QList<NumberType> types;
    for (const QString &t : q.list(QStringLiteral("types"))) {
        if (const auto type = parseTypeField(t, QStringLiteral("types"), &v))
            types.append(*type);
    }
    if (!v.isEmpty())
        return invalidArgument(v);
    std::vector<const RegionInfo *> regions;
    for (const RegionInfo &r : Catalogue::instance().regions()) {
        // "any" reading of §4.13: a region qualifies when it offers at least one listed type.
        if (types.isEmpty() || std::any_of(types.cbegin(), types.cend(), [&](NumberType t) { return r.offers(t); }))
            regions.push_back(&r);
    }
    std::sort(regions.begin(), regions.end(),
              [](const RegionInfo *a, const RegionInfo *b) { return a->regionCode < b->regionCode; });
    JsonWriter w;
    w.beginObject();
    w.key("availableRegions");
    w.beginArray();
    for (const RegionInfo *r : regions) {
        w.beginObject();
        w.field("regionCode", r->regionCode);
        w.field("regionName", r->regionName);
        w.key("types");
        w.beginArray();
        for (NumberType t : r->types())
            w.value(numberTypeName(t));
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return jsonResponse(200, w.take());
}

HttpResponse SandboxApi::getCallbackConfiguration()
{
    JsonWriter w;
    w.beginObject();
    w.field("projectId", m_config.projectId);
    w.field("hmacSecret", m_state->hmacSecret());
    w.endObject();
    return jsonResponse(200, w.take());
}

HttpResponse SandboxApi::updateCallbackConfiguration(const HttpRequest &request)
{
    HttpResponse error;
    const std::optional<QJsonObject> body = parseBody(request, &error);
    if (!body)
        return error;
    Violations v;
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z0-9-]{32,64}$"));
    const auto secret = stringField(*body, "hmacSecret", QStringLiteral("hmacSecret"), &v);
    if (v.isEmpty() && !secret)
        v.append({QStringLiteral("hmacSecret"), QStringLiteral("must not be empty")});
    else if (secret && !re.match(*secret).hasMatch())
        v.append(
            {QStringLiteral("hmacSecret"), QStringLiteral("must be 32 to 64 characters of A-Z, a-z, 0-9 and '-'")});
    if (!v.isEmpty())
        return invalidArgument(v);
    m_state->setHmacSecret(*secret);
    return getCallbackConfiguration();
}

} // namespace nd::sandbox
