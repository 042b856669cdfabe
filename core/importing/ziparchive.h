#pragma once

#include "readahead.h"

#include <QHash>
#include <QString>

#include <memory>

struct zip;
struct zip_file;

namespace tz {

// A read-only zip archive on libzip (QuaZip must not be used: see PITFALLS), with a budget of
// inflated bytes: every byte read is counted against limits::MaxInflatedBytes for the whole
// archive and limits::MaxEntryBytes for one entry. Sizes declared in the zip directory are
// checked up front, but libzip reads past a declared size that lies, so the counting is what
// actually stops a zip bomb.
class ZipArchive
{
public:
    ZipArchive();
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    // On failure, error() says why in Chinese, naming the file.
    bool open(const QString &path);
    QString error() const { return m_error; }

    // Entry names are matched after turning backslashes into slashes, dropping a leading
    // slash and ignoring case, as Excel does for package part names.
    bool contains(const QString &name) const;

    // Reads a whole (small) entry, within the budget.
    bool readAll(const QString &name, QByteArray *data);

    // Streaming: open one entry, then read chunks until an empty chunk. With aheadChunkBytes,
    // an entry larger than one such chunk is inflated on another thread, that many bytes at a
    // time and two chunks ahead of readChunk (a worksheet's inflating then costs the reading
    // thread nothing); the chunks, the end and any error come to readChunk as they would
    // without, and closeEntry() stops that thread.
    bool openEntry(const QString &name, qint64 aheadChunkBytes = 0);
    // Appends at most maxBytes to *chunk (aheadChunkBytes when the entry is read ahead); false
    // on an error or when the budget is exceeded.
    bool readChunk(QByteArray *chunk, qint64 maxBytes = 64 * 1024);
    bool atEnd() const { return m_entryAtEnd; }
    void closeEntry();

private:
    bool fail(const QString &message);
    QString tooLarge(qint64 limit) const;
    // One chunk of the open entry, counted against the budget. Touches only the entry and the
    // counts, which the read-ahead thread alone uses while it runs.
    ReadAhead::Result inflate(QByteArray *chunk, qint64 maxBytes, QString *error);

    QString m_path;
    zip *m_zip = nullptr;
    zip_file *m_entry = nullptr;
    QString m_entryName;
    bool m_entryAtEnd = true;
    qint64 m_entryBytes = 0;
    qint64 m_totalBytes = 0;
    std::unique_ptr<ReadAhead> m_ahead; // while an entry is read ahead; before m_entry closes
    QHash<QString, qint64> m_index;
    QString m_error;
};

// Normalises a part name the way ZipArchive matches it.
QString normalizedPartName(const QString &name);

} // namespace tz
