// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace nd {

// "numberdesk.settings": profile file and secret storage. Never log a secret through it.
Q_DECLARE_LOGGING_CATEGORY(lcSettings)

} // namespace nd
