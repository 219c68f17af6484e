// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "smserrortext.h"

#include <QCoreApplication>

namespace nd {

namespace {
// The translation context of the failure words.
struct SmsErrorText
{
    Q_DECLARE_TR_FUNCTIONS(nd::SmsErrorText)
};
} // namespace

QString smsErrorCodeText(const SmsErrorCode &code)
{
    using V = SmsErrorCode::Value;
    switch (code.value()) {
    case V::Unspecified:
        return SmsErrorText::tr("No specific reason was given");
    case V::InternalError:
        return SmsErrorText::tr("Sinch had an internal failure");
    case V::SmsProvisioningFailed:
        return SmsErrorText::tr("Linking the number to the SMS service plan failed");
    case V::CampaignProvisioningFailed:
        return SmsErrorText::tr("Linking the number to the 10DLC campaign failed");
    case V::CampaignNotAvailable:
        return SmsErrorText::tr("The 10DLC campaign is not available");
    case V::Exceeded10DlcLimit:
        return SmsErrorText::tr("The 10DLC number limit has been reached");
    case V::NumberProvisioningFailed:
        return SmsErrorText::tr("Provisioning the number failed");
    case V::PartnerServiceUnavailable:
        return SmsErrorText::tr("A partner service is unavailable; try again later");
    case V::CampaignPendingAcceptance:
        return SmsErrorText::tr("The 10DLC campaign has not been accepted yet");
    case V::MnoSharingError:
        return SmsErrorText::tr("Sharing the campaign with the mobile operators failed");
    case V::CampaignExpired:
        return SmsErrorText::tr("The 10DLC campaign has expired");
    case V::CampaignMnoRejected:
        return SmsErrorText::tr("A mobile operator rejected the campaign");
    case V::CampaignMnoSuspended:
        return SmsErrorText::tr("A mobile operator suspended the campaign");
    case V::CampaignMnoReview:
        return SmsErrorText::tr("The campaign is under review by a mobile operator");
    case V::InsufficientBalance:
        return SmsErrorText::tr("The account balance is too low to pay the fees");
    case V::MockCampaignNotAllowed:
        return SmsErrorText::tr("Test (mock) campaigns are not allowed");
    case V::TfnNotAllowed:
        return SmsErrorText::tr("Toll-free numbers are not allowed for this");
    case V::InvalidNnid:
        return SmsErrorText::tr("The NNID is invalid");
    case V::Unknown:
        break;
    }
    return code.wire().isEmpty() ? SmsErrorText::tr("Unknown error") : code.wire();
}

} // namespace nd
