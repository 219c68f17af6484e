// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "safecall.h"

#include "activenumberwalker.h"
#include "numbersclient.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace nd {

Q_LOGGING_CATEGORY(lcSafe, "numberdesk.core.safe")

namespace {

// For the free functions below (same context as SafeCall's own tr, for lupdate and at run time).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nd::SafeCall)
};

QString same(const QString &text)
{
    return text.trimmed().toCaseFolded();
}

// Whether the SMS link asked for is the one in effect or the one being provisioned.
bool smsMatches(const ActiveNumber &n, const SmsConfigurationRequest &wanted)
{
    const SmsConfiguration sms = n.smsConfiguration.value_or(SmsConfiguration());
    auto matches = [&wanted](const QString &plan, const QString &campaign) {
        if (plan != wanted.servicePlanId) {
            return false;
        }
        // Unlinking the plan unlinks the campaign too; otherwise compare the campaign when one was sent.
        return wanted.servicePlanId.isEmpty() || !wanted.campaignId || campaign == *wanted.campaignId;
    };
    if (sms.scheduledProvisioning && sms.scheduledProvisioning->status.wire() != QLatin1String("FAILED")) {
        return matches(sms.scheduledProvisioning->servicePlanId, sms.scheduledProvisioning->campaignId);
    }
    return matches(sms.servicePlanId, sms.campaignId);
}

bool voiceMatches(const ActiveNumber &n, const VoiceConfigurationRequest &wanted)
{
    const VoiceConfiguration voice = n.voiceConfiguration.value_or(VoiceConfiguration());
    if (voice.scheduledVoiceProvisioning &&
        voice.scheduledVoiceProvisioning->status.wire() != QLatin1String("FAILED")) {
        return voice.scheduledVoiceProvisioning->type == wanted.type &&
               voice.scheduledVoiceProvisioning->id() == wanted.id;
    }
    if (wanted.id.isEmpty()) {
        return voice.id().isEmpty(); // unlinked, whatever the type says
    }
    return voice.type == wanted.type && voice.id() == wanted.id;
}

// The fields of `update` that `n` does not show (empty: everything sent is in place or pending).
QStringList updateMismatches(const ActiveNumber &n, const ActiveNumberUpdate &update)
{
    QStringList missing;
    if (update.displayName && n.displayName != *update.displayName) {
        missing.append(Text::tr("display name"));
    }
    if (update.configuration.callbackUrl && n.callbackUrl != *update.configuration.callbackUrl) {
        missing.append(Text::tr("callback URL"));
    }
    if (update.configuration.sms && !smsMatches(n, *update.configuration.sms)) {
        missing.append(Text::tr("SMS configuration"));
    }
    if (update.configuration.voice && !voiceMatches(n, *update.configuration.voice)) {
        missing.append(Text::tr("voice configuration"));
    }
    return missing;
}

bool addressMatches(const EmergencyAddress &stored, const EmergencyAddressRequest &wanted)
{
    auto eq = [](const QString &a, const QString &b) { return same(a) == same(b); };
    return eq(stored.streetNumber, wanted.streetNumber) && eq(stored.streetInfo, wanted.streetInfo) &&
           eq(stored.city, wanted.city) && eq(stored.state, wanted.state) && eq(stored.postalCode, wanted.postalCode) &&
           (wanted.location.isEmpty() || eq(stored.location, wanted.location)) &&
           (wanted.postalCodePlusFour.isEmpty() || eq(stored.postalCodePlusFour, wanted.postalCodePlusFour));
}

bool isAvailableNumberNotFound(const ApiError &error)
{
    if (!error.isNotFound()) {
        return false;
    }
    for (const ResourceInfo &r : error.resources) {
        if (r.resourceType == QLatin1String("AvailableNumber")) {
            return true;
        }
    }
    return error.resources.isEmpty(); // a bare 404 on :rent can only be about the number
}

} // namespace

