// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchform.h"

#include "phonenumber.h"

#include <QComboBox>
#include <QCoreApplication>

namespace nd::SearchForm {

NumberType typeAt(const QComboBox *combo)
{
    const QString wire = combo->currentData().toString();
    return wire.isEmpty() ? NumberType() : NumberType::fromWire(wire);
}

SearchPattern positionAt(const QComboBox *combo)
{
    return SearchPattern::fromWire(combo->currentData().toString());
}

void fillPositions(QComboBox *combo)
{
    combo->addItem(QCoreApplication::translate("nd::MainWindow", "Starting with"),
                   SearchPattern::wireName(SearchPattern::Value::Start));
    combo->addItem(QCoreApplication::translate("nd::MainWindow", "Containing"),
                   SearchPattern::wireName(SearchPattern::Value::Contains));
    combo->addItem(QCoreApplication::translate("nd::MainWindow", "Ending with"),
                   SearchPattern::wireName(SearchPattern::Value::End));
    combo->setCurrentIndex(1);
}

QString compactPattern(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (!c.isSpace() && c != QLatin1Char('-') && c != QLatin1Char('(') && c != QLatin1Char(')')) {
            out.append(c);
        }
    }
    return out;
}

bool isValidPattern(const QString &pattern)
{
    if (pattern.isEmpty()) {
        return true;
    }
    for (int i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('+') && i == 0 && pattern.size() > 1) {
            continue;
        }
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return false;
        }
    }
    return true;
}

QString mismatchedCallingCode(const QString &pattern, const QString &regionCode)
{
    if (!pattern.startsWith(QLatin1Char('+')) || !isValidPattern(pattern)) {
        return {};
    }
    const QString code = PhoneNumber::countryCallingCodeForRegion(regionCode);
    if (code.isEmpty()) {
        return {};
    }
    const QString digits = pattern.mid(1);
    // "+4" may still become "+44": only digits that cannot begin the region's code are a mismatch.
    const bool fits = digits.startsWith(code) || code.startsWith(digits);
    return fits ? QString() : code;
}

} // namespace nd::SearchForm
