#include "utf8.h"

namespace tz {

namespace {

// Room for `units` code units of perUnit bytes each (three for plain UTF-8, a pair taking
// four for two; six for JSON's \u001f) and two quotes. Returns where writing starts.
char *grow(QByteArray *out, qsizetype units, int perUnit)
{
    const qsizetype at = out->size();
    out->resize(at + units * perUnit + 2);
    return out->data() + at;
}

// The code point at text[*i], advancing past a pair; `lone` for a surrogate without its mate.
inline char32_t codePoint(QStringView text, qsizetype *i, char32_t lone)
{
    const char16_t c = text[*i].unicode();
    if (!QChar::isSurrogate(c))
        return c;
    if (QChar::isHighSurrogate(c) && *i + 1 < text.size() && QChar::isLowSurrogate(text[*i + 1].unicode())) {
        ++*i;
        return QChar::surrogateToUcs4(c, text[*i].unicode());
    }
    return lone;
}

} // namespace

void appendUtf8(QByteArray *out, QStringView text)
{
    char *p = grow(out, text.size(), 3);
    for (qsizetype i = 0; i < text.size(); ++i)
        p = putUtf8(p, codePoint(text, &i, U'?'));
    out->resize(p - out->constData());
}

void appendJsonString(QByteArray *out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    char *p = grow(out, text.size(), 6);
    *p++ = '"';
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char32_t c = codePoint(text, &i, U'\xfffd');
        if (c >= 0x20 && c != '"' && c != '\\') {
            p = putUtf8(p, c);
            continue;
        }
        *p++ = '\\';
        switch (c) {
        case '"': *p++ = '"'; continue;
        case '\\': *p++ = '\\'; continue;
        case '\b': *p++ = 'b'; continue;
        case '\f': *p++ = 'f'; continue;
        case '\n': *p++ = 'n'; continue;
        case '\r': *p++ = 'r'; continue;
        case '\t': *p++ = 't'; continue;
        default: break;
        }
        const char esc[] = { 'u', '0', '0', hex[c >> 4], hex[c & 15] };
        for (char e : esc)
            *p++ = e;
    }
    *p++ = '"';
    out->resize(p - out->constData());
}

} // namespace tz
