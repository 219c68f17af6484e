// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestbuilder.h"

#include "phonenumber.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace nd::wire {

namespace {

// Gives lupdate and the runtime the same context for the free functions of this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nd::wire)
};

QLatin1String L(const char *s)
{
    return QLatin1String(s);
}

class QueryBuilder
{
public:
    void add(const char *name, const QString &value)
    {
        if (value.isEmpty()) {
            return; // §3.2: unset parameters are left out entirely
        }
        if (!m_query.isEmpty()) {
            m_query += '&';
        }
        m_query += name;
        m_query += '=';
        m_query += percentEncode(value);
    }
    QByteArray take() { return std::move(m_query); }

private:
    QByteArray m_query;
};

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<ApiError> checkProject(const QString &projectId)
{
    if (!isValidProjectId(projectId)) {
        return ApiError::validation(
            Text::tr("The project id may only contain letters, digits, '-' and '_' (at most 128 characters)."));
    }
    return std::nullopt;
}

std::optional<ApiError> checkNumber(const QString &phoneNumber)
{
    if (!PhoneNumber::isValidE164(phoneNumber)) {
        return ApiError::validation(
            Text::tr("\"%1\" is not a phone number in E.164 format (a '+' followed by up to 15 digits).")
                .arg(phoneNumber));
    }
    return std::nullopt;
}

QByteArray projectPath(const QString &projectId)
{
    return "/v1/projects/" + projectId.toLatin1();
}

QByteArray numberPath(const QString &projectId, const char *collection, const QString &phoneNumber)
{
    return projectPath(projectId) + '/' + collection + '/' + phoneNumber.toLatin1();
}

// Every operation on one number: both path parts must be safe before anything is built.
std::optional<ApiError> checkProjectAndNumber(const QString &projectId, const QString &phoneNumber)
{
    if (auto e = checkProject(projectId)) {
        return e;
    }
    return checkNumber(phoneNumber);
}

WireRequest make(Resend resend, const char *method, QByteArray path, QByteArray query = {},
                 std::optional<QByteArray> body = {})
{
    WireRequest r;
    r.resend = resend;
    r.method = method;
    r.path = std::move(path);
    r.query = std::move(query);
    if (body) {
        r.contentType = QByteArrayLiteral("application/json");
    }
    r.body = std::move(body);
    return r;
}

std::optional<ApiError> checkVoice(const NumberConfiguration &c)
{
    if (c.voice && !c.voice->type.isEmpty() && !c.voice->type.isKnown()) {
        return ApiError::validation(
            Text::tr("Unknown voice configuration type \"%1\": use RTC, EST or FAX.").arg(c.voice->type.wire()));
    }
    return std::nullopt;
}

void addConfiguration(QJsonObject &o, const NumberConfiguration &c)
{
    if (c.sms) {
        QJsonObject sms{{L("servicePlanId"), c.sms->servicePlanId}};
        if (c.sms->campaignId) {
            sms.insert(L("campaignId"), *c.sms->campaignId);
        }
        o.insert(L("smsConfiguration"), sms);
    }
    if (c.voice) {
        // §5.8: always `type`, plus exactly the one id field of that type. An unset type means RTC.
        const VoiceType type = c.voice->type.isEmpty() ? VoiceType(VoiceType::Value::Rtc) : c.voice->type;
        const char *idField = "appId";
        if (type == VoiceType::Value::Est) {
            idField = "trunkId";
        } else if (type == VoiceType::Value::Fax) {
            idField = "serviceId";
        }
        o.insert(L("voiceConfiguration"), QJsonObject{{L("type"), type.wire()}, {L(idField), c.voice->id}});
    }
    if (c.callbackUrl) {
        o.insert(L("callbackUrl"), *c.callbackUrl);
    }
}

std::optional<ApiError> checkEmergency(const EmergencyAddressRequest &r)
{
    const std::pair<const QString *, const char *> required[] = {
        {&r.displayName, QT_TRANSLATE_NOOP("nd::wire", "display name")},
        {&r.streetNumber, QT_TRANSLATE_NOOP("nd::wire", "street number")},
        {&r.streetInfo, QT_TRANSLATE_NOOP("nd::wire", "street")},
        {&r.city, QT_TRANSLATE_NOOP("nd::wire", "city")},
        {&r.state, QT_TRANSLATE_NOOP("nd::wire", "state")},
        {&r.postalCode, QT_TRANSLATE_NOOP("nd::wire", "postal code")},
    };
    for (const auto &[value, name] : required) {
        if (value->trimmed().isEmpty()) {
            return ApiError::validation(
                Text::tr("The emergency address needs a %1.").arg(QCoreApplication::translate("nd::wire", name)));
        }
    }
    return std::nullopt;
}

} // namespace

QByteArray percentEncode(const QString &value)
{
    // QByteArray::toPercentEncoding leaves exactly the unreserved set literal (ALPHA DIGIT - . _ ~).
    return value.toUtf8().toPercentEncoding();
}

QByteArray basicAuthorization(const QString &keyId, const QString &keySecret)
{
    return "Basic " + (keyId + QLatin1Char(':') + keySecret).toUtf8().toBase64();
}

