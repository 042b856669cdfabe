#include "xlsfootprint.h"

#include <QFile>
#include <QtEndian>

#include <algorithm>
#include <vector>

namespace tz {

namespace {

constexpr quint32 EndOfChain = 0xFFFFFFFE;
constexpr qint64 HeaderBytes = 512;
constexpr int DirectoryEntryBytes = 128;

// The compound file (MS-CFB) as far as FreeXL uses it: a header, the FAT, the first directory
// sector, and the mini stream for small workbooks.
class CompoundFile
{
public:
    CompoundFile(const uchar *data, qint64 size) : m_data(data), m_size(size) { }

    bool open();
    // Every way FreeXL might read the workbook stream, or nothing when a chain loops. Which
    // directory entries it searches, which it takes for the root, and whether a stream of
    // exactly the cutoff size is "small", differ between FreeXL releases (Debian's reads a
    // 4,096-byte stream from ordinary sectors): measuring each reading and keeping the largest
    // holds whichever it does.
    std::optional<std::vector<QByteArray>> workbookStreams() const;

private:
    quint16 u16(qint64 at) const { return qFromLittleEndian<quint16>(m_data + at); }
    quint32 u32(qint64 at) const { return qFromLittleEndian<quint32>(m_data + at); }
    // Where a sector starts, or -1 when it lies (even partly) outside the file.
    qint64 sectorOffset(quint32 sector) const;
    // Follows the FAT from `start` for at most `size` bytes. A chain that ends early or points
    // outside the file ends the stream there, as it ends FreeXL's reading; a chain that comes
    // back to a sector it used is refused, since FreeXL would go round it up to `size` bytes.
    std::optional<QByteArray> regularStream(quint32 start, quint32 size) const;
    std::optional<QByteArray> smallStream(quint32 rootStart, quint32 rootSize, quint32 start, quint32 size) const;

