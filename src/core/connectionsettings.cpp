// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionsettings.h"

#include "phonenumber.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>

namespace nd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nd::ConnectionSettings", text);
}

// Kind::None when `url` may carry credentials.
ApiError checkUrl(const QUrl &url, const QString &what)
{
    if (!url.isValid() || url.host().isEmpty()) {
        return ApiError::validation(tr("The %1 URL \"%2\" is not a valid URL.").arg(what, url.toDisplayString()),
                                    QStringLiteral("invalid url"));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https")) {
        return {};
    }
    if (scheme != QLatin1String("http")) {
        return ApiError::validation(
            tr("The %1 URL must start with https:// (got \"%2\").").arg(what, url.toDisplayString()),
            QStringLiteral("unsupported scheme"));
    }
    if (!ConnectionSettings::isLoopback(url)) {
        return ApiError::validation(
            tr("Refusing to send credentials over plain http to %1: use https:// (plain http is only allowed for "
               "the local machine: localhost, 127.0.0.1, ::1).")
                .arg(url.host()),
            QStringLiteral("insecure url"));
    }
    return {};
}

} // namespace

ApiError ConnectionSettings::validate() const
{
    if (projectId.isEmpty()) {
        return ApiError::validation(tr("No project id is set."));
    }
    if (!isValidProjectId(projectId)) {
        return ApiError::validation(
            tr("The project id may only contain letters, digits, '-' and '_' (at most 128 characters)."));
    }
    if (keyId.isEmpty()) {
        return ApiError::validation(tr("No access key id is set."));
    }
    if (keySecret.isEmpty()) {
        return ApiError::validation(tr("No access key secret is set."));
    }
    ApiError e = checkUrl(numbersUrl, tr("Numbers API"));
    if (e.isError()) {
        return e;
    }
    if (authMethod == AuthMethod::OAuth2) {
        e = checkUrl(authUrl, tr("authentication"));
        if (e.isError()) {
            return e;
        }
    }
    if (transferTimeoutMs < 0) {
        return ApiError::validation(tr("The transfer timeout must not be negative."));
    }
    if (!caBundlePath.isEmpty()) {
        QList<QSslCertificate> certificates;
        e = loadCaBundle(caBundlePath, &certificates);
        if (e.isError()) {
            return e;
        }
    }
    return {};
}

ApiError ConnectionSettings::loadCaBundle(const QString &path, QList<QSslCertificate> *certificates)
{
    certificates->clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return ApiError::validation(
            tr("The CA bundle \"%1\" could not be read: %2").arg(path, file.errorString()),
            QStringLiteral("ca bundle unreadable"));
    }
    // A bundle of a few hundred certificates is under 1 MiB; refuse anything absurd instead of parsing it.
    if (file.size() > 16 * 1024 * 1024) {
        return ApiError::validation(tr("The CA bundle \"%1\" is too large to be a certificate file.").arg(path),
                                    QStringLiteral("ca bundle too large"));
    }
    const QByteArray pem = file.readAll();
    *certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates->isEmpty()) {
        return ApiError::validation(
            tr("The CA bundle \"%1\" contains no PEM certificate (expected \"-----BEGIN CERTIFICATE-----\" "
               "blocks).")
                .arg(path),
            QStringLiteral("ca bundle empty"));
    }
    return {};
}

bool ConnectionSettings::isLoopback(const QUrl &url)
{
    QString host = url.host().toLower();
    if (host.endsWith(QLatin1Char('.'))) {
        host.chop(1);
    }
    if (host == QLatin1String("localhost")) {
        return true;
    }
    QHostAddress address;
    if (!address.setAddress(host)) {
        return false;
    }
    return address.isLoopback();
}

QString ConnectionSettings::authMethodName(AuthMethod method)
{
    return method == AuthMethod::Basic ? QStringLiteral("basic") : QStringLiteral("oauth2");
}

} // namespace nd