QByteArray availableNumbersQuery(const AvailableNumberQuery &query)
{
    QueryBuilder q;
    q.add("regionCode", query.regionCode);
    q.add("type", query.type.wire());
    q.add("numberPattern.pattern", query.pattern.pattern);
    if (!query.pattern.pattern.isEmpty()) {
        q.add("numberPattern.searchPattern", query.pattern.searchPattern.wire());
    }
    for (const Capability &c : query.capabilities) {
        q.add("capabilities", c.wire());
    }
    if (query.size) {
        q.add("size", QString::number(*query.size));
    }
    return q.take();
}

QByteArray activeNumbersQuery(const ActiveNumberQuery &query)
{
    QueryBuilder q;
    q.add("regionCode", query.regionCode);
    q.add("type", query.type.wire());
    q.add("numberPattern.pattern", query.pattern.pattern);
    if (!query.pattern.pattern.isEmpty()) {
        q.add("numberPattern.searchPattern", query.pattern.searchPattern.wire());
    }
    // §3.5 / §9.2: singular name, repeated keys when several (never comma-joined).
    for (const Capability &c : query.capabilities) {
        q.add("capability", c.wire());
    }
    if (query.pageSize) {
        q.add("pageSize", QString::number(*query.pageSize));
    }
    q.add("pageToken", query.pageToken);
    q.add("orderBy", query.orderBy.wire());
    return q.take();
}

QByteArray availableRegionsQuery(const QList<NumberType> &types)
{
    QueryBuilder q;
    for (const NumberType &t : types) {
        q.add("types", t.wire());
    }
    return q.take();
}

QByteArray numberConfigurationBody(const NumberConfiguration &configuration)
{
    QJsonObject o;
    addConfiguration(o, configuration);
    return compact(o);
}

QByteArray rentAnyBody(const RentAnyRequest &request)
{
    QJsonObject o;
    o.insert(L("regionCode"), request.regionCode);
    o.insert(L("type"), request.type.wire());
    if (!request.pattern.pattern.isEmpty()) {
        QJsonObject pattern{{L("pattern"), request.pattern.pattern}};
        if (!request.pattern.searchPattern.isEmpty()) {
            pattern.insert(L("searchPattern"), request.pattern.searchPattern.wire());
        }
        o.insert(L("numberPattern"), pattern);
    }
    if (!request.capabilities.isEmpty()) {
        QJsonArray capabilities;
        for (const Capability &c : request.capabilities) {
            capabilities.append(c.wire());
        }
        o.insert(L("capabilities"), capabilities);
    }
    addConfiguration(o, request.configuration);
    return compact(o);
}

QByteArray updateBody(const ActiveNumberUpdate &update)
{
    QJsonObject o;
    if (update.displayName) {
        o.insert(L("displayName"), *update.displayName);
    }
    addConfiguration(o, update.configuration);
    return compact(o);
}

QByteArray emergencyAddressBody(const EmergencyAddressRequest &r)
{
    QJsonObject address{{L("streetNumber"), r.streetNumber},
                        {L("streetInfo"), r.streetInfo},
                        {L("city"), r.city},
                        {L("state"), r.state},
                        {L("postalCode"), r.postalCode}};
    if (!r.location.isEmpty()) {
        address.insert(L("location"), r.location);
    }
    if (!r.postalCodePlusFour.isEmpty()) {
        address.insert(L("postalCodePlusFour"), r.postalCodePlusFour);
    }
    return compact(QJsonObject{{L("displayName"), r.displayName}, {L("address"), address}});
}

QByteArray callbackConfigurationBody(const QString &hmacSecret)
{
    return compact(QJsonObject{{L("hmacSecret"), hmacSecret}});
}

Result<WireRequest> searchAvailableNumbers(const QString &projectId, const AvailableNumberQuery &query)
{
    if (auto e = checkProject(projectId)) {
        return *e;
    }
    if (query.regionCode.isEmpty() || query.type.isEmpty()) {
        return ApiError::validation(Text::tr("Searching available numbers needs a region and a number type."));
    }
    return make(Resend::Allowed, "GET", projectPath(projectId) + "/availableNumbers", availableNumbersQuery(query));
}

Result<WireRequest> getAvailableNumber(const QString &projectId, const QString &phoneNumber)
{
    if (auto e = checkProjectAndNumber(projectId, phoneNumber)) {
        return *e;
    }
    return make(Resend::Allowed, "GET", numberPath(projectId, "availableNumbers", phoneNumber));
}

Result<WireRequest> rentNumber(const QString &projectId, const QString &phoneNumber,
                               const NumberConfiguration &configuration)
{
    if (auto e = checkProjectAndNumber(projectId, phoneNumber)) {
        return *e;
    }
    if (auto e = checkVoice(configuration)) {
        return *e;
    }
    return make(Resend::Never, "POST", numberPath(projectId, "availableNumbers", phoneNumber) + ":rent", {},
                numberConfigurationBody(configuration));
}

