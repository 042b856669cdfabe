#pragma once

// Hand-built .xls files for the tests of the .xls guard: an OLE compound file of 512-byte
// sectors and the few BIFF8 records FreeXL allocates for, little-endian fields set by offset.
// For the ways a file can lie that no program writes on purpose.

#include <QByteArray>
#include <QByteArrayList>
#include <QString>
#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <vector>

namespace {

inline void put16(QByteArray &b, qint64 at, quint16 v)
{
    qToLittleEndian(v, b.data() + at);
}

inline void put32(QByteArray &b, qint64 at, quint32 v)
{
    qToLittleEndian(v, b.data() + at);
}

// Compound files built here, 512-byte sectors, for the ways a file can hide what FreeXL reads
// that no program writes: streams are chains of consecutive sectors, the FAT comes last.
class CompoundBuilder
{
public:
    static constexpr quint32 End = 0xFFFFFFFE;

    // Appends a stream (or the directory, or a mini FAT) and returns its first sector.
    quint32 add(const QByteArray &bytes)
    {
        const quint32 first = quint32(m_sectors.size());
        const qsizetype count = std::max<qsizetype>(1, (bytes.size() + 511) / 512);
        for (qsizetype i = 0; i < count; ++i) {
            m_sectors.append(bytes.mid(i * 512, 512).leftJustified(512, '\0'));
            m_fat.push_back(i + 1 < count ? quint32(m_sectors.size()) : End);
        }
        return first;
    }
    // Sectors no stream uses, so that the next stream lies further on.
    void skip(int count)
    {
        for (int i = 0; i < count; ++i) {
            m_sectors.append(QByteArray(512, '\0'));
            m_fat.push_back(0xFFFFFFFF);
        }
    }
    static QByteArray entry(const QString &name, quint32 start, quint32 size, quint8 type = 2)
    {
        QByteArray e(128, '\0');
        const QString withNul = name + QChar(u'\0');
        memcpy(e.data(), withNul.utf16(), size_t(withNul.size()) * 2);
        put16(e, 64, quint16(withNul.size() * 2));
        e[66] = char(type);
        put32(e, 116, start);
        put32(e, 120, size);
        return e;
    }
    // The file; the header says `declaredFatSectors` FAT sectors when given, however many
    // there are.
    QByteArray build(quint32 directory, quint32 miniFat = End, quint32 miniFatSectors = 0,
                     int declaredFatSectors = -1) const
    {
        std::vector<quint32> fat = m_fat;
        const quint32 data = quint32(m_sectors.size());
        quint32 fatSectors = 1;
        while (data + fatSectors > fatSectors * 128)
            ++fatSectors;
        fat.resize(size_t(fatSectors) * 128, 0xFFFFFFFF);
        for (quint32 i = 0; i < fatSectors; ++i)
            fat[data + i] = 0xFFFFFFFD;
        QByteArray header(512, '\0');
        header.replace(0, 8, QByteArray::fromHex("D0CF11E0A1B11AE1"));
        put16(header, 24, 0x3E);
        put16(header, 26, 3);
        put16(header, 28, 0xFFFE);
        put16(header, 30, 9);
        put16(header, 32, 6);
        put32(header, 44, declaredFatSectors < 0 ? fatSectors : quint32(declaredFatSectors));
        put32(header, 48, directory);
        put32(header, 56, 4096);
        put32(header, 60, miniFat);
        put32(header, 64, miniFatSectors);
        put32(header, 68, End);
        for (int i = 0; i < 109; ++i)
            put32(header, 76 + 4 * i, quint32(i) < fatSectors ? data + quint32(i) : 0xFFFFFFFF);
        QByteArray file = header + m_sectors.join();
        for (const quint32 next : fat) {
            char bytes[4];
            qToLittleEndian(next, bytes);
            file.append(bytes, 4);
        }
        return file;
    }

private:
    QByteArrayList m_sectors;
    std::vector<quint32> m_fat;
};

inline QByteArray record(quint16 type, const QByteArray &data)
{
    QByteArray r(4, '\0');
    put16(r, 0, type);
    put16(r, 2, quint16(data.size()));
    return r + data;
}

// BIFF8 records, as far as the guard and FreeXL look at them.
inline QByteArray bof(quint16 kind)
{
    QByteArray d(16, '\0');
    put16(d, 0, 0x0600);
    put16(d, 2, kind);
    return record(0x0809, d);
}

inline QByteArray boundSheet(quint32 offset)
{
    QByteArray d(8, '\0');
    put32(d, 0, offset);
    d[6] = 1;
    d[7] = 0;
    return record(0x0085, d + "S");
}

inline QByteArray dimension(quint32 rows, quint16 columns)
{
    QByteArray d(14, '\0');
    put32(d, 4, rows);
    put16(d, 10, columns);
    return record(0x0200, d);
}

const QByteArray eof = record(0x000A, {});

} // namespace
