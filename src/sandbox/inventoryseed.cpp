// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// SandboxState: the seeded project (callback secret and active numbers), deterministic per seed. The mix is
// meant to exercise an inventory report (docs/sandbox.md, "Seeded active numbers"): 1-, 3- and 12-month
// intervals, several currencies, releasing numbers, failed and stalled provisioning, unconfigured numbers.
#include "sandboxstate.h"

#include <QDateTime>

namespace nd::sandbox {

namespace {

constexpr qint64 kHourMs = 3600LL * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;

QString randomChars(quint64 &state, const char *alphabet, int alphabetSize, int count)
{
    QString out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        state = mix64(state);
        out += QLatin1Char(alphabet[state % static_cast<quint64>(alphabetSize)]);
    }
    return out;
}

QString hexId(quint64 &state, int count)
{
    return randomChars(state, "0123456789abcdef", 16, count);
}

QString uuid(quint64 &state)
{
    QString s = hexId(state, 32);
    s[12] = QLatin1Char('4');
    return s.left(8) + QLatin1Char('-') + s.mid(8, 4) + QLatin1Char('-') + s.mid(12, 4) + QLatin1Char('-') +
           s.mid(16, 4) + QLatin1Char('-') + s.mid(20);
}

QString ulid(quint64 &state)
{
    return QLatin1String("01") + randomChars(state, "0123456789ABCDEFGHJKMNPQRSTVWXYZ", 32, 24);
}

// What is special about a seeded number.
enum class Role {
    Plain,
    ReleasingSoon,  // expireAt within 7 days
    ReleasingLater, // expireAt later
    SmsFailed,      // scheduledProvisioning FAILED with errorCodes
    VoiceFailed,    // scheduledVoiceProvisioning FAILED
    SmsStalled,     // scheduledProvisioning WAITING for hours, never advancing
    VoiceStalled,   // scheduledVoiceProvisioning IN_PROGRESS for hours, never advancing
    Unconfigured    // neither SMS nor voice linked
};

// The first numbers are fixed so that even a small project (the default 25) shows every case: region and type
// (hence currency and paymentIntervalMonths) and role. The rest are drawn.
struct Showcase
{
    const char *region;
    NumberType type;
    Role role;
};

constexpr Showcase kShowcase[] = {
    {"DE", NumberType::TollFree, Role::VoiceFailed},   // EUR, every 12 months, voice only
    {"NO", NumberType::TollFree, Role::ReleasingSoon}, // NOK, every 3 months
    {"GB", NumberType::Mobile, Role::SmsFailed},       // GBP: SMS_PROVISIONING_FAILED
    {"SE", NumberType::Mobile, Role::SmsStalled},      // SEK
    {"US", NumberType::Local, Role::SmsFailed},        // USD, with a campaign: CAMPAIGN_PENDING_ACCEPTANCE
    {"US", NumberType::Local, Role::VoiceStalled},      {"FR", NumberType::Mobile, Role::Unconfigured}, // EUR
    {"US", NumberType::TollFree, Role::ReleasingLater},
};

} // namespace

