// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Page tokens (docs/api.md §3.8). The client treats them as opaque strings; the sandbox decodes them.
//  1. Client, query encoding: for any token, percentEncode() keeps only unreserved characters and %XX, and
//     percent-decoding the pageToken value of activeNumbersQuery() gives back the token's exact UTF-8 bytes
//     (no '&', '=', '+' or '#' can leak into other parameters).
//  2. Client, pages: a nextPageToken string in an ActiveNumbersPage comes back unchanged, and raw bytes
//     spliced into the JSON text never crash the page parser.
//  3. Sandbox, decoder: GET activeNumbers?pageToken=<anything> answers 200 or a 400 error envelope, never
//     a crash or a 5xx; a well-formed token (right version and filter fingerprint) carrying arbitrary
//     cursor strings is accepted (200) and its answer parses in the client.
#include "errorresponse.h"
#include "fuzzsupport.h"
#include "jsonparsers.h"
#include "requestbuilder.h"
#include "sandboxharness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

namespace {

using namespace nd;

fuzz::SandboxHarness *g_sandbox = nullptr;
QString g_fingerprintByPhone;
QString g_fingerprintByName;

const QByteArray kListPath = QByteArrayLiteral("/v1/projects/fuzz-project/activeNumbers");

QString fingerprintFromFirstPage(const QByteArray &query)
{
    const sandbox::HttpResponse r =
        g_sandbox->request("GET", kListPath, query, fuzz::SandboxHarness::basicAuthorization());
    const QString next = QJsonDocument::fromJson(r.body).object().value(QLatin1String("nextPageToken")).toString();
    const QByteArray decoded = QByteArray::fromBase64(next.toLatin1(), QByteArray::Base64UrlEncoding);
    const QJsonArray parts = QJsonDocument::fromJson(decoded).array();
    // ["p1", fingerprint, sortKey, phoneNumber] (sandboxapi.cpp). Empty if the format changes: then the
    // structured part below only checks that nothing crashes.
    return parts.size() == 4 ? parts.at(1).toString() : QString();
}

void checkClientEncoding(const QString &token)
{
    const QByteArray expected = token.toUtf8();
    const QByteArray encoded = wire::percentEncode(token);
    fuzz::check(fuzz::isPercentEncodedUnreserved(encoded), "percentEncode() left a reserved character", encoded);
    const auto decoded = fuzz::percentDecodeStrict(encoded);
    fuzz::check(decoded && *decoded == expected, "percentEncode() does not decode back to the UTF-8 bytes",
                expected + " -> " + encoded);

    ActiveNumberQuery query;
    query.pageToken = token;
    query.pageSize = 50;
    const QByteArray q = wire::activeNumbersQuery(query);
    int found = 0;
    for (const QByteArray &part : q.split('&')) {
        if (!part.startsWith("pageToken="))
            continue;
        ++found;
        const auto value = fuzz::percentDecodeStrict(part.mid(10));
        fuzz::check(value && *value == expected, "pageToken query value does not decode back to the token",
                    expected + " -> " + q);
    }
    fuzz::check(found == (token.isEmpty() ? 0 : 1), "pageToken is not exactly one query parameter", q);
    fuzz::check(q.contains("pageSize=50"), "pageToken disturbed pageSize", q);

    const Result<wire::WireRequest> request = wire::listActiveNumbers(QStringLiteral("fuzz-project"), query);
    fuzz::check(request.ok(), "listActiveNumbers() refused a query with a page token", expected);
    fuzz::check(request.value().target() == kListPath + '?' + q, "request target is not path?query",
                request.value().target());
}

void checkClientPage(const QString &token, const QByteArray &raw)
{
    // A valid JSON string carrying the token.
    QJsonObject page;
    page.insert(QLatin1String("activeNumbers"), QJsonArray());
    page.insert(QLatin1String("nextPageToken"), token);
    page.insert(QLatin1String("totalSize"), 3);
    const QByteArray body = QJsonDocument(page).toJson(QJsonDocument::Compact);
    const Result<ActiveNumbersPage> parsed = json::parseActiveNumbersPage(body);
    fuzz::check(parsed.ok(), "a page whose nextPageToken is a JSON string was rejected", body);
    // What the reference reading stores for the token (lone surrogates become U+FFFD on the way). Not
    // QJsonDocument::fromJson alone: it drops a raw U+FEFF at the start of a string, which json::parseObject keeps.
    const Result<QJsonObject> reference = json::parseObject(body);
    fuzz::check(reference.ok(), "the reference parser rejected a page QJsonDocument wrote", body);
    const QString stored = reference.value().value(QLatin1String("nextPageToken")).toString();
    fuzz::check(parsed.value().nextPageToken == stored, "nextPageToken was not kept verbatim", body);
    fuzz::check(parsed.value().hasNextPage() == !stored.isEmpty(), "hasNextPage() disagrees with the token", body);

    // Raw bytes inside the JSON text: escapes, quotes, invalid UTF-8, whatever.
    (void)json::parseActiveNumbersPage("{\"activeNumbers\":[],\"nextPageToken\":\"" + raw + "\"}");
    (void)json::parseActiveNumbersPage("{\"nextPageToken\":" + raw + ",\"totalSize\":" + raw + "}");
}

void checkSandboxAnswer(const sandbox::HttpResponse &r, const QByteArray &what)
{
    fuzz::check(r.disposition == sandbox::HttpResponse::Disposition::Respond, "sandbox dropped the connection", what);
    fuzz::check(r.status == 200 || r.status == 400, "sandbox answered a page-token request with neither 200 nor 400",
                what + " -> " + QByteArray::number(r.status) + ' ' + r.body);
    if (r.status == 200) {
        const Result<ActiveNumbersPage> page = json::parseActiveNumbersPage(r.body);
        fuzz::check(page.ok(), "the client cannot parse the sandbox's page", what + " -> " + r.body);
    } else {
        const ApiError e = json::parseErrorResponse(r.status, {}, r.body);
        fuzz::check(e.apiStatus == QLatin1String("INVALID_ARGUMENT"), "sandbox 400 without INVALID_ARGUMENT envelope",
                    what + " -> " + r.body);
    }
}

void checkSandboxDecoder(const uint8_t *data, size_t size)
{
    const QByteArray raw = fuzz::bytes(data, size);
    const QByteArray auth = fuzz::SandboxHarness::basicAuthorization();

    // (a) The bytes as the token, encoded as the client would, and spliced raw into the query.
    const QByteArray encoded = wire::percentEncode(QString::fromUtf8(raw));
    checkSandboxAnswer(g_sandbox->request("GET", kListPath, "pageSize=2&pageToken=" + encoded, auth), encoded);
    checkSandboxAnswer(g_sandbox->request("GET", kListPath, "pageToken=" + raw.toPercentEncoding(), auth), raw);
    // Base64 of the bytes: reaches the JSON decoding behind the base64 layer.
    const QByteArray b64 = raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    checkSandboxAnswer(g_sandbox->request("GET", kListPath, "pageToken=" + b64, auth), b64);

    // (b) A well-formed token with arbitrary cursor strings: must be accepted.
    if (g_fingerprintByPhone.isEmpty())
        return;
    const qsizetype cut = raw.isEmpty() ? 0 : static_cast<unsigned char>(raw.at(0)) % (raw.size());
    const QString sortKey = QString::fromUtf8(raw.mid(1, cut));
    const QString phone = QString::fromUtf8(raw.mid(1 + cut));
    const bool byName = !raw.isEmpty() && (raw.at(0) & 1);
    const QJsonArray token{QStringLiteral("p1"), byName ? g_fingerprintByName : g_fingerprintByPhone, sortKey, phone};
    const QByteArray tokenText = QJsonDocument(token)
                                     .toJson(QJsonDocument::Compact)
                                     .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QByteArray query = QByteArray(byName ? "orderBy=displayName&" : "") + "pageSize=3&pageToken=" + tokenText;
    const sandbox::HttpResponse r = g_sandbox->request("GET", kListPath, query, auth);
    checkSandboxAnswer(r, query);
    fuzz::check(r.status == 200, "sandbox rejected a well-formed page token", query + " -> " + r.body);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initQt();
    g_sandbox = new fuzz::SandboxHarness(false, 25); // read-only here: one state for the whole run
    g_fingerprintByPhone = fingerprintFromFirstPage("pageSize=1");
    g_fingerprintByName = fingerprintFromFirstPage("pageSize=1&orderBy=displayName");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 8192)
        return 0;
    const QByteArray raw = fuzz::bytes(data, size);
    const QString utf8 = fuzz::utf8String(data, size);
    const QString utf16 = fuzz::utf16String(data, size);

    checkClientEncoding(utf8);
    checkClientEncoding(utf16);
    checkClientPage(utf8, raw);
    checkClientPage(utf16, raw);
    checkSandboxDecoder(data, size);
    return 0;
}
