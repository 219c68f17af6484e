// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "requests.h"
#include "result.h"

#include <QByteArray>
#include <QString>

#include <optional>

// Pure functions that turn typed requests into wire bytes (docs/api.md §3.4, §3.5, §4). No Qt networking
// here, so everything is unit-testable. Only validated E.164 numbers and project ids ever reach a path, with
// '+' and ':' literal; query values are percent-encoded by hand (only RFC 3986 unreserved characters stay
// literal, so '+' -> %2B); names stay literal, dots included. Bodies are compact JSON carrying only what the
// caller set (§3.2).
namespace nd::wire {

// Whether a request may be sent again when its answer did not arrive (docs/api.md §3.11). Every builder
// below declares it: reads and :validate (and the token request) may be re-sent and retried; the billable or
// destructive requests (rent, rentAny, update, release, emergency provision/deprovision, callback update)
// never are, because a second copy could act twice (§7.4, §8). NumbersClient sends and retries by this alone.
enum class Resend {
    Allowed,
    Never,
};

struct WireRequest
{
    QByteArray method;              // "GET", "POST", "PATCH"
    QByteArray path;                // raw, e.g. "/v1/projects/p/availableNumbers/+12065550123:rent"
    QByteArray query;               // raw, without '?'; empty when there are no parameters
    std::optional<QByteArray> body; // nullopt: no body and no Content-Type
    QByteArray contentType;         // set when body is set
    Resend resend = Resend::Never;  // declared by the builder; never re-sending is the safe default
    bool mayResend() const { return resend == Resend::Allowed; }
    QByteArray target() const { return query.isEmpty() ? path : path + '?' + query; }
};

// Percent-encodes UTF-8, keeping only A-Z a-z 0-9 - . _ ~ literal.
QByteArray percentEncode(const QString &value);

// "Basic base64(keyId:keySecret)" (§2.1).
QByteArray basicAuthorization(const QString &keyId, const QString &keySecret);

// Query strings (in the order of the spec's "Recommended Qt output", §3.5).
QByteArray availableNumbersQuery(const AvailableNumberQuery &query);
QByteArray activeNumbersQuery(const ActiveNumberQuery &query);
QByteArray availableRegionsQuery(const QList<NumberType> &types);

// Bodies (compact JSON).
QByteArray numberConfigurationBody(const NumberConfiguration &configuration); // :rent, always at least {}
QByteArray rentAnyBody(const RentAnyRequest &request);
QByteArray updateBody(const ActiveNumberUpdate &update);
QByteArray emergencyAddressBody(const EmergencyAddressRequest &request);
QByteArray callbackConfigurationBody(const QString &hmacSecret);

// One builder per operation; a Validation error when an input cannot go on the wire.
Result<WireRequest> searchAvailableNumbers(const QString &projectId, const AvailableNumberQuery &query);
Result<WireRequest> getAvailableNumber(const QString &projectId, const QString &phoneNumber);
Result<WireRequest> rentNumber(const QString &projectId, const QString &phoneNumber,
                               const NumberConfiguration &configuration);
Result<WireRequest> rentAnyNumber(const QString &projectId, const RentAnyRequest &request);
Result<WireRequest> listActiveNumbers(const QString &projectId, const ActiveNumberQuery &query);
Result<WireRequest> getActiveNumber(const QString &projectId, const QString &phoneNumber);
Result<WireRequest> updateActiveNumber(const QString &projectId, const QString &phoneNumber,
                                       const ActiveNumberUpdate &update);
Result<WireRequest> releaseNumber(const QString &projectId, const QString &phoneNumber);
Result<WireRequest> getEmergencyAddress(const QString &projectId, const QString &phoneNumber);
Result<WireRequest> provisionEmergencyAddress(const QString &projectId, const QString &phoneNumber,
                                              const EmergencyAddressRequest &request);
Result<WireRequest> deprovisionEmergencyAddress(const QString &projectId, const QString &phoneNumber);
Result<WireRequest> validateEmergencyAddress(const QString &projectId, const QString &phoneNumber,
                                             const EmergencyAddressRequest &request);
Result<WireRequest> listAvailableRegions(const QString &projectId, const QList<NumberType> &types);
Result<WireRequest> getCallbackConfiguration(const QString &projectId);
Result<WireRequest> updateCallbackConfiguration(const QString &projectId, const QString &hmacSecret);

// POST /oauth2/token (§2.2): body exactly "grant_type=client_credentials", form content type.
WireRequest tokenRequest();

} // namespace nd::wire
