// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionpipeline.h"
#include "callbacksignature.h"
#include "cliapp.h"
#include "cliconnection.h"
#include "commands.h"
#include "numbersclient.h"
#include "offercheck.h"
#include "outputstream.h"
#include "recordprinter.h"
#include "records.h"
#include "updateplan.h"

#include <QCoreApplication>

// Billable and destructive commands. Each reads what it needs to show first (the price, the number as it is,
// the address it replaces), asks for confirmation, and then hands the action to the ActionPipeline, which
// records it, sends it once, settles an unclear answer and finishes the record; reportOutcome() maps the
// outcome to the exit code. Nothing here decides what an answer meant.
namespace nd::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nd::cli::BillableCommands)
};

QString configurationText(const NumberConfiguration &c)
{
    QStringList lines;
    if (c.sms) {
        lines.append(c.sms->servicePlanId.isEmpty() ? Text::tr("  SMS service plan: unlink")
                                                    : Text::tr("  SMS service plan: %1").arg(c.sms->servicePlanId));
        if (c.sms->campaignId) {
            lines.append(c.sms->campaignId->isEmpty() ? Text::tr("  10DLC campaign: unlink")
                                                      : Text::tr("  10DLC campaign: %1").arg(*c.sms->campaignId));
        }
    }
    if (c.voice) {
        lines.append(c.voice->id.isEmpty() ? Text::tr("  Voice (%1): unlink").arg(c.voice->type.wire())
                                           : Text::tr("  Voice (%1): %2").arg(c.voice->type.wire(), c.voice->id));
    }
    if (c.callbackUrl) {
        lines.append(c.callbackUrl->isEmpty() ? Text::tr("  Callback URL: remove")
                                              : Text::tr("  Callback URL: %1").arg(*c.callbackUrl));
    }
    return lines.join(QLatin1Char('\n'));
}

QString patternText(const NumberPattern &pattern)
{
    if (pattern.searchPattern == SearchPattern::Value::Contains) {
        return Text::tr("  Pattern: %1 anywhere in the number (CONTAINS)").arg(pattern.pattern);
    }
    if (pattern.searchPattern == SearchPattern::Value::End) {
        return Text::tr("  Pattern: number ends with %1 (END)").arg(pattern.pattern);
    }
    return Text::tr("  Pattern: number starts with %1 (START)").arg(pattern.pattern);
}

void printActiveNumber(CliApp &app, const Outcome &outcome)
{
    if (outcome.activeNumber) {
        app.printer().printSingle(Records::activeNumberColumns(), Records::activeNumber(*outcome.activeNumber));
    }
}

void printNothing(CliApp &app)
{
    if (app.format() == OutputFormat::Json) {
        app.printer().stream()->write("{}\n");
    }
}

} // namespace

void run(CliApp &app, const RentRequest &request)
{
    // The number is looked up first: the confirmation states its price, and a number already gone (or already
    // ours) is reported before anything is sent.
    const NumberConfiguration configuration = request.configuration;
    const QString number = request.number;
    OfferCheck::run(app.client(), number, &app, [&app, configuration, number](const OfferCheck &check) {
        if (check.kind == OfferCheck::Kind::AlreadyOurs) {
            app.note(check.explanation(number));
            app.finish(ExitCode::DoneByOther);
            return;
        }
        if (check.kind != OfferCheck::Kind::Available) {
            app.apiFailure(check.error);
            return;
        }
        const AvailableNumber &n = check.offer;
            QString text = Text::tr("Renting %1 (%2, %3, %4).\n  Setup price: %5\n  Then %6 every %7")
                               .arg(n.phoneNumber, n.type.wire(), n.regionCode, Records::capabilities(n.capabilities),
                                    n.setupPrice.isEmpty() ? Text::tr("unknown") : n.setupPrice.toDisplayString(),
                                    n.monthlyPrice.isEmpty() ? Text::tr("unknown") : n.monthlyPrice.toDisplayString(),
                                    n.paymentIntervalMonths > 0 ? Records::interval(n.paymentIntervalMonths)
                                                                : Text::tr("billing period"));
            if (n.supportingDocumentationRequired) {
                text += QLatin1Char('\n') +
                        Text::tr("  Supporting (regulatory) documentation is required for this number.");
            }
            const QString config = configurationText(configuration);
            if (!config.isEmpty()) {
                text += QLatin1Char('\n') + config;
            }
            if (!app.confirm(text)) {
                return;
            }
            app.pipeline()->run(ActionRequest::rentNumber(n, configuration), &app, [&app](const Outcome &outcome) {
                app.reportOutcome(outcome, [&app, outcome] { printActiveNumber(app, outcome); });
            });
        });
}

