// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventoryreport.h"

#include <QByteArray>
#include <QJsonObject>

namespace nd {

// The inventory report as data for other programs; numberdesk-cli and the app's "Export report" write exactly these.
namespace InventoryReportFormat {

// {"asOf", "total", "releasing", "runRate", "groups", "dueByMonth", "attention"} as docs/cli.md shows (amounts
// are strings with 2 decimals), plus "releasingRunRate" and "unpriced".
QJsonObject toJson(const InventoryReport &report);

// One CSV table (RFC 4180 quoting, UTF-8, LF line ends, a header row) with the columns
// section,regionCode,type,month,currency,count,amount,phoneNumber,detail
// and one row per amount (sections runRate, releasing, group, dueByMonth) or per number needing attention
// (provisioningFailed with the failure in words, provisioningPending, unconfigured, releasingSoon, unpriced).
QByteArray toCsv(const InventoryReport &report);

// "2026-12"
QString monthKey(const QDate &month);

} // namespace InventoryReportFormat

} // namespace nd
