// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// One billable call from intent to recorded outcome: record, send once, classify the answer, read the state back
// when it is ambiguous (rent, rentAny, update with its unlink-then-link steps, release, emergency, callback secret),
// complete the record. Kept in one file on purpose: every operation's re-check must be read next to the
// classification it settles, and splitting it by operation would split that rule.
#include "actioncall.h"

#include "actionpipeline.h"
#include "activenumberwalker.h"
#include "activityrecorder.h"
#include "numbersclient.h"

#include <QLoggingCategory>
#include <QTimer>

namespace nd {

Q_LOGGING_CATEGORY(lcAction, "numberdesk.actions")

namespace {

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
    if (sms.scheduledProvisioning && sms.scheduledProvisioning->status != ProvisioningStatus::Value::Failed) {
        return matches(sms.scheduledProvisioning->servicePlanId, sms.scheduledProvisioning->campaignId);
    }
    return matches(sms.servicePlanId, sms.campaignId);
}

bool voiceMatches(const ActiveNumber &n, const VoiceConfigurationRequest &wanted)
{
    const VoiceConfiguration voice = n.voiceConfiguration.value_or(VoiceConfiguration());
    if (voice.scheduledVoiceProvisioning &&
        voice.scheduledVoiceProvisioning->status != ProvisioningStatus::Value::Failed) {
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
        missing.append(FieldChange::fieldDisplayName(QStringLiteral("displayName")));
    }
    if (update.configuration.callbackUrl && n.callbackUrl != *update.configuration.callbackUrl) {
        missing.append(FieldChange::fieldDisplayName(QStringLiteral("callbackUrl")));
    }
    if (update.configuration.sms && !smsMatches(n, *update.configuration.sms)) {
        missing.append(FieldChange::fieldDisplayName(QStringLiteral("smsConfiguration.servicePlanId")));
    }
    if (update.configuration.voice && !voiceMatches(n, *update.configuration.voice)) {
        missing.append(FieldChange::fieldDisplayName(QStringLiteral("voiceConfiguration")));
    }
    return missing;
}

bool isRateLimited(const ApiError &error)
{
    return error.kind == ApiError::Kind::Http && error.httpStatus == 429;
}

} // namespace

ActionCall::ActionCall(ActionPipeline *pipeline, const ActionRequest &request, QObject *context, Callback callback,
                       bool checkOnly, qint64 recordId)
    : QObject(pipeline)
    , m_pipeline(pipeline)
    , m_request(request)
    , m_context(context)
    , m_hasContext(context != nullptr)
    , m_callback(std::move(callback))
    , m_checkOnly(checkOnly)
{
    m_outcome.operation = request.operation;
    m_outcome.phoneNumber = request.phoneNumber;
    m_outcome.recordId = recordId;
}

ActionCall::~ActionCall()
{
    m_done = true; // nothing reaches the callback from a half-destroyed call
    if (m_call) {
        m_call->cancel();
    }
    if (m_walker) {
        m_walker->cancel();
    }
}

void ActionCall::setPhase(Phase phase)
{
    if (m_phase != phase) {
        m_phase = phase;
        Q_EMIT phaseChanged(phase);
    }
}

void ActionCall::start()
{
    NumbersClient *client = m_pipeline ? m_pipeline->client() : nullptr;
    if (!client) {
        m_outcome.originalError = ApiError::validation(tr("The API client is no longer available."));
        finishNotDone(tr("Nothing was sent: the connection is gone."), false);
        return;
    }
    if (m_checkOnly) {
        reconcile();
        return;
    }
    if (m_request.operation == Operation::Update && m_request.updateSteps.isEmpty()) {
        finishNotDone(tr("Nothing was sent: there is nothing to change."), false);
        return;
    }
    // No record, no request: the activity log must never miss money (docs/api.md §7.4).
    ActivityRecorder *recorder = m_pipeline->recorder();
    const qint64 id = recorder ? recorder->begin(m_request) : -1;
    if (id < 0) {
        m_outcome.notRecorded = true;
        finishNotDone(recorder ? recorder->errorString() : tr("The activity log cannot be written. Nothing was sent."),
                      false);
        return;
    }
    m_outcome.recordId = id;
    if (m_request.operation == Operation::RentAny) {
        snapshotThenSend();
    } else {
        sendWhenClear();
    }
}

