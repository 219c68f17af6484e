// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>

// Small helpers for tests that read the JSON fixtures or compare API dates.
namespace nd::test {

// The bytes of tests/support/fixtures/<name>; aborts the test when the file is missing.
QByteArray fixture(const char *name);

// A UTC date-time, as the API's parsers return them.
QDateTime utc(int year, int month, int day, int hour, int minute, int second, int msec = 0);

} // namespace nd::test
