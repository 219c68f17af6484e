// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingslog.h"

namespace nd {

Q_LOGGING_CATEGORY(lcSettings, "numberdesk.settings")

} // namespace nd