void ActionCall::snapshotThenSend()
{
    setPhase(Phase::Preparing);
    // §7.4: take the filtered active list before renting, so an ambiguous answer can be settled by a diff.
    // The request's pattern narrows the list on large projects (the rented number must match it).
    ActiveNumberQuery query;
    query.regionCode = m_request.rentAny.regionCode;
    query.type = m_request.rentAny.type;
    query.pattern = m_request.rentAny.pattern;
    auto *walker = new ActiveNumberWalker(m_pipeline->client(), query, this);
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
        sendWhenClear();
    });
    walker->start();
}

void ActionCall::sendWhenClear()
{
    const qint64 wait = m_pipeline ? m_pipeline->holdOffRemainingMs() : 0;
    if (wait <= 0) {
        send();
        return;
    }
    setPhase(Phase::Waiting);
    if (!m_waitTimer) {
        m_waitTimer = new QTimer(this);
        m_waitTimer->setSingleShot(true);
        connect(m_waitTimer, &QTimer::timeout, this, &ActionCall::sendWhenClear);
    }
    m_waitTimer->start(int(qMin<qint64>(wait, 24 * 3600 * 1000)));
}

void ActionCall::send()
{
    if (m_cancelRequested) {
        m_outcome.cancelled = true;
        finishNotDone(m_outcome.stepsDone > 0 ? tr("Cancelled: %1").arg(partialUpdateNote())
                                              : tr("Cancelled before the request was sent: nothing was changed."),
                      true);
        return;
    }
    NumbersClient *client = m_pipeline ? m_pipeline->client() : nullptr;
    if (!client) {
        m_outcome.originalError = ApiError::validation(tr("The API client is no longer available."));
        finishNotDone(tr("Nothing was sent: the connection is gone."), false);
        return;
    }
    setPhase(Phase::Sending);
    ++m_outcome.attempts;
    const QString &n = m_request.phoneNumber;
    const auto onActiveNumber = [this](const Result<ActiveNumber> &r) {
        m_call = nullptr;
        if (!r) {
            onFailure(r.error());
            return;
        }
        m_outcome.originalError = ApiError();
        const ActiveNumber &number = r.value();
        switch (m_request.operation) {
        case Operation::Rent:
            m_outcome.activeNumber = number;
            finishDone(tr("Rented %1.").arg(number.phoneNumber.isEmpty() ? m_request.phoneNumber : number.phoneNumber));
            return;
        case Operation::RentAny:
            m_outcome.activeNumber = number;
            m_outcome.rentedNumbers = {number};
            m_outcome.phoneNumber = number.phoneNumber;
            finishDone(tr("Rented %1.").arg(number.phoneNumber));
            return;
        case Operation::Update:
            stepDone(number, false);
            return;
        case Operation::Release:
            m_outcome.activeNumber = number;
            if (alreadyReleasing()) {
                finishDoneByOther(tr("%1 was already being released (until %2): nothing changed.")
                                      .arg(m_request.phoneNumber, number.expireAt.toString(Qt::ISODate)));
                return;
            }
            finishDone(number.expireAt.isValid()
                           ? tr("Released %1: it stays yours until %2, then it goes back to the inventory.")
                                 .arg(m_request.phoneNumber, number.expireAt.toString(Qt::ISODate))
                           : tr("Released %1.").arg(m_request.phoneNumber));
            return;
        default:
            return;
        }
    };
    switch (m_request.operation) {
    case Operation::Rent:
        m_call = client->rentNumber(n, m_request.configuration, this, onActiveNumber);
        break;
    case Operation::RentAny:
        m_call = client->rentAnyNumber(m_request.rentAny, this, onActiveNumber);
        break;
    case Operation::Update:
        m_call = client->updateActiveNumber(n, m_request.updateSteps.at(m_step).update, this, onActiveNumber);
        break;
    case Operation::Release:
        m_call = client->releaseNumber(n, this, onActiveNumber);
        break;
    case Operation::EmergencyProvision:
        m_call =
            client->provisionEmergencyAddress(n, m_request.address, this, [this](const Result<EmergencyAddress> &r) {
                m_call = nullptr;
                if (!r) {
                    onFailure(r.error());
                    return;
                }
                m_outcome.originalError = ApiError();
                m_outcome.emergencyAddress = r.value();
                finishDone(tr("Emergency address of %1 provisioned.").arg(m_request.phoneNumber));
            });
        break;
    case Operation::EmergencyDeprovision:
        m_call = client->deprovisionEmergencyAddress(n, this, [this](const Result<Empty> &r) {
            m_call = nullptr;
            if (!r) {
                onFailure(r.error());
                return;
            }
            m_outcome.originalError = ApiError();
            finishDone(tr("Emergency address of %1 removed.").arg(m_request.phoneNumber));
        });
        break;
    case Operation::CallbackSecretUpdate:
        m_call = client->updateCallbackConfiguration(m_request.hmacSecret, this,
                                                     [this](const Result<CallbackConfiguration> &r) {
                                                         m_call = nullptr;
                                                         if (!r) {
                                                             onFailure(r.error());
                                                             return;
                                                         }
                                                         m_outcome.originalError = ApiError();
                                                         m_outcome.callbackConfiguration = r.value();
                                                         finishDone(tr("Callback HMAC secret updated."));
                                                     });
        break;
    }
}

