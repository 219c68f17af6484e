// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// NumberTable, part 2 of 2: the table as an image (the mirror's start-up file).
//
// Layout, native-endian: the header; the pools (strings as a 32-bit length and UTF-16, capability lists, SMS and
// voice configurations with their texts as indexes into the strings) and the rows' rare extras, padded to 8 bytes; the rows'
// text (numbers and display names, UTF-16), read straight into the table's text; one fixed-size Record per row;
// the two search buffers. The keys a row derives from its
// pooled values (price, capability mask, provisioning rank, number digits) are not written: reading computes them
// once per pooled value, so a table read back sorts exactly as the one written.
#include "numbertable.h"
#include "numbertable_p.h"

#include <QBuffer>
#include <QByteArrayView>
#include <QJsonDocument>
#include <QTimeZone>

#include <algorithm>
#include <cstring>
#include <initializer_list>
#include <functional>
#include <numeric>
#include <type_traits>

namespace nd {

namespace {

using namespace detail;

enum DateKind : quint8 { NoDate = 0, UtcDate = 1, OffsetDate = 2, LocalDate = 3, ZoneDate = 4 };

struct Header
{
    quint32 magic;
    quint32 version;
    qint64 rows;
    qint64 poolBytes; // pools and extras, padded to 8
    qint64 textChars;
    quint32 strings; // pool sizes without their empty entry 0
    quint32 capabilityLists;
    quint32 smsConfigs;
    quint32 voiceConfigs;
    quint32 extras;
    quint32 reserved;
    qint64 numberTextBytes; // the search buffers (NumberTable::numberText(), foldedText())
    qint64 foldedTextBytes;
    quint64 contentChecksum; // of the pools, the text and the records
    quint64 searchChecksum;  // of the two search buffers
};

struct Record
{
    qint64 nextChargeMs;
    qint64 expireMs;
    quint32 phoneAt; // in UTF-16 units from the start of the text
    quint32 phoneLength;
    quint32 nameAt;
    quint32 nameLength;
    quint32 projectId;
    quint32 regionCode;
    quint32 type;
    quint32 currency;
    quint32 amount;
    quint32 callbackUrl;
    quint32 capabilities;
    quint32 sms;
    quint32 voice;
    qint32 paymentIntervalMonths;
    quint32 hasExtras;
    quint32 reserved;
};
static_assert(std::is_trivially_copyable_v<Header> && sizeof(Header) == 88);
static_assert(std::is_trivially_copyable_v<Record> && sizeof(Record) == 80);

// Damage detection over a stream of bytes (how it is cut into parts does not matter): a multiply-xor hash over 8
// bytes at a time, about 3 ms for the 14 MB of 100,000 numbers. Not a defence against a forger, who could as well
// write any valid image; it makes a damaged byte anywhere refuse the image, as the structure checks alone cannot
// (a changed offset or letter still reads as a valid row).
class Checksum
{
public:
    void add(QByteArrayView bytes)
    {
        const char *data = bytes.data();
        qsizetype size = bytes.size();
        m_length += quint64(size);
        while (m_pending > 0 && size > 0) { // complete a word begun by the previous part
            m_word[m_pending++] = *data++;
            --size;
            if (m_pending == 8) {
                mix(m_word);
                m_pending = 0;
            }
        }
        for (; size >= 8; data += 8, size -= 8) {
            mix(data);
        }
        for (; size > 0; --size) {
            m_word[m_pending++] = *data++;
        }
    }
    quint64 value() const
    {
        quint64 hash = m_hash;
        for (int i = 0; i < m_pending; ++i) {
            hash = (hash ^ quint8(m_word[i])) * 1099511628211ULL;
        }
        return (hash ^ m_length) * 1099511628211ULL;
    }

private:
    void mix(const char *eight)
    {
        quint64 word;
        std::memcpy(&word, eight, sizeof word);
        m_hash = (m_hash ^ word) * 1099511628211ULL;
        m_hash ^= m_hash >> 29;
    }

