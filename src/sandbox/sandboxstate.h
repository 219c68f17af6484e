// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue.h"
#include "basicresult.h"
#include "sandboxtypes.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <map>
#include <optional>
#include <set>
#include <vector>

namespace nd::sandbox {

// A requested configuration change (rent, rentAny, update), already validated by the API layer.
struct SmsChange
{
    QString servicePlanId;             // "" = unlink
    std::optional<QString> campaignId; // absent = keep / none
};

struct VoiceChange
{
    VoiceType type = VoiceType::Rtc;
    QString id; // appId / trunkId / serviceId for the type; "" = unlink
};

struct ConfigChange
{
    std::optional<QString> displayName;
    std::optional<QString> callbackUrl;
    std::optional<SmsChange> sms;
    std::optional<VoiceChange> voice;
};

// A number event of docs/api.md §6.2, raised when provisioning of a number with a callbackUrl ends.
struct NumberEvent
{
    QString phoneNumber;
    QString callbackUrl;
    QString eventType; // PROVISIONING_TO_SMS_PLATFORM, DEPROVISIONING_FROM_CAMPAIGN, ...
    bool succeeded = true;
    QString failureCode;         // "" = null
    QString internalFailureCode; // "" = left out
    qint64 timeMs = 0;           // sandbox clock
};

struct ActiveListQuery
{
    QString regionCode; // empty = every region
    NumberType type = NumberType::Mobile;
    NumberPattern pattern;
    int capabilities = 0; // all listed bits must be present
    bool orderByDisplayName = false;
};

struct ActiveCursor
{
    QString sortKey; // displayName or phoneNumber of the last item of the previous page
    QString phoneNumber;
};

struct ActivePage
{
    std::vector<const ActiveNumberRecord *> items;
    bool hasMore = false;
    int totalSize = 0;
};

// The emulator's whole state: active numbers (with sorted indexes for keyset paging), the virtual
// inventory, the callback secret, emergency addresses, per-operation request counters and persistence.
// Lives on the server's thread; the in-process API is for tests and the app's Sandbox profile.
class SandboxState final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxState)

public:
    explicit SandboxState(QObject *parent = nullptr);
    ~SandboxState() override;

    void setProjectId(const QString &projectId) { m_projectId = projectId; }
    QString projectId() const { return m_projectId; }
    quint64 seed() const { return m_seed; }
    void setProvisioningStepMs(int ms) { m_provisioningStepMs = ms; }
    int provisioningStepMs() const { return m_provisioningStepMs; }
    void setProvisioningFailureRate(double rate) { m_provisioningFailureRate = rate; }

    // Clears everything and seeds activeCount numbers spread over regions and types, plus a callback
    // secret, all derived from seed. The mix of numbers is described in docs/sandbox.md ("Seeded active numbers").
    void reset(quint64 seed, int activeCount);

    // Sandbox clock: wall clock plus an offset that tests can advance (token expiry, release expiry).
    qint64 nowMs() const;
    void advanceClock(qint64 ms);

    // --- active numbers ---
    int activeCount() const { return static_cast<int>(m_records.size()); }
    const ActiveNumberRecord *activeNumber(const QString &e164) const;
    QList<ActiveNumberRecord> activeNumbers() const; // sorted by phone number
    ActivePage listActive(const ActiveListQuery &query, const std::optional<ActiveCursor> &after, int pageSize);
    // Catches up with the clock: numbers that are not releasing renew (nextChargeDate moves on by whole
    // multiples of paymentIntervalMonths until it is in the future), and released numbers whose expireAt has
    // passed go back to the inventory. Runs before every API request, on advanceClock() and after load().
    void sweepExpired();

    // --- inventory ---
    bool isAvailable(const QString &e164) const;
    std::optional<AvailableNumber> availableNumber(const QString &e164) const;
    qint64 availableCount(const QString &regionCode, NumberType type) const;
    QList<AvailableNumber> searchAvailable(const RegionInfo &region, NumberType type, const NumberPattern &pattern,
                                           int capabilities, int size) const;

    // --- mutations (validated by the caller) ---
    const ActiveNumberRecord &rent(const AvailableNumber &number, const ConfigChange &change);
    const ActiveNumberRecord &update(const QString &e164, const ConfigChange &change);
    const ActiveNumberRecord &release(const QString &e164); // idempotent
    void setEmergencyAddress(const QString &e164, const QString &displayName, const EmergencyAddress &address);
    bool clearEmergencyAddress(const QString &e164);

    // Effective link = the pending (not failed) target if a change is scheduled, else the active link.
    static QString effectiveServicePlanId(const ActiveNumberRecord &r);
    static QString effectiveCampaignId(const ActiveNumberRecord &r);

    // --- callback configuration ---
    QString hmacSecret() const { return m_hmacSecret; }
    void setHmacSecret(const QString &secret);

    // --- statistics ---
    void countRequest(const QString &operation, int status);
    QHash<QString, int> requestCounts() const { return m_requestCounts; }
    QHash<int, int> statusCounts() const { return m_statusCounts; }
    int totalRequests() const { return m_totalRequests; }

    // --- persistence (statefile.cpp); the file is created 0600, missing folders 0700 ---
    Result<void, Failure> save(const QString &path) const;
    Result<void, Failure> load(const QString &path);

