#include "compoundfile.h"

#include <QString>
#include <QtEndian>

#include <algorithm>

namespace tz {

namespace {

constexpr quint32 EndOfChain = 0xFFFFFFFE;
constexpr quint32 FreeSector = 0xFFFFFFFF;
constexpr qint64 HeaderBytes = 512;
constexpr int DirectoryEntryBytes = 128;
// FreeXL takes the first workbook entry it meets; a few more are measured in case another
// release looks elsewhere, and no more, so that a directory of a thousand such entries costs
// no more than a few.
constexpr size_t MaxWorkbookEntries = 4;
constexpr size_t MaxRootEntries = 2;

} // namespace

quint16 CompoundFile::u16(qint64 at) const
{
    return qFromLittleEndian<quint16>(m_data + at);
}

quint32 CompoundFile::u32(qint64 at) const
{
    return qFromLittleEndian<quint32>(m_data + at);
}

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
    m_directoryStart = u32(48);
    m_miniCutoff = u32(56);
    m_miniFatStart = u32(60);
    m_miniFatSectors = u32(64);

    // The FAT's sectors: every slot of the header's DIFAT and of the chain of DIFAT sectors
    // that is not free, as FreeXL takes them (the header's count of FAT sectors could hide
    // some). No chain needs more FAT entries than the file has sectors.
    const qint64 sectorsInFile = m_size / m_sectorBytes;
    const qint64 perFat = m_sectorBytes / 4;
    const auto addFatSector = [&](quint32 sector) {
        const qint64 at = sectorOffset(sector);
        if (sector == FreeSector || at < 0 || qint64(m_fat.size()) > sectorsInFile)
            return;
        for (qint64 i = 0; i < perFat; ++i)
            m_fat.push_back(u32(at + 4 * i));
    };
    for (int i = 0; i < 109; ++i)
        addFatSector(u32(76 + 4 * i));
    quint32 difat = u32(68);
    const qint64 perDifat = perFat - 1;
    for (qint64 hops = 0; hops < sectorsInFile && difat != EndOfChain && difat != FreeSector; ++hops) {
        const qint64 at = sectorOffset(difat);
        if (at < 0)
            break;
        for (qint64 i = 0; i < perDifat; ++i)
            addFatSector(u32(at + 4 * i));
        difat = u32(at + 4 * perDifat);
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
        if (at < 0 || sector >= m_fat.size() || used[sector])
            return std::nullopt; // out of the file, past the FAT, or round in a loop
        bytes.append(reinterpret_cast<const char *>(m_data + at),
                     int(std::min<qint64>(m_sectorBytes, size - quint32(bytes.size()))));
        used[sector] = true;
        sector = m_fat[sector];
        if (sector == EndOfChain)
            break;
    }
    return bytes;
}

std::optional<QByteArray> CompoundFile::miniChain(const QByteArray &container, quint32 start, quint32 size) const
{
    const auto miniFatBytes = regularStream(
            m_miniFatStart, quint32(std::min<qint64>(qint64(m_miniFatSectors) * m_sectorBytes, m_size)));
    if (!miniFatBytes)
        return std::nullopt;
    const qint64 entries = miniFatBytes->size() / 4;
    const auto *miniFat = reinterpret_cast<const uchar *>(miniFatBytes->constData());
    QByteArray bytes;
    std::vector<bool> used(size_t(entries), false);
    quint32 sector = start;
    while (quint32(bytes.size()) < size) {
        const qint64 at = qint64(sector) * 64;
        if (at + 64 > container.size() || sector >= entries || used[size_t(sector)])
            return std::nullopt;
        bytes.append(container.constData() + at, int(std::min<quint32>(64, size - quint32(bytes.size()))));
        used[size_t(sector)] = true;
        sector = qFromLittleEndian<quint32>(miniFat + 4 * qint64(sector));
        if (sector == EndOfChain)
            break;
    }
    return bytes;
}

bool CompoundFile::forEachWorkbookReading(const std::function<bool(const QByteArray &)> &measure) const
{
    struct Entry
    {
        quint32 start;
        quint32 size;
        bool operator==(const Entry &o) const { return start == o.start && size == o.size; }
    };
    std::vector<Entry> roots;
    std::vector<Entry> workbooks;
    const auto directory = regularStream(m_directoryStart, quint32(std::min<qint64>(m_size, 0xFFFFFFFF)));
    if (!directory)
        return false;
    const auto *p = reinterpret_cast<const uchar *>(directory->constData());
    for (qint64 entry = 0; entry + DirectoryEntryBytes <= directory->size(); entry += DirectoryEntryBytes) {
        const int nameBytes = std::min<int>(qFromLittleEndian<quint16>(p + entry + 64), 64);
        QString name = QString::fromUtf16(reinterpret_cast<const char16_t *>(p + entry), nameBytes / 2);
        if (const qsizetype end = name.indexOf(QChar(u'\0')); end >= 0)
            name.truncate(end);
        const Entry found { qFromLittleEndian<quint32>(p + entry + 116), qFromLittleEndian<quint32>(p + entry + 120) };
        const auto add = [&found](std::vector<Entry> &to, size_t most) {
            if (to.size() < most && std::find(to.begin(), to.end(), found) == to.end())
                to.push_back(found);
        };
        if (entry == 0 || name == u"Root Entry")
            add(roots, MaxRootEntries);
        if (name == u"Workbook" || name == u"Book")
            add(workbooks, MaxWorkbookEntries);
    }
    if (workbooks.empty())
        return false;
    for (const Entry &workbook : workbooks) {
        // Debian's FreeXL takes one of exactly the cutoff size from ordinary sectors too.
        if (workbook.size >= m_miniCutoff) {
            const auto regular = regularStream(workbook.start, workbook.size);
            if (!regular || !measure(*regular))
                return false;
        }
        if (workbook.size > m_miniCutoff)
            continue;
        // A small workbook lives in the mini stream (the root entry's chain). FreeXL 1.0.6
        // reads it from the mini stream's start; the format says along the mini FAT.
        for (const Entry &root : roots) {
            // FreeXL holds the whole mini stream: one larger than the file is no writer's.
            if (root.size > m_size)
                return false;
            const auto container = regularStream(root.start, root.size);
            if (!container || !measure(container->left(qsizetype(workbook.size))))
                return false;
            // A broken mini FAT chain is one that reading stops at: nothing to measure.
            const auto chained = miniChain(*container, workbook.start, workbook.size);
            if (chained && !measure(*chained))
                return false;
        }
    }
    return true;
}

} // namespace tz
