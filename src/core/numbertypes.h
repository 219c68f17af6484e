// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "openenum.h"

#include <QList>

namespace nd {

// The number types, in the order "every type" is walked: GET /activeNumbers returns one type at a time (only MOBILE
// when `type` is left out, docs/api.md §4.5), so "all my numbers" is MOBILE, then LOCAL, then TOLL_FREE. The one
// place that rule lives: the app's table, the CLI's walk, the mirror's sync and the type filters use it.
inline QList<NumberType> everyNumberType()
{
    return {NumberType(NumberType::Value::Mobile), NumberType(NumberType::Value::Local),
            NumberType(NumberType::Value::TollFree)};
}

} // namespace nd