void ActionCall::stepDone(const ActiveNumber &number, bool afterCheck)
{
    m_outcome.activeNumber = number;
    ++m_outcome.stepsDone;
    ++m_step;
    if (m_step < m_request.updateSteps.size()) {
        // The next PATCH (the link after an unlink) is a new request: it may be sent.
        sendWhenClear();
        return;
    }
    const QString text =
        tr("Updated %1. Configuration changes take effect once provisioning completes.").arg(m_request.phoneNumber);
    finishDone(afterCheck ? tr("%1 (The answer was unclear (%2); reading the number back showed the change.)")
                                .arg(text, failureReason())
                          : text);
}

void ActionCall::onFailure(const ApiError &error)
{
    m_outcome.originalError = error;
    if (error.isCancelled()) {
        m_outcome.cancelled = true;
        if (!error.requestMayHaveBeenSent) {
            finishNotDone(m_outcome.stepsDone > 0 ? tr("Cancelled: %1").arg(partialUpdateNote())
                                                  : tr("Cancelled before the request was sent: nothing was changed."),
                          true);
            return;
        }
        // The request already left: cancelling cannot take it back. Find out what happened.
        reconcile();
        return;
    }
    if (isRateLimited(error)) {
        // 429: the server refused before doing anything. Send again after the wait, shared by all actions.
        const RetryPolicy &policy = m_pipeline->rateLimitPolicy();
        if (m_outcome.attempts < policy.maxAttempts && !m_cancelRequested) {
            const qint64 wait = policy.delayBeforeRetryMs(m_outcome.attempts, error);
            qCInfo(lcAction) << ActionKinds::key(m_request.operation) << "rate limited; sending again in" << wait
                             << "ms";
            m_pipeline->holdOff(wait);
            sendWhenClear();
            return;
        }
        finishNotDone(tr("Not done: the server refused %n request(s) because of its rate limit (HTTP 429). Nothing "
                         "was changed; you can try again later.",
                         nullptr, m_outcome.attempts),
                      true);
        return;
    }
    if (error.isAmbiguous()) {
        reconcile();
        return;
    }
    const QString resource = error.notFoundResource();
    if (error.isNotFound()) {
        switch (m_request.operation) {
        case Operation::Rent:
            if (resource.isEmpty() || resource == QLatin1String("AvailableNumber")) {
                // "Not available" may mean it is ours already: someone (another client, a colleague) rented it
                // first. Look before calling it lost.
                setPhase(Phase::Checking);
                checkRentState(true);
                return;
            }
            break;
        case Operation::Release:
            if (resource.isEmpty() || resource == QLatin1String("ActiveNumber")) {
                finishDoneByOther(tr("%1 is no longer one of your active numbers (released or removed by someone "
                                     "else): there is nothing to release.")
                                      .arg(m_request.phoneNumber));
                return;
            }
            break;
        case Operation::EmergencyDeprovision:
            if (resource == QLatin1String("EmergencyAddress")) {
                finishDoneByOther(
                    tr("%1 has no emergency address: there was nothing to remove.").arg(m_request.phoneNumber));
                return;
            }
            break;
        default:
            break;
        }
    }
    // The server refused it, or it never left: certain that nothing (more) changed.
    const bool mayRetry = error.kind == ApiError::Kind::Network && !error.requestMayHaveBeenSent;
    QString text = tr("Not done: %1 Nothing was changed.").arg(error.fullMessage());
    if (m_outcome.stepsDone > 0) {
        text = tr("Not done: %1 %2").arg(error.fullMessage(), partialUpdateNote());
    }
    finishNotDone(text, mayRetry);
}

