// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "debugendpoints.h"

#include "apierrors.h"
#include "callbackdispatcher.h"
#include "faultinjector.h"
#include "jsonwriter.h"
#include "requestledger.h"
#include "requestparsing.h"
#include "sandboxapi.h"
#include "sandboxstate.h"

#include <algorithm>

namespace nd::sandbox {

namespace {
// Upper bound for POST /_sandbox/reset?active=N (a million numbers seed in a few seconds).
constexpr int kMaxSeededActive = 1000000;
} // namespace

DebugEndpoints::DebugEndpoints(SandboxState *state, FaultInjector *faults, RequestLedger *ledger)
    : m_state(state)
    , m_faults(faults)
    , m_ledger(ledger)
{}

HttpResponse DebugEndpoints::state(const ApiConfig &config) const
{
    int byType[3] = {0, 0, 0};
    int released = 0;
    int emergency = 0;
    int pending = 0;
    for (const ActiveNumberRecord &r : m_state->activeNumbers()) {
        ++byType[static_cast<int>(r.type)];
        released += r.expireAtMs != 0;
        emergency += r.emergencyAddress.has_value();
        pending += r.scheduledSms.has_value() || r.scheduledVoice.has_value();
    }
    JsonWriter w;
    w.beginObject();
    w.field("projectId", config.projectId);
    w.field("seed", static_cast<qint64>(m_state->seed()));
    w.field("activeNumbers", m_state->activeCount());
    w.key("byType");
    w.beginObject();
    w.field("MOBILE", byType[0]);
    w.field("LOCAL", byType[1]);
    w.field("TOLL_FREE", byType[2]);
    w.endObject();
    w.field("released", released);
    w.field("emergencyAddresses", emergency);
    w.field("scheduledProvisioning", pending);
    w.field("faults", m_faults->spec());
    w.endObject();
    return jsonResponse(200, w.take());
}

HttpResponse DebugEndpoints::stats() const
{
    JsonWriter w;
    w.beginObject();
    w.field("totalRequests", m_state->totalRequests());
    w.key("operations");
    w.beginObject();
    const QHash<QString, int> counts = m_state->requestCounts();
    QStringList ops = counts.keys();
    ops.sort();
    for (const QString &op : ops) {
        const QByteArray key = op.toUtf8();
        w.field(key.constData(), counts.value(op));
    }
    w.endObject();
    w.key("statuses");
    w.beginObject();
    const QHash<int, int> statuses = m_state->statusCounts();
    QList<int> codes = statuses.keys();
    std::sort(codes.begin(), codes.end());
    for (int code : codes) {
        const QByteArray key = QByteArray::number(code);
        w.field(key.constData(), statuses.value(code));
    }
    w.endObject();
    w.endObject();
    return jsonResponse(200, w.take());
}

HttpResponse DebugEndpoints::handle(const HttpRequest &request, const QStringList &segments, const ApiConfig &config)
{
    const QueryParams q(request.rawQuery);
    const QString what = segments.value(0);
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    JsonWriter w;
    if (get && what == QLatin1String("state") && segments.size() == 1)
        return state(config);
    if (get && what == QLatin1String("activeNumbers") && segments.size() == 2) {
        const ActiveNumberRecord *r = m_state->activeNumber(segments.at(1));
        if (!r)
            return numberNotFound(segments.at(1));
        r->writeState(w, config.projectId);
        return jsonResponse(200, w.take());
    }
    if (get && what == QLatin1String("stats") && segments.size() == 1)
        return stats();
    if (get && what == QLatin1String("requests") && segments.size() == 1) {
        const QString operation = q.value(QStringLiteral("operation")).value_or(QString());
        if (!operation.isEmpty() && !SandboxApi::operationNames().contains(operation))
            return invalidArgument(QStringLiteral("operation"),
                                   QStringLiteral("is not an operation name (see --faults)"));
        return jsonResponse(200,
                            m_ledger->toJson(operation, q.value(QStringLiteral("phoneNumber")).value_or(QString())));
    }
    if (get && what == QLatin1String("callbacks") && segments.size() == 1) {
        const QString number = q.value(QStringLiteral("phoneNumber")).value_or(QString());
        if (!m_callbacks)
            return jsonResponse(200, QByteArrayLiteral(R"({"attempts":[],"omitted":0})"));
        return jsonResponse(200, m_callbacks->attemptsJson(number));
    }
    if (get && what == QLatin1String("available") && segments.size() == 1) {
        const auto type = parseNumberType(q.value(QStringLiteral("type")).value_or(QString()));
        const QString region = q.value(QStringLiteral("regionCode")).value_or(QString()).toUpper();
        if (!type)
            return invalidArgument(QStringLiteral("type"), QStringLiteral("must be MOBILE, LOCAL or TOLL_FREE"));
        w.beginObject();
        w.field("regionCode", region);
        w.field("type", numberTypeName(*type));
        w.field("count", m_state->availableCount(region, *type));
        w.endObject();
        return jsonResponse(200, w.take());
    }
    if (post && what == QLatin1String("reset") && segments.size() == 1) {
        const quint64 seed = q.value(QStringLiteral("seed")).value_or(QString()).toULongLong();
        bool activeOk = false;
        const int active =
            q.value(QStringLiteral("active")).value_or(QString::number(config.activeCount)).toInt(&activeOk);
        // The same bound as --active: a debug request must not be able to stall the server for minutes.
        if (!activeOk || active < 0 || active > kMaxSeededActive)
            return invalidArgument(QStringLiteral("active"),
                                   QStringLiteral("must be an integer from 0 to %1").arg(kMaxSeededActive));
        m_state->reset(seed != 0 ? seed : config.seed, active);
        m_faults->setSeed(seed != 0 ? seed : config.seed);
        m_ledger->clear();
        if (m_callbacks)
            m_callbacks->clearRecords();
        w.beginObject();
        w.field("activeNumbers", m_state->activeCount());
        w.endObject();
        return jsonResponse(200, w.take());
    }
    if (post && what == QLatin1String("faults") && segments.size() == 1) {
        const QString spec = q.value(QStringLiteral("spec")).value_or(QString::fromUtf8(request.body).trimmed());
        if (const Result<void, Failure> parsed = m_faults->parse(spec); !parsed)
            return invalidArgument(QStringLiteral("spec"), parsed.error().message);
        m_state->setProvisioningFailureRate(m_faults->rate(QStringLiteral("provisioning-fail"), QString()));
        w.beginObject();
        w.field("faults", m_faults->spec());
        w.endObject();
        return jsonResponse(200, w.take());
    }
    if (post && what == QLatin1String("clock") && segments.size() == 1) {
        bool ok = false;
        const qint64 seconds = q.value(QStringLiteral("advanceSeconds")).value_or(QString()).toLongLong(&ok);
        // At most ten years either way: keeps every later "now + interval" computation far from overflow.
        constexpr qint64 maxSeconds = 10LL * 366 * 24 * 3600;
        if (!ok || seconds < -maxSeconds || seconds > maxSeconds)
            return invalidArgument(QStringLiteral("advanceSeconds"),
                                   QStringLiteral("must be an integer from %1 to %2").arg(-maxSeconds).arg(maxSeconds));
        m_state->advanceClock(seconds * 1000);
        w.beginObject();
        w.field("now", formatTimestamp(m_state->nowMs()));
        w.endObject();
        return jsonResponse(200, w.take());
    }
    return errorResponse(404, "NOT_FOUND", QStringLiteral("Unknown sandbox endpoint"));
}

} // namespace nd::sandbox