    const uchar *m_data;
    qint64 m_size;
    qint64 m_sectorBytes = 512;
    quint32 m_miniCutoff = 4096;
    quint32 m_directoryStart = EndOfChain;
    quint32 m_miniFatStart = EndOfChain;
    quint32 m_miniFatSectors = 0;
    std::vector<quint32> m_fat;
};

qint64 CompoundFile::sectorOffset(quint32 sector) const
{
    const qint64 offset = (qint64(sector) + 1) * m_sectorBytes;
    return offset + m_sectorBytes <= m_size ? offset : -1;
}

bool CompoundFile::open()
{
    if (m_size < HeaderBytes || u16(28) != 0xFFFE)
        return false;
    const quint16 shift = u16(30);
    if (shift != 9 && shift != 12)
        return false;
    m_sectorBytes = qint64(1) << shift;
    const quint32 fatSectors = u32(44);
    m_directoryStart = u32(48);
    m_miniCutoff = u32(56);
    m_miniFatStart = u32(60);
    m_miniFatSectors = u32(64);

    // The FAT's own sectors: 109 in the header, the rest in a chain of DIFAT sectors whose
    // last slot points to the next. Bounded by what the file can hold.
    std::vector<quint32> fatSectorList;
    const qint64 sectorsInFile = m_size / m_sectorBytes;
    for (int i = 0; i < 109 && fatSectorList.size() < fatSectors; ++i)
        fatSectorList.push_back(u32(76 + 4 * i));
    quint32 difat = u32(68);
    const qint64 perDifat = m_sectorBytes / 4 - 1;
    for (qint64 hops = 0; fatSectorList.size() < fatSectors && hops < sectorsInFile; ++hops) {
        const qint64 at = sectorOffset(difat);
        if (at < 0)
            break;
        for (qint64 i = 0; i < perDifat && fatSectorList.size() < fatSectors; ++i)
            fatSectorList.push_back(u32(at + 4 * i));
        difat = u32(at + 4 * perDifat);
    }
    const qint64 perFat = m_sectorBytes / 4;
    for (const quint32 sector : fatSectorList) {
        const qint64 at = sectorOffset(sector);
        if (at < 0 || qint64(m_fat.size()) >= sectorsInFile + perFat)
            break;
        for (qint64 i = 0; i < perFat; ++i)
            m_fat.push_back(u32(at + 4 * i));
    }
    return true;
}

std::optional<QByteArray> CompoundFile::regularStream(quint32 start, quint32 size) const
{
    QByteArray bytes;
    std::vector<bool> used(m_fat.size(), false);
    quint32 sector = start;
    while (quint32(bytes.size()) < size) {
        const qint64 at = sectorOffset(sector);
        if (at < 0)
            break;
        bytes.append(reinterpret_cast<const char *>(m_data + at),
                     int(std::min<qint64>(m_sectorBytes, size - quint32(bytes.size()))));
        if (sector >= m_fat.size())
            break;
        if (used[sector])
            return std::nullopt;
        used[sector] = true;
        sector = m_fat[sector];
    }
    return bytes;
}

std::optional<QByteArray> CompoundFile::smallStream(quint32 rootStart, quint32 rootSize, quint32 start,
                                                    quint32 size) const
{
    const auto container = regularStream(rootStart, rootSize);
    const auto miniFatBytes = regularStream(m_miniFatStart, quint32(std::min<qint64>(
                                                                    qint64(m_miniFatSectors) * m_sectorBytes, m_size)));
    if (!container || !miniFatBytes)
        return std::nullopt;
    const qint64 entries = miniFatBytes->size() / 4;
    const auto *miniFat = reinterpret_cast<const uchar *>(miniFatBytes->constData());
    QByteArray bytes;
    std::vector<bool> used(size_t(entries), false);
    quint32 sector = start;
    while (quint32(bytes.size()) < size) {
        const qint64 at = qint64(sector) * 64;
        if (at + 64 > container->size())
            break;
        bytes.append(container->constData() + at, int(std::min<quint32>(64, size - quint32(bytes.size()))));
        if (sector >= entries)
            break;
        if (used[sector])
            return std::nullopt;
        used[sector] = true;
        sector = qFromLittleEndian<quint32>(miniFat + 4 * qint64(sector));
    }
    return bytes;
}

std::optional<std::vector<QByteArray>> CompoundFile::workbookStreams() const
{
    struct Entry
    {
        quint32 start;
        quint32 size;
    };
    std::vector<Entry> roots;
    std::vector<Entry> workbooks;
    const auto directory = regularStream(m_directoryStart, quint32(std::min<qint64>(m_size, 0xFFFFFFFF)));
    if (!directory)
        return std::nullopt;
    const auto *p = reinterpret_cast<const uchar *>(directory->constData());
    for (qint64 entry = 0; entry + DirectoryEntryBytes <= directory->size(); entry += DirectoryEntryBytes) {
        const int nameBytes = std::min<int>(qFromLittleEndian<quint16>(p + entry + 64), 64);
        QString name = QString::fromUtf16(reinterpret_cast<const char16_t *>(p + entry), nameBytes / 2);
        if (const qsizetype end = name.indexOf(QChar(u'\0')); end >= 0)
            name.truncate(end);
        const Entry found { qFromLittleEndian<quint32>(p + entry + 116), qFromLittleEndian<quint32>(p + entry + 120) };
        if (entry == 0 || name == u"Root Entry")
            roots.push_back(found);
        if (name == u"Workbook" || name == u"Book")
            workbooks.push_back(found);
    }
    std::vector<QByteArray> readings;
    for (const Entry &workbook : workbooks) {
        auto regular = regularStream(workbook.start, workbook.size);
        if (!regular)
            return std::nullopt;
        readings.push_back(std::move(*regular));
        if (workbook.size > m_miniCutoff)
            continue;
        for (const Entry &root : roots) {
            auto small = smallStream(root.start, root.size, workbook.start, workbook.size);
            if (!small)
                return std::nullopt;
            readings.push_back(std::move(*small));
        }
    }
    return readings;
}

// Sums the BIFF records FreeXL allocates for, in the order it reads them.
class BiffTally
{
public:
    explicit BiffTally(XlsFootprint &out) : m_out(out) { }

    // False when the stream declares something FreeXL would read past the record for, or
    // more shared strings than it could hold.
    bool walk(const QByteArray &stream);

private:
    void record(quint16 type, const uchar *data, qint64 length);
    void cellAt(quint32 row, quint32 lastColumn);
    void endSubstream();

