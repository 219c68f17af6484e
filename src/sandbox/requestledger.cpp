// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestledger.h"

#include "jsonwriter.h"

#include <QStringList>

namespace nd::sandbox {

namespace {

void writeTally(JsonWriter &w, const RequestLedger::Tally &t)
{
    w.beginObject();
    w.field("received", t.received);
    w.field("refusedBeforeActing", t.refusedBeforeActing);
    w.field("faultedBeforeActing", t.faultedBeforeActing);
    w.field("actedOn", t.actedOn);
    w.field("changedState", t.changedState);
    w.field("droppedAfterCommit", t.droppedAfterCommit);
    w.key("statuses");
    w.beginObject();
    for (auto it = t.statuses.cbegin(); it != t.statuses.cend(); ++it) {
        const QByteArray key = QByteArray::number(it.key());
        w.field(key.constData(), it.value());
    }
    w.endObject();
    w.endObject();
}

} // namespace

void RequestLedger::Tally::add(Outcome outcome, bool changed, bool dropped, int status)
{
    ++received;
    switch (outcome) {
    case Outcome::RefusedBeforeActing:
        ++refusedBeforeActing;
        break;
    case Outcome::FaultedBeforeActing:
        ++faultedBeforeActing;
        break;
    case Outcome::ActedOn:
        ++actedOn;
        changedState += changed;
        droppedAfterCommit += dropped;
        break;
    }
    ++statuses[status];
}

void RequestLedger::record(const QString &operation, const QString &phoneNumber, Outcome outcome, bool changedState,
                           bool droppedAfterCommit, int status)
{
    PerOperation &op = m_operations[operation];
    op.totals.add(outcome, changedState, droppedAfterCommit, status);
    auto it = op.numbers.find(phoneNumber);
    if (it == op.numbers.end()) {
        if (op.numbers.size() >= kMaxNumbersPerOperation) {
            ++m_untracked;
            return;
        }
        it = op.numbers.insert(phoneNumber, Tally());
    }
    it->add(outcome, changedState, droppedAfterCommit, status);
}

void RequestLedger::clear()
{
    m_operations.clear();
    m_untracked = 0;
}

QByteArray RequestLedger::toJson(const QString &operation, const QString &phoneNumber) const
{
    QStringList ops = m_operations.keys();
    ops.sort();
    JsonWriter w;
    w.beginObject();
    w.key("operations");
    w.beginObject();
    for (const QString &name : std::as_const(ops)) {
        if (!operation.isEmpty() && name != operation)
            continue;
        const PerOperation &op = m_operations.value(name);
        w.key(name);
        w.beginObject();
        w.key("totals");
        writeTally(w, op.totals);
        w.key("numbers");
        w.beginObject();
        QStringList numbers = op.numbers.keys();
        numbers.sort();
        for (const QString &n : std::as_const(numbers)) {
            if (!phoneNumber.isEmpty() && n != phoneNumber)
                continue;
            w.key(n);
            writeTally(w, op.numbers.value(n));
        }
        w.endObject();
        w.endObject();
    }
    w.endObject();
    w.field("untrackedNumbers", m_untracked);
    w.endObject();
    return w.take();
}

} // namespace nd::sandbox
