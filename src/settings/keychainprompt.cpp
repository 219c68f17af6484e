// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychainprompt.h"

#include <QtGlobal>

#ifdef ND_HAVE_QTDBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QXmlStreamReader>
#endif

namespace nd {

bool isKeychainPromptOpen()
{
#ifdef ND_HAVE_QTDBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        return false;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets/prompt"),
        QStringLiteral("org.freedesktop.DBus.Introspectable"), QStringLiteral("Introspect"));
    call.setAutoStartService(false); // asking must not start a keyring daemon
    const QDBusMessage reply = bus.call(call, QDBus::Block, 500);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
        return false;
    }
    // <node><interface …/><node name="p1"/></node>: a child node is an open prompt.
    QXmlStreamReader xml(reply.arguments().constFirst().toString());
    int depth = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (depth == 2 && xml.name() == QLatin1String("node")) {
                return true;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    return false;
#else
    return false;
#endif
}

} // namespace nd