Result<WireRequest> rentAnyNumber(const QString &projectId, const RentAnyRequest &request)
{
    if (auto e = checkProject(projectId)) {
        return *e;
    }
    if (request.regionCode.isEmpty() || request.type.isEmpty()) {
        return ApiError::validation(Text::tr("Renting any number needs a region and a number type."));
    }
    if (auto e = checkVoice(request.configuration)) {
        return *e;
    }
    return make(Resend::Never, "POST", projectPath(projectId) + "/availableNumbers:rentAny", {}, rentAnyBody(request));
}

Result<WireRequest> listActiveNumbers(const QString &projectId, const ActiveNumberQuery &query)
{
    if (auto e = checkProject(projectId)) {
        return *e;
    }
    return make(Resend::Allowed, "GET", projectPath(projectId) + "/activeNumbers", activeNumbersQuery(query));
}

Result<WireRequest> getActiveNumber(const QString &projectId, const QString &phoneNumber)
{
    if (auto e = checkProjectAndNumber(projectId, phoneNumber)) {
        return *e;
    }
    return make(Resend::Allowed, "GET", numberPath(projectId, "activeNumbers", phoneNumber));
}

Result<WireRequest> updateActiveNumber(const QString &projectId, const QString &phoneNumber,
                                       const ActiveNumberUpdate &update)
{
    if (auto e = checkProjectAndNumber(projectId, phoneNumber)) {
        return *e;
    }
    if (auto e = checkVoice(update.configuration)) {
        return *e;
    }
    return make(Resend::Never, "PATCH", numberPath(projectId, "activeNumbers", phoneNumber), {}, updateBody(update));
}

Result<WireRequest> releaseNumber(const QString &projectId, const QString &phoneNumber)
{
    if (auto e = checkProjectAndNumber(projectId, phoneNumber)) {
        return *e;
    }
    return make(Resend::Never, "POST", numberPath(projectId, "activeNumbers", phoneNumber) + ":release");
}

Result<WireRequest> getEmergencyAddress(const QString &projectId, const QString &phoneNumber)
{
    if (auto e = checkProjectAndNumber(projectId, phoneNumber)) {
        return *e;
    }
    return make(Resend::Allowed, "GET", numberPath(projectId, "activeNumbers", phoneNumber) + "/emergencyAddress");
}

Result<WireRequest> provisionEmergencyAddress(const QString &projectId, const QString &phoneNumber,
                                              const EmergencyAddressRequest &request)
{
    if (auto e = checkProjectAndNumber(projectId, phoneNumber)) {
        return *e;
    }
    if (auto e = checkEmergency(request)) {
        return *e;
    }
    return make(Resend::Never, "POST",
                numberPath(projectId, "activeNumbers", phoneNumber) + "/emergencyAddress:provision", {},
                emergencyAddressBody(request));
}

Result<WireRequest> deprovisionEmergencyAddress(const QString &projectId, const QString &phoneNumber)
{
    if (auto e = checkProjectAndNumber(projectId, phoneNumber)) {
        return *e;
    }
    return make(Resend::Never, "POST",
                numberPath(projectId, "activeNumbers", phoneNumber) + "/emergencyAddress:deprovision");
}

Result<WireRequest> validateEmergencyAddress(const QString &projectId, const QString &phoneNumber,
                                             const EmergencyAddressRequest &request)
{
    if (auto e = checkProjectAndNumber(projectId, phoneNumber)) {
        return *e;
    }
    if (auto e = checkEmergency(request)) {
        return *e;
    }
    return make(Resend::Allowed, "POST",
                numberPath(projectId, "activeNumbers", phoneNumber) + "/emergencyAddress:validate", {},
                emergencyAddressBody(request));
}

Result<WireRequest> listAvailableRegions(const QString &projectId, const QList<NumberType> &types)
{
    if (auto e = checkProject(projectId)) {
        return *e;
    }
    return make(Resend::Allowed, "GET", projectPath(projectId) + "/availableRegions", availableRegionsQuery(types));
}

Result<WireRequest> getCallbackConfiguration(const QString &projectId)
{
    if (auto e = checkProject(projectId)) {
        return *e;
    }
    return make(Resend::Allowed, "GET", projectPath(projectId) + "/callbackConfiguration");
}

Result<WireRequest> updateCallbackConfiguration(const QString &projectId, const QString &hmacSecret)
{
    if (auto e = checkProject(projectId)) {
        return *e;
    }
    static const QRegularExpression secretRule(QStringLiteral("^[a-zA-Z0-9-]{32,64}$"));
    if (!secretRule.match(hmacSecret).hasMatch()) {
        return ApiError::validation(
            Text::tr("The HMAC secret must be 32 to 64 characters of letters, digits and '-'."));
    }
    return make(Resend::Never, "PATCH", projectPath(projectId) + "/callbackConfiguration", {},
                callbackConfigurationBody(hmacSecret));
}

WireRequest tokenRequest()
{
    WireRequest r;
    r.method = QByteArrayLiteral("POST");
    r.path = QByteArrayLiteral("/oauth2/token");
    r.body = QByteArrayLiteral("grant_type=client_credentials");
    r.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    r.resend = Resend::Allowed; // a new token bills nothing and changes no state
    return r;
}

} // namespace nd::wire