    quint64 m_hash = 14695981039346656037ULL;
    quint64 m_length = 0;
    char m_word[8] = {};
    int m_pending = 0;
};

quint64 checksumOf(std::initializer_list<QByteArrayView> parts)
{
    Checksum sum;
    for (const QByteArrayView part : parts) {
        sum.add(part);
    }
    return sum.value();
}

QByteArrayView bytesOf(const QString &text)
{
    return QByteArrayView(reinterpret_cast<const char *>(text.constData()), text.size() * 2);
}

class Out
{
public:
    // `id` gives a text's index in the string pool (for the configurations' texts, which repeat).
    explicit Out(QByteArray *bytes, std::function<quint32(const QString &)> id = {})
        : m_bytes(bytes)
        , m_id(std::move(id))
    {
    }
    void pooled(const QString &text) { raw(m_id(text)); }
    template<typename T> void raw(const T &value)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        m_bytes->append(reinterpret_cast<const char *>(&value), sizeof value);
    }
    void text(const QString &text)
    {
        raw(quint32(text.size()));
        m_bytes->append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    }
    void time(const QDateTime &time)
    {
        if (!time.isValid()) {
            raw(quint8(NoDate));
            return;
        }
        const Qt::TimeSpec spec = time.timeSpec();
        const DateKind kind = spec == Qt::UTC ? UtcDate
            : spec == Qt::OffsetFromUTC       ? OffsetDate
            : spec == Qt::LocalTime           ? LocalDate
                                              : ZoneDate;
        raw(quint8(kind));
        raw(qint64(time.toMSecsSinceEpoch()));
        if (kind == OffsetDate) {
            raw(qint32(time.offsetFromUtc()));
        } else if (kind == ZoneDate) {
            text(QString::fromUtf8(time.timeZone().id()));
        }
    }
    void json(const QJsonObject &object)
    {
        const QByteArray json = object.isEmpty() ? QByteArray() : QJsonDocument(object).toJson(QJsonDocument::Compact);
        raw(quint32(json.size()));
        m_bytes->append(json);
    }
    void sms(const SmsConfiguration &sms)
    {
        pooled(sms.servicePlanId);
        pooled(sms.campaignId);
        const auto &p = sms.scheduledProvisioning;
        raw(quint8(p ? 1 : 0));
        if (p) {
            pooled(p->servicePlanId);
            pooled(p->campaignId);
            pooled(p->status.wire());
            time(p->lastUpdatedTime);
            raw(quint32(p->errorCodes.size()));
            for (const SmsErrorCode &code : p->errorCodes) {
                pooled(code.wire());
            }
            json(p->extra);
        }
        json(sms.extra);
    }
    void voice(const VoiceConfiguration &voice)
    {
        pooled(voice.type.wire());
        pooled(voice.appId);
        pooled(voice.trunkId);
        pooled(voice.serviceId);
        time(voice.lastUpdatedTime);
        const auto &p = voice.scheduledVoiceProvisioning;
        raw(quint8(p ? 1 : 0));
        if (p) {
            pooled(p->type.wire());
            pooled(p->appId);
            pooled(p->trunkId);
            pooled(p->serviceId);
            pooled(p->status.wire());
            time(p->lastUpdatedTime);
            json(p->extra);
        }
        json(voice.extra);
    }

private:
    QByteArray *m_bytes;
    std::function<quint32(const QString &)> m_id;
};

// Reads with bounds checks: anything past the end, or not as written, clears ok() and yields empty values.
class In
{
public:
    In(const char *begin, const char *end)
        : m_at(begin)
        , m_end(end)
    {
    }
    bool ok() const { return m_ok; }
    const char *position() const { return m_at; }
    void setStrings(const QStringList *strings) { m_strings = strings; }
    QString pooled()
    {
        const auto id = raw<quint32>();
        if (!m_strings || id >= quint32(m_strings->size())) {
            fail();
            return {};
        }
        return m_strings->at(qsizetype(id));
    }
    void fail() { m_ok = false, m_at = m_end; }

