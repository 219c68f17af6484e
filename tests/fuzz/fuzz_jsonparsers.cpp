// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Every 2xx response parser of src/core/jsonparsers.h on the same bytes: bad JSON, wrong types, deep
// nesting, huge numbers and invalid UTF-8 must become a Parse error, never a crash or UB. Oracle: whatever
// parses must survive the trip through json::toJson() (what `numberdesk-cli --format json` prints) and parse
// again; a parse failure must carry kind Parse and a message.
#include "apidatetime.h"
#include "errorresponse.h"
#include "fuzzsupport.h"
#include "jsonparsers.h"
#include "jsonwriters.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

namespace {

using namespace nd;

template<typename T> void checkError(const Result<T> &result, const char *what, const QByteArray &body)
{
    if (result.ok())
        return;
    nd::fuzz::check(result.error().kind == ApiError::Kind::Parse, what, body);
    nd::fuzz::check(!result.error().userMessage.isEmpty(), "parse error without a user message", body);
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// parse(body) ok  =>  parse(toJson(value)) ok.
template<typename T, typename Parse>
void roundTrip(const Result<T> &first, Parse parse, const char *what, const QByteArray &body)
{
    checkError(first, what, body);
    if (!first.ok())
        return;
    const QByteArray again = compact(json::toJson(first.value()));
    const auto second = parse(again);
    if (!second.ok())
        nd::fuzz::fail(what,
                       body + "\n  re-serialised: " + again + "\n  error: " + second.error().userMessage.toUtf8());
}

void checkDate(const QString &text)
{
    const QDateTime parsed = json::parseDateTime(text);
    if (!parsed.isValid())
        return;
    const QString formatted = json::formatDateTime(parsed);
    const int year = parsed.toUTC().date().year();
    if (year < 1 || year > 9999)
        return; // outside what RFC 3339 can write; nothing to compare
    const QDateTime reparsed = json::parseDateTime(formatted);
    nd::fuzz::check(reparsed.isValid() && json::formatDateTime(reparsed) == formatted,
                    "formatDateTime() output does not parse back to itself",
                    text.toUtf8() + " -> " + formatted.toUtf8());
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
    const QByteArray body = nd::fuzz::bytes(data, size);

    const Result<QJsonObject> object = json::parseObject(body);
    checkError(object, "parseObject error is not Parse", body);

    roundTrip(
        json::parseAvailableNumber(body), [](const QByteArray &b) { return json::parseAvailableNumber(b); },
        "AvailableNumber does not survive toJson()", body);
    roundTrip(
        json::parseActiveNumber(body), [](const QByteArray &b) { return json::parseActiveNumber(b); },
        "ActiveNumber does not survive toJson()", body);
    roundTrip(
        json::parseActiveNumbersPage(body), [](const QByteArray &b) { return json::parseActiveNumbersPage(b); },
        "ActiveNumbersPage does not survive toJson()", body);
    // The fast single-number parser against its reference, likewise.
    {
        const Result<ActiveNumber> fast = json::parseActiveNumber(body);
        const Result<ActiveNumber> reference = json::detail::parseActiveNumberQt(body);
        nd::fuzz::check(fast.ok() == reference.ok(), "fast and reference number parsers disagree on success", body);
        if (fast.ok() && reference.ok()) {
            nd::fuzz::check(compact(json::toJson(fast.value())) == compact(json::toJson(reference.value())),
                            "fast and reference number parsers read different numbers", body);
        } else if (!fast.ok() && !reference.ok()) {
            nd::fuzz::check(fast.error().userMessage == reference.error().userMessage,
                            "fast and reference number parsers give different errors", body);
        }
    }
    // The fast page parser (simdjson) against the reference (QJsonDocument): the same answer, model for model,
    // or the same error; each kept raw item reads back as the same number.
    {
        const Result<ActiveNumbersPage> fast = json::parseActiveNumbersPage(body);
        const Result<ActiveNumbersPage> reference = json::detail::parseActiveNumbersPageQt(body);
        nd::fuzz::check(fast.ok() == reference.ok(), "fast and reference page parsers disagree on success", body);
        if (fast.ok() && reference.ok()) {
            nd::fuzz::check(compact(json::toJson(fast.value())) == compact(json::toJson(reference.value())),
                            "fast and reference page parsers read different numbers",
                            body + "\n  fast: " + compact(json::toJson(fast.value())) +
                                "\n  reference: " + compact(json::toJson(reference.value())));
            const ActiveNumbersPage &page = fast.value();
            nd::fuzz::check(page.rawActiveNumbers.size() == page.activeNumbers.size(),
                            "fast page parser kept no raw JSON for some items", body);
            for (qsizetype i = 0; i < page.rawActiveNumbers.size() && i < page.activeNumbers.size(); ++i) {
                const Result<ActiveNumber> again = json::parseActiveNumber(page.rawActiveNumbers.at(i));
                nd::fuzz::check(again.ok() && compact(json::toJson(again.value())) ==
                                                  compact(json::toJson(page.activeNumbers.at(i))),
                                "a kept raw item does not read back as the same number",
                                body + "\n  raw: " + page.rawActiveNumbers.at(i));
            }
        } else if (!fast.ok() && !reference.ok()) {
            nd::fuzz::check(fast.error().userMessage == reference.error().userMessage,
                            "fast and reference page parsers give different errors", body);
        }
    }
    roundTrip(
        json::parseCallbackConfiguration(body), [](const QByteArray &b) { return json::parseCallbackConfiguration(b); },
        "CallbackConfiguration does not survive toJson()", body);
    roundTrip(
        json::parseEmergencyAddress(body), [](const QByteArray &b) { return json::parseEmergencyAddress(b); },
        "EmergencyAddress does not survive toJson()", body);
    roundTrip(
        json::parseValidateEmergencyAddressResponse(body),
        [](const QByteArray &b) { return json::parseValidateEmergencyAddressResponse(b); },
        "ValidateEmergencyAddressResponse does not survive toJson()", body);

    // List responses: every item goes through toJson() too.
    const Result<QList<AvailableNumber>> available = json::parseAvailableNumbers(body);
    checkError(available, "parseAvailableNumbers error is not Parse", body);
    if (available.ok()) {
        for (const AvailableNumber &n : available.value()) {
            const QByteArray again = compact(json::toJson(n));
            nd::fuzz::check(json::parseAvailableNumber(again).ok(), "listed AvailableNumber does not survive toJson()",
                            body + "\n  re-serialised: " + again);
        }
    }
    const Result<QList<AvailableRegion>> regions = json::parseAvailableRegions(body);
    checkError(regions, "parseAvailableRegions error is not Parse", body);
    if (regions.ok()) {
        for (const AvailableRegion &r : regions.value()) {
            const QJsonObject o = json::toJson(r);
            nd::fuzz::check(json::parseAvailableRegion(o).ok(), "AvailableRegion does not survive toJson()",
                            body + "\n  re-serialised: " + compact(o));
        }
    }

    const Result<json::TokenResponse> token = json::parseTokenResponse(body);
    checkError(token, "parseTokenResponse error is not Parse", body);

    // The object overloads on whatever object the body holds (nested values of any type).
    if (object.ok()) {
        const QJsonObject &o = object.value();
        (void)json::parseAvailableNumber(o);
        (void)json::parseActiveNumber(o);
        (void)json::parseAvailableRegion(o);
        (void)json::parseCallbackConfiguration(o);
        (void)json::parseEmergencyAddress(o);
        (void)json::parseValidateEmergencyAddressResponse(o);
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (it.value().isObject()) {
                (void)json::parseActiveNumber(it.value().toObject());
                (void)json::parseAvailableNumber(it.value().toObject());
            } else if (it.value().isString()) {
                checkDate(it.value().toString());
            }
        }
    }

    // Dates and Retry-After straight from the bytes (short inputs only: both are header-sized).
    if (size <= 128) {
        checkDate(QString::fromUtf8(body));
        const QDateTime now = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        const int wait = json::parseRetryAfter(body, now);
        nd::fuzz::check(wait >= -1, "parseRetryAfter returned a negative wait other than -1", body);
    }
    return 0;
}
