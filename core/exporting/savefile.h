#pragma once

#include <QByteArray>
#include <QSaveFile>
#include <QString>

namespace tz {

// Replaces `path` through QSaveFile with bytes made as the export goes, written in pieces to a
// temporary file that takes the place of `path` only at commit(): a failed or interrupted
// export never leaves a half-written file, and a good file already there survives a failed
// one. Nothing is created before the first write; a writer dropped or cancelled before
// commit() leaves `path` as it was.
class AtomicFileWriter
{
public:
    explicit AtomicFileWriter(const QString &path);
    bool write(const QByteArray &bytes); // false once writing failed (see commit)
    QString commit(); // a translated error naming the file, or empty
    void cancel();

private:
    bool fail();

    QString m_path;
    QSaveFile m_file;
    QString m_error;
};

} // namespace tz
