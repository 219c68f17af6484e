// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventoryimage.h"

#include <QJsonDocument>
#include <QTimeZone>

#include <cstring>
#include <limits>

namespace nd {

namespace {

// Layout: header (magic, version, count, records' byte length, string table), then the records. Integers are
// native-endian; text is UTF-16 after a 32-bit length. A record: phoneNumber and displayName inline, every other
// string as a 32-bit index into the table, dates as a kind byte and milliseconds since the epoch (with the offset
// or zone when not UTC, so the time spec comes back as it was), optional parts behind a 0/1 byte, unknown keys as
// compact JSON.
enum DateKind : quint8 { NoDate = 0, UtcDate = 1, OffsetDate = 2, LocalDate = 3, ZoneDate = 4 };

class Reader
{
public:
    Reader(const char *begin, const char *end, const QStringList *strings)
        : m_at(begin)
        , m_end(end)
        , m_strings(strings)
    {
    }

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_end; }
    const char *position() const { return m_at; }

    template<typename T> T raw()
    {
        T value{};
        if (m_end - m_at < qsizetype(sizeof value)) {
            m_ok = false;
            m_at = m_end;
            return value;
        }
        std::memcpy(&value, m_at, sizeof value);
        m_at += sizeof value;
        return value;
    }
    QString inlineText()
    {
        const auto length = raw<quint32>();
        if (quint64(m_end - m_at) < quint64(length) * 2) {
            m_ok = false;
            m_at = m_end;
            return {};
        }
        QString s(qsizetype(length), Qt::Uninitialized);
        std::memcpy(s.data(), m_at, size_t(length) * 2);
        m_at += qsizetype(length) * 2;
        return s;
    }
    QString text()
    {
        const auto id = raw<quint32>();
        if (!m_strings || id >= quint32(m_strings->size())) {
            m_ok = false;
            return {};
        }
        return m_strings->at(int(id));
    }
    QDateTime time()
    {
        const auto kind = raw<quint8>();
        if (kind == NoDate) {
            return {};
        }
        const auto ms = raw<qint64>();
        switch (kind) {
        case UtcDate:
            return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        case OffsetDate:
            return QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, raw<qint32>());
        case LocalDate:
            return QDateTime::fromMSecsSinceEpoch(ms, Qt::LocalTime);
        case ZoneDate:
            return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(inlineText().toUtf8()));
        default:
            m_ok = false;
            return {};
        }
    }
    QJsonObject extra()
    {
        const auto length = raw<quint32>();
        if (length == 0) {
            return {};
        }
        if (quint64(m_end - m_at) < length) {
            m_ok = false;
            m_at = m_end;
            return {};
        }
        const QByteArray json = QByteArray::fromRawData(m_at, qsizetype(length));
        m_at += length;
        return QJsonDocument::fromJson(json).object();
    }
    bool flag() { return raw<quint8>() != 0; }

    std::optional<SmsConfiguration> sms()
    {
        if (!flag()) {
            return std::nullopt;
        }
        SmsConfiguration s;
        s.servicePlanId = text();
        s.campaignId = text();
        if (flag()) {
            ScheduledProvisioning p;
            p.servicePlanId = text();
            p.campaignId = text();
            p.status = ProvisioningStatus::fromWire(text());
            p.lastUpdatedTime = time();
            const auto codes = raw<quint32>();
            for (quint32 i = 0; i < codes && ok(); ++i) {
                p.errorCodes.append(SmsErrorCode::fromWire(text()));
            }
            p.extra = extra();
            s.scheduledProvisioning = std::move(p);
        }
        s.extra = extra();
        return s;
    }

    std::optional<VoiceConfiguration> voice()
    {
        if (!flag()) {
            return std::nullopt;
        }
        VoiceConfiguration v;
        v.type = VoiceType::fromWire(text());
        v.appId = text();
        v.trunkId = text();
        v.serviceId = text();
        v.lastUpdatedTime = time();
        if (flag()) {
            ScheduledVoiceProvisioning p;
            p.type = VoiceType::fromWire(text());
            p.appId = text();
            p.trunkId = text();
            p.serviceId = text();
            p.status = ProvisioningStatus::fromWire(text());
            p.lastUpdatedTime = time();
            p.extra = extra();
            v.scheduledVoiceProvisioning = std::move(p);
        }
        v.extra = extra();
        return v;
    }

    ActiveNumber number()
    {
        ActiveNumber n;
        n.phoneNumber = inlineText();
        n.projectId = text();
        n.displayName = inlineText();
        n.regionCode = text();
        n.type = NumberType::fromWire(text());
        const auto capabilities = raw<quint32>();
        for (quint32 i = 0; i < capabilities && ok(); ++i) {
            n.capabilities.append(Capability::fromWire(text()));
        }
        n.money.currencyCode = text();
        n.money.amount = text();
        n.paymentIntervalMonths = raw<qint32>();
        n.nextChargeDate = time();
        n.expireAt = time();
        n.smsConfiguration = sms();
        n.voiceConfiguration = voice();
        n.callbackUrl = text();
        n.extra = extra();
        return n;
    }

