// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "numbersclient.h"
#include "sandboxserver.h"

#include <QTest>

#include <memory>

// An embedded sandbox plus a NumbersClient pointed at it (OAuth2 through the sandbox's /oauth2/token).
struct SandboxFixture
{
    std::unique_ptr<nd::sandbox::SandboxServer> server;
    std::unique_ptr<nd::NumbersClient> client;

    bool start(int activeCount, quint32 seed = 7)
    {
        server = std::make_unique<nd::sandbox::SandboxServer>();
        nd::sandbox::SandboxOptions options;
        options.activeCount = activeCount;
        options.seed = seed;
        QString error;
        if (!server->start(options, &error)) {
            qWarning("sandbox did not start: %s", qPrintable(error));
            return false;
        }
        client = std::make_unique<nd::NumbersClient>();
        client->setConnection(connection(server->keySecret()));
        return true;
    }

    nd::ConnectionSettings connection(const QString &secret) const
    {
        nd::ConnectionSettings settings;
        settings.numbersUrl = server->baseUrl();
        settings.authUrl = server->baseUrl();
        settings.projectId = server->projectId();
        settings.keyId = server->keyId();
        settings.keySecret = secret;
        settings.authMethod = nd::AuthMethod::OAuth2;
        settings.transferTimeoutMs = 10000;
        return settings;
    }
};
