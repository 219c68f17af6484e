// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "addressvalidation.h"

#include "catalogue.h"
#include "jsonwriter.h"
#include "requestparsing.h"

#include <QRegularExpression>

namespace nd::sandbox {

namespace {

// Deterministic rules standing in for the real address database (docs/sandbox.md, "Emergency address").
struct StateZip
{
    const char *state;
    const char *zip;
};

constexpr StateZip kStateZips[] = {
    {"AL", "36104"}, {"AK", "99801"}, {"AZ", "85001"}, {"AR", "72201"}, {"CA", "95814"}, {"CO", "80202"},
    {"CT", "06103"}, {"DE", "19901"}, {"DC", "20001"}, {"FL", "32301"}, {"GA", "30303"}, {"HI", "96813"},
    {"ID", "83702"}, {"IL", "62701"}, {"IN", "46204"}, {"IA", "50309"}, {"KS", "66603"}, {"KY", "40601"},
    {"LA", "70802"}, {"ME", "04330"}, {"MD", "21401"}, {"MA", "02201"}, {"MI", "48933"}, {"MN", "55102"},
    {"MS", "39201"}, {"MO", "65101"}, {"MT", "59601"}, {"NE", "68502"}, {"NV", "89701"}, {"NH", "03301"},
    {"NJ", "08608"}, {"NM", "87501"}, {"NY", "12207"}, {"NC", "27601"}, {"ND", "58501"}, {"OH", "43215"},
    {"OK", "73102"}, {"OR", "97301"}, {"PA", "17101"}, {"RI", "02903"}, {"SC", "29201"}, {"SD", "57501"},
    {"TN", "37219"}, {"TX", "78701"}, {"UT", "84111"}, {"VT", "05602"}, {"VA", "23219"}, {"WA", "98501"},
    {"WV", "25301"}, {"WI", "53703"}, {"WY", "82001"}, {"PR", "00901"},
};

const char *sampleZip(const QString &state)
{
    for (const StateZip &sz : kStateZips) {
        if (state == QLatin1String(sz.state))
            return sz.zip;
    }
    return nullptr;
}

// USPS ZIP codes: the first digit gives a group of states.
bool zipMatchesState(const QString &zip, const QString &state)
{
    const char *sample = sampleZip(state);
    return sample && !zip.isEmpty() && zip.at(0) == QLatin1Char(sample[0]);
}

struct Abbreviation
{
    const char *full;
    const char *abbr;
};

constexpr Abbreviation kAbbreviations[] = {
    {"Street", "St"},   {"Avenue", "Ave"},   {"Road", "Rd"},   {"Boulevard", "Blvd"},
    {"Drive", "Dr"},    {"Lane", "Ln"},      {"Court", "Ct"},  {"Place", "Pl"},
    {"Highway", "Hwy"}, {"Parkway", "Pkwy"}, {"Square", "Sq"}, {"Terrace", "Ter"},
    {"North", "N"},     {"South", "S"},      {"East", "E"},    {"West", "W"},
};

QString abbreviateStreet(const QString &street)
{
    QStringList words = street.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &word : words) {
        QString bare = word;
        if (bare.endsWith(QLatin1Char('.')))
            bare.chop(1);
        for (const Abbreviation &a : kAbbreviations) {
            if (bare.compare(QLatin1String(a.full), Qt::CaseInsensitive) == 0) {
                word = QLatin1String(a.abbr);
                break;
            }
        }
    }
    return words.join(QLatin1Char(' '));
}
} // namespace