Q_SIGNALS:
    void changed(); // any mutation; the server saves (debounced) when --state is set
    // Provisioning of a number that has a callbackUrl ended (linked, unlinked or failed); emitted after the
    // state changed. The server's CallbackDispatcher delivers it.
    void numberEvent(const nd::sandbox::NumberEvent &event);

private:
    struct IndexKey
    {
        QString scope; // "L" (type) or "L|US" (type + region)
        QString sort;  // phone number or display name
        QString phone;
        const ActiveNumberRecord *record = nullptr; // the record in m_records (its node never moves); not ordered
        bool operator<(const IndexKey &o) const
        {
            if (int c = scope.compare(o.scope))
                return c < 0;
            if (int c = sort.compare(o.sort))
                return c < 0;
            return phone < o.phone;
        }
    };

    static QString scopeOf(NumberType type, const QString &regionCode);
    void index(const ActiveNumberRecord &r);
    void unindex(const ActiveNumberRecord &r);
    void insertRecord(ActiveNumberRecord r);
    void seedProject(int activeCount); // the callback secret and activeCount numbers (inventoryseed.cpp)
    void removeRecord(const QString &e164);
    bool renewIfDue(ActiveNumberRecord &r, qint64 now); // true when nextChargeMs moved
    void applyChange(ActiveNumberRecord &r, const ConfigChange &change);
    void scheduleStep(const QString &e164);
    void advanceProvisioning(const QString &e164, quint64 generation);
    void addEvent(std::vector<NumberEvent> *events, const ActiveNumberRecord &r, const char *type, bool succeeded,
                  const QString &failureCode = QString(), const QString &internalFailureCode = QString()) const;
    quint64 nextRandom();
    void touch();

    QString m_projectId;
    quint64 m_seed = 1;
    quint64 m_rng = 0; // seeded stream for generated data and provisioning outcomes
    int m_provisioningStepMs = 1500;
    double m_provisioningFailureRate = 0.0;
    qint64 m_clockOffsetMs = 0;
    quint64 m_generation = 0; // bumps on every change; invalidates cached match lists

    std::map<QString, ActiveNumberRecord> m_records;
    std::set<IndexKey> m_byPhone;
    std::set<IndexKey> m_byName;
    QHash<QString, int> m_scopeCounts;
    QHash<QString, int> m_rentedPerInventory; // "L|US" -> active numbers of that region/type
    std::multimap<qint64, QString> m_expiries;
    std::multimap<qint64, QString> m_renewals; // nextChargeMs -> phone; stale entries are skipped
    QHash<QString, bool> m_failPlan;           // phone -> the scheduled change will fail

    // The keys a filtered listing matches, in index order, valid while generation == m_generation.
    struct MatchCacheEntry
    {
        quint64 generation = 0;
        std::vector<const IndexKey *> keys;
    };
    static constexpr qsizetype MaxCachedMatchLists = 64;
    QHash<QString, MatchCacheEntry> m_matchCache;

    QString m_hmacSecret;
    QHash<QString, int> m_requestCounts;
    QHash<int, int> m_statusCounts;
    int m_totalRequests = 0;
};

} // namespace nd::sandbox
