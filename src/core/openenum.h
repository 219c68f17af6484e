// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>
#include <utility>

namespace nd {

// An enumeration the server may extend at any time (docs/api.md §3.3).
// It keeps the raw wire text, so an unknown value is never lost and can be shown as received.
// Traits supplies `enum class Value` (with an `Unknown` member) and a `values` table of wire names.
template<typename Traits>
class OpenEnum
{
public:
    using Value = typename Traits::Value;

    OpenEnum() = default;
    OpenEnum(Value value) // NOLINT(google-explicit-constructor): reads naturally at call sites
        : m_raw(wireName(value))
    {
    }

    static OpenEnum fromWire(const QString &raw)
    {
        OpenEnum e;
        e.m_raw = raw;
        return e;
    }

    Value value() const
    {
        for (const auto &[v, name] : Traits::values) {
            if (m_raw == QLatin1String(name)) {
                return v;
            }
        }
        return Value::Unknown;
    }
    // The text as it goes on (or came off) the wire.
    const QString &wire() const { return m_raw; }
    bool isEmpty() const { return m_raw.isEmpty(); }
    bool isKnown() const { return value() != Value::Unknown; }

    static QString wireName(Value value)
    {
        for (const auto &[v, name] : Traits::values) {
            if (v == value) {
                return QString::fromLatin1(name);
            }
        }
        return {};
    }

    friend bool operator==(const OpenEnum &a, const OpenEnum &b) { return a.m_raw == b.m_raw; }
    friend bool operator!=(const OpenEnum &a, const OpenEnum &b) { return a.m_raw != b.m_raw; }
    friend bool operator==(const OpenEnum &a, Value b) { return a.value() == b; }
    friend bool operator!=(const OpenEnum &a, Value b) { return a.value() != b; }

private:
    QString m_raw;
};

struct NumberTypeTraits
{
    enum class Value { Unknown, Mobile, Local, TollFree, Unspecified };
    static constexpr std::array<std::pair<Value, const char *>, 4> values{{
        {Value::Mobile, "MOBILE"},
        {Value::Local, "LOCAL"},
        {Value::TollFree, "TOLL_FREE"},
        {Value::Unspecified, "NUMBER_TYPE_UNSPECIFIED"},
    }};
};
using NumberType = OpenEnum<NumberTypeTraits>;

struct CapabilityTraits
{
    enum class Value { Unknown, Sms, Voice };
    static constexpr std::array<std::pair<Value, const char *>, 2> values{{
        {Value::Sms, "SMS"},
        {Value::Voice, "VOICE"},
    }};
};
using Capability = OpenEnum<CapabilityTraits>;

struct SearchPatternTraits
{
    enum class Value { Unknown, Start, Contains, End };
    static constexpr std::array<std::pair<Value, const char *>, 3> values{{
        {Value::Start, "START"},
        {Value::Contains, "CONTAINS"},
        {Value::End, "END"},
    }};
};
using SearchPattern = OpenEnum<SearchPatternTraits>;

struct OrderByTraits
{
    enum class Value { Unknown, PhoneNumber, DisplayName };
    static constexpr std::array<std::pair<Value, const char *>, 2> values{{
        {Value::PhoneNumber, "phoneNumber"},
        {Value::DisplayName, "displayName"},
    }};
};
using OrderBy = OpenEnum<OrderByTraits>;

struct ProvisioningStatusTraits
{
    enum class Value { Unknown, Unspecified, Waiting, InProgress, Failed };
    static constexpr std::array<std::pair<Value, const char *>, 4> values{{
        {Value::Unspecified, "PROVISIONING_STATUS_UNSPECIFIED"},
        {Value::Waiting, "WAITING"},
        {Value::InProgress, "IN_PROGRESS"},
        {Value::Failed, "FAILED"},
    }};
};
using ProvisioningStatus = OpenEnum<ProvisioningStatusTraits>;

struct VoiceTypeTraits
{
    enum class Value { Unknown, Rtc, Est, Fax };
    static constexpr std::array<std::pair<Value, const char *>, 3> values{{
        {Value::Rtc, "RTC"},
        {Value::Est, "EST"},
        {Value::Fax, "FAX"},
    }};
};
using VoiceType = OpenEnum<VoiceTypeTraits>;

struct SmsErrorCodeTraits
{
    enum class Value {
        Unknown,
        Unspecified,
        InternalError,
        SmsProvisioningFailed,
        CampaignProvisioningFailed,
        CampaignNotAvailable,
        Exceeded10DlcLimit,
        NumberProvisioningFailed,
        PartnerServiceUnavailable,
        CampaignPendingAcceptance,
        MnoSharingError,
        CampaignExpired,
        CampaignMnoRejected,
        CampaignMnoSuspended,
        CampaignMnoReview,
        InsufficientBalance,
        MockCampaignNotAllowed,
        TfnNotAllowed,
        InvalidNnid,
    };
    static constexpr std::array<std::pair<Value, const char *>, 18> values{{
        {Value::Unspecified, "ERROR_CODE_UNSPECIFIED"},
        {Value::InternalError, "INTERNAL_ERROR"},
        {Value::SmsProvisioningFailed, "SMS_PROVISIONING_FAILED"},
        {Value::CampaignProvisioningFailed, "CAMPAIGN_PROVISIONING_FAILED"},
        {Value::CampaignNotAvailable, "CAMPAIGN_NOT_AVAILABLE"},
        {Value::Exceeded10DlcLimit, "EXCEEDED_10DLC_LIMIT"},
        {Value::NumberProvisioningFailed, "NUMBER_PROVISIONING_FAILED"},
        {Value::PartnerServiceUnavailable, "PARTNER_SERVICE_UNAVAILABLE"},
        {Value::CampaignPendingAcceptance, "CAMPAIGN_PENDING_ACCEPTANCE"},
        {Value::MnoSharingError, "MNO_SHARING_ERROR"},
        {Value::CampaignExpired, "CAMPAIGN_EXPIRED"},
        {Value::CampaignMnoRejected, "CAMPAIGN_MNO_REJECTED"},
        {Value::CampaignMnoSuspended, "CAMPAIGN_MNO_SUSPENDED"},
        {Value::CampaignMnoReview, "CAMPAIGN_MNO_REVIEW"},
        {Value::InsufficientBalance, "INSUFFICIENT_BALANCE"},
        {Value::MockCampaignNotAllowed, "MOCK_CAMPAIGN_NOT_ALLOWED"},
        {Value::TfnNotAllowed, "TFN_NOT_ALLOWED"},
        {Value::InvalidNnid, "INVALID_NNID"},
    }};
};
using SmsErrorCode = OpenEnum<SmsErrorCodeTraits>;

struct AddressValidationResultTraits
{
    enum class Value { Unknown, Unspecified, ExactMatch, NearMatch, NoMatch };
    static constexpr std::array<std::pair<Value, const char *>, 4> values{{
        {Value::Unspecified, "ADDRESS_VALIDATION_RESULT_CODE_UNSPECIFIED"},
        {Value::ExactMatch, "EXACT_MATCH"},
        {Value::NearMatch, "NEAR_MATCH"},
        {Value::NoMatch, "NO_MATCH"},
    }};
};
using AddressValidationResult = OpenEnum<AddressValidationResultTraits>;

} // namespace nd