bool parseAddressRequest(const QJsonObject &body, QString *displayName, EmergencyAddress *address, Violations *v)
{
    // Each required field gets one violation: "must be a string" / "must be at most ..." or "must not be empty".
    qsizetype before = v->size();
    const auto name = stringField(body, "displayName", QStringLiteral("displayName"), v);
    if (v->size() == before && (!name || name->trimmed().isEmpty()))
        v->append({QStringLiteral("displayName"), QStringLiteral("must not be empty")});
    else if (name)
        *displayName = *name;
    const QJsonValue a = body.value(QLatin1String("address"));
    if (!a.isObject()) {
        v->append({QStringLiteral("address"), QStringLiteral("must be an object")});
        return false;
    }
    const QJsonObject o = a.toObject();
    auto required = [&](const char *key, QString *target) {
        const QString path = QLatin1String("address.") + QLatin1String(key);
        before = v->size();
        const auto value = stringField(o, key, path, v);
        if (v->size() == before && (!value || value->trimmed().isEmpty()))
            v->append({path, QStringLiteral("must not be empty")});
        else if (value)
            *target = value->trimmed();
    };
    auto optional = [&](const char *key, QString *target) {
        const auto value = stringField(o, key, QLatin1String("address.") + QLatin1String(key), v);
        if (value)
            *target = value->trimmed();
    };
    required("streetNumber", &address->streetNumber);
    required("streetInfo", &address->streetInfo);
    optional("location", &address->location);
    required("city", &address->city);
    required("state", &address->state);
    required("postalCode", &address->postalCode);
    optional("postalCodePlusFour", &address->postalCodePlusFour);
    return v->isEmpty();
}

QByteArray validateAddress(const QString &number, const QString &displayName, const EmergencyAddress &input)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    static const QRegularExpression zip5(QStringLiteral("^[0-9]{5}$"));
    EmergencyAddress validated = input;
    validated.state = input.state.toUpper();

    QStringList problems;
    if (!digits.match(input.streetNumber).hasMatch())
        problems << QStringLiteral("Street number is not numeric");
    if (!sampleZip(validated.state))
        problems << QStringLiteral("Unknown state");
    if (!zip5.match(input.postalCode).hasMatch())
        problems << QStringLiteral("Postal code is not a 5-digit ZIP code");
    else if (sampleZip(validated.state) && !zipMatchesState(input.postalCode, validated.state))
        problems << QStringLiteral("Postal code does not match state");

    JsonWriter w;
    w.beginObject();
    w.field("phoneNumber", number);
    w.field("displayName", displayName);
    w.key("validatedAddress");
    validated.write(w);
    if (!problems.isEmpty()) {
        w.field("validationResult", "NO_MATCH");
        w.field("validationMessage",
                (QStringList{QStringLiteral("Address not found")} + problems).join(QLatin1Char('|')));
        w.key("correctedAddress");
        EmergencyAddress().write(w);
        w.key("candidateAddresses");
        w.beginArray();
        EmergencyAddress candidate = validated;
        candidate.streetInfo = abbreviateStreet(input.streetInfo);
        QString streetDigits = input.streetNumber;
        streetDigits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        candidate.streetNumber = streetDigits.isEmpty() ? QStringLiteral("1") : streetDigits;
        if (const char *zip = sampleZip(validated.state)) {
            if (!zipMatchesState(input.postalCode, validated.state))
                candidate.postalCode = QLatin1String(zip);
            candidate.write(w);
        } else {
            candidate.state = QStringLiteral("WA");
            candidate.postalCode = QStringLiteral("98101");
            candidate.write(w);
        }
        w.endArray();
        w.endObject();
        return w.take();
    }

    EmergencyAddress corrected = validated;
    QStringList messages;
    corrected.streetInfo = abbreviateStreet(input.streetInfo);
    if (corrected.streetInfo != input.streetInfo)
        messages << QStringLiteral("Corrected address abbreviations");
    if (validated.state != input.state)
        messages << QStringLiteral("Corrected state abbreviation");
    if (corrected.postalCodePlusFour.isEmpty()) {
        const quint64 h = mix64(qHash(input.streetNumber + input.streetInfo + input.postalCode));
        corrected.postalCodePlusFour =
            QStringLiteral("%1").arg(static_cast<int>(1000 + h % 9000), 4, 10, QLatin1Char('0'));
        messages << QStringLiteral("Added ZIP+4");
    }
    if (messages.isEmpty()) {
        w.field("validationResult", "EXACT_MATCH");
        w.field("validationMessage", "Address is valid");
        w.key("correctedAddress");
        validated.write(w);
    } else {
        w.field("validationResult", "NEAR_MATCH");
        w.field("validationMessage",
                (QStringList{QStringLiteral("Corrected to valid address")} + messages).join(QLatin1Char('|')));
        w.key("correctedAddress");
        corrected.write(w);
    }
    w.key("candidateAddresses");
    w.beginArray();
    w.endArray();
    w.endObject();
    return w.take();
}

} // namespace nd::sandbox
