// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testseed.h"

#include <QRandomGenerator>
#include <QString>

namespace nd::test {

quint32 randomSeed(const char *what)
{
    quint32 seed = 0;
    const QString fromEnvironment = qEnvironmentVariable("ND_TEST_SEED").trimmed();
    if (fromEnvironment.isEmpty()) {
        seed = QRandomGenerator::system()->generate();
    } else {
        bool ok = false;
        seed = fromEnvironment.toUInt(&ok);
        if (!ok) {
            qFatal("ND_TEST_SEED must be a decimal number from 0 to 4294967295, not \"%s\"",
                   qPrintable(fromEnvironment));
        }
    }
    qInfo("%s: ND_TEST_SEED=%u%s", what, seed, fromEnvironment.isEmpty() ? "" : " (from the environment)");
    return seed;
}

} // namespace nd::test