    XlsFootprint &m_out;
    int m_version = 0;
    bool m_damaged = false;
    qint64 m_sheets = 0;
    qint64 m_largestDeclared = 0;
    bool m_inSubstream = false;
    bool m_declared = false;
    bool m_hasCells = false;
    quint32 m_maxRow = 0;
    quint32 m_maxColumn = 0;
    bool m_anyUndeclared = false;
    quint32 m_undeclaredRow = 0;
    quint32 m_undeclaredColumn = 0;
};

bool BiffTally::walk(const QByteArray &stream)
{
    const auto *p = reinterpret_cast<const uchar *>(stream.constData());
    const qint64 n = stream.size();
    qint64 pos = 0;
    while (pos + 4 <= n && !m_damaged && !m_out.encrypted) {
        const quint16 type = qFromLittleEndian<quint16>(p + pos);
        const quint16 length = qFromLittleEndian<quint16>(p + pos + 2);
        if (type == 0 && length == 0)
            break;
        const qint64 available = std::min<qint64>(length, n - pos - 4);
        if (m_version == 0) {
            // The first record must be a BOF naming BIFF5 or BIFF8, or FreeXL stops at once.
            const quint16 version = available >= 2 ? qFromLittleEndian<quint16>(p + pos + 4) : 0;
            if (type != 0x0809 || (version != 0x0500 && version != 0x0600))
                break;
            m_version = version == 0x0600 ? 8 : 5;
        } else {
            record(type, p + pos + 4, available);
        }
        pos += 4 + length;
    }
    endSubstream();
    m_out.streamBytes = n;
    // A string takes three bytes at least: a count beyond that is no writer's, only damage.
    if (m_out.sharedStrings > n / 3)
        m_damaged = true;
    if (m_anyUndeclared) {
        // FreeXL sizes a sheet without a DIMENSION by its cells, in a second pass that may
        // also allocate again for whichever sheet is active: count the worst for every sheet.
        const qint64 extent = (qint64(m_undeclaredRow) + 1) * (qint64(m_undeclaredColumn) + 1);
        m_out.cells += std::max<qint64>(m_sheets, 1) * std::max(extent, m_largestDeclared);
    }
    return !m_damaged;
}

void BiffTally::record(quint16 type, const uchar *data, qint64 length)
{
    const auto u16 = [&](int at) { return qFromLittleEndian<quint16>(data + at); };
    const auto u32 = [&](int at) { return qFromLittleEndian<quint32>(data + at); };
    switch (type) {
    case 0x0809: // BOF: a sheet's substream begins
        endSubstream();
        m_inSubstream = true;
        break;
    case 0x000A: // EOF
        endSubstream();
        break;
    case 0x002F: // FILEPASS
        m_out.encrypted = true;
        break;
    case 0x0085: // BOUNDSHEET
        ++m_sheets;
        break;
    case 0x00FC: // SST: FreeXL allocates the declared number of slots
        if (length < 8) {
            m_damaged = true;
            break;
        }
        m_out.sharedStrings += u32(4);
        break;
    case 0x0200: { // DIMENSION: FreeXL allocates rows × columns cells
        const int needed = m_version == 8 ? 12 : 8;
        if (length < needed) {
            m_damaged = true; // FreeXL would take the missing bytes from the previous record
            break;
        }
        const qint64 rows = m_version == 8 ? u32(4) : u16(2);
        const qint64 columns = m_version == 8 ? u16(10) : u16(6);
        m_out.cells += rows * columns;
        m_largestDeclared = std::max(m_largestDeclared, rows * columns);
        m_declared = true;
        break;
    }
    case 0x0203: // NUMBER
    case 0x0204: // LABEL
    case 0x0205: // BOOLERR
    case 0x027E: // RK
    case 0x00FD: // LABELSST
        if (length >= 4)
            cellAt(u16(0), u16(2));
        break;
    case 0x00BD: // MULRK: FreeXL steps one column per six bytes
        if (length >= 4)
            cellAt(u16(0), quint32(u16(2)) + quint32(length / 6));
        break;
    default:
        break;
    }
}

void BiffTally::cellAt(quint32 row, quint32 lastColumn)
{
    m_hasCells = true;
    m_maxRow = std::max(m_maxRow, row);
    m_maxColumn = std::max(m_maxColumn, lastColumn);
}

void BiffTally::endSubstream()
{
    if (m_inSubstream && !m_declared && m_hasCells) {
        m_anyUndeclared = true;
        m_undeclaredRow = std::max(m_undeclaredRow, m_maxRow);
        m_undeclaredColumn = std::max(m_undeclaredColumn, m_maxColumn);
    }
    m_inSubstream = false;
    m_declared = false;
    m_hasCells = false;
    m_maxRow = 0;
    m_maxColumn = 0;
}

} // namespace

std::optional<XlsFootprint> measureXlsFootprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const qint64 size = file.size();
    const uchar *data = size > 0 ? file.map(0, size) : nullptr;
    if (!data)
        return std::nullopt;
    CompoundFile compound(data, size);
    if (!compound.open())
        return std::nullopt;
    const auto streams = compound.workbookStreams();
    if (!streams || streams->empty())
        return std::nullopt;
    std::optional<XlsFootprint> largest;
    bool encrypted = false;
    for (const QByteArray &stream : *streams) {
        XlsFootprint footprint;
        if (!BiffTally(footprint).walk(stream))
            return std::nullopt;
        encrypted = encrypted || footprint.encrypted;
        if (!largest || footprint.bytes() > largest->bytes()
            || (footprint.bytes() == largest->bytes() && footprint.streamBytes > largest->streamBytes))
            largest = footprint;
    }
    largest->encrypted = encrypted;
    return largest;
}

} // namespace tz
