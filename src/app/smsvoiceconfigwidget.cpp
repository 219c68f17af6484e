// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "smsvoiceconfigwidget.h"
#include "ui_smsvoiceconfigwidget.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace nd {

namespace {

bool hasWhitespace(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

void setHint(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

SmsVoiceConfigWidget::SmsVoiceConfigWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SmsVoiceConfigWidget>())
{
    m_ui->setupUi(this);
    m_ui->voiceTypeCombo->addItem(tr("Voice API app (RTC)"), VoiceType(VoiceType::Value::Rtc).wire());
    m_ui->voiceTypeCombo->addItem(tr("Elastic SIP trunk (EST)"), VoiceType(VoiceType::Value::Est).wire());
    m_ui->voiceTypeCombo->addItem(tr("Fax service (FAX)"), VoiceType(VoiceType::Value::Fax).wire());
    updateVoiceLabels();
    fitPlaceholders();

    const auto edited = [this] {
        revalidate();
        Q_EMIT changed();
    };
    connect(m_ui->smsGroup, &QGroupBox::toggled, this, edited);
    connect(m_ui->voiceGroup, &QGroupBox::toggled, this, edited);
    connect(m_ui->servicePlanEdit, &QLineEdit::textChanged, this, edited);
    connect(m_ui->campaignEdit, &QLineEdit::textChanged, this, edited);
    connect(m_ui->voiceIdEdit, &QLineEdit::textChanged, this, edited);
    connect(m_ui->callbackUrlEdit, &QLineEdit::textChanged, this, edited);
    connect(m_ui->voiceTypeCombo, &QComboBox::currentIndexChanged, this, [this, edited] {
        updateVoiceLabels();
        edited();
    });
    revalidate();
}

SmsVoiceConfigWidget::~SmsVoiceConfigWidget() = default;

void SmsVoiceConfigWidget::setSms(bool enabled, const QString &servicePlanId, const QString &campaignId)
{
    m_ui->smsGroup->setChecked(enabled);
    m_ui->servicePlanEdit->setText(servicePlanId);
    m_ui->campaignEdit->setText(campaignId);
    updateCampaignRow();
    revalidate();
}

void SmsVoiceConfigWidget::setRegion(const QString &regionCode)
{
    m_regionCode = regionCode;
    updateCampaignRow();
}

void SmsVoiceConfigWidget::updateCampaignRow()
{
    // 10DLC is a US registration; a campaign set elsewhere stays visible so it can be cleared.
    const bool shown = m_regionCode == QLatin1String("US") || !m_ui->campaignEdit->text().isEmpty();
    m_ui->campaignLabel->setVisible(shown);
    m_ui->campaignEdit->setVisible(shown);
}

void SmsVoiceConfigWidget::fitPlaceholders()
{
    for (QLineEdit *edit : {m_ui->servicePlanEdit, m_ui->campaignEdit, m_ui->voiceIdEdit, m_ui->callbackUrlEdit}) {
        const int text = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
        edit->setMinimumWidth(std::max(edit->minimumWidth(), text + 24)); // frame and text margins
    }
}

void SmsVoiceConfigWidget::setVoice(bool enabled, const VoiceType &type, const QString &id)
{
    m_ui->voiceGroup->setChecked(enabled);
    int index = m_ui->voiceTypeCombo->findData(type.wire());
    if (index < 0 && !type.isEmpty()) {
        // An unknown type from the server stays selectable as received (§3.3).
        m_ui->voiceTypeCombo->addItem(type.wire(), type.wire());
        index = m_ui->voiceTypeCombo->count() - 1;
    }
    m_ui->voiceTypeCombo->setCurrentIndex(std::max(index, 0));
    m_ui->voiceIdEdit->setText(id);
    revalidate();
}

void SmsVoiceConfigWidget::setCallbackUrl(const QString &url)
{
    m_ui->callbackUrlEdit->setText(url);
    revalidate();
}

bool SmsVoiceConfigWidget::isSmsEnabled() const
{
    return m_ui->smsGroup->isChecked();
}

QString SmsVoiceConfigWidget::servicePlanId() const
{
    return isSmsEnabled() ? m_ui->servicePlanEdit->text().trimmed() : QString();
}

QString SmsVoiceConfigWidget::campaignId() const
{
    return isSmsEnabled() ? m_ui->campaignEdit->text().trimmed() : QString();
}

bool SmsVoiceConfigWidget::isVoiceEnabled() const
{
    return m_ui->voiceGroup->isChecked();
}

VoiceType SmsVoiceConfigWidget::voiceType() const
{
    return VoiceType::fromWire(m_ui->voiceTypeCombo->currentData().toString());
}

QString SmsVoiceConfigWidget::voiceId() const
{
    return isVoiceEnabled() ? m_ui->voiceIdEdit->text().trimmed() : QString();
}

QString SmsVoiceConfigWidget::callbackUrl() const
{
    return m_ui->callbackUrlEdit->text().trimmed();
}

NumberConfiguration SmsVoiceConfigWidget::configuration() const
{
    // Only the objects that are needed: an empty configuration object makes the request fail (§4.3).
    NumberConfiguration config;
    if (isSmsEnabled()) {
        SmsConfigurationRequest sms;
        sms.servicePlanId = servicePlanId();
        if (!campaignId().isEmpty()) {
            sms.campaignId = campaignId();
        }
        config.sms = sms;
    }
    if (isVoiceEnabled()) {
        config.voice = VoiceConfigurationRequest{voiceType(), voiceId()};
    }
    if (!callbackUrl().isEmpty()) {
        config.callbackUrl = callbackUrl();
    }
    return config;
}

bool SmsVoiceConfigWidget::isValid() const
{
    return m_valid;
}

QString SmsVoiceConfigWidget::problems() const
{
    QStringList list;
    for (const QLabel *label : {m_ui->smsHint, m_ui->voiceHint, m_ui->callbackHint}) {
        if (!label->text().isEmpty()) {
            list << label->text();
        }
    }
    return list.join(QLatin1Char('\n'));
}

bool SmsVoiceConfigWidget::isValidCallbackUrl(const QString &text)
{
    if (text.isEmpty() || hasWhitespace(text)) {
        return false;
    }
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1String("https") || scheme == QLatin1String("http"))
        && !url.host().isEmpty();
}

void SmsVoiceConfigWidget::updateVoiceLabels()
{
    switch (voiceType().value()) {
    case VoiceType::Value::Est:
        m_ui->voiceIdLabel->setText(tr("Trunk &ID:"));
        m_ui->voiceIdEdit->setAccessibleName(tr("Elastic SIP trunk ID"));
        m_ui->voiceIdEdit->setPlaceholderText(tr("The SIP trunk that receives the calls"));
        break;
    case VoiceType::Value::Fax:
        m_ui->voiceIdLabel->setText(tr("Service &ID:"));
        m_ui->voiceIdEdit->setAccessibleName(tr("Fax service ID"));
        m_ui->voiceIdEdit->setPlaceholderText(tr("The Fax API service that receives faxes"));
        break;
    case VoiceType::Value::Rtc:
    case VoiceType::Value::Unknown:
        m_ui->voiceIdLabel->setText(tr("App &ID:"));
        m_ui->voiceIdEdit->setAccessibleName(tr("Voice API app ID"));
        m_ui->voiceIdEdit->setPlaceholderText(tr("The Voice API application that handles the calls"));
        break;
    }
    fitPlaceholders();
}

void SmsVoiceConfigWidget::revalidate()
{
    QString smsProblem;
    if (isSmsEnabled()) {
        const QString plan = m_ui->servicePlanEdit->text().trimmed();
        const QString campaign = m_ui->campaignEdit->text().trimmed();
        if (plan.isEmpty()) {
            smsProblem = campaign.isEmpty() ? tr("Enter the service plan ID, or switch SMS off.")
                                            : tr("A campaign can only be linked together with a service plan: "
                                                 "enter the service plan ID.");
        } else if (hasWhitespace(plan) || hasWhitespace(campaign)) {
            smsProblem = tr("IDs cannot contain spaces.");
        }
    }
    QString voiceProblem;
    if (isVoiceEnabled()) {
        const QString id = m_ui->voiceIdEdit->text().trimmed();
        if (id.isEmpty()) {
            voiceProblem = tr("Enter the ID of the %1, or switch voice off.")
                               .arg(m_ui->voiceTypeCombo->currentText());
        } else if (hasWhitespace(id)) {
            voiceProblem = tr("IDs cannot contain spaces.");
        }
    }
    QString callbackProblem;
    const QString url = callbackUrl();
    if (!url.isEmpty() && !isValidCallbackUrl(url)) {
        callbackProblem = tr("The callback URL must be a web address starting with https:// (or http://) "
                             "followed by a host name.");
    }
    setHint(m_ui->smsHint, smsProblem);
    setHint(m_ui->voiceHint, voiceProblem);
    setHint(m_ui->callbackHint, callbackProblem);

    const bool valid = smsProblem.isEmpty() && voiceProblem.isEmpty() && callbackProblem.isEmpty();
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT validityChanged(valid);
    }
}

} // namespace nd
