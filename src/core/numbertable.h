// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apitypes.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QStringView>

class QIODevice;

#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace nd {

// A compact table of active numbers, for inventories of 100,000 numbers and more: the Active tab's rows and the
// mirror's image (the file beside the mirror that the app starts from) are this one structure.
//
// Each row keeps its number and display name (in one text shared by all rows), integer sort keys (number digits, price in micro-units, dates in ms)
// and indexes into pools of the values many rows share (project, region, type, currency, amount, callback URL,
// capability lists, SMS and voice configurations); the rare leftovers (unknown JSON keys, dates with a non-UTC time
// spec) live out of line. number() rebuilds the full ActiveNumber, equal to the one added. The searchable text (the
// number; the case-folded display name) is kept in contiguous buffers, so a find scans 100,000 rows in a few ms.
//
// toImage() writes the table as it is in memory: the pools, then one fixed-size record per row, then the rows'
// text. fromImage() reads it back without building any ActiveNumber or interning anything, which is what lets the
// window show 100,000 numbers a moment after it starts. An image is native-endian; a cut, padded, damaged or
// foreign one is refused whole.
//
// A value type: moved between threads (built on a worker, handed to the GUI thread), never shared.
class NumberTable final
{
public:
    // Fields that are rare in practice; a row points to one only when it has some.
    struct RowExtras
    {
        QJsonObject extra;                       // unknown JSON keys
        std::optional<QDateTime> nextChargeDate; // kept as is when not UTC
        std::optional<QDateTime> expireAt;
    };
    struct Row
    {
        qint64 numberKey = -1;   // digits of "+digits" in string order, -1 when the number is not like that
        qint64 priceKey = 0;     // monthly price in micro-units; minimum when it does not parse
        qint64 nextChargeMs = 0; // noDate() when unset
        qint64 expireMs = 0;
        quint32 phoneAt = 0; // the number and the display name, in UTF-16 units into the table's text
        quint32 phoneLength = 0;
        quint32 nameAt = 0;
        quint32 nameLength = 0;
        quint32 projectId = 0; // indexes into the string pool
        quint32 regionCode = 0;
        quint32 type = 0;
        quint32 currency = 0;
        quint32 amount = 0;
        quint32 callbackUrl = 0;
        quint32 capabilities = 0; // index into the capability lists (0: none)
        quint32 sms = 0;          // index into the SMS configurations (0: none)
        quint32 voice = 0;        // index into the voice configurations (0: none)
        qint32 paymentIntervalMonths = 0;
        quint8 capabilityMask = 0;   // 1 SMS, 2 voice, 4 other
        quint8 provisioningRank = 0; // 0 nothing pending, 1 waiting, 2 in progress, 3 failed
        bool hasExtras = false;      // RowExtras kept for this row
    };
    static constexpr qint64 noDate() { return std::numeric_limits<qint64>::min(); }

    NumberTable();
    // A moved-from table is an empty table, ready for use.
    NumberTable(NumberTable &&other);
    NumberTable &operator=(NumberTable &&other);
    ~NumberTable();
    Q_DISABLE_COPY(NumberTable)

    qsizetype size() const { return qsizetype(m_rows.size()); }
    bool isEmpty() const { return m_rows.empty(); }
    const Row &row(qsizetype row) const { return m_rows[size_t(row)]; }
    int rowOf(const QString &e164) const;
    // A row's number and display name, as views into the table's text (valid until the table changes).
    QStringView phone(const Row &row) const { return QStringView(m_text).mid(row.phoneAt, row.phoneLength); }
    QStringView name(const Row &row) const { return QStringView(m_text).mid(row.nameAt, row.nameLength); }
    ActiveNumber number(qsizetype row) const;
    // Rows whose number is not "+" and 1 to 17 digits (numberKey -1): ties then compare the strings.
    int irregularNumbers() const { return m_irregularNumbers; }

    const QString &text(quint32 id) const { return m_strings.at(id); }
    qsizetype textCount() const { return m_strings.size(); }
    const QList<Capability> &capabilityList(quint32 id) const { return m_capabilityLists.at(id); }
    const std::optional<SmsConfiguration> &sms(quint32 id) const { return m_smsConfigs[id]; }
    const std::optional<VoiceConfiguration> &voice(quint32 id) const { return m_voiceConfigs[id]; }