void run(CliApp &app, const RentAnyCommand &command)
{
    const RentAnyRequest &r = command.request;
    // One whole sentence per line, so translators never see fragments. The pattern is described exactly as sent.
    QString text = Text::tr("Renting any %1 %2 number.").arg(r.regionCode, r.type.wire());
    if (!r.pattern.isEmpty()) {
        text += QLatin1Char('\n') + patternText(r.pattern);
    }
    if (!r.capabilities.isEmpty()) {
        text += QLatin1Char('\n') + Text::tr("  Capabilities: %1").arg(Records::capabilities(r.capabilities));
    }
    text += QLatin1Char('\n') +
            Text::tr("  The number and its price are chosen by Sinch (see 'available search' for typical prices); you "
                     "are billed its setup and recurring price.");
    const QString config = configurationText(r.configuration);
    if (!config.isEmpty()) {
        text += QLatin1Char('\n') + config;
    }
    if (!app.confirm(text)) {
        return;
    }
    app.pipeline()->run(ActionRequest::rentAnyNumber(r), &app, [&app](const Outcome &outcome) {
        app.reportOutcome(outcome, [&app, outcome] {
            if (outcome.rentedNumbers.size() > 1) {
                app.printer().beginList(Records::activeNumberColumns(), QStringLiteral("activeNumbers"), false);
                for (const ActiveNumber &n : outcome.rentedNumbers) {
                    app.printer().addRow(Records::activeNumber(n, app.format() == OutputFormat::Json));
                }
                app.printer().endList();
                return;
            }
            printActiveNumber(app, outcome);
        });
    });
}

void run(CliApp &app, const UpdateRequest &request)
{
    // The number as it is: the update is planned from it (unlink before linking another plan or campaign, a
    // campaign not given stays when the plan stays), and the confirmation shows old → new.
    app.client()->getActiveNumber(request.number, &app, [&app, request](const Result<ActiveNumber> &current) {
        if (!current) {
            app.apiFailure(current.error());
            return;
        }
        const ActiveNumber &n = current.value();
        DesiredSettings want;
        want.displayName = request.displayName;
        want.callbackUrl = request.callbackUrl;
        if (request.servicePlanId || request.campaignId) {
            const SmsLink base = effectiveSms(n);
            SmsLink sms;
            sms.servicePlanId = request.servicePlanId.value_or(base.servicePlanId);
            if (request.campaignId) {
                sms.campaignId = *request.campaignId;
            } else if (sms.servicePlanId == base.servicePlanId) {
                sms.campaignId = base.campaignId;
            }
            if (sms.servicePlanId.isEmpty()) {
                sms.campaignId.clear(); // unlinking the plan unlinks its campaign
            }
            want.sms = sms;
        }
        if (request.voice) {
            want.voice = VoiceLink{request.voice->type, request.voice->id};
        }
        const QList<UpdateStep> steps = planUpdate(n, want);
        if (steps.isEmpty()) {
            app.note(Text::tr("%1 already has these settings: nothing to change.").arg(n.phoneNumber));
            app.finish(ExitCode::DoneByOther);
            return;
        }
        QString text = Text::tr("Updating %1:").arg(n.phoneNumber);
        for (const FieldChange &change : planChanges(steps)) {
            text += QStringLiteral("\n  ") + change.toDisplayText();
        }
        if (steps.size() > 1) {
            text +=
                QLatin1Char('\n') +
                Text::tr("  This takes %n requests: the API links a number to another service plan or campaign only "
                         "after the old one was unlinked; until the new link is provisioned the number cannot send "
                         "or receive SMS.",
                         nullptr, int(steps.size()));
        }
        if (!app.confirm(text)) {
            return;
        }
        app.pipeline()->run(ActionRequest::updateNumber(n, steps), &app, [&app](const Outcome &outcome) {
            app.reportOutcome(outcome, [&app, outcome] { printActiveNumber(app, outcome); });
        });
    });
}

void run(CliApp &app, const ReleaseRequest &request)
{
    app.client()->getActiveNumber(request.number, &app, [&app](const Result<ActiveNumber> &current) {
        if (!current) {
            app.apiFailure(current.error());
            return;
        }
        const ActiveNumber &n = current.value();
        QString text = Text::tr("Releasing %1 (%2, %3%4).")
                           .arg(n.phoneNumber, n.type.wire(), n.regionCode,
                                n.displayName.isEmpty() ? QString() : QStringLiteral(", \"%1\"").arg(n.displayName));
        if (!n.money.isEmpty()) {
            text +=
                QLatin1Char('\n') + Text::tr("  You currently pay %1 every %2.")
                                        .arg(n.money.toDisplayString(), n.paymentIntervalMonths > 0
                                                                            ? Records::interval(n.paymentIntervalMonths)
                                                                            : Text::tr("billing period"));
        }
        text +=
            QLatin1Char('\n') +
            (n.nextChargeDate.isValid()
                 ? Text::tr("  The number stays yours until the end of the paid period (%1), then it is returned to "
                            "the inventory.")
                       .arg(Records::dateTime(n.nextChargeDate))
                 : Text::tr("  The number stays yours until the end of the paid period, then it is returned to the "
                            "inventory."));
        text += QLatin1Char('\n') + Text::tr("  This cannot be undone.");
        if (n.isReleased()) {
            text += QLatin1Char('\n') +
                    Text::tr("  Note: it is already being released (expires %1).").arg(Records::dateTime(n.expireAt));
        }
        if (!app.confirm(text)) {
            return;
        }
        app.pipeline()->run(ActionRequest::releaseNumber(n), &app, [&app](const Outcome &outcome) {
            app.reportOutcome(outcome, [&app, outcome] {
                outcome.activeNumber ? printActiveNumber(app, outcome) : printNothing(app);
            });
        });
    });
}

