// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actionrequest.h"
#include "money.h"
#include "requests.h"
#include "updateplan.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace nd {

// What a bulk job does to each of its numbers (docs/cli.md "Bulk jobs"): its kind and parameters, as stored in
// the job journal. The per-number part (the number as it was seen, or the offer to rent) is in each JobStep.
enum class JobKind { Rent, Update, Release, EmergencyDeprovision };

// The wanted settings of a bulk update; unset members stay as they are. The display name is a template: {n}
// becomes the step's counter (1, 2, …, in the job's order) and {number} the E.164 number.
struct UpdateWish
{
    std::optional<QString> displayNameTemplate;
    std::optional<QString> servicePlanId; // "" unlinks SMS (and its campaign)
    std::optional<QString> campaignId;    // "" unlinks the campaign
    std::optional<VoiceLink> voice;       // id "" unlinks voice
    std::optional<QString> callbackUrl;   // "" removes it
    bool isEmpty() const { return !displayNameTemplate && !servicePlanId && !campaignId && !voice && !callbackUrl; }
};

// A rent of "N numbers matching a search": the job rents `count` numbers. When offers it chose are taken by
// someone else before its rent reaches them (done by someone else, or no longer on offer), it searches again with
// the same criteria, leaving out every number it has tried, until `count` numbers are rented, the search offers
// no new number, or the next one would take a currency's recurring total past `maxRecurring`.
struct RentTarget
{
    AvailableNumberQuery query;
    int count = 0;
    std::optional<Decimal> maxRecurring; // per currency, over the numbers rented (or possibly rented) by the job
};

struct JobSpec
{
    JobKind kind = JobKind::Release;
    UpdateWish update;                 // Update
    NumberConfiguration configuration; // Rent: linked when renting
    std::optional<RentTarget> rentTarget; // Rent of N matching numbers (none: a list of specific numbers)
    int concurrency = 4;               // steps in flight at once

    QJsonObject toJson() const;
    static std::optional<JobSpec> fromJson(const QJsonObject &object);
};

// A step's state, journaled: Sending is written (and committed) before the step's request may leave, so a job
// killed at any point knows which steps must be settled by reading the state back rather than sent again.
enum class JobStepState { Pending, Sending, Done, NotDone, DoneByOther, Unknown };

struct JobStep
{
    int index = 0;
    QString phoneNumber; // E.164
    JobStepState state = JobStepState::Pending;
    // Update and release: the number as last seen (ActiveNumber JSON); rent: the offer (AvailableNumber JSON);
    // emergency deprovision: the address as read before the job (EmergencyAddress JSON).
    QJsonObject subject;
    QString detail;      // the outcome's explanation
    qint64 recordId = -1; // the activity record of the step's last finished action
    bool mayRetry = false; // NotDone: trying again is reasonable
    int runs = 0;          // how many times it went through the pipeline

    bool isFinal() const { return state != JobStepState::Pending && state != JobStepState::Sending; }
};

// Stable keys ("rent", "update", "release", "emergencyDeprovision"; "pending", "running", "done", "notDone",
// "doneByOther", "unknown") for the journal and JSON output, and translated names.
class JobKinds final
{
    Q_DECLARE_TR_FUNCTIONS(nd::JobKinds)

public:
    static QString key(JobKind kind);
    static std::optional<JobKind> kindFromKey(const QString &key);
    static QString key(JobStepState state);
    static std::optional<JobStepState> stepStateFromKey(const QString &key);
    static QString displayName(JobKind kind);
    static QString displayName(JobStepState state);
    static JobStepState stateFor(OutcomeKind outcome);
};

// "{n}" → counter, "{number}" → the E.164 number; everything else is kept.
QString expandNameTemplate(const QString &nameTemplate, int counter, const QString &phoneNumber);

// The settings an update step wants for `current` (the same rules as a single `active update`: a campaign not
// given stays when the plan stays; unlinking the plan unlinks its campaign).
DesiredSettings desiredSettings(const ActiveNumber &current, const UpdateWish &wish, int counter);

// The pipeline request of one step (with the job id); nullopt when the step's stored subject cannot be read.
std::optional<ActionRequest> stepRequest(const JobSpec &spec, const JobStep &step, const QString &jobId);

// What one step will change, for the preview: old → new per field, and the price involved.
struct StepPreview
{
    QString phoneNumber;
    QList<FieldChange> changes; // update: the plan's fields; emergency deprovision: address → none
    Money setupPrice;           // rent
    Money recurringPrice;       // rent: starts; release: stops
    int paymentIntervalMonths = 0;
    bool nothingToChange = false; // update: the number already has these settings
};

struct JobPreview
{
    QList<StepPreview> steps;
    PriceTotals setup;          // rent
    PriceTotals recurringStart; // rent
    PriceTotals recurringStop;  // release
    int nothingToChange = 0;    // update steps that would send nothing
};

JobPreview previewJob(const JobSpec &spec, const QList<JobStep> &steps);

// Which offers of a search a rent takes: in order, skipping `exclude` (numbers already tried), at most `limit`
// (0: no limit), and while each currency's recurring total, counted from `committed`, stays within `cap`. An
// offer whose price cannot be read is left out when there is a cap. The CLI's and the app's first choice and the
// job's search again use this one rule.
struct OfferChoice
{
    QList<AvailableNumber> chosen;
    int leftOutByCap = 0;
};
OfferChoice chooseOffers(const QList<AvailableNumber> &offers, int limit, const std::optional<Decimal> &cap,
                         QHash<QString, Decimal> committed = {}, const QSet<QString> &exclude = {});

// A rent job's recurring prices per currency of its steps that are rented, may be rented (unknown) or are still
// to be sent: what counts against its cap.
QHash<QString, Decimal> committedRecurring(const QList<JobStep> &steps);
// How many more numbers a rent job with a target should rent: the target less the steps done, unknown (they may
// have rented) or still to be sent. 0 without a target.
int rentStillWanted(const JobSpec &spec, const QList<JobStep> &steps);

// Totals as "USD 12.00 every 1 month (4 numbers); EUR 3.00 …" (translated; `oneOff`: setup prices, "once"), or
// "" when empty.
QString totalsText(const PriceTotals &totals, bool oneOff = false);

} // namespace nd
