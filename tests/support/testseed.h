// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace nd::test {

// The seed of a randomized test: ND_TEST_SEED from the environment when set (to replay a failure), otherwise
// a fresh random one. Prints "ND_TEST_SEED=<seed>" with `what` so every run can be repeated exactly:
//     ND_TEST_SEED=123456 ctest -R tst_activenumberfilterproxy --output-on-failure
// An ND_TEST_SEED that is not a decimal number fails loudly (qFatal) instead of being ignored.
quint32 randomSeed(const char *what);

} // namespace nd::test