    template<typename T> T raw()
    {
        T value{};
        if (m_end - m_at < qsizetype(sizeof value)) {
            fail();
            return value;
        }
        std::memcpy(&value, m_at, sizeof value);
        m_at += sizeof value;
        return value;
    }
    QString text()
    {
        const auto length = raw<quint32>();
        if (quint64(m_end - m_at) < quint64(length) * 2) {
            fail();
            return {};
        }
        if (length == 0) {
            return {};
        }
        QString s(qsizetype(length), Qt::Uninitialized);
        std::memcpy(s.data(), m_at, size_t(length) * 2);
        m_at += qsizetype(length) * 2;
        return s;
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
            return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(text().toUtf8()));
        default:
            fail();
            return {};
        }
    }
    QJsonObject json()
    {
        const auto length = raw<quint32>();
        if (length == 0) {
            return {};
        }
        if (quint64(m_end - m_at) < length) {
            fail();
            return {};
        }
        const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromRawData(m_at, qsizetype(length)));
        m_at += length;
        if (!document.isObject()) {
            fail();
        }
        return document.object();
    }
    bool flag()
    {
        const auto value = raw<quint8>();
        if (value > 1) {
            fail();
        }
        return value == 1;
    }
    SmsConfiguration sms()
    {
        SmsConfiguration s;
        s.servicePlanId = pooled();
        s.campaignId = pooled();
        if (flag()) {
            ScheduledProvisioning p;
            p.servicePlanId = pooled();
            p.campaignId = pooled();
            p.status = ProvisioningStatus::fromWire(pooled());
            p.lastUpdatedTime = time();
            const auto codes = raw<quint32>();
            for (quint32 i = 0; i < codes && ok(); ++i) {
                p.errorCodes.append(SmsErrorCode::fromWire(pooled()));
            }
            p.extra = json();
            s.scheduledProvisioning = std::move(p);
        }
        s.extra = json();
        return s;
    }
    VoiceConfiguration voice()
    {
        VoiceConfiguration v;
        v.type = VoiceType::fromWire(pooled());
        v.appId = pooled();
        v.trunkId = pooled();
        v.serviceId = pooled();
        v.lastUpdatedTime = time();
        if (flag()) {
            ScheduledVoiceProvisioning p;
            p.type = VoiceType::fromWire(pooled());
            p.appId = pooled();
            p.trunkId = pooled();
            p.serviceId = pooled();
            p.status = ProvisioningStatus::fromWire(pooled());
            p.lastUpdatedTime = time();
            p.extra = json();
            v.scheduledVoiceProvisioning = std::move(p);
        }
        v.extra = json();
        return v;
    }

private:
    const char *m_at;
    const char *m_end;
    const QStringList *m_strings = nullptr;
    bool m_ok = true;
};

// Reads `count` entries with `read` into `pool` after its empty entry 0, stopping at the first failure.
template<typename Pool, typename Read>
void readPool(In &in, quint32 count, Pool &pool, Read read)
{
    for (quint32 i = 0; i < count && in.ok(); ++i) {
        pool.push_back(read());
    }
}

} // namespace

