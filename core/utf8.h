#pragma once

#include <QByteArray>
#include <QStringView>

namespace tz {

// UTF-16 to UTF-8 into a buffer the caller reuses. The bulk writes (an import binds a
// dozen texts and builds one JSON object per new row) paid a heap allocation for every
// QString::toUtf8; these append to a QByteArray whose capacity stays from row to row.

// Exactly the bytes QString::toUtf8 gives, a lone surrogate included (Qt writes '?').
void appendUtf8(QByteArray *out, QStringView text);

// A JSON string, quoted and escaped as QJsonDocument writes it (the quote, the backslash
// and control characters; '/' and DEL as they are), a lone surrogate as U+FFFD.
void appendJsonString(QByteArray *out, QStringView text);

} // namespace tz
