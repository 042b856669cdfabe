#pragma once

#include <QByteArray>
#include <QStringView>

namespace tz {

// UTF-16 to UTF-8 into a buffer the caller reuses. The bulk writes (an import binds a
// dozen texts and builds one JSON object per new row) paid a heap allocation for every
// QString::toUtf8; these append to a QByteArray whose capacity stays from row to row.

// Writes one code point (never a surrogate) as UTF-8 at p, which has room for four bytes;
// returns the next free byte. For encoders that clean or escape as they go.
inline char *putUtf8(char *p, char32_t c)
{
    if (c < 0x80) {
        *p++ = char(c);
    } else if (c < 0x800) {
        *p++ = char(0xc0 | (c >> 6));
        *p++ = char(0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
        *p++ = char(0xe0 | (c >> 12));
        *p++ = char(0x80 | ((c >> 6) & 0x3f));
        *p++ = char(0x80 | (c & 0x3f));
    } else {
        *p++ = char(0xf0 | (c >> 18));
        *p++ = char(0x80 | ((c >> 12) & 0x3f));
        *p++ = char(0x80 | ((c >> 6) & 0x3f));
        *p++ = char(0x80 | (c & 0x3f));
    }
    return p;
}

// Exactly the bytes QString::toUtf8 gives, a lone surrogate included (Qt writes '?').
void appendUtf8(QByteArray *out, QStringView text);

// A JSON string, quoted and escaped as QJsonDocument writes it (the quote, the backslash
// and control characters; '/' and DEL as they are), a lone surrogate as U+FFFD.
void appendJsonString(QByteArray *out, QStringView text);

} // namespace tz
