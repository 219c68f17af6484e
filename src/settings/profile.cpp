// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile.h"

namespace nd {

QString Profile::sandboxProfileName()
{
    return QStringLiteral("Sandbox");
}

Profile Profile::builtInSandbox()
{
    Profile p;
    p.name = sandboxProfileName();
    p.isSandbox = true;
    p.authMethod = AuthMethod::OAuth2;
    // The embedded sandbox picks its port at start-up and fills in URLs and credentials then. Empty URLs
    // here make sure a sandbox profile can never reach the production API by accident.
    p.numbersUrl = QUrl();
    p.authUrl = QUrl();
    return p;
}

ConnectionSettings Profile::toConnection(const QString &keySecret) const
{
    ConnectionSettings s;
    s.numbersUrl = numbersUrl;
    s.authUrl = authUrl;
    s.projectId = projectId;
    s.keyId = keyId;
    s.keySecret = keySecret;
    s.authMethod = authMethod;
    return s;
}

} // namespace nd
