// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "smserrortext.h"

#include <QCoreApplication>

namespace nd {

// The context stays "DisplayText", where these words were first translated.
QString smsErrorCodeText(const SmsErrorCode &code)
{
    using V = SmsErrorCode::Value;
    switch (code.value()) {
    case V::Unspecified:
        return QCoreApplication::translate("DisplayText", "No specific reason was given");
    case V::InternalError:
        return QCoreApplication::translate("DisplayText", "Sinch had an internal failure");
    case V::SmsProvisioningFailed:
        return QCoreApplication::translate("DisplayText", "Linking the number to the SMS service plan failed");
    case V::CampaignProvisioningFailed:
        return QCoreApplication::translate("DisplayText", "Linking the number to the 10DLC campaign failed");
    case V::CampaignNotAvailable:
        return QCoreApplication::translate("DisplayText", "The 10DLC campaign is not available");
    case V::Exceeded10DlcLimit:
        return QCoreApplication::translate("DisplayText", "The 10DLC number limit has been reached");
    case V::NumberProvisioningFailed:
        return QCoreApplication::translate("DisplayText", "Provisioning the number failed");
    case V::PartnerServiceUnavailable:
        return QCoreApplication::translate("DisplayText", "A partner service is unavailable; try again later");
    case V::CampaignPendingAcceptance:
        return QCoreApplication::translate("DisplayText", "The 10DLC campaign has not been accepted yet");
    case V::MnoSharingError:
        return QCoreApplication::translate("DisplayText", "Sharing the campaign with the mobile operators failed");
    case V::CampaignExpired:
        return QCoreApplication::translate("DisplayText", "The 10DLC campaign has expired");
    case V::CampaignMnoRejected:
        return QCoreApplication::translate("DisplayText", "A mobile operator rejected the campaign");
    case V::CampaignMnoSuspended:
        return QCoreApplication::translate("DisplayText", "A mobile operator suspended the campaign");
    case V::CampaignMnoReview:
        return QCoreApplication::translate("DisplayText", "The campaign is under review by a mobile operator");
    case V::InsufficientBalance:
        return QCoreApplication::translate("DisplayText", "The account balance is too low to pay the fees");
    case V::MockCampaignNotAllowed:
        return QCoreApplication::translate("DisplayText", "Test (mock) campaigns are not allowed");
    case V::TfnNotAllowed:
        return QCoreApplication::translate("DisplayText", "Toll-free numbers are not allowed for this");
    case V::InvalidNnid:
        return QCoreApplication::translate("DisplayText", "The NNID is invalid");
    case V::Unknown:
        break;
    }
    return code.wire().isEmpty() ? QCoreApplication::translate("DisplayText", "Unknown error") : code.wire();
}

} // namespace nd