QByteArray NumberTable::toImage(ImageOrder order) const
{
    std::vector<int> rows(m_rows.size());
    std::iota(rows.begin(), rows.end(), 0);
    if (order == ImageOrder::ByNumber) {
        std::sort(rows.begin(), rows.end(), [this](int a, int b) {
            const Row &x = m_rows[size_t(a)];
            const Row &y = m_rows[size_t(b)];
            if (x.numberKey >= 0 && y.numberKey >= 0) {
                return x.numberKey < y.numberKey;
            }
            return phone(x).compare(phone(y)) < 0;
        });
    }

    // The configurations first, in their own buffer: their texts join the string pool, which is written before them.
    QStringList strings = m_strings;
    QHash<QString, quint32> ids = m_stringIds;
    QByteArray configurations;
    Out config(&configurations, [&strings, &ids](const QString &text) {
        if (text.isEmpty()) {
            return quint32(0);
        }
        const auto found = ids.constFind(text);
        if (found != ids.cend()) {
            return *found;
        }
        const auto id = quint32(strings.size());
        strings.append(text);
        ids.insert(text, id);
        return id;
    });
    for (size_t i = 1; i < m_smsConfigs.size(); ++i) {
        config.sms(*m_smsConfigs[i]);
    }
    for (size_t i = 1; i < m_voiceConfigs.size(); ++i) {
        config.voice(*m_voiceConfigs[i]);
    }

    QByteArray pools;
    Out out(&pools);
    for (qsizetype i = 1; i < strings.size(); ++i) {
        out.text(strings.at(i));
    }
    for (qsizetype i = 1; i < m_capabilityLists.size(); ++i) {
        const QList<Capability> &list = m_capabilityLists.at(i);
        out.raw(quint32(list.size()));
        for (const Capability &c : list) {
            out.text(c.wire());
        }
    }
    pools.append(configurations);
    quint32 extras = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        if (!m_rows[size_t(rows[i])].hasExtras) {
            continue;
        }
        const RowExtras &e = *m_extras.constFind(rows[i]);
        ++extras;
        out.raw(quint32(i));
        out.json(e.extra);
        out.time(e.nextChargeDate.value_or(QDateTime()));
        out.time(e.expireAt.value_or(QDateTime()));
    }
    pools.append(QByteArray((8 - pools.size() % 8) % 8, '\0'));

    // The text compact (a replaced display name leaves its old text behind in memory), then the records.
    QString text;
    text.reserve(m_text.size());
    QByteArray records(qsizetype(m_rows.size() * sizeof(Record)), Qt::Uninitialized);
    QByteArray numberText;
    QByteArray foldedText;
    for (size_t i = 0; i < rows.size(); ++i) {
        const Row &r = m_rows[size_t(rows[i])];
        appendSearchText(r, numberText, foldedText);
        Record record;
        std::memset(&record, 0, sizeof record);
        record.nextChargeMs = r.nextChargeMs;
        record.expireMs = r.expireMs;
        record.phoneAt = quint32(text.size());
        record.phoneLength = r.phoneLength;
        text += phone(r);
        record.nameAt = quint32(text.size());
        record.nameLength = r.nameLength;
        text += name(r);
        record.projectId = r.projectId;
        record.regionCode = r.regionCode;
        record.type = r.type;
        record.currency = r.currency;
        record.amount = r.amount;
        record.callbackUrl = r.callbackUrl;
        record.capabilities = r.capabilities;
        record.sms = r.sms;
        record.voice = r.voice;
        record.paymentIntervalMonths = r.paymentIntervalMonths;
        record.hasExtras = r.hasExtras ? 1 : 0;
        std::memcpy(records.data() + i * sizeof(Record), &record, sizeof record);
    }

    Header header;
    std::memset(&header, 0, sizeof header);
    header.magic = ImageMagic;
    header.version = ImageVersion;
    header.rows = qint64(m_rows.size());
    header.poolBytes = pools.size();
    header.textChars = text.size();
    header.strings = quint32(strings.size() - 1);
    header.capabilityLists = quint32(m_capabilityLists.size() - 1);
    header.smsConfigs = quint32(m_smsConfigs.size() - 1);
    header.voiceConfigs = quint32(m_voiceConfigs.size() - 1);
    header.extras = extras;
    header.numberTextBytes = numberText.size();
    header.foldedTextBytes = foldedText.size();
    header.contentChecksum = checksumOf({pools, bytesOf(text), records});
    header.searchChecksum = checksumOf({numberText, foldedText});

    QByteArray image;
    image.reserve(qsizetype(sizeof header) + pools.size() + text.size() * 2 + records.size() + numberText.size()
                  + foldedText.size());
    image.append(reinterpret_cast<const char *>(&header), sizeof header);
    image.append(pools);
    image.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    image.append(records);
    image.append(numberText);
    image.append(foldedText);
    return image;
}