void run(CliApp &app, const EmergencyProvisionRequest &request)
{
    // The address it replaces, for the confirmation and the record (none: a 404 about the address, or empty).
    app.client()->getEmergencyAddress(request.number, &app, [&app, request](const Result<EmergencyAddress> &before) {
        std::optional<EmergencyAddress> previous;
        if (before) {
            previous = before.value();
        } else if (before.error().isNotFoundAbout(QStringLiteral("EmergencyAddress"))) {
            previous = EmergencyAddress();
        } else {
            app.apiFailure(before.error());
            return;
        }
        const EmergencyAddress a = request.address.address();
        QString text = Text::tr("Setting the emergency address of %1 to:\n  %2 (%3)\n  Emergency services will be sent "
                                "to this address. Tip: run 'emergency validate' first.")
                           .arg(request.number, a.singleLine(), request.address.displayName);
        if (!previous->isEmpty()) {
            text += QLatin1Char('\n') + Text::tr("  It replaces: %1").arg(previous->singleLine());
        }
        if (!app.confirm(text)) {
            return;
        }
        const QString number = request.number;
        app.pipeline()->run(ActionRequest::provisionAddress(number, request.address, previous), &app,
                            [&app, number](const Outcome &outcome) {
                                app.reportOutcome(outcome, [&app, outcome, number] {
                                    if (outcome.emergencyAddress) {
                                        app.printer().printSingle(
                                            Records::emergencyAddressColumns(),
                                            Records::emergencyAddress(number, *outcome.emergencyAddress));
                                    }
                                });
                            });
    });
}

void run(CliApp &app, const EmergencyDeprovisionRequest &request)
{
    const QString number = request.number;
    app.client()->getEmergencyAddress(number, &app, [&app, number](const Result<EmergencyAddress> &before) {
        const bool none =
            before ? before.value().isEmpty() : before.error().isNotFoundAbout(QStringLiteral("EmergencyAddress"));
        if (none) {
            app.note(Text::tr("%1 has no emergency address: nothing to remove.").arg(number));
            app.finish(ExitCode::DoneByOther);
            return;
        }
        if (!before) {
            app.apiFailure(before.error());
            return;
        }
        const QString text = Text::tr("Removing the emergency address of %1:\n  %2\n  Emergency calls from this number "
                                      "will have no dispatch address.")
                                 .arg(number, before.value().singleLine());
        if (!app.confirm(text)) {
            return;
        }
        app.pipeline()->run(
            ActionRequest::deprovisionAddress(number, before.value()), &app,
            [&app](const Outcome &outcome) { app.reportOutcome(outcome, [&app] { printNothing(app); }); });
    });
}

void run(CliApp &app, const CallbacksSetRequest &request)
{
    const Result<QString, Failure> read = SecretReader::read(request.secret, QStringLiteral("hmac-secret"));
    if (!read) {
        app.usageError(read.error().message);
        return;
    }
    const QString secret = read.value();
    if (!CallbackSignature::isValidSecret(secret)) {
        // Never echo the secret itself.
        app.usageError(Text::tr("the HMAC secret must be 32 to 64 characters of A-Z, a-z, 0-9 and - (the one given "
                                "has length %1)")
                           .arg(secret.size()));
        return;
    }
    const QString text = Text::tr("Replacing the callback HMAC secret of project %1.\n  Receivers still verifying "
                                  "signatures with the old secret will reject new events until they are updated.")
                             .arg(app.projectId());
    if (!app.confirm(text)) {
        return;
    }
    app.pipeline()->run(ActionRequest::changeCallbackSecret(secret), &app, [&app](const Outcome &outcome) {
        app.reportOutcome(outcome, [&app, outcome] {
            if (outcome.callbackConfiguration) {
                app.printer().printSingle(Records::callbackColumns(false),
                                          Records::callbackConfiguration(*outcome.callbackConfiguration, false));
            }
        });
    });
}

} // namespace nd::cli
