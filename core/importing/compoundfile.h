#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <functional>
#include <optional>
#include <vector>

namespace tz {

// An OLE compound file (MS-CFB) read the way FreeXL 1.0.6 reads one, for the .xls guard
// (xlsfootprint.h): not a general reader. Where FreeXL does something the format does not say
// (it loads every DIFAT slot that is not free, whatever the header's count of FAT sectors; it
// reads a small workbook from the start of the mini stream, not along the mini FAT) this does
// the same, and where FreeXL releases differ it offers each reading.
class CompoundFile
{
public:
    // `data` stays owned by the caller and must outlive this object.
    CompoundFile(const uchar *data, qint64 size) : m_data(data), m_size(size) { }

    // False when the header is not one FreeXL reads (byte order, sector size).
    bool open();

    // Calls `measure` with every reading of the workbook stream ("Workbook" or "Book") FreeXL
    // might take, one at a time. False when the file is damaged in a way that could hide what
    // FreeXL reads: no such stream, a sector chain that loops, leaves the file or runs past the
    // FAT before the stream's size. Stops early, false, when `measure` says false.
    bool forEachWorkbookReading(const std::function<bool(const QByteArray &)> &measure) const;

private:
    quint16 u16(qint64 at) const;
    quint32 u32(qint64 at) const;
    // Where a sector starts, or -1 when it lies (even partly) outside the file.
    qint64 sectorOffset(quint32 sector) const;
    // Follows the FAT from `start` for at most `size` bytes; a chain that ends (ENDOFCHAIN)
    // before is the end of the stream, as it is for FreeXL.
    std::optional<QByteArray> regularStream(quint32 start, quint32 size) const;
    // Along the mini FAT, from the mini stream held in `container`.
    std::optional<QByteArray> miniChain(const QByteArray &container, quint32 start, quint32 size) const;

    const uchar *m_data;
    qint64 m_size;
    qint64 m_sectorBytes = 512;
    quint32 m_miniCutoff = 4096;
    quint32 m_directoryStart = 0;
    quint32 m_miniFatStart = 0;
    quint32 m_miniFatSectors = 0;
    std::vector<quint32> m_fat;
};

} // namespace tz
