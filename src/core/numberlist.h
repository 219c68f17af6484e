// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace nd {

// A list of phone numbers as people keep them in a file: one number a line in any format PhoneNumber::normalize
// accepts (E.164, "+1 206 555 0100", a 00 prefix, national numbers when a default region is given), blank lines
// and lines starting with # ignored; or a CSV file whose header has a phoneNumber column (the other columns are
// ignored). Used by `numberdesk-cli bulk … --from-file` and the app's imports.
struct NumberList
{
    Q_DECLARE_TR_FUNCTIONS(nd::NumberList)

public:
    struct Problem
    {
        int line = 0; // 1-based
        QString text; // the line as read (trimmed)
        QString reason;
    };

    QStringList numbers;     // E.164, in file order, each once
    QList<Problem> problems; // lines that are not usable numbers (the caller starts nothing then)
    int duplicates = 0;      // numbers given more than once (kept once)

    bool isOk() const { return problems.isEmpty(); }

    static NumberList parse(const QString &text, const QString &defaultRegion = QString());
};

} // namespace nd
