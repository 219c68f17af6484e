// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The sandbox's request handling: SandboxApi::handle() (routing, authentication, query parsing, JSON
// bodies, state changes) on a short sequence of fuzzed requests against a fresh emulator state.
//
// Oracles (no faults are configured, so none may appear):
//  - every request is answered (no dropped connection) with a status in 200..499: a 5xx here is a bug;
//  - every non-empty body is one JSON object; an error status carries a §3.10 envelope whose error.code
//    equals the HTTP status;
//  - differential: each 2xx body parses with src/core's parser for that operation, and each error body
//    with parseErrorResponse (the two sides share no code).
//
// Input layout (FuzzedDataProvider): per request a method, a path (built from known routes or raw), a
// query, an Authorization choice and a body; up to 4 requests.
#include "errorresponse.h"
#include "fuzzsupport.h"
#include "jsonparsers.h"
#include "sandboxharness.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

#include <cstddef>
#include <cstdint>
#include <fuzzer/FuzzedDataProvider.h>
#include <memory>
#include <string>

namespace {

using namespace nd;

bool g_debugEndpoints = false;

QByteArray take(FuzzedDataProvider &in, size_t max)
{
    const std::string s = in.ConsumeRandomLengthString(max);
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

QByteArray pickNumber(FuzzedDataProvider &in, const fuzz::SandboxHarness &sandbox,
                      const QList<sandbox::ActiveNumberRecord> &active)
{
    Q_UNUSED(sandbox);
    switch (in.ConsumeIntegralInRange<int>(0, 3)) {
    case 0:
        if (!active.isEmpty())
            return active.at(in.ConsumeIntegralInRange<qsizetype>(0, active.size() - 1)).phoneNumber.toUtf8();
        Q_FALLTHROUGH();
    case 1:
        return QByteArrayLiteral("+12065550100");
    case 2:
        return "+1206555" + QByteArray::number(in.ConsumeIntegralInRange<int>(0, 9999)).rightJustified(4, '0');
    default:
        return take(in, 24);
    }
}

QByteArray buildPath(FuzzedDataProvider &in, const fuzz::SandboxHarness &sandbox,
                     const QList<sandbox::ActiveNumberRecord> &active)
{
    const QByteArray project =
        in.ConsumeIntegralInRange<int>(0, 7) == 0 ? take(in, 16) : QByteArray(fuzz::SandboxHarness::kProject);
    const QByteArray base = "/v1/projects/" + project;
    switch (in.ConsumeIntegralInRange<int>(0, 15)) {
    case 0:
        return base + "/availableNumbers";
    case 1:
        return base + "/availableNumbers:rentAny";
    case 2:
        return base + "/availableNumbers/" + pickNumber(in, sandbox, active);
    case 3:
        return base + "/availableNumbers/" + pickNumber(in, sandbox, active) + ":rent";
    case 4:
        return base + "/activeNumbers";
    case 5:
        return base + "/activeNumbers/" + pickNumber(in, sandbox, active);
    case 6:
        return base + "/activeNumbers/" + pickNumber(in, sandbox, active) + ":release";
    case 7:
        return base + "/activeNumbers/" + pickNumber(in, sandbox, active) + "/emergencyAddress";
    case 8:
        return base + "/activeNumbers/" + pickNumber(in, sandbox, active) + "/emergencyAddress:provision";
    case 9:
        return base + "/activeNumbers/" + pickNumber(in, sandbox, active) + "/emergencyAddress:deprovision";
    case 10:
        return base + "/activeNumbers/" + pickNumber(in, sandbox, active) + "/emergencyAddress:validate";
    case 11:
        return base + "/availableRegions";
    case 12:
        return base + "/callbackConfiguration";
    case 13:
        return QByteArrayLiteral("/oauth2/token");
    case 14:
        return "/_sandbox/" + take(in, 32);
    default:
        return take(in, 128);
    }
}

// Which src/core parser reads the 2xx answer of an operation.
bool clientParses(const QString &op, const QByteArray &body)
{
    if (op == QLatin1String("searchForAvailableNumbers"))
        return json::parseAvailableNumbers(body).ok();
    if (op == QLatin1String("checkAvailability"))
        return json::parseAvailableNumber(body).ok();
    if (op == QLatin1String("list"))
        return json::parseActiveNumbersPage(body).ok();
    if (op == QLatin1String("rent") || op == QLatin1String("rentAny") || op == QLatin1String("get") ||
        op == QLatin1String("update") || op == QLatin1String("release"))
        return json::parseActiveNumber(body).ok();
    if (op == QLatin1String("getEmergencyAddress") || op == QLatin1String("provisionEmergencyAddress"))
        return json::parseEmergencyAddress(body).ok();
    if (op == QLatin1String("validateEmergencyAddress"))
        return json::parseValidateEmergencyAddressResponse(body).ok();
    if (op == QLatin1String("listAvailableRegions"))
        return json::parseAvailableRegions(body).ok();
    if (op == QLatin1String("getCallbackConfiguration") || op == QLatin1String("updateCallbackConfiguration"))
        return json::parseCallbackConfiguration(body).ok();
    if (op == QLatin1String("token"))
        return json::parseTokenResponse(body).ok();
    return json::parseObject(body).ok(); // deprovision, _sandbox: any object
}

void checkResponse(const sandbox::HttpRequest &request, const sandbox::HttpResponse &r, const QString &op)
{
    const QByteArray what = request.method + ' ' + request.rawPath + '?' + request.rawQuery + " body " + request.body +
                            " -> " + QByteArray::number(r.status) + ' ' + r.body;
    fuzz::check(r.disposition == sandbox::HttpResponse::Disposition::Respond,
                "sandbox dropped a connection without any fault configured", what);
    fuzz::check(r.status >= 200 && r.status < 500, "sandbox answered with a status outside 200..499", what);
    if (r.body.isEmpty())
        return;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
    fuzz::check(parseError.error == QJsonParseError::NoError && doc.isObject(),
                "sandbox response body is not a JSON object", what);
    if (r.status < 300) {
        fuzz::check(clientParses(op, r.body), "src/core cannot parse the sandbox's 2xx answer",
                    op.toUtf8() + ": " + what);
        return;
    }
    if (op == QLatin1String("token"))
        return; // OAuth2 errors use {"error": "...", "error_description": "..."} (RFC 6749), not §3.10
    const QJsonObject error = doc.object().value(QLatin1String("error")).toObject();
    fuzz::check(error.value(QLatin1String("code")).toInt() == r.status, "error.code differs from the HTTP status",
                what);
    const ApiError parsed = json::parseErrorResponse(r.status, r.headers, r.body);
    fuzz::check(parsed.apiStatus == error.value(QLatin1String("status")).toString(),
                "parseErrorResponse lost error.status of the sandbox's envelope", what);
    fuzz::check(parsed.apiCode == QString::number(r.status), "parseErrorResponse read another error.code", what);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initQt();
    // The /_sandbox/... inspection endpoints exist only with --debug-endpoints; fuzz them on request.
    g_debugEndpoints = qEnvironmentVariableIntValue("ND_FUZZ_SANDBOX_DEBUG") != 0;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    FuzzedDataProvider in(data, size);
    {
        // Fresh state per input, so every input replays alone (libFuzzer's requirement for reproducers).
        fuzz::SandboxHarness sandbox(g_debugEndpoints, 12);
        const QByteArray token = sandbox.api().issueToken();
        static const char *const methods[] = {"GET", "POST", "PATCH", "PUT", "DELETE", "HEAD", "OPTIONS"};

        const int count = in.ConsumeIntegralInRange<int>(1, 4);
        for (int i = 0; i < count && in.remaining_bytes() > 0; ++i) {
            const QList<sandbox::ActiveNumberRecord> active = sandbox.state().activeNumbers();
            sandbox::HttpRequest request;
            request.method =
                in.ConsumeIntegralInRange<int>(0, 15) == 0 ? take(in, 8) : QByteArray(in.PickValueInArray(methods));
            request.rawPath = buildPath(in, sandbox, active);
            request.rawQuery = take(in, 256);
            switch (in.ConsumeIntegralInRange<int>(0, 4)) {
            case 0:
            case 1:
                request.headers.append({"Authorization", fuzz::SandboxHarness::basicAuthorization()});
                break;
            case 2:
                request.headers.append({"Authorization", "Bearer " + token});
                break;
            case 3:
                request.headers.append({"Authorization", take(in, 128)});
                break;
            default:
                break; // none
            }
            if (in.ConsumeBool())
                request.headers.append({take(in, 16), take(in, 64)});
            request.body =
                i + 1 == count ? QByteArray::fromStdString(in.ConsumeRemainingBytesAsString()) : take(in, 2048);

            QString operation;
            const sandbox::HttpResponse response = sandbox.api().handle(request, &operation);
            checkResponse(request, response, operation);
        }
        fuzz::drainEvents(); // provisioning steps (0 ms timers) run against this state
    }
    fuzz::drainEvents();
    return 0;
}
