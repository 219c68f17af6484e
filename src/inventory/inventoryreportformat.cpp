// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventoryreportformat.h"

#include <QJsonArray>

namespace nd::InventoryReportFormat {

namespace {

QJsonObject amounts(const CurrencySums &sums)
{
    QJsonObject out;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        out.insert(it.key(), it.value().toString(2));
    }
    return out;
}

QByteArray csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace('"', "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

class CsvWriter
{
public:
    enum Column { Section, Region, Type, Month, Currency, Count, Amount, Number, Detail, ColumnCount };

    CsvWriter()
    {
        m_out = "section,regionCode,type,month,currency,count,amount,phoneNumber,detail\n";
    }
    void row(const QString (&cells)[ColumnCount])
    {
        for (int i = 0; i < ColumnCount; ++i) {
            if (i > 0) {
                m_out += ',';
            }
            m_out += csvField(cells[i]);
        }
        m_out += "\n";
    }
    void amounts(const QString &section, const CurrencySums &sums, const QString &region = {},
                 const QString &type = {}, const QString &month = {}, const QString &count = {})
    {
        for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
            row({section, region, type, month, it.key(), count, it.value().toString(2), {}, {}});
        }
    }
    void numbers(const QString &section, const QStringList &list)
    {
        for (const QString &n : list) {
            row({section, {}, {}, {}, {}, {}, {}, n, {}});
        }
    }
    QByteArray result() const { return m_out; }

private:
    QByteArray m_out;
};

} // namespace

QString monthKey(const QDate &month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

QJsonObject toJson(const InventoryReport &report)
{
    QJsonObject out;
    out.insert(QStringLiteral("asOf"), report.asOf.toString(Qt::ISODateWithMs));
    out.insert(QStringLiteral("total"), report.total);
    out.insert(QStringLiteral("releasing"), report.releasing);
    out.insert(QStringLiteral("runRate"), amounts(report.runRate));
    out.insert(QStringLiteral("releasingRunRate"), amounts(report.releasingRunRate));
    QJsonArray groups;
    for (const InventoryReport::Group &g : report.groups) {
        groups.append(QJsonObject{{QStringLiteral("regionCode"), g.regionCode},
                                  {QStringLiteral("type"), g.type.wire()},
                                  {QStringLiteral("count"), g.count},
                                  {QStringLiteral("runRate"), amounts(g.runRate)}});
    }
    out.insert(QStringLiteral("groups"), groups);
    QJsonArray months;
    for (const InventoryReport::Month &m : report.dueByMonth) {
        months.append(QJsonObject{{QStringLiteral("month"), monthKey(m.month)},
                                  {QStringLiteral("amount"), amounts(m.amount)}});
    }
    out.insert(QStringLiteral("dueByMonth"), months);
    QJsonObject attention;
    attention.insert(QStringLiteral("provisioningFailed"), QJsonArray::fromStringList(report.failedNumbers()));
    attention.insert(QStringLiteral("provisioningPending"), QJsonArray::fromStringList(report.provisioningPending));
    attention.insert(QStringLiteral("unconfigured"), QJsonArray::fromStringList(report.unconfigured));
    attention.insert(QStringLiteral("releasingSoon"), QJsonArray::fromStringList(report.releasingSoon));
    out.insert(QStringLiteral("attention"), attention);
    out.insert(QStringLiteral("unpriced"), QJsonArray::fromStringList(report.unpriced));
    return out;
}

QByteArray toCsv(const InventoryReport &report)
{
    CsvWriter csv;
    csv.row({QStringLiteral("total"), {}, {}, {}, {}, QString::number(report.total), {}, {}, {}});
    csv.amounts(QStringLiteral("runRate"), report.runRate);
    csv.row({QStringLiteral("releasing"), {}, {}, {}, {}, QString::number(report.releasing), {}, {}, {}});
    csv.amounts(QStringLiteral("releasingRunRate"), report.releasingRunRate);
    for (const InventoryReport::Group &g : report.groups) {
        if (g.runRate.isEmpty()) {
            csv.row({QStringLiteral("group"), g.regionCode, g.type.wire(), {}, {}, QString::number(g.count), {}, {},
                     {}});
        }
        csv.amounts(QStringLiteral("group"), g.runRate, g.regionCode, g.type.wire(), {}, QString::number(g.count));
    }
    for (const InventoryReport::Month &m : report.dueByMonth) {
        if (m.amount.isEmpty()) {
            csv.row({QStringLiteral("dueByMonth"), {}, {}, monthKey(m.month), {}, {}, {}, {}, {}});
        }
        csv.amounts(QStringLiteral("dueByMonth"), m.amount, {}, {}, monthKey(m.month));
    }
    for (const InventoryReport::Failure &f : report.provisioningFailed) {
        csv.row({QStringLiteral("provisioningFailed"), {}, {}, {}, {}, {}, {}, f.phoneNumber, f.description()});
    }
    csv.numbers(QStringLiteral("provisioningPending"), report.provisioningPending);
    csv.numbers(QStringLiteral("unconfigured"), report.unconfigured);
    csv.numbers(QStringLiteral("releasingSoon"), report.releasingSoon);
    csv.numbers(QStringLiteral("unpriced"), report.unpriced);
    return csv.result();
}

} // namespace nd::InventoryReportFormat
