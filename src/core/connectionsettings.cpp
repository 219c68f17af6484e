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

enum class UrlRole { Numbers, Auth };

// Kind::None when `url` may carry credentials. Whole sentences per URL role, so translators see each one.
ApiError checkUrl(const QUrl &url, UrlRole role)
{
    if (!url.isValid() || url.host().isEmpty()) {
        const QString text = role == UrlRole::Numbers
                                 ? QCoreApplication::translate("nd::ConnectionSettings",
                                                               "The Numbers API URL \"%1\" is not a valid URL.")
                                 : QCoreApplication::translate("nd::ConnectionSettings",
                                                               "The authentication URL \"%1\" is not a valid URL.");
        return ApiError::validation(text.arg(url.toDisplayString()), QStringLiteral("invalid url"));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https")) {
        return {};
    }
    if (scheme != QLatin1String("http")) {
        const QString text =
            role == UrlRole::Numbers
                ? QCoreApplication::translate("nd::ConnectionSettings",
                                              "The Numbers API URL must start with https:// (got \"%1\").")
                : QCoreApplication::translate("nd::ConnectionSettings",
                                              "The authentication URL must start with https:// (got \"%1\").");
        return ApiError::validation(text.arg(url.toDisplayString()), QStringLiteral("unsupported scheme"));
    }
    if (!ConnectionSettings::isLoopback(url)) {
        return ApiError::validation(
            QCoreApplication::translate("nd::ConnectionSettings",
                                        "Refusing to send credentials over plain http to %1: use https:// (plain http "
                                        "is only allowed for the local machine: localhost, 127.0.0.1, ::1).")
                .arg(url.host()),
            QStringLiteral("insecure url"));
    }
    return {};
}

} // namespace

ApiError ConnectionSettings::validate() const
{
    if (projectId.isEmpty()) {
        return ApiError::validation(QCoreApplication::translate("nd::ConnectionSettings", "No project id is set."));
    }
    if (!isValidProjectId(projectId)) {
        return ApiError::validation(QCoreApplication::translate(
            "nd::ConnectionSettings",
            "The project id may only contain letters, digits, '-' and '_' (at most 128 characters)."));
    }
    if (keyId.isEmpty()) {
        return ApiError::validation(QCoreApplication::translate("nd::ConnectionSettings", "No access key id is set."));
    }
    if (keySecret.isEmpty()) {
        return ApiError::validation(
            QCoreApplication::translate("nd::ConnectionSettings", "No access key secret is set."));
    }
    ApiError e = checkUrl(numbersUrl, UrlRole::Numbers);
    if (e.isError()) {
        return e;
    }
    if (authMethod == AuthMethod::OAuth2) {
        e = checkUrl(authUrl, UrlRole::Auth);
        if (e.isError()) {
            return e;
        }
    }
    if (transferTimeoutMs < 0) {
        return ApiError::validation(
            QCoreApplication::translate("nd::ConnectionSettings", "The transfer timeout must not be negative."));
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
            QCoreApplication::translate("nd::ConnectionSettings", "The CA bundle \"%1\" could not be read: %2")
                .arg(path, file.errorString()),
            QStringLiteral("ca bundle unreadable"));
    }
    // A bundle of a few hundred certificates is under 1 MiB; refuse anything absurd instead of parsing it.
    if (file.size() > 16 * 1024 * 1024) {
        return ApiError::validation(
            QCoreApplication::translate("nd::ConnectionSettings",
                                        "The CA bundle \"%1\" is too large to be a certificate file.")
                .arg(path),
            QStringLiteral("ca bundle too large"));
    }
    const QByteArray pem = file.readAll();
    *certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates->isEmpty()) {
        return ApiError::validation(
            QCoreApplication::translate(
                "nd::ConnectionSettings",
                "The CA bundle \"%1\" contains no PEM certificate (expected \"-----BEGIN CERTIFICATE-----\" "
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
