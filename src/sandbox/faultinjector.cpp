// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultinjector.h"

#include "catalogue.h"

#include <QStringList>

namespace nd::sandbox {

namespace {
const QStringList &kinds()
{
    static const QStringList k = {QStringLiteral("5xx"),   QStringLiteral("500"),
                                  QStringLiteral("503"),   QStringLiteral("429"),
                                  QStringLiteral("reset"), QStringLiteral("drop-after-commit"),
                                  QStringLiteral("malformed"), QStringLiteral("provisioning-fail")};
    return k;
}
} // namespace

Result<void, Failure> FaultInjector::parse(const QString &spec)
{
    QHash<QString, double> rates;
    const QStringList entries = spec.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &rawEntry : entries) {
        const QString entry = rawEntry.trimmed();
        const qsizetype eq = entry.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            return Failure{QStringLiteral("fault entry \"%1\" is not KIND[@OPERATION]=PROBABILITY").arg(entry)};
        }
        const QString key = entry.left(eq).trimmed();
        bool ok = false;
        const double p = entry.mid(eq + 1).trimmed().toDouble(&ok);
        if (!ok || p < 0.0 || p > 1.0) {
            return Failure{QStringLiteral("fault probability in \"%1\" must be a number from 0 to 1").arg(entry)};
        }
        const QString kind = key.section(QLatin1Char('@'), 0, 0);
        if (!kinds().contains(kind)) {
            return Failure{
                QStringLiteral("unknown fault kind \"%1\" (known: %2)").arg(kind, kinds().join(QLatin1String(", ")))};
        }
        rates.insert(key, p);
    }
    m_rates = rates;
    m_spec = spec;
    return {};
}

void FaultInjector::setSeed(quint64 seed)
{
    m_state = mix64(seed ^ 0xfa017ULL);
}

double FaultInjector::uniform()
{
    m_state += 0x9e3779b97f4a7c15ULL;
    return static_cast<double>(mix64(m_state) >> 11) / static_cast<double>(1ULL << 53);
}

double FaultInjector::rate(const QString &kind, const QString &operation) const
{
    auto it = m_rates.constFind(kind + QLatin1Char('@') + operation);
    if (it != m_rates.constEnd())
        return *it;
    if (operation == QLatin1String("token"))
        return 0.0; // the token endpoint only fails when a key names it
    return m_rates.value(kind, 0.0);
}

Fault FaultInjector::draw(const QString &operation, bool mutating, int *status)
{
    if (m_rates.isEmpty())
        return Fault::None;
    const double u = uniform();
    double edge = 0.0;
    auto hit = [&](double p) {
        edge += p;
        return u < edge;
    };
    if (hit(rate(QStringLiteral("reset"), operation)))
        return Fault::Reset;
    const double r500 = rate(QStringLiteral("500"), operation);
    const double r503 = rate(QStringLiteral("503"), operation);
    const double r5xx = rate(QStringLiteral("5xx"), operation);
    if (hit(r500)) {
        if (status)
            *status = 500;
        return Fault::ServerError;
    }
    if (hit(r503)) {
        if (status)
            *status = 503;
        return Fault::ServerError;
    }
    if (hit(r5xx)) {
        if (status)
            *status = (mix64(m_state) & 1) ? 503 : 500;
        return Fault::ServerError;
    }
    if (hit(rate(QStringLiteral("429"), operation)))
        return Fault::TooManyRequests;
    if (mutating && hit(rate(QStringLiteral("drop-after-commit"), operation)))
        return Fault::DropAfterCommit;
    if (!mutating && hit(rate(QStringLiteral("malformed"), operation)))
        return Fault::Malformed;
    return Fault::None;
}

} // namespace nd::sandbox