std::optional<NumberTable> NumberTable::fromImage(const QByteArray &image)
{
    QBuffer buffer;
    buffer.setData(image);
    if (!buffer.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    return fromImage(&buffer);
}

namespace {

bool readExactly(QIODevice *device, char *to, qint64 bytes)
{
    while (bytes > 0) {
        const qint64 got = device->read(to, bytes);
        if (got <= 0) {
            return false;
        }
        to += got;
        bytes -= got;
    }
    return true;
}

// One search buffer: `bytes` of '\n'-terminated lines, one per row.
bool readLines(QIODevice *device, QByteArray *buffer, qint64 bytes, qint64 rows)
{
    *buffer = QByteArray(qsizetype(bytes), Qt::Uninitialized);
    if (!readExactly(device, buffer->data(), bytes) || (bytes > 0 && buffer->back() != '\n')) {
        return false;
    }
    return buffer->count('\n') == rows;
}

} // namespace

std::optional<NumberTable::SearchText> NumberTable::readSearchText(QIODevice *device, const PendingSearchText &pending)
{
    SearchText text;
    text.revision = pending.revision;
    if (pending.numberTextBytes < 0 || pending.foldedTextBytes < 0
        || !readLines(device, &text.numberText, pending.numberTextBytes, pending.rows)
        || !readLines(device, &text.foldedText, pending.foldedTextBytes, pending.rows)
        || checksumOf({text.numberText, text.foldedText}) != pending.checksum) {
        return std::nullopt;
    }
    return text;
}

std::optional<NumberTable> NumberTable::fromImage(QIODevice *device, bool deferSearchText)
{
    Header header;
    const qint64 available = device->size() - device->pos();
    if (available < qint64(sizeof header) || !readExactly(device, reinterpret_cast<char *>(&header), sizeof header)) {
        return std::nullopt;
    }
    const quint64 size = quint64(available);
    // Every section's size from the header, each bounded by the image before they are added: the sections must
    // fill the image exactly, so a cut or padded image is refused before anything is allocated for it.
    if (header.magic != ImageMagic || header.version != ImageVersion || header.rows < 0 || header.poolBytes < 0
        || header.textChars < 0 || header.poolBytes % 8 != 0 || quint64(header.rows) > size / sizeof(Record)
        || quint64(header.poolBytes) > size || quint64(header.textChars) > size / 2 || header.numberTextBytes < 0
        || header.foldedTextBytes < 0 || quint64(header.numberTextBytes) > size
        || quint64(header.foldedTextBytes) > size
        || sizeof header + quint64(header.poolBytes) + quint64(header.textChars) * 2
                + quint64(header.rows) * sizeof(Record) + quint64(header.numberTextBytes)
                + quint64(header.foldedTextBytes)
            != size
        || header.rows > std::numeric_limits<int>::max() || header.textChars > std::numeric_limits<quint32>::max()) {
        return std::nullopt;
    }
    // Each pooled value takes at least its smallest encoding: larger counts are a lie, never an allocation.
    const quint64 smallest = quint64(header.strings) * 4 + quint64(header.capabilityLists) * 4
        + quint64(header.smsConfigs) * 13 + quint64(header.voiceConfigs) * 22 + quint64(header.extras) * 10;
    if (smallest > quint64(header.poolBytes) || quint64(header.extras) > quint64(header.rows) || header.reserved != 0) {
        return std::nullopt;
    }

    NumberTable table;
    QByteArray pools(qsizetype(header.poolBytes), Qt::Uninitialized);
    if (!readExactly(device, pools.data(), header.poolBytes)) {
        return std::nullopt;
    }
    Checksum content;
    content.add(pools);
    In in(pools.constData(), pools.constData() + pools.size());
    table.m_strings.reserve(qsizetype(header.strings) + 1);
    table.m_capabilityLists.reserve(qsizetype(header.capabilityLists) + 1);
    table.m_smsConfigs.reserve(size_t(header.smsConfigs) + 1);
    table.m_voiceConfigs.reserve(size_t(header.voiceConfigs) + 1);
    readPool(in, header.strings, table.m_strings, [&] { return in.text(); });
    in.setStrings(&table.m_strings);
    readPool(in, header.capabilityLists, table.m_capabilityLists, [&] {
        QList<Capability> list;
        const auto count = in.raw<quint32>();
        for (quint32 i = 0; i < count && in.ok(); ++i) {
            list.append(Capability::fromWire(in.text()));
        }
        return list;
    });
    readPool(in, header.smsConfigs, table.m_smsConfigs, [&] { return std::optional<SmsConfiguration>(in.sms()); });
    readPool(in, header.voiceConfigs, table.m_voiceConfigs,
             [&] { return std::optional<VoiceConfiguration>(in.voice()); });
    qint64 previousExtrasRow = -1;
    for (quint32 i = 0; i < header.extras && in.ok(); ++i) {
        const auto row = in.raw<quint32>();
        RowExtras e;
        e.extra = in.json();
        if (QDateTime t = in.time(); t.isValid()) {
            e.nextChargeDate = std::move(t);
        }
        if (QDateTime t = in.time(); t.isValid()) {
            e.expireAt = std::move(t);
        }
        // In row order, each row once.
        if (qint64(row) >= header.rows || qint64(row) <= previousExtrasRow) {
            in.fail();
        }
        previousExtrasRow = row;
        table.m_extras.insert(int(row), std::move(e));
    }
    const char *poolsEnd = pools.constData() + pools.size();
    if (!in.ok() || poolsEnd - in.position() >= 8 || table.m_strings.size() != qsizetype(header.strings) + 1
        || table.m_capabilityLists.size() != qsizetype(header.capabilityLists) + 1
        || table.m_smsConfigs.size() != size_t(header.smsConfigs) + 1
        || table.m_voiceConfigs.size() != size_t(header.voiceConfigs) + 1
        || std::any_of(in.position(), poolsEnd, [](char pad) { return pad != '\0'; })) {
        return std::nullopt;
    }
    pools = QByteArray();

    // The text goes straight into the table's text.
    table.m_text = QString(qsizetype(header.textChars), Qt::Uninitialized);
    if (!readExactly(device, reinterpret_cast<char *>(table.m_text.data()), header.textChars * 2)) {
        return std::nullopt;
    }
    content.add(bytesOf(table.m_text));

    // What a row derives from its pooled values, once per value.
    std::vector<qint64> priceKeys(size_t(table.m_strings.size()));
    for (size_t i = 0; i < priceKeys.size(); ++i) {
        priceKeys[i] = priceKeyOf(Money{QString(), table.m_strings.at(qsizetype(i))});
    }
    std::vector<quint8> masks(size_t(table.m_capabilityLists.size()));
    for (size_t i = 0; i < masks.size(); ++i) {
        masks[i] = quint8(capabilityMask(table.m_capabilityLists.at(qsizetype(i))));
    }
    std::vector<quint8> smsRanks(table.m_smsConfigs.size());
    for (size_t i = 0; i < smsRanks.size(); ++i) {
        smsRanks[i] = quint8(provisioningRank(table.m_smsConfigs[i], std::nullopt));
    }
    std::vector<quint8> voiceRanks(table.m_voiceConfigs.size());
    for (size_t i = 0; i < voiceRanks.size(); ++i) {
        voiceRanks[i] = quint8(provisioningRank(std::nullopt, table.m_voiceConfigs[i]));
    }

    // The records, a slice at a time through one small buffer.
    const auto stringCount = quint32(table.m_strings.size());
    const auto textChars = quint64(header.textChars);
    const auto inText = [&](quint32 at, quint32 length) { return quint64(at) + length <= textChars; };
    table.m_rows.reserve(size_t(header.rows));
    bool ordered = true;
    qint64 previousKey = -1;
    constexpr qint64 Slice = 1024;
    std::vector<Record> slice(size_t(std::min<qint64>(Slice, header.rows)));
    for (qint64 first = 0; first < header.rows; first += Slice) {
        const qint64 count = std::min<qint64>(Slice, header.rows - first);
        if (!readExactly(device, reinterpret_cast<char *>(slice.data()), count * qint64(sizeof(Record)))) {
            return std::nullopt;
        }
        content.add(QByteArrayView(reinterpret_cast<const char *>(slice.data()), count * qint64(sizeof(Record))));
        for (qint64 k = 0; k < count; ++k) {
            const Record &record = slice[size_t(k)];
            const qint64 i = first + k;
            if (!inText(record.phoneAt, record.phoneLength) || !inText(record.nameAt, record.nameLength)
                || record.projectId >= stringCount || record.regionCode >= stringCount || record.type >= stringCount
                || record.currency >= stringCount || record.amount >= stringCount || record.callbackUrl >= stringCount
                || record.capabilities >= masks.size() || record.sms >= smsRanks.size()
                || record.voice >= voiceRanks.size() || record.hasExtras > 1 || record.reserved != 0
                || (record.hasExtras == 1) != table.m_extras.contains(int(i))) {
                return std::nullopt;
            }
            Row r;
            r.phoneAt = record.phoneAt;
            r.phoneLength = record.phoneLength;
            r.nameAt = record.nameAt;
            r.nameLength = record.nameLength;
            r.numberKey = numberKeyOf(table.phone(r));
            r.priceKey = priceKeys[record.amount];
            r.nextChargeMs = record.nextChargeMs;
            r.expireMs = record.expireMs;
            r.projectId = record.projectId;
            r.regionCode = record.regionCode;
            r.type = record.type;
            r.currency = record.currency;
            r.amount = record.amount;
            r.callbackUrl = record.callbackUrl;
            r.capabilities = record.capabilities;
            r.sms = record.sms;
            r.voice = record.voice;
            r.paymentIntervalMonths = record.paymentIntervalMonths;
            r.capabilityMask = masks[record.capabilities];
            r.provisioningRank = std::max(smsRanks[record.sms], voiceRanks[record.voice]);
            r.hasExtras = record.hasExtras == 1;
            if (r.numberKey < 0) {
                ++table.m_irregularNumbers;
            }
            // Rows in number order are distinct: their index can wait until a number is looked up. Otherwise
            // (an image written as added) the index is built as they come, and a number listed twice is refused.
            if (ordered && r.numberKey > previousKey) {
                previousKey = r.numberKey;
            } else {
                if (ordered) {
                    ordered = false;
                    for (size_t earlier = 0; earlier < table.m_rows.size(); ++earlier) {
                        table.index(table.m_rows[earlier], int(earlier));
                    }
                }
                const qsizetype indexed = table.m_byKey.size() + table.m_byIrregularNumber.size();
                table.index(r, int(i));
                if (table.m_byKey.size() + table.m_byIrregularNumber.size() == indexed) {
                    return std::nullopt; // the same number twice: not a table NumberTable writes
                }
            }
            table.m_rows.push_back(r);
        }
    }
    if (content.value() != header.contentChecksum) {
        return std::nullopt;
    }
    // The search buffers as written (one line per row each), now or by readSearchText().
    if (deferSearchText) {
        table.m_pendingSearchText = {header.numberTextBytes, header.foldedTextBytes, header.rows, table.m_revision,
                                     header.searchChecksum};
        table.m_searchTextDirty = true;
    } else {
        if (!readLines(device, &table.m_numberText, header.numberTextBytes, header.rows)
            || !readLines(device, &table.m_foldedText, header.foldedTextBytes, header.rows)
            || checksumOf({table.m_numberText, table.m_foldedText}) != header.searchChecksum) {
            return std::nullopt;
        }
        table.m_searchTextDirty = false;
    }
    table.m_indexDeferred = ordered;
    table.indexPools();
    return table;
}

} // namespace nd
