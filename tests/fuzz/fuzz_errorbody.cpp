// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The error-envelope parser (docs/api.md §3.10): any status, any headers (Retry-After, WWW-Authenticate,
// duplicates, garbage), any body. The result must be an Http error for exactly that status with a
// user-facing message, a sane Retry-After, and its helpers (fullMessage, isAmbiguous, updateHttpMessage)
// must not crash either.
//
// Input layout (FuzzedDataProvider): status, header count, headers, then the rest is the body.
#include "errorresponse.h"
#include "fuzzsupport.h"
#include "jsonparsers.h"

#include <cstddef>
#include <cstdint>
#include <fuzzer/FuzzedDataProvider.h>
#include <string>

namespace {

using namespace nd;

QByteArray take(FuzzedDataProvider &in, size_t max)
{
    const std::string s = in.ConsumeRandomLengthString(max);
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    nd::fuzz::initQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256 * 1024)
        return 0;
    FuzzedDataProvider in(data, size);

    // Mostly realistic statuses, sometimes anything (negative, 0, 999, INT_MAX).
    static const int common[] = {400, 401, 403, 404, 409, 429, 500, 502, 503, 504, 418, 301};
    const int status = in.ConsumeBool() ? in.PickValueInArray(common) : in.ConsumeIntegral<int>();

    static const char *const names[] = {"Retry-After",  "retry-after", "WWW-Authenticate",
                                        "Content-Type", "RETRY-AFTER", "X-Request-Id"};
    json::HeaderList headers;
    const int headerCount = in.ConsumeIntegralInRange<int>(0, 4);
    for (int i = 0; i < headerCount; ++i) {
        QByteArray name = in.ConsumeBool() ? QByteArray(in.PickValueInArray(names)) : take(in, 32);
        headers.append({name, take(in, 64)});
    }
    const std::string rest = in.ConsumeRemainingBytesAsString();
    const QByteArray body(rest.data(), static_cast<qsizetype>(rest.size()));

    ApiError error = json::parseErrorResponse(status, headers, body);
    const QByteArray detail = "status " + QByteArray::number(status) + " body " + body;
    nd::fuzz::check(error.kind == ApiError::Kind::Http, "parseErrorResponse did not return an Http error", detail);
    nd::fuzz::check(error.httpStatus == status, "parseErrorResponse changed the HTTP status", detail);
    nd::fuzz::check(error.retryAfterSeconds >= -1, "negative Retry-After other than -1", detail);
    nd::fuzz::check(!error.userMessage.isEmpty(), "Http error without a user message", detail);
    nd::fuzz::check(error.isError() && !error.isCancelled(), "Http error reports the wrong kind", detail);
    nd::fuzz::check(error.isNotFound() == (status == 404), "isNotFound() disagrees with the status", detail);

    const QString full = error.fullMessage();
    nd::fuzz::check(full.contains(error.userMessage), "fullMessage() lost the user message", detail);
    (void)error.isAmbiguous();
    error.updateHttpMessage();
    nd::fuzz::check(!error.userMessage.isEmpty(), "updateHttpMessage() emptied the message", detail);
    for (const FieldViolation &v : error.fieldViolations)
        (void)(v.field.size() + v.description.size());
    for (const ResourceInfo &r : error.resources)
        (void)(r.resourceName.size() + r.type.size());

    // The same body as a success payload must not crash either (a 2xx with an error envelope).
    (void)json::parseActiveNumber(body);
    return 0;
}