void SandboxState::seedProject(int activeCount)
{
    quint64 idState = mix64(m_seed ^ 0x1d5);
    const char *const secretAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    m_hmacSecret = randomChars(idState, secretAlphabet, 62, 8);
    for (int i = 0; i < 3; ++i)
        m_hmacSecret += QLatin1Char('-') + randomChars(idState, secretAlphabet, 62, 8);

    // A few shared links, as a real project would have.
    const QStringList plans = {hexId(idState, 32), hexId(idState, 32), hexId(idState, 32)};
    const QStringList campaigns = {QLatin1Char('C') + randomChars(idState, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 34, 6),
                                   QLatin1Char('C') +
                                       randomChars(idState, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 34, 6)};
    const QStringList apps = {uuid(idState), uuid(idState)};
    const QStringList trunks = {uuid(idState)};
    const QStringList faxServices = {ulid(idState)};
    static const char *const names[] = {"Support line", "Sales",     "Billing",    "Alerts",        "Marketing",
                                        "On-call",      "Reception", "Fax intake", "Notifications", "Warehouse"};

    const Catalogue &catalogue = Catalogue::instance();
    std::vector<std::pair<const RegionInfo *, const NumberBlock *>> byType[3];
    std::vector<std::pair<const RegionInfo *, const NumberBlock *>> usByType[3];
    for (const RegionInfo &region : catalogue.regions()) {
        for (const NumberBlock &block : region.blocks) {
            byType[static_cast<int>(block.type)].emplace_back(&region, &block);
            if (region.regionCode == QLatin1String("US"))
                usByType[static_cast<int>(block.type)].emplace_back(&region, &block);
        }
    }
    auto pickBlock = [&](const char *regionCode, NumberType type) {
        std::vector<std::pair<const RegionInfo *, const NumberBlock *>> pool;
        for (const auto &candidate : byType[static_cast<int>(type)]) {
            if (candidate.first->regionCode == QLatin1String(regionCode))
                pool.push_back(candidate);
        }
        return pool[nextRandom() % pool.size()];
    };
    auto drawRole = [&](int capabilities) {
        const quint64 d = nextRandom() % 100;
        if (d < 3)
            return Role::ReleasingSoon;
        if (d < 6)
            return Role::ReleasingLater;
        if (d < 8 && (capabilities & Capability::Sms))
            return Role::SmsFailed;
        if (d < 10 && (capabilities & Capability::Voice))
            return Role::VoiceFailed;
        if (d < 11 && (capabilities & Capability::Sms))
            return Role::SmsStalled;
        if (d < 12 && (capabilities & Capability::Voice))
            return Role::VoiceStalled;
        return Role::Plain;
    };
    auto linkVoice = [&](VoiceType type, QString *appId, QString *trunkId, QString *serviceId) {
        (type == VoiceType::Rtc   ? *appId
         : type == VoiceType::Est ? *trunkId
                                  : *serviceId) = type == VoiceType::Rtc   ? apps[static_cast<int>(nextRandom() % 2)]
                                                  : type == VoiceType::Est ? trunks.first()
                                                                           : faxServices.first();
    };

    static const NumberType cycle[] = {NumberType::Local, NumberType::Mobile, NumberType::Local, NumberType::TollFree,
                                       NumberType::Mobile};
    constexpr int showcaseCount = static_cast<int>(std::size(kShowcase));
    const qint64 now = nowMs();
    for (int i = 0; i < activeCount; ++i) {
        std::pair<const RegionInfo *, const NumberBlock *> picked;
        if (i < showcaseCount) {
            picked = pickBlock(kShowcase[i].region, kShowcase[i].type);
        } else {
            const NumberType type = cycle[i % 5];
            const auto &pool = (type != NumberType::Mobile && nextRandom() % 2 == 0) ? usByType[static_cast<int>(type)]
                                                                                     : byType[static_cast<int>(type)];
            picked = pool[nextRandom() % pool.size()];
        }
        const auto [region, block] = picked;
        QString number;
        for (int attempt = 0; attempt < 50; ++attempt) {
            number =
                Catalogue::numberAt(*block, static_cast<qint64>(nextRandom() % static_cast<quint64>(block->size())));
            if (m_records.find(number) == m_records.end())
                break;
            number.clear();
        }
        if (number.isEmpty())
            continue;

        ActiveNumberRecord r;
        r.phoneNumber = number;
        r.regionCode = region->regionCode;
        r.type = block->type;
        r.capabilities = block->capabilities;
        r.money = {region->currency, block->monthlyPrice};
        r.paymentIntervalMonths = block->paymentIntervalMonths;
        // The next charge falls within the current interval.
        const qint64 intervalDays = 28LL * qMax(1, r.paymentIntervalMonths);
        r.nextChargeMs = now + static_cast<qint64>(1 + nextRandom() % static_cast<quint64>(intervalDays)) * kDayMs +
                         static_cast<qint64>(nextRandom() % kDayMs);
        if (nextRandom() % 2 == 0)
            r.displayName = QLatin1String(names[nextRandom() % 10]) + QLatin1Char(' ') + QString::number(i % 97 + 1);
        if ((r.capabilities & Capability::Sms) && nextRandom() % 10 < 4) {
            r.servicePlanId = plans[static_cast<int>(nextRandom() % 3)];
            if (r.regionCode == QLatin1String("US") && nextRandom() % 2 == 0)
                r.campaignId = campaigns[static_cast<int>(nextRandom() % 2)];
        }
        if (r.capabilities & Capability::Voice) {
            const quint64 v = nextRandom() % 20;
            if (v < 9) {
                r.voiceLastUpdatedMs = now - static_cast<qint64>(1 + nextRandom() % 300) * kDayMs;
                r.voiceType = v < 6 ? VoiceType::Rtc : v < 8 ? VoiceType::Est : VoiceType::Fax;
                linkVoice(r.voiceType, &r.appId, &r.trunkId, &r.serviceId);
            }
        }
        if (nextRandom() % 10 < 3)
            r.callbackUrl = QStringLiteral("https://hooks.example.com/sinch/numbers");

        const Role role = i < showcaseCount ? kShowcase[i].role : drawRole(r.capabilities);
        const qint64 hoursAgo = static_cast<qint64>(2 + nextRandom() % 70) * kHourMs; // over an hour: "stuck"
        switch (role) {
        case Role::Plain:
            break;
        case Role::ReleasingSoon:
        case Role::ReleasingLater:
            if (role == Role::ReleasingSoon) // within 7 days
                r.nextChargeMs = now + static_cast<qint64>(1 + nextRandom() % 6) * kDayMs +
                                 static_cast<qint64>(nextRandom() % kDayMs);
            else
                r.nextChargeMs = qMax(r.nextChargeMs, now + 8 * kDayMs + static_cast<qint64>(nextRandom() % kDayMs));
            r.expireAtMs = r.nextChargeMs; // §7.5: a release ends the paid period
            break;
        case Role::SmsFailed:
        case Role::SmsStalled: {
            // A first link (a change of plan would have to unlink first, §7.6).
            r.servicePlanId.clear();
            r.campaignId.clear();
            ScheduledSms s;
            s.servicePlanId = plans[static_cast<int>(nextRandom() % 3)];
            if (r.regionCode == QLatin1String("US"))
                s.campaignId = campaigns[static_cast<int>(nextRandom() % 2)];
            s.lastUpdatedMs = now - hoursAgo;
            if (role == Role::SmsFailed) {
                s.status = ProvisioningStatus::Failed;
                s.errorCodes = {s.campaignId.isEmpty() ? QStringLiteral("SMS_PROVISIONING_FAILED")
                                                       : QStringLiteral("CAMPAIGN_PENDING_ACCEPTANCE")};
            } else {
                s.status = ProvisioningStatus::Waiting;
                r.provisioningStalled = true;
            }
            r.scheduledSms = s;
            break;
        }
        case Role::VoiceFailed:
        case Role::VoiceStalled: {
            ScheduledVoice s;
            s.type = r.appId.isEmpty() ? VoiceType::Rtc : VoiceType::Est; // a link, or a switch to a trunk
            linkVoice(s.type, &s.appId, &s.trunkId, &s.serviceId);
            s.lastUpdatedMs = now - hoursAgo;
            s.status = role == Role::VoiceFailed ? ProvisioningStatus::Failed : ProvisioningStatus::InProgress;
            r.provisioningStalled = role == Role::VoiceStalled;
            r.scheduledVoice = s;
            break;
        }
        case Role::Unconfigured:
            r.servicePlanId.clear();
            r.campaignId.clear();
            r.appId.clear();
            r.trunkId.clear();
            r.serviceId.clear();
            r.voiceLastUpdatedMs = 0;
            break;
        }
        insertRecord(std::move(r));
    }
}

} // namespace nd::sandbox
