#include "rowjson.h"

#include <algorithm>
#include <array>
#include <vector>

namespace tz {

namespace {

// Column indexes of each entity in the order of their names, computed once.
const std::vector<int> &sortedColumns(Entity e)
{
    static const auto orders = [] {
        std::array<std::vector<int>, EntityCount> all;
        for (Entity entity : allEntities()) {
            const auto &cols = entityDef(entity).columns;
            std::vector<int> &order = all[size_t(entity)];
            for (int i = 0; i < int(cols.size()); ++i)
                order.push_back(i);
            std::sort(order.begin(), order.end(), [&cols](int a, int b) {
                return QString::fromLatin1(cols[size_t(a)].name) < QString::fromLatin1(cols[size_t(b)].name);
            });
        }
        return all;
    }();
    return orders[size_t(e)];
}

// JSON string escapes as QJsonDocument writes them: the quote, the backslash and control
// characters; everything else as it is. A lone surrogate becomes U+FFFD, as Qt's UTF-8 does.
void appendString(QString *out, QStringView s)
{
    static const char hex[] = "0123456789abcdef";
    out->append(u'"');
    qsizetype plain = 0; // start of the run of characters that need no escape
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        const bool pair = QChar::isHighSurrogate(c) && i + 1 < s.size() && QChar::isLowSurrogate(s[i + 1].unicode());
        if (pair) {
            ++i;
            continue;
        }
        if (c >= 0x20 && c != u'"' && c != u'\\' && !QChar::isSurrogate(c))
            continue;
        out->append(s.mid(plain, i - plain));
        plain = i + 1;
        switch (c) {
        case u'"': out->append(u"\\\""); continue;
        case u'\\': out->append(u"\\\\"); continue;
        case u'\b': out->append(u"\\b"); continue;
        case u'\f': out->append(u"\\f"); continue;
        case u'\n': out->append(u"\\n"); continue;
        case u'\r': out->append(u"\\r"); continue;
        case u'\t': out->append(u"\\t"); continue;
        default: break;
        }
        if (QChar::isSurrogate(c)) {
            out->append(QChar(QChar::ReplacementCharacter));
        } else {
            const char16_t esc[] = { u'\\', u'u', u'0', u'0', char16_t(hex[c >> 4]), char16_t(hex[c & 15]) };
            out->append(QStringView(esc, 6));
        }
    }
    out->append(s.mid(plain));
    out->append(u'"');
}

} // namespace

QString rowJson(Entity e, const Row &row)
{
    const auto &cols = entityDef(e).columns;
    QString out;
    out.reserve(256);
    out.append(u'{');
    bool first = true;
    for (const int i : sortedColumns(e)) {
        const QString v = plainText(cols[size_t(i)], row.values.at(i));
        if (v.isEmpty())
            continue;
        if (!first)
            out.append(u',');
        first = false;
        appendString(&out, QString::fromLatin1(cols[size_t(i)].name));
        out.append(u':');
        appendString(&out, v);
    }
    out.append(u'}');
    return out;
}

} // namespace tz
