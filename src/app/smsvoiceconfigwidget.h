// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "openenum.h"
#include "requests.h"

#include <QWidget>

#include <memory>

namespace Ui {
class SmsVoiceConfigWidget;
}

namespace nd {

// The SMS / voice / callback-URL part of a number's configuration, shared by the rent and details dialogs.
// Validates as typed: a campaign needs a service plan; voice is one type plus the one id that goes with it
// (so exactly one of app id / trunk id / fax service id, by construction); the callback URL must be an
// http(s) URL with a host. isValid() and validityChanged() drive the owner's OK button.
class SmsVoiceConfigWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmsVoiceConfigWidget)

public:
    explicit SmsVoiceConfigWidget(QWidget *parent = nullptr);
    ~SmsVoiceConfigWidget() override;

    void setSms(bool enabled, const QString &servicePlanId, const QString &campaignId);
    void setVoice(bool enabled, const VoiceType &type, const QString &id);
    void setCallbackUrl(const QString &url);
    // The number's region: the 10DLC campaign field is offered for US numbers only (or while it holds a value).
    void setRegion(const QString &regionCode);

    bool isSmsEnabled() const;
    QString servicePlanId() const; // trimmed; empty when SMS is off
    QString campaignId() const;    // trimmed; empty when SMS is off
    bool isVoiceEnabled() const;
    VoiceType voiceType() const;
    QString voiceId() const; // trimmed; empty when voice is off
    QString callbackUrl() const;

    // The configuration to send on rent: only what is switched on / filled in.
    NumberConfiguration configuration() const;

    bool isValid() const;
    // The problems in words, one per line (empty when valid).
    QString problems() const;

    // http or https, with a host, no spaces. An empty text is not a URL.
    static bool isValidCallbackUrl(const QString &text);

Q_SIGNALS:
    void validityChanged(bool valid);
    void changed();

private:
    void updateVoiceLabels();
    void updateCampaignRow();
    // Each field is at least as wide as its placeholder, in every language.
    void fitPlaceholders();
    void revalidate();

    std::unique_ptr<Ui::SmsVoiceConfigWidget> m_ui;
    bool m_valid = true;
    QString m_regionCode = QStringLiteral("US");
};

} // namespace nd
