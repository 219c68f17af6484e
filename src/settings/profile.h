// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionsettings.h"
#include "inventorywalker.h"

#include <QString>
#include <QUrl>

namespace nd {

// A saved connection. The key secret is NOT part of it: it lives in the OS keychain (SecretStore).
struct Profile
{
    QString name; // unique, shown in the UI and used by `numberdesk-cli --profile NAME`
    QString projectId;
    QString keyId;
    AuthMethod authMethod = AuthMethod::OAuth2;
    QUrl numbersUrl = QUrl(QStringLiteral("https://numbers.api.sinch.com"));
    QUrl authUrl = QUrl(QStringLiteral("https://auth.sinch.com"));
    bool isSandbox = false; // the built-in profile: backed by the embedded sandbox, no secret needed
    // Pages of the inventory requested at once when the mirror is synced (1 to InventoryWalker::MaxConcurrency):
    // more for a slow or distant connection, fewer for a server with strict rate limits.
    int syncConcurrency = InventoryWalker::DefaultConcurrency;

    // The built-in "Sandbox" profile (name "Sandbox", isSandbox true; URLs and credentials are filled in
    // when the embedded sandbox starts).
    static Profile builtInSandbox();
    static QString sandboxProfileName(); // "Sandbox"

    // ConnectionSettings for this profile with the given secret.
    ConnectionSettings toConnection(const QString &keySecret) const;
};

} // namespace nd
