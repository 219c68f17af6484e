// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierrors.h"
#include "sandboxstate.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

// Reading what a request asks for: query strings as every SDK spells them (docs/api.md §3.5, emulator
// side), JSON bodies, the field rules of rent/rentAny/update and page tokens. Violations are collected, so
// one 400 lists every offending field.
namespace nd::sandbox {

class QueryParams
{
public:
    explicit QueryParams(const QByteArray &rawQuery);

    std::optional<QString> value(const QString &name) const; // first occurrence of a scalar
    QStringList list(const QString &name) const;             // repeated keys and comma-joined values, merged

private:
    QList<QPair<QString, QString>> m_items;
};

// The percent-decoded segments of a canonical path; nullopt for anything else: no leading '/', an empty
// segment ("//", a trailing '/'), or a "." / ".." segment (also percent-encoded).
std::optional<QStringList> pathSegments(const QByteArray &rawPath);

bool isE164(const QString &number);
std::optional<QString> parseRegionCode(const QString &text); // two letters, upper-cased

// numberPattern.pattern / searchPattern, from a query string or the rentAny body.
bool parsePattern(const std::optional<QString> &pattern, const std::optional<QString> &position,
                  const QString &fieldPrefix, NumberPattern *out, Violations *violations);

// `size` / `pageSize`: absent, "" or 0 mean the default; larger than the maximum (however large) is clamped;
// anything but plain digits is a violation.
int parseCount(const QueryParams &q, const QString &field, int defaultValue, int maxValue, Violations *violations);

int parseCapabilities(const QStringList &values, const QString &field, Violations *violations);
std::optional<NumberType> parseTypeField(const QString &value, const QString &field, Violations *violations);

// The JSON body as an object; an empty body counts as {}. On failure *error is the 400 to answer.
std::optional<QJsonObject> parseBody(const HttpRequest &request, HttpResponse *error);

// Longest strings the sandbox stores, in Unicode code points (the spec states none; docs/sandbox.md lists them).
inline constexpr int kMaxNameLength = 256; // displayName, emergency address fields
inline constexpr int kMaxIdLength = 128;   // servicePlanId, campaignId, appId, trunkId, serviceId
inline constexpr int kMaxCallbackUrlLength = 2048;

// A string field: absent or null -> nullopt; other types, or longer than maxLength code points -> violation.
std::optional<QString> stringField(const QJsonObject &o, const char *key, const QString &path, Violations *v,
                                   int maxLength = kMaxNameLength);

// smsConfiguration / voiceConfiguration / callbackUrl (and displayName for updates).
void parseConfig(const QJsonObject &body, bool forUpdate, ConfigChange *out, Violations *v);
// Linking needs the capability; unlinking never does.
void checkCapabilities(const ConfigChange &change, int capabilities, Violations *v);

QByteArray base64Url(const QByteArray &data);
std::optional<QByteArray> decodeBase64Lenient(const QByteArray &text); // base64url or standard, padded or not

// Page tokens of GET activeNumbers: base64url of ["p1", filter fingerprint, last sort key, last phone].
QString pageFingerprint(const ActiveListQuery &query);
QString makePageToken(const QString &fingerprint, const QString &sortKey, const QString &phoneNumber);
// nullopt with *error set when the token is not ours or was issued for other filters.
std::optional<ActiveCursor> parsePageToken(const QString &token, const QString &fingerprint, HttpResponse *error);

} // namespace nd::sandbox
