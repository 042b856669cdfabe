#pragma once

#include <QSaveFile>
#include <QString>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace tz {

class ZipPart;

// A zip package (an .xlsx) written to `path` through QSaveFile: the file is replaced only by a
// complete package, and a failed export leaves whatever was there. Large parts are streamed
// and compressed as they are written (ZipPart); small ones are kept whole until commit().
// Entries are written in the order they were added, except that [Content_Types].xml and
// _rels/.rels go first, where tools that sniff a file's type (file(1)) look for them.
class ZipPackage
{
public:
    // Opens the file at once, so that an unwritable path fails before any work is done.
    explicit ZipPackage(const QString &path);
    ~ZipPackage();
    ZipPackage(const ZipPackage &) = delete;
    ZipPackage &operator=(const ZipPackage &) = delete;

    // Translated; empty while all is well.
    QString error() const { return m_error; }

    ZipPart &beginPart(const std::string &name);
    void addPart(const std::string &name, std::string bytes);

    // Waits for the compressions and writes the file. Returns the translated error, or empty;
    // on an error nothing is written.
    QString commit();

    // For the libzip write-source callback.
    int64_t sourceCommand(void *data, uint64_t length, int command);

private:
    struct Entry
    {
        std::string name;
        std::string bytes; // a small part
        ZipPart *part = nullptr; // or a streamed one
    };

    QString writeError(const QString &why) const;
    QString assemble();

    QString m_path;
    QSaveFile m_file;
    QString m_error;
    QString m_fileError; // what QSaveFile said when libzip's write failed
    int m_zipError = 0; // the error the write source reports to libzip
    int m_systemError = 0;
    std::vector<std::unique_ptr<ZipPart>> m_parts;
    std::vector<Entry> m_entries;
};

} // namespace tz