private:
    const char *m_at;
    const char *m_end;
    const QStringList *m_strings;
    bool m_ok = true;
};

} // namespace

InventoryImage::Writer::Writer()
{
    m_strings.append(QString()); // index 0: the empty string
    m_ids.insert(QString(), 0);
}

quint32 InventoryImage::Writer::id(const QString &text)
{
    if (text.isEmpty()) {
        return 0;
    }
    auto it = m_ids.constFind(text);
    if (it != m_ids.constEnd()) {
        return *it;
    }
    const auto next = quint32(m_strings.size());
    m_strings.append(text);
    m_ids.insert(text, next);
    return next;
}

void InventoryImage::Writer::text(const QString &text)
{
    raw(quint32(text.size()));
    m_records.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
}

void InventoryImage::Writer::write(const QDateTime &time)
{
    if (!time.isValid()) {
        raw(quint8(NoDate));
        return;
    }
    const Qt::TimeSpec spec = time.timeSpec();
    const DateKind kind = spec == Qt::UTC         ? UtcDate
        : spec == Qt::OffsetFromUTC               ? OffsetDate
        : spec == Qt::LocalTime                   ? LocalDate
                                                  : ZoneDate;
    raw(quint8(kind));
    raw(qint64(time.toMSecsSinceEpoch()));
    if (kind == OffsetDate) {
        raw(qint32(time.offsetFromUtc()));
    } else if (kind == ZoneDate) {
        text(QString::fromUtf8(time.timeZone().id()));
    }
}

void InventoryImage::Writer::write(const QJsonObject &extra)
{
    const QByteArray json = extra.isEmpty() ? QByteArray() : QJsonDocument(extra).toJson(QJsonDocument::Compact);
    raw(quint32(json.size()));
    m_records.append(json);
}

void InventoryImage::Writer::write(const std::optional<SmsConfiguration> &sms)
{
    raw(quint8(sms ? 1 : 0));
    if (!sms) {
        return;
    }
    raw(id(sms->servicePlanId));
    raw(id(sms->campaignId));
    const auto &p = sms->scheduledProvisioning;
    raw(quint8(p ? 1 : 0));
    if (p) {
        raw(id(p->servicePlanId));
        raw(id(p->campaignId));
        raw(id(p->status.wire()));
        write(p->lastUpdatedTime);
        raw(quint32(p->errorCodes.size()));
        for (const SmsErrorCode &code : p->errorCodes) {
            raw(id(code.wire()));
        }
        write(p->extra);
    }
    write(sms->extra);
}

