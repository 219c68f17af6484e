// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The hot paths of the inventory: pages of GET /activeNumbers, up to 1,000 numbers each, and the numbers of the
// local mirror (one JSON document each, 100,000 of them when the app starts). They are read
// with simdjson's DOM parser through the same reading rules as every other answer (jsonreader_p.h), which is
// several times faster than QJsonDocument (bench/parsebench.cpp measures both). Anything simdjson refuses (bad
// JSON, invalid UTF-8, numbers out of range, an empty body, a top level that is not an object) is read again by
// the QJsonDocument path, so errors and edge cases are exactly those of the reference parser.

#include "jsonparsers.h"
#include "jsonreader_p.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <simdjson.h>

#include <string_view>

namespace nd::json {

namespace {

namespace dom = simdjson::dom;

// QString::fromUtf8 drops a byte-order mark at the start of a string, where the reference parser keeps the
// escaped one ("\ufeff..."); rather than copy that, a document with such a string is read by the reference parser.
// Raw U+FEFF bytes inside a document send it there before simdjson sees it (innerByteOrderMark).
thread_local bool t_leadingBom = false;

QString qstring(std::string_view text)
{
    if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) {
        t_leadingBom = true;
    }
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

struct SimdBackend
{
    struct Value
    {
        dom::element element;
        bool present = false;
    };
    using Object = dom::object;

    static Value member(const Object &o, const char *key)
    {
        // The last member of that name, as QJsonObject keeps it.
        Value v;
        const std::string_view wanted(key);
        for (const dom::key_value_pair field : o) {
            if (field.key == wanted) {
                v.element = field.value;
                v.present = true;
            }
        }
        return v;
    }
    static qsizetype size(const Object &o) { return qsizetype(o.size()); }
    static bool isUndefined(const Value &v) { return !v.present; }
    static bool isNull(const Value &v) { return v.present && v.element.is_null(); }
    static bool isString(const Value &v) { return v.present && v.element.is_string(); }
    static bool isNumber(const Value &v) { return v.present && v.element.is_number(); }
    static bool isBool(const Value &v) { return v.present && v.element.is_bool(); }
    static bool isArray(const Value &v) { return v.present && v.element.is_array(); }
    static bool isObject(const Value &v) { return v.present && v.element.is_object(); }
    static QString string(const Value &v) { return qstring(v.element.get_string().value_unsafe()); }
    static double number(const Value &v) { return v.element.get_double().value_unsafe(); }
    static bool boolean(const Value &v) { return v.element.get_bool().value_unsafe(); }
    static Object object(const Value &v) { return v.element.get_object().value_unsafe(); }

    static QJsonValue toQt(const Value &v) { return v.present ? toQt(v.element) : QJsonValue(QJsonValue::Undefined); }
    static QJsonValue toQt(dom::element e)
    {
        switch (e.type()) {
        case dom::element_type::ARRAY: {
            QJsonArray array;
            const dom::array items = e.get_array().value_unsafe(); // a copy: the result object is a temporary
            for (const dom::element item : items) {
                array.append(toQt(item));
            }
            return array;
        }
        case dom::element_type::OBJECT: {
            QJsonObject object;
            const dom::object fields = e.get_object().value_unsafe();
            for (const dom::key_value_pair field : fields) {
                object.insert(qstring(field.key), toQt(field.value));
            }
            return object;
        }
        case dom::element_type::INT64:
            return QJsonValue(qint64(e.get_int64().value_unsafe()));
        case dom::element_type::UINT64:
            return QJsonValue(double(e.get_uint64().value_unsafe()));
        case dom::element_type::DOUBLE:
            return QJsonValue(e.get_double().value_unsafe());
        case dom::element_type::STRING:
            return QJsonValue(qstring(e.get_string().value_unsafe()));
        case dom::element_type::BOOL:
            return QJsonValue(e.get_bool().value_unsafe());
        case dom::element_type::NULL_VALUE:
            break;
        }
        return QJsonValue(QJsonValue::Null);
    }
    static qsizetype arraySize(const Value &v) { return qsizetype(v.element.get_array().value_unsafe().size()); }
    template<typename F> static void forEachItem(const Value &v, F f)
    {
        const dom::array items = v.element.get_array().value_unsafe();
        for (const dom::element item : items) {
            f(Value{item, true});
        }
    }
    template<typename F> static void forEachMember(const Object &o, F f)
    {
        for (const dom::key_value_pair field : o) {
            f(qstring(field.key), Value{field.value, true});
        }
    }
};

// One parser per thread: it keeps its buffers between pages (a page of 1,000 numbers is about half a megabyte).
dom::parser &threadParser()
{
    thread_local dom::parser parser;
    return parser;
}

} // namespace

Result<ActiveNumbersPage> parseActiveNumbersPage(const QByteArray &body)
{
    if (detail::innerByteOrderMark(body) >= 0) {
        return detail::parseActiveNumbersPageQt(body);
    }
    dom::parser &parser = threadParser();
    // realloc_if_needed: simdjson reads a little past the end, so it copies the body into a padded buffer.
    const simdjson::simdjson_result<dom::element> root = parser.parse(body.constData(), size_t(body.size()), true);
    if (root.error() != simdjson::SUCCESS || !root.value_unsafe().is_object()) {
        return detail::parseActiveNumbersPageQt(body);
    }
    const dom::object object = root.value_unsafe().get_object().value_unsafe();
    t_leadingBom = false;
    Result<ActiveNumbersPage> page =
        detail::readActiveNumbersPage<SimdBackend>(object, [](const SimdBackend::Value &item) {
            const std::string text = simdjson::minify(item.element);
            return QByteArray(text.data(), qsizetype(text.size()));
        });
    return t_leadingBom ? detail::parseActiveNumbersPageQt(body) : page;
}

Result<ActiveNumber> parseActiveNumber(const QByteArray &body)
{
    if (detail::innerByteOrderMark(body) >= 0) {
        return detail::parseActiveNumberQt(body);
    }
    dom::parser &parser = threadParser();
    const simdjson::simdjson_result<dom::element> root = parser.parse(body.constData(), size_t(body.size()), true);
    if (root.error() != simdjson::SUCCESS || !root.value_unsafe().is_object()) {
        return detail::parseActiveNumberQt(body);
    }
    const dom::object object = root.value_unsafe().get_object().value_unsafe();
    t_leadingBom = false;
    Result<ActiveNumber> number = detail::readActiveNumber<SimdBackend>(object);
    return t_leadingBom ? detail::parseActiveNumberQt(body) : number;
}

} // namespace nd::json
