// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace nd::test {

// A keychain service name for this test process alone ("numberdesk-test-<pid>-<random>"). Every test that
// creates a SecretStore sets it (SecretStore::setKeychainService), so no test can read, overwrite or delete
// the real app's entries (service "numberdesk") on any platform, whatever keychain it reaches.
QString uniqueKeychainService();

} // namespace nd::test