void InventoryImage::Writer::write(const std::optional<VoiceConfiguration> &voice)
{
    raw(quint8(voice ? 1 : 0));
    if (!voice) {
        return;
    }
    raw(id(voice->type.wire()));
    raw(id(voice->appId));
    raw(id(voice->trunkId));
    raw(id(voice->serviceId));
    write(voice->lastUpdatedTime);
    const auto &p = voice->scheduledVoiceProvisioning;
    raw(quint8(p ? 1 : 0));
    if (p) {
        raw(id(p->type.wire()));
        raw(id(p->appId));
        raw(id(p->trunkId));
        raw(id(p->serviceId));
        raw(id(p->status.wire()));
        write(p->lastUpdatedTime);
        write(p->extra);
    }
    write(voice->extra);
}

void InventoryImage::Writer::add(const ActiveNumber &n)
{
    if (m_numbers.contains(n.phoneNumber)) {
        m_valid = false;
        return;
    }
    m_numbers.insert(n.phoneNumber);
    ++m_count;
    text(n.phoneNumber);
    raw(id(n.projectId));
    text(n.displayName);
    raw(id(n.regionCode));
    raw(id(n.type.wire()));
    raw(quint32(n.capabilities.size()));
    for (const Capability &c : n.capabilities) {
        raw(id(c.wire()));
    }
    raw(id(n.money.currencyCode));
    raw(id(n.money.amount));
    raw(qint32(n.paymentIntervalMonths));
    write(n.nextChargeDate);
    write(n.expireAt);
    write(n.smsConfiguration);
    write(n.voiceConfiguration);
    raw(id(n.callbackUrl));
    write(n.extra);
}

QByteArray InventoryImage::Writer::finish()
{
    QByteArray image;
    const auto put = [&image](auto value) { image.append(reinterpret_cast<const char *>(&value), sizeof value); };
    put(Magic);
    put(Version);
    put(qint64(m_count));
    put(qint64(m_records.size()));
    put(quint32(m_strings.size()));
    for (const QString &s : std::as_const(m_strings)) {
        put(quint32(s.size()));
        image.append(reinterpret_cast<const char *>(s.utf16()), s.size() * 2);
    }
    image.append(m_records);
    return image;
}

bool InventoryImage::read(const QByteArray &image, qsizetype chunk,
                          const std::function<void(QList<ActiveNumber> &&)> &deliver)
{
    const char *end = image.constData() + image.size();
    Reader in(image.constData(), end, nullptr);
    const auto magic = in.raw<quint32>();
    const auto version = in.raw<quint32>();
    const auto count = in.raw<qint64>();
    const auto recordBytes = in.raw<qint64>();
    const auto stringCount = in.raw<quint32>();
    if (!in.ok() || magic != Magic || version != Version || count < 0 || recordBytes < 0 || recordBytes > image.size()
        || stringCount == 0 || stringCount > quint32(image.size()) || chunk < 1) {
        return false;
    }
    QStringList strings;
    strings.reserve(qsizetype(stringCount));
    for (quint32 i = 0; i < stringCount && in.ok(); ++i) {
        strings.append(in.inlineText());
    }
    // The records start where the table ends and end where the image ends: a cut or padded image is refused.
    if (!in.ok() || in.position() != end - recordBytes) {
        return false;
    }
    Reader reader(in.position(), end, &strings);
    // Each record takes at least 8 bytes: a count beyond that is a lie, never an allocation.
    const qint64 plausible = std::min<qint64>(count, recordBytes / 8 + 1);
    QList<ActiveNumber> numbers;
    numbers.reserve(qsizetype(std::min<qint64>(plausible, chunk)));
    for (qint64 i = 0; i < count; ++i) {
        numbers.append(reader.number());
        if (!reader.ok()) {
            return false;
        }
        if (numbers.size() == chunk && i + 1 < count) {
            deliver(std::move(numbers));
            numbers = QList<ActiveNumber>();
            numbers.reserve(qsizetype(std::min<qint64>(plausible - i - 1, chunk)));
        }
    }
    if (!reader.atEnd()) {
        return false;
    }
    deliver(std::move(numbers));
    return true;
}

} // namespace nd
