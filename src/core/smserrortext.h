// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "openenum.h"

#include <QString>

namespace nd {

// An SMS provisioning error code explained in words ("The 10DLC campaign has not been accepted yet"), translated;
// an unknown code is shown raw, as received. The app (DisplayText) and the inventory report share these words.
QString smsErrorCodeText(const SmsErrorCode &code);

} // namespace nd
