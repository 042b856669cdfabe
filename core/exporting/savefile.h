#pragma once

#include <QByteArray>
#include <QString>

namespace tz {

// Replaces `path` with `bytes` through QSaveFile: a failed or interrupted export never leaves a
// half-written file, and a good file already there survives a failed one. Returns a translated
// error naming the file, or empty.
QString saveFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace tz
