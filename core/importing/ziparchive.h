#pragma once

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

    // Streaming: open one entry, then read chunks until an empty chunk.
    bool openEntry(const QString &name);
    // Appends at most maxBytes to *chunk; false on an error or when the budget is exceeded.
    bool readChunk(QByteArray *chunk, qint64 maxBytes = 64 * 1024);
    bool atEnd() const { return m_entryAtEnd; }
    void closeEntry();

private:
    bool fail(const QString &message);
    QString tooLarge(qint64 limit) const;

    QString m_path;
    zip *m_zip = nullptr;
    zip_file *m_entry = nullptr;
    QString m_entryName;
    bool m_entryAtEnd = true;
    qint64 m_entryBytes = 0;
    qint64 m_totalBytes = 0;
    QHash<QString, qint64> m_index;
    QString m_error;
};

// Normalises a part name the way ZipArchive matches it.
QString normalizedPartName(const QString &name);

} // namespace tz
