#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

// Damages a ledger the way a failing disk or a bad copy does: 8 KB of one byte written over
// the middle of the file, inside the table pages, so the header and schema still read and
// only an integrity check finds it. Returns false when the file cannot be written.
inline bool scribbleOverMiddle(const QString &path, char byte)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
    return f.seek(f.size() / 2) && f.write(QByteArray(8192, byte)) == 8192;
}
