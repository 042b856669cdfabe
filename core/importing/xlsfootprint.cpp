#include "xlsfootprint.h"

#include "compoundfile.h"

#include <QFile>
#include <QtEndian>

#include <algorithm>
#include <vector>

namespace tz {

namespace {

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
    qint64 m_sheets = 0; // BOUNDSHEET records: FreeXL makes a sheet of each
    qint64 m_declaredSubstreams = 0;
    qint64 m_largestDeclared = 0;
    // Substreams nest (a chart inside a worksheet has its own BOF and EOF): depth 1 is a
    // sheet's own, and what is nested inside counts for that sheet.
    int m_depth = 0;
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
    if (m_depth > 0) {
        m_depth = 1;
        endSubstream();
    }
    m_out.streamBytes = n;
    // A string takes three bytes at least: a count beyond that is no writer's, only damage.
    if (m_out.sharedStrings > n / 3)
        m_damaged = true;
    if (m_anyUndeclared || m_sheets > m_declaredSubstreams) {
        // FreeXL sizes a sheet without a DIMENSION (a chart sheet, a sheet whose substream is
        // missing) by its cells, in a second pass that allocates for whichever sheet is active
        // then, once per such sheet: count the largest for every sheet.
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
    case 0x0809: // BOF: a sheet's substream begins, or one nested in it
        if (m_depth == 0) {
            m_declared = false;
            m_hasCells = false;
            m_maxRow = 0;
            m_maxColumn = 0;
        }
        ++m_depth;
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
    // The workbook globals' own EOF, or a stray one, closes nothing.
    if (m_depth <= 0)
        return;
    if (--m_depth > 0)
        return; // a nested substream: its cells and dimensions count for the sheet
    if (m_declared)
        ++m_declaredSubstreams;
    else if (m_hasCells) {
        m_anyUndeclared = true;
        m_undeclaredRow = std::max(m_undeclaredRow, m_maxRow);
        m_undeclaredColumn = std::max(m_undeclaredColumn, m_maxColumn);
    }
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
    // Each reading is measured and dropped at once: only the largest footprint is kept.
    std::optional<XlsFootprint> largest;
    bool encrypted = false;
    const bool walked = compound.forEachWorkbookReading([&](const QByteArray &stream) {
        XlsFootprint footprint;
        if (!BiffTally(footprint).walk(stream))
            return false;
        encrypted = encrypted || footprint.encrypted;
        if (!largest || footprint.bytes() > largest->bytes()
            || (footprint.bytes() == largest->bytes() && footprint.streamBytes > largest->streamBytes))
            largest = footprint;
        return true;
    });
    if (!walked || !largest)
        return std::nullopt;
    largest->encrypted = encrypted;
    return largest;
}

} // namespace tz
