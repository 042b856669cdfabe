#pragma once

#include "deflatepool.h"

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
// and compressed as they are written (ZipPart, on the DeflatePool's threads); small ones are
// kept whole until commit(), which writes the zip container itself (zipcontainer.h).
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
    DeflatePool m_pool; // before the parts, which wait for their pieces when they go
    std::vector<std::unique_ptr<ZipPart>> m_parts;
    std::vector<Entry> m_entries;
};

} // namespace tz