QString ActionCall::partialUpdateNote() const
{
    if (m_outcome.stepsDone <= 0 || m_request.operation != Operation::Update) {
        return {};
    }
    return tr("Step %1 of %2 (%3) was saved, the rest was not (%4). Saving again sends only what is missing.")
        .arg(m_outcome.stepsDone)
        .arg(m_request.updateSteps.size())
        .arg(FieldChange::describe(m_request.updateSteps.at(m_outcome.stepsDone - 1).changes),
             FieldChange::describe(
                 m_request.updateSteps.at(qMin<qsizetype>(m_outcome.stepsDone, m_request.updateSteps.size() - 1))
                     .changes));
}

bool ActionCall::alreadyReleasing() const
{
    return m_request.before && m_request.before->isReleased();
}

QString ActionCall::failureReason() const
{
    const ApiError &e = m_outcome.originalError;
    if (m_checkOnly && !e.isError()) {
        return tr("the earlier outcome was unknown");
    }
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

void ActionCall::reconcile()
{
    m_outcome.reconciled = true;
    setPhase(Phase::Checking);
    qCInfo(lcAction) << "ambiguous outcome of" << ActionKinds::key(m_request.operation)
                     << "- reading the state back:" << m_outcome.originalError.detail;
    switch (m_request.operation) {
    case Operation::Rent:
        checkRentState(false);
        break;
    case Operation::RentAny:
        checkRentAnyState();
        break;
    case Operation::Update:
        checkUpdateState();
        break;
    case Operation::Release:
        checkReleaseState();
        break;
    case Operation::EmergencyProvision:
    case Operation::EmergencyDeprovision:
        checkEmergencyState();
        break;
    case Operation::CallbackSecretUpdate:
        checkCallbackState();
        break;
    }
}

// rent: GET activeNumbers/{n}: 200 → ours (Done after an unclear answer; DoneByOther after a 404 "not available",
// which is a certain answer: someone else in this project rented it first). 404 → GET availableNumbers/{n}:
// 200 → NotDone, may retry; 404 → NotDone, someone else took it.
void ActionCall::checkRentState(bool afterNotFoundAnswer)
{
    const QString n = m_request.phoneNumber;
    auto unknown = [this, n](const ApiError &e) {
        finishUnknown(e, tr("Outcome unknown: %1, and checking the number failed too (%2). Check the Active numbers "
                            "list for %3 before trying again.")
                             .arg(failureReason(), e.userMessage, n));
    };
    NumbersClient *client = m_pipeline->client();
    m_call = client->getActiveNumber(
        n, this, [this, n, afterNotFoundAnswer, unknown, client](const Result<ActiveNumber> &active) {
            m_call = nullptr;
            if (active) {
                m_outcome.activeNumber = active.value();
                if (afterNotFoundAnswer) {
                    finishDoneByOther(tr("%1 is already one of your active numbers, but not because of this request: "
                                         "the rent was refused as \"not available\" because someone else (another user "
                                         "or program of this project) rented it first. Nothing was charged for this "
                                         "request. Do not rent it again.")
                                          .arg(n));
                } else {
                    finishDone(tr("Rented %1: %2, but the number is now one of your active numbers. Do not rent it "
                                  "again.")
                                   .arg(n, failureReason()));
                }
                return;
            }
            if (!active.error().isNotFound()) {
                if (afterNotFoundAnswer) {
                    // The rent itself answered "not available": that answer is certain.
                    m_outcome.offerGone = true;
                    finishNotDone(tr("%1 was NOT rented: %2").arg(n, m_outcome.originalError.fullMessage()), false);
                    return;
                }
                unknown(active.error());
                return;
            }
            if (afterNotFoundAnswer) {
                m_outcome.offerGone = true;
                finishNotDone(
                    tr("%1 was NOT rented: it is no longer available (someone else may have taken it).").arg(n), false);
                return;
            }
            m_call = client->getAvailableNumber(n, this, [this, n, unknown](const Result<AvailableNumber> &available) {
                m_call = nullptr;
                if (available) {
                    finishNotDone(tr("%1 was NOT rented: %2, and the number is still available, so the rental did not "
                                     "take effect. You can try again.")
                                      .arg(n, failureReason()),
                                  true);
                    return;
                }
                if (available.error().isNotFound()) {
                    m_outcome.offerGone = true;
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

// rentAny: list again (filtered like the request) and compare with the list taken before the call: one new
// number → Done, none → NotDone, several → Done with needsReview (a double rental, or someone else renting at the
// same moment). A recheck without the earlier list cannot decide.
void ActionCall::checkRentAnyState()
{
    const QString what = QStringLiteral("%1 %2").arg(m_request.rentAny.regionCode, m_request.rentAny.type.wire());
    if (m_checkOnly) {
        finishUnknown(ApiError(), tr("The outcome of a rent-any cannot be checked again later: look for a %1 number "
                                     "you did not expect in the Active numbers list.")
                                      .arg(what));
        return;
    }
    ActiveNumberQuery query;
    query.regionCode = m_request.rentAny.regionCode;
    query.type = m_request.rentAny.type;
    query.pattern = m_request.rentAny.pattern;
    m_after.clear();
    auto *walker = new ActiveNumberWalker(m_pipeline->client(), query, this);
    m_walker = walker;
    connect(walker, &ActiveNumberWalker::pageReceived, this, [this](const QList<ActiveNumber> &numbers) {
        for (const ActiveNumber &n : numbers) {
            if (!m_before.contains(n.phoneNumber)) {
                m_after.append(n);
            }
        }
    });
    connect(walker, &ActiveNumberWalker::finished, this, [this, walker, what](const ApiError &error) {
        walker->deleteLater();
        if (m_done) {
            return;
        }
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
        finishDone(
            tr("WARNING: %n new numbers appeared in your active numbers (%1): more than one number may have been "
               "rented (a double rental), or someone else rented at the same time. Review them and release the "
               "ones you do not want.",
               nullptr, int(m_after.size()))
                .arg(numbers.join(QStringLiteral(", "))));
    });
    walker->start();
}

// release: GET activeNumbers/{n}: expireAt set → Done (DoneByOther when it was already releasing before);
// expireAt null → NotDone, may retry; 404 → DoneByOther (no longer ours).
void ActionCall::checkReleaseState()
{
    const QString n = m_request.phoneNumber;
    m_call = m_pipeline->client()->getActiveNumber(n, this, [this, n](const Result<ActiveNumber> &r) {
        m_call = nullptr;
        if (r) {
            m_outcome.activeNumber = r.value();
            if (r.value().isReleased()) {
                if (alreadyReleasing()) {
                    finishDoneByOther(tr("%1 was already being released (until %2): nothing changed.")
                                          .arg(n, r.value().expireAt.toString(Qt::ISODate)));
                    return;
                }
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
            finishDoneByOther(tr("%1 is no longer one of your active numbers: it is already gone.").arg(n));
            return;
        }
        finishUnknown(r.error(), tr("Outcome unknown: %1, and checking the number failed too (%2). Check whether %3 "
                                    "shows an expiry date before trying again.")
                                     .arg(failureReason(), r.error().userMessage, n));
    });
}

// update: GET activeNumbers/{n} and compare with the step that was sent (display name, callback URL, SMS and
// voice links, in effect or being provisioned): shown → the step is done (and the next one is sent), else NotDone.
void ActionCall::checkUpdateState()
{
    const QString n = m_request.phoneNumber;
    m_call = m_pipeline->client()->getActiveNumber(n, this, [this, n](const Result<ActiveNumber> &r) {
        m_call = nullptr;
        if (!r) {
            if (r.error().isNotFound()) {
                finishNotDone(tr("%1 was NOT updated: it is no longer one of your active numbers.").arg(n), false);
                return;
            }
            finishUnknown(r.error(), tr("Outcome unknown: %1, and reading the number back failed too (%2). Check the "
                                        "settings of %3 before trying again.")
                                         .arg(failureReason(), r.error().userMessage, n));
            return;
        }
        m_outcome.activeNumber = r.value();
        if (m_checkOnly && updateMismatches(r.value(), m_request.updateSteps.constLast().update).isEmpty()) {
            // A recheck cannot tell which steps were sent, but the last one showing means they all took effect:
            // after an unlink then link only the link shows.
            m_step = int(m_request.updateSteps.size()) - 1;
            m_outcome.stepsDone = m_step;
            stepDone(r.value(), true);
            return;
        }
        const int step = qMin<int>(m_step, int(m_request.updateSteps.size()) - 1);
        const QStringList missing = updateMismatches(r.value(), m_request.updateSteps.at(step).update);
        if (!missing.isEmpty()) {
            QString text = tr("%1 was NOT updated: %2, and the number does not show the requested %3. You can try "
                              "again.")
                               .arg(n, failureReason(), missing.join(QStringLiteral(", ")));
            if (m_outcome.stepsDone > 0) {
                text += QLatin1Char(' ') + partialUpdateNote();
            }
            finishNotDone(text, true);
            return;
        }
        if (m_checkOnly) {
            // A recheck cannot tell the steps apart: every step must show.
            for (const UpdateStep &s : std::as_const(m_request.updateSteps)) {
                if (!updateMismatches(r.value(), s.update).isEmpty()) {
                    finishNotDone(tr("%1 shows only part of the update: save again to send what is missing.").arg(n),
                                  true);
                    return;
                }
            }
            m_step = int(m_request.updateSteps.size()) - 1;
            m_outcome.stepsDone = m_step;
        }
        stepDone(r.value(), true);
    });
}

// callback secret: GET callbackConfiguration and compare (the secret is compared, never shown).
void ActionCall::checkCallbackState()
{
    m_call = m_pipeline->client()->getCallbackConfiguration(this, [this](const Result<CallbackConfiguration> &r) {
        m_call = nullptr;
        if (!r) {
            finishUnknown(r.error(), tr("Outcome unknown: %1, and reading the callback configuration back failed too "
                                        "(%2). Check it with 'callbacks get' before trying again.")
                                         .arg(failureReason(), r.error().userMessage));
            return;
        }
        if (r.value().hmacSecret == m_request.hmacSecret) {
            m_outcome.callbackConfiguration = r.value();
            finishDone(
                tr("Callback HMAC secret updated: %1, but the project now has the new secret.").arg(failureReason()));
        } else {
            finishNotDone(tr("The callback HMAC secret was NOT changed: %1, and the project still has a different "
                             "secret. You can try again.")
                              .arg(failureReason()),
                          true);
        }
    });
}

// emergency provision/deprovision: GET emergencyAddress. A 404 about the number (not ours) → NotDone; a 404
// about the address (none provisioned) or an all-empty one → no address. Provision: the requested address →
// Done, else NotDone. Deprovision: no address → Done, else NotDone.
void ActionCall::checkEmergencyState()
{
    const QString n = m_request.phoneNumber;
    const bool provision = m_request.operation == Operation::EmergencyProvision;
    m_call =
        m_pipeline->client()->getEmergencyAddress(n, this, [this, n, provision](const Result<EmergencyAddress> &r) {
            m_call = nullptr;
            if (!r && !r.error().isNotFound()) {
                finishUnknown(r.error(),
                              tr("Outcome unknown: %1, and reading the emergency address back failed too (%2). "
                                 "Check the emergency address of %3 before trying again.")
                                  .arg(failureReason(), r.error().userMessage, n));
                return;
            }
            const QString resource = r.ok() ? QString() : r.error().notFoundResource();
            if (!r.ok() && resource != QLatin1String("EmergencyAddress")) {
                // The number itself is not found (or a bare 404 that cannot be told apart): nothing was changed.
                finishNotDone(tr("The emergency address of %1 was NOT changed: %2, and %1 is not one of your active "
                                 "numbers.")
                                  .arg(n, failureReason()),
                              false);
                return;
            }
            const bool hasAddress = r.ok() && !r.value().isEmpty();
            if (provision) {
                if (hasAddress && m_request.address.matches(r.value())) {
                    m_outcome.emergencyAddress = r.value();
                    finishDone(tr("Emergency address of %1 provisioned: %2, but the number now has the requested "
                                  "address.")
                                   .arg(n, failureReason()));
                } else {
                    finishNotDone(
                        tr("The emergency address of %1 was NOT changed: %2, and the number does not have the "
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
                finishNotDone(
                    tr("The emergency address of %1 was NOT removed: %2, and the number still has one. You can "
                       "try again.")
                        .arg(n, failureReason()),
                    true);
            }
        });
}

void ActionCall::cancel()
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
        }
        break;
    case Phase::Waiting:
        if (m_waitTimer) {
            m_waitTimer->stop();
        }
        send(); // sees the flag: NotDone, nothing (more) sent
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

void ActionCall::abandon()
{
    if (m_done) {
        return;
    }
    m_callback = nullptr;
    m_hasContext = true; // no callback from here on
    m_context = nullptr;
    if (m_call) {
        m_call->cancel();
    }
    if (m_walker) {
        m_walker->cancel();
    }
    if (!m_done) {
        finishUnknown(ApiError(), tr("The program stopped waiting for the answer: check the number before trying "
                                     "again."));
    }
}

void ActionCall::finishDone(const QString &explanation)
{
    m_outcome.kind = OutcomeKind::Done;
    m_outcome.mayRetry = false;
    m_outcome.explanation = explanation;
    finish();
}

void ActionCall::finishDoneByOther(const QString &explanation)
{
    m_outcome.kind = OutcomeKind::DoneByOther;
    m_outcome.mayRetry = false;
    m_outcome.explanation = explanation;
    finish();
}

void ActionCall::finishNotDone(const QString &explanation, bool mayRetry)
{
    m_outcome.kind = OutcomeKind::NotDone;
    m_outcome.mayRetry = mayRetry;
    m_outcome.explanation = explanation;
    finish();
}

void ActionCall::finishUnknown(const ApiError &checkError, const QString &explanation)
{
    m_outcome.kind = OutcomeKind::Unknown;
    m_outcome.mayRetry = false;
    m_outcome.checkError = checkError;
    m_outcome.explanation = explanation;
    finish();
}

void ActionCall::finish()
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_call = nullptr;
    setPhase(Phase::Finished);
    qCInfo(lcAction) << ActionKinds::key(m_request.operation) << "->" << ActionKinds::key(m_outcome.kind)
                     << (m_outcome.reconciled ? "(reconciled)" : "") << "attempts" << m_outcome.attempts;
    ActivityRecorder *recorder = m_pipeline ? m_pipeline->recorder() : nullptr;
    if (recorder && m_outcome.recordId >= 0) {
        const bool written = m_checkOnly ? recorder->settle(m_outcome.recordId, m_outcome)
                                         : recorder->finish(m_outcome.recordId, m_outcome);
        if (!written) {
            m_outcome.explanation += QLatin1Char('\n') + recorder->errorString();
        }
    }
    const QPointer<ActionCall> self(this);
    Q_EMIT finished(m_outcome);
    if (self && m_callback && (!m_hasContext || m_context)) {
        m_callback(m_outcome);
    }
    if (self) {
        deleteLater();
    }
}

} // namespace nd
