// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Callback (webhook) signing, docs/api.md §4.15 and §6.
namespace nd::CallbackSignature {

// The rule for a project's HMAC secret: 32 to 64 characters of A-Z, a-z, 0-9 and '-'.
bool isValidSecret(const QString &secret);

} // namespace nd::CallbackSignature