SafeCall::SafeCall(NumbersClient *client, const Request &request, QObject *context, Callback callback,
                   QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_request(request)
    , m_context(context)
    , m_hasContext(context != nullptr)
    , m_callback(std::move(callback))
{
    m_outcome.operation = request.operation;
    m_outcome.phoneNumber = request.phoneNumber;
}

SafeCall::~SafeCall()
{
    m_done = true; // nothing reaches the callback from a half-destroyed call
    if (m_call) {
        m_call->cancel();
    }
    if (m_walker) {
        m_walker->cancel();
    }
}

void SafeCall::setPhase(Phase phase)
{
    if (m_phase != phase) {
        m_phase = phase;
        Q_EMIT phaseChanged(phase);
    }
}

void SafeCall::start()
{
    if (!m_client) {
        m_outcome.originalError = ApiError::validation(tr("The API client is no longer available."));
        finishNotDone(tr("Nothing was sent: the connection is gone."), false);
        return;
    }
    if (m_request.operation == Outcome::Operation::RentAny) {
        snapshotThenSend();
    } else {
        send();
    }
}

void SafeCall::snapshotThenSend()
{
    setPhase(Phase::Preparing);
    // §7.4: take the filtered active list before renting, so an ambiguous answer can be settled by a diff.
    // The request's pattern narrows the list on large projects (the rented number must match it).
    ActiveNumberQuery query;
    query.regionCode = m_request.rentAny.regionCode;
    query.type = m_request.rentAny.type;
    query.pattern = m_request.rentAny.pattern;
    auto *walker = new ActiveNumberWalker(m_client, query, this);
    m_walker = walker;
    connect(walker, &ActiveNumberWalker::pageReceived, this, [this](const QList<ActiveNumber> &numbers) {
        for (const ActiveNumber &n : numbers) {
            m_before.insert(n.phoneNumber);
        }
    });
    connect(walker, &ActiveNumberWalker::finished, this, [this, walker](const ApiError &error) {
        walker->deleteLater();
        if (m_done) {
            return;
        }
        if (error.isCancelled() || m_cancelRequested) {
            m_outcome.cancelled = true;
            finishNotDone(tr("Cancelled before the rental was sent: nothing was rented."), true);
            return;
        }
        if (error.isError()) {
            // Without the "before" list an ambiguous answer could not be settled: do not rent blind.
            m_outcome.originalError = error;
            finishNotDone(tr("Nothing was rented: your current numbers could not be listed first (%1). Renting "
                             "without that list would make a lost answer impossible to check. You can try again.")
                              .arg(error.userMessage),
                          true);
            return;
        }
        send();
    });
    walker->start();
}

void SafeCall::send()
{
    if (m_cancelRequested) {
        m_outcome.cancelled = true;
        finishNotDone(tr("Cancelled before the request was sent: nothing was changed."), true);
        return;
    }
    if (!m_client) {
        m_outcome.originalError = ApiError::validation(tr("The API client is no longer available."));
        finishNotDone(tr("Nothing was sent: the connection is gone."), false);
        return;
    }
    setPhase(Phase::Sending);
    const QString &n = m_request.phoneNumber;
    switch (m_request.operation) {
    case Outcome::Operation::Rent:
        m_call = m_client->rentNumber(n, m_request.configuration, this, [this](const Result<ActiveNumber> &r) {
            if (!r) {
                onFailure(r.error());
                return;
            }
            m_outcome.activeNumber = r.value();
            finishDone(tr("Rented %1.").arg(r.value().phoneNumber.isEmpty() ? m_request.phoneNumber
                                                                           : r.value().phoneNumber));
        });
        break;
    case Outcome::Operation::RentAny:
        m_call = m_client->rentAnyNumber(m_request.rentAny, this, [this](const Result<ActiveNumber> &r) {
            if (!r) {
                onFailure(r.error());
                return;
            }
            m_outcome.activeNumber = r.value();
            m_outcome.rentedNumbers = {r.value()};
            m_outcome.phoneNumber = r.value().phoneNumber;
            finishDone(tr("Rented %1.").arg(r.value().phoneNumber));
        });
        break;
    case Outcome::Operation::Update:
        m_call = m_client->updateActiveNumber(n, m_request.update, this, [this](const Result<ActiveNumber> &r) {
            if (!r) {
                onFailure(r.error());
                return;
            }
            m_outcome.activeNumber = r.value();
            finishDone(tr("Updated %1. Configuration changes take effect once provisioning completes.")
                           .arg(m_request.phoneNumber));
        });
        break;
    case Outcome::Operation::Release:
        m_call = m_client->releaseNumber(n, this, [this](const Result<ActiveNumber> &r) {
            if (!r) {
                onFailure(r.error());
                return;
            }
            m_outcome.activeNumber = r.value();
            finishDone(r.value().expireAt.isValid()
                           ? tr("Released %1: it stays yours until %2, then it goes back to the inventory.")
                                 .arg(m_request.phoneNumber, r.value().expireAt.toString(Qt::ISODate))
                           : tr("Released %1.").arg(m_request.phoneNumber));
        });
        break;
    case Outcome::Operation::EmergencyProvision:
        m_call = m_client->provisionEmergencyAddress(n, m_request.address, this,
                                                     [this](const Result<EmergencyAddress> &r) {
                                                         if (!r) {
                                                             onFailure(r.error());
                                                             return;
                                                         }
                                                         m_outcome.emergencyAddress = r.value();
                                                         finishDone(tr("Emergency address of %1 provisioned.")
                                                                        .arg(m_request.phoneNumber));
                                                     });
        break;
    case Outcome::Operation::EmergencyDeprovision:
        m_call = m_client->deprovisionEmergencyAddress(n, this, [this](const Result<Empty> &r) {
            if (!r) {
                onFailure(r.error());
                return;
            }
            finishDone(tr("Emergency address of %1 removed.").arg(m_request.phoneNumber));
        });
        break;
    case Outcome::Operation::CallbackSecretUpdate:
        m_call = m_client->updateCallbackConfiguration(m_request.hmacSecret, this,
                                                       [this](const Result<CallbackConfiguration> &r) {
                                                           if (!r) {
                                                               onFailure(r.error());
                                                               return;
                                                           }
                                                           m_outcome.callbackConfiguration = r.value();
                                                           finishDone(tr("Callback HMAC secret updated."));
                                                       });
        break;
    }
}

void SafeCall::onFailure(const ApiError &error)
{
    m_call = nullptr;
    m_outcome.originalError = error;
    if (error.isCancelled()) {
        m_outcome.cancelled = true;
        if (!error.requestMayHaveBeenSent) {
            finishNotDone(tr("Cancelled before the request was sent: nothing was changed."), true);
            return;
        }
        // The request already left: cancelling cannot take it back. Find out what happened.
        reconcile();
        return;
    }
    if (error.isAmbiguous()) {
        reconcile();
        return;
    }
    if (m_request.operation == Outcome::Operation::Rent && isAvailableNumberNotFound(error)) {
        // "Not available" may mean it is ours already (an earlier, unseen rent of the same number): look.
        setPhase(Phase::Checking);
        checkRentState(true);
        return;
    }
    // The server refused it, or it never left: certain that nothing changed.
    const bool mayRetry = (error.kind == ApiError::Kind::Http && error.httpStatus == 429) ||
                          (error.kind == ApiError::Kind::Network && !error.requestMayHaveBeenSent);
    finishNotDone(tr("Not done: %1 Nothing was changed.").arg(error.fullMessage()), mayRetry);
}

QString SafeCall::failureReason() const
{
    const ApiError &e = m_outcome.originalError;
    if (e.isCancelled()) {
        return tr("it was cancelled after the request was sent");
    }
    switch (e.kind) {
    case ApiError::Kind::Timeout:
        return tr("the server did not answer in time");
    case ApiError::Kind::Network:
        return tr("the connection was closed before the answer arrived");
    case ApiError::Kind::Http:
        return tr("the server answered with an error (HTTP %1)").arg(e.httpStatus);
    default:
        break;
    }
    return e.userMessage;
}

void SafeCall::reconcile()
{
    m_outcome.reconciled = true;
    setPhase(Phase::Checking);
    qCInfo(lcSafe) << "ambiguous outcome of" << Outcome::operationKey(m_request.operation)
                   << "- reading the state back:" << m_outcome.originalError.detail;
    switch (m_request.operation) {
    case Outcome::Operation::Rent:
        checkRentState(false);
        break;
    case Outcome::Operation::RentAny:
        checkRentAnyState();
        break;
    case Outcome::Operation::Update:
        checkUpdateState();
        break;
    case Outcome::Operation::Release:
        checkReleaseState();
        break;
    case Outcome::Operation::EmergencyProvision:
    case Outcome::Operation::EmergencyDeprovision:
        checkEmergencyState();
        break;
    case Outcome::Operation::CallbackSecretUpdate:
        checkCallbackState();
        break;
    }
}

void SafeCall::checkRentState(bool afterNotFoundAnswer)
{
    const QString n = m_request.phoneNumber;
    auto unknown = [this, n](const ApiError &e) {
        finishUnknown(e, tr("Outcome unknown: %1, and checking the number failed too (%2). Check the Active numbers "
                            "list for %3 before trying again.")
                             .arg(failureReason(), e.userMessage, n));
    };
    m_call = m_client->getActiveNumber(n, this, [this, n, afterNotFoundAnswer, unknown](const Result<ActiveNumber> &active) {
        m_call = nullptr;
        if (active) {
            m_outcome.activeNumber = active.value();
            finishDone(afterNotFoundAnswer
                           ? tr("%1 is one of your active numbers: it is rented (the rent answer said it was no "
                                "longer available because it already belongs to this project). Do not rent it "
                                "again.")
                                 .arg(n)
                           : tr("Rented %1: %2, but the number is now one of your active numbers. Do not rent it "
                                "again.")
                                 .arg(n, failureReason()));
            return;
        }
        if (!active.error().isNotFound()) {
            if (afterNotFoundAnswer) {
                // The rent itself answered "not available": that answer is certain.
                finishNotDone(tr("%1 was NOT rented: %2").arg(n, m_outcome.originalError.fullMessage()), false);
                return;
            }
            unknown(active.error());
            return;
        }
        if (afterNotFoundAnswer) {
            finishNotDone(tr("%1 was NOT rented: it is no longer available (someone else may have taken it).").arg(n),
                          false);
            return;
        }
        m_call = m_client->getAvailableNumber(n, this, [this, n, unknown](const Result<AvailableNumber> &available) {
            m_call = nullptr;
            if (available) {
                finishNotDone(tr("%1 was NOT rented: %2, and the number is still available, so the rental did not "
                                 "take effect. You can try again.")
                                  .arg(n, failureReason()),
                              true);
                return;
            }
            if (available.error().isNotFound()) {
                finishNotDone(tr("%1 was NOT rented: it is not one of your numbers and is no longer available "
                                 "(someone else took it).")
                                  .arg(n),
                              false);
                return;
            }
            unknown(available.error());
        });
    });
}

void SafeCall::checkRentAnyState()
{
    ActiveNumberQuery query;
    query.regionCode = m_request.rentAny.regionCode;
    query.type = m_request.rentAny.type;
    query.pattern = m_request.rentAny.pattern;
    m_after.clear();
    auto *walker = new ActiveNumberWalker(m_client, query, this);
    m_walker = walker;
    connect(walker, &ActiveNumberWalker::pageReceived, this, [this](const QList<ActiveNumber> &numbers) {
        for (const ActiveNumber &n : numbers) {
            if (!m_before.contains(n.phoneNumber)) {
                m_after.append(n);
            }
        }
    });
    connect(walker, &ActiveNumberWalker::finished, this, [this, walker](const ApiError &error) {
        walker->deleteLater();
        if (m_done) {
            return;
        }
        const QString what = QStringLiteral("%1 %2").arg(m_request.rentAny.regionCode, m_request.rentAny.type.wire());
        if (error.isError()) {
            finishUnknown(error, tr("Outcome unknown: %1, and listing your numbers to check failed too (%2). Check the "
                                    "Active numbers list (%3) for a number you did not expect before trying again.")
                                     .arg(failureReason(), error.userMessage, what));
            return;
        }
        m_outcome.rentedNumbers = m_after;
        if (m_after.isEmpty()) {
            finishNotDone(tr("Nothing was rented: %1, and no new %2 number appeared in your active numbers. You can "
                             "try again.")
                              .arg(failureReason(), what),
                          true);
            return;
        }
        m_outcome.activeNumber = m_after.constFirst();
        m_outcome.phoneNumber = m_after.constFirst().phoneNumber;
        if (m_after.size() == 1) {
            finishDone(tr("Rented %1: %2, but this new number appeared in your active numbers. Do not rent again.")
                           .arg(m_outcome.phoneNumber, failureReason()));
            return;
        }
        QStringList numbers;
        for (const ActiveNumber &n : std::as_const(m_after)) {
            numbers.append(n.phoneNumber);
        }
        m_outcome.needsReview = true;
        finishDone(tr("WARNING: %n new numbers appeared in your active numbers (%1): more than one number may have been "
                      "rented (a double rental), or someone else rented at the same time. Review them and release the "
                      "ones you do not want.",
                      nullptr, int(m_after.size()))
                       .arg(numbers.join(QStringLiteral(", "))));
    });
    walker->start();
}

void SafeCall::checkReleaseState()
{
    const QString n = m_request.phoneNumber;
    m_call = m_client->getActiveNumber(n, this, [this, n](const Result<ActiveNumber> &r) {
        m_call = nullptr;
        if (r) {
            m_outcome.activeNumber = r.value();
            if (r.value().isReleased()) {
                finishDone(tr("Released %1: %2, but the number now has an expiry date (%3): the release was "
                              "registered. Do not release it again.")
                               .arg(n, failureReason(), r.value().expireAt.toString(Qt::ISODate)));
            } else {
                finishNotDone(tr("%1 was NOT released: %2, and the number is still active with no expiry date. You "
                                 "can try again.")
                                  .arg(n, failureReason()),
                              true);
            }
            return;
        }
        if (r.error().isNotFound()) {
            finishDone(tr("%1 is no longer one of your active numbers: it is already gone.").arg(n));
            return;
        }
        finishUnknown(r.error(), tr("Outcome unknown: %1, and checking the number failed too (%2). Check whether %3 "
                                    "shows an expiry date before trying again.")
                                     .arg(failureReason(), r.error().userMessage, n));
    });
}

void SafeCall::checkUpdateState()
{
    const QString n = m_request.phoneNumber;
    m_call = m_client->getActiveNumber(n, this, [this, n](const Result<ActiveNumber> &r) {
        m_call = nullptr;
        if (!r) {
            finishUnknown(r.error(), tr("Outcome unknown: %1, and reading the number back failed too (%2). Check the "
                                        "settings of %3 before trying again.")
                                         .arg(failureReason(), r.error().userMessage, n));
            return;
        }
        const QStringList missing = updateMismatches(r.value(), m_request.update);
        m_outcome.activeNumber = r.value();
        if (missing.isEmpty()) {
            finishDone(tr("Updated %1: %2, but the number now shows the requested settings (applied or being "
                          "provisioned).")
                           .arg(n, failureReason()));
        } else {
            finishNotDone(tr("%1 was NOT updated: %2, and the number does not show the requested %3. You can try "
                             "again.")
                              .arg(n, failureReason(), missing.join(QStringLiteral(", "))),
                          true);
        }
    });
}

void SafeCall::checkCallbackState()
{
    m_call = m_client->getCallbackConfiguration(this, [this](const Result<CallbackConfiguration> &r) {
        m_call = nullptr;
        if (!r) {
            finishUnknown(r.error(), tr("Outcome unknown: %1, and reading the callback configuration back failed too "
                                        "(%2). Check it with 'callbacks get' before trying again.")
                                         .arg(failureReason(), r.error().userMessage));
            return;
        }
        if (r.value().hmacSecret == m_request.hmacSecret) {
            m_outcome.callbackConfiguration = r.value();
            finishDone(tr("Callback HMAC secret updated: %1, but the project now has the new secret.")
                           .arg(failureReason()));
        } else {
            finishNotDone(tr("The callback HMAC secret was NOT changed: %1, and the project still has a different "
                             "secret. You can try again.")
                              .arg(failureReason()),
                          true);
        }
    });
}

void SafeCall::checkEmergencyState()
{
    const QString n = m_request.phoneNumber;
    const bool provision = m_request.operation == Outcome::Operation::EmergencyProvision;
    m_call = m_client->getEmergencyAddress(n, this, [this, n, provision](const Result<EmergencyAddress> &r) {
        m_call = nullptr;
        if (!r && !r.error().isNotFound()) {
            finishUnknown(r.error(), tr("Outcome unknown: %1, and reading the emergency address back failed too (%2). "
                                        "Check the emergency address of %3 before trying again.")
                                         .arg(failureReason(), r.error().userMessage, n));
            return;
        }
        const bool hasAddress = r.ok() && !r.value().isEmpty();
        if (provision) {
            if (hasAddress && addressMatches(r.value(), m_request.address)) {
                m_outcome.emergencyAddress = r.value();
                finishDone(tr("Emergency address of %1 provisioned: %2, but the number now has the requested "
                              "address.")
                               .arg(n, failureReason()));
            } else {
                finishNotDone(tr("The emergency address of %1 was NOT changed: %2, and the number does not have the "
                                 "requested address. You can try again.")
                                  .arg(n, failureReason()),
                              true);
            }
            return;
        }
        if (!hasAddress) {
            finishDone(tr("Emergency address of %1 removed: %2, but the number now has no emergency address.")
                           .arg(n, failureReason()));
        } else {
            m_outcome.emergencyAddress = r.value();
            finishNotDone(tr("The emergency address of %1 was NOT removed: %2, and the number still has one. You can "
                             "try again.")
                              .arg(n, failureReason()),
                          true);
        }
    });
}

void SafeCall::cancel()
{
    if (m_done || m_cancelRequested) {
        if (m_phase == Phase::Checking && !m_done) {
            // A second cancel while checking: stop the check (the outcome becomes Unknown).
            if (m_call) {
                m_call->cancel();
            }
            if (m_walker) {
                m_walker->cancel();
            }
        }
        return;
    }
    m_cancelRequested = true;
    switch (m_phase) {
    case Phase::Preparing:
        if (m_walker) {
            m_walker->cancel(); // -> NotDone, nothing sent
        } else {
            // Not started yet: start() will see the flag.
        }
        break;
    case Phase::Sending:
        if (m_call) {
            m_call->cancel(); // -> onFailure(Cancelled): NotDone if it never left, else reconcile
        }
        break;
    case Phase::Checking:
        if (m_call) {
            m_call->cancel();
        }
        if (m_walker) {
            m_walker->cancel();
        }
        break;
    case Phase::Finished:
        break;
    }
}

void SafeCall::abandon()
{
    m_done = true;
    m_callback = nullptr;
    if (m_call) {
        m_call->cancel();
    }
    if (m_walker) {
        m_walker->cancel();
    }
    deleteLater();
}

void SafeCall::finishDone(const QString &explanation)
{
    m_outcome.kind = Outcome::Kind::Done;
    m_outcome.mayRetry = false;
    m_outcome.explanation = explanation;
    finish();
}

void SafeCall::finishNotDone(const QString &explanation, bool mayRetry)
{
    m_outcome.kind = Outcome::Kind::NotDone;
    m_outcome.mayRetry = mayRetry;
    m_outcome.explanation = explanation;
    finish();
}

void SafeCall::finishUnknown(const ApiError &checkError, const QString &explanation)
{
    m_outcome.kind = Outcome::Kind::Unknown;
    m_outcome.mayRetry = false;
    m_outcome.checkError = checkError;
    m_outcome.explanation = explanation;
    finish();
}

void SafeCall::finish()
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_call = nullptr;
    setPhase(Phase::Finished);
    qCInfo(lcSafe) << Outcome::operationKey(m_request.operation) << "->" << Outcome::kindKey(m_outcome.kind)
                   << (m_outcome.reconciled ? "(reconciled)" : "");
    const QPointer<SafeCall> self(this);
    Q_EMIT finished(m_outcome);
    if (self && m_callback && (!m_hasContext || m_context)) {
        m_callback(m_outcome);
    }
    if (self) {
        deleteLater();
    }
}

} // namespace nd
