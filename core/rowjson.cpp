#include "rowjson.h"

#include "utf8.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <array>
#include <vector>

namespace tz {

namespace {

struct Key
{
    int column;
    QByteArray prefix; // "name": as it is written before the value
};

// Each entity's columns in the order of their names, with their keys written out, once.
const std::vector<Key> &sortedKeys(Entity e)
{
    static const auto orders = [] {
        std::array<std::vector<Key>, EntityCount> all;
        for (Entity entity : allEntities()) {
            const auto &cols = entityDef(entity).columns;
            std::vector<int> order;
            for (int i = 0; i < int(cols.size()); ++i)
                order.push_back(i);
            std::sort(order.begin(), order.end(), [&cols](int a, int b) {
                return QString::fromLatin1(cols[size_t(a)].name) < QString::fromLatin1(cols[size_t(b)].name);
            });
            for (const int i : order) {
                QByteArray prefix;
                appendJsonString(&prefix, QString::fromLatin1(cols[size_t(i)].name));
                prefix += ':';
                all[size_t(entity)].push_back({ i, prefix });
            }
        }
        return all;
    }();
    return orders[size_t(e)];
}

// Digits of an integer, as QString::number writes them.
void appendInteger(QByteArray *out, qint64 value)
{
    char digits[24];
    char *p = digits + sizeof digits;
    quint64 a = value < 0 ? 0 - quint64(value) : quint64(value);
    do {
        *--p = char('0' + a % 10);
        a /= 10;
    } while (a);
    if (value < 0)
        *--p = '-';
    out->append(p, digits + sizeof digits - p);
}

} // namespace

void appendRowJson(QByteArray *out, Entity e, const Row &row)
{
    const auto &cols = entityDef(e).columns;
    out->append('{');
    bool first = true;
    for (const Key &key : sortedKeys(e)) {
        const QVariant &v = row.values.at(key.column);
        if (!v.isValid() || v.isNull())
            continue; // plainText() is empty: the key is left out
        const ColumnDef &c = cols[size_t(key.column)];
        const bool money = c.type == ColumnType::Money || c.type == ColumnType::Decimal;
        // The common stored forms by hand; anything else as plainText() gives it.
        const QString *text = !money && v.typeId() == QMetaType::QString ? static_cast<const QString *>(v.constData()) : nullptr;
        const bool integer = !money && v.typeId() == QMetaType::LongLong;
        const QString other = text || integer || money ? QString() : plainText(c, v);
        if ((text && text->isEmpty()) || (!text && !integer && !money && other.isEmpty()))
            continue;
        if (!first)
            out->append(',');
        first = false;
        out->append(key.prefix);
        if (money) {
            // Money::toString: "-1234.50", quoted.
            const qint64 cents = v.toLongLong();
            const quint64 a = cents < 0 ? 0 - quint64(cents) : quint64(cents);
            out->append('"');
            if (cents < 0)
                out->append('-');
            appendInteger(out, qint64(a / 100));
            const char fraction[] = { '.', char('0' + a % 100 / 10), char('0' + a % 10), '"' };
            out->append(fraction, 4);
        } else if (integer) {
            out->append('"');
            appendInteger(out, v.toLongLong());
            out->append('"');
        } else {
            appendJsonString(out, text ? QStringView(*text) : QStringView(other));
        }
    }
    out->append('}');
}

QString rowJson(Entity e, const Row &row)
{
    QByteArray utf8;
    utf8.reserve(256);
    appendRowJson(&utf8, e, row);
    return QString::fromUtf8(utf8);
}

QString rowJsonSummary(Entity e, const QString &json)
{
    if (!json.startsWith(u'{'))
        return json;
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return json;
    const QJsonObject object = doc.object();
    const auto &cols = entityDef(e).columns;
    QStringList parts;
    for (int i = 0; i < int(cols.size()); ++i) {
        const ColumnDef &c = cols[size_t(i)];
        const QJsonValue value = object.value(QLatin1String(c.name));
        if (c.type == ColumnType::Ref || !value.isString() || value.toString().isEmpty())
            continue;
        QString text = value.toString();
        if (c.type == ColumnType::Money || c.type == ColumnType::Decimal) {
            QString unused;
            const QVariant stored = toStorage(c, text, &unused);
            if (stored.isValid())
                text = displayText(c, stored);
        }
        parts << QCoreApplication::translate("tz::history", "%1：%2").arg(columnLabel(e, i), text);
    }
    return parts.join(QCoreApplication::translate("tz::history", "；"));
}

} // namespace tz