    // Adds a number that is not listed yet (rowOf() is -1); returns its row.
    int append(const ActiveNumber &number);
    // Replaces the number in `row` with `number` (the same phone number).
    void replace(qsizetype row, const ActiveNumber &number);
    // Stops keeping the search buffers as rows are added: they are built on first use (for a table that is only
    // written out as an image).
    void deferSearchText() const;

    // The search buffers, one '\n'-terminated line per row: the number as UTF-8; the case-folded display name.
    // Kept up to date as rows are added, rebuilt on first use after a row's text changed.
    const QByteArray &numberText() const;
    const QByteArray &foldedText() const;

    // Rows in the order they were added, or sorted by number (what the Active tab shows first, so a table read back
    // needs no sort to be shown).
    enum class ImageOrder { AsAdded, ByNumber };
    QByteArray toImage(ImageOrder order = ImageOrder::AsAdded) const;
    static std::optional<NumberTable> fromImage(const QByteArray &image);
    // The same from `device`, from its position to its end, read section by section: no copy of the whole image.
    // With `deferSearchText`, the search buffers (the image's last sections) are left in `device`: the table can be
    // shown first, and readSearchText() reads them after (or the table builds them itself on first use).
    static std::optional<NumberTable> fromImage(QIODevice *device, bool deferSearchText = false);

    struct SearchText
    {
        QByteArray numberText;
        QByteArray foldedText;
        quint64 revision = 0; // of the table they were read for
    };
    struct PendingSearchText
    {
        qint64 numberTextBytes = -1; // -1: nothing pending
        qint64 foldedTextBytes = -1;
        qint64 rows = 0;
        quint64 revision = 0;
        quint64 checksum = 0;
    };
    // What fromImage(device, true) left to read; take it before the table moves on.
    PendingSearchText pendingSearchText() const { return m_pendingSearchText; }
    // Reads `pending` from `device` (where fromImage left it): one line per row in each buffer, or nothing.
    static std::optional<SearchText> readSearchText(QIODevice *device, const PendingSearchText &pending);
    // Takes buffers read for this table, unless a row changed since or the table built its own.
    bool adoptSearchText(SearchText text);
    // Raised by every append() and replace().
    quint64 revision() const { return m_revision; }
    static constexpr quint32 ImageMagic = 0x4E44494D; // "NDIM"
    static constexpr quint32 ImageVersion = 3;

private:
    void swap(NumberTable &other) noexcept;
    Row makeRow(const ActiveNumber &number); // interns its pooled values; the caller places its text and extras
    quint32 intern(const QString &text);
    quint32 internCapabilities(const QList<Capability> &capabilities);
    quint32 internSms(const std::optional<SmsConfiguration> &sms);
    quint32 internVoice(const std::optional<VoiceConfiguration> &voice);
    void appendSearchText(const Row &row, QByteArray &numberText, QByteArray &foldedText) const;
    void rebuildSearchText() const;
    void indexPools(); // the pools' hashes, from the pools (after fromImage)

    void index(const Row &row, int at) const;
    void ensureIndex() const; // builds the number index when it was deferred (fromImage of a sorted image)
    quint32 appendText(const QString &text);

    std::vector<Row> m_rows;
    // Every row's number and display name, one after the other: no allocation per row. A replaced display name is
    // appended; toImage() writes the text compact.
    QString m_text;
    QHash<int, RowExtras> m_extras;         // by row
    // The number index; fromImage() defers it when the rows are in number order (that proved them distinct).
    mutable QHash<qint64, int> m_byKey;             // rows by numberKey
    mutable QHash<QString, int> m_byIrregularNumber; // rows whose number has no numberKey
    mutable bool m_indexDeferred = false;
    int m_irregularNumbers = 0;
    // Pools of shared values; index 0 is the empty value.
    QStringList m_strings;
    QHash<QString, quint32> m_stringIds;
    QList<QList<Capability>> m_capabilityLists;
    QMultiHash<size_t, quint32> m_capabilityIds; // by hash of the list
    std::vector<std::optional<SmsConfiguration>> m_smsConfigs;
    QMultiHash<size_t, quint32> m_smsIds; // by hash of the fields
    std::vector<std::optional<VoiceConfiguration>> m_voiceConfigs;
    QMultiHash<size_t, quint32> m_voiceIds;
    mutable QByteArray m_numberText;
    mutable QByteArray m_foldedText;
    mutable bool m_searchTextDirty = false;
    PendingSearchText m_pendingSearchText;
    quint64 m_revision = 0;
};

} // namespace nd
