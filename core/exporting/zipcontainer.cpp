#include "zipcontainer.h"

namespace tz {

namespace {

constexpr uint32_t kLocalHeader = 0x04034b50;
constexpr uint32_t kCentralHeader = 0x02014b50;
constexpr uint32_t kEndOfDirectory = 0x06054b50;
constexpr uint16_t kVersionNeeded = 20; // 2.0: deflate
constexpr uint16_t kMadeBy = 0x0300 | 63; // Unix, spec 6.3, as libzip says
constexpr uint16_t kFastDeflate = 0x0004; // general purpose flags: deflated with a fast level
constexpr uint16_t kDeflated = 8;
constexpr uint16_t kDosTime = 0; // 00:00:00
constexpr uint16_t kDosDate = (0 << 9) | (1 << 5) | 1; // 1980-01-01: the same ledger, the same bytes
constexpr uint32_t kUnixMode = 0100666u << 16; // a regular file, rw-rw-rw-, in the high half
constexpr uint64_t kMax32 = 0xFFFFFFFFu;

void put16(std::string &out, uint16_t v)
{
    out += char(v & 0xFF);
    out += char(v >> 8);
}

void put32(std::string &out, uint32_t v)
{
    put16(out, uint16_t(v & 0xFFFF));
    put16(out, uint16_t(v >> 16));
}

uint64_t compressedSize(const ZipEntry &e)
{
    uint64_t n = 0;
    for (std::string_view piece : e.data)
        n += piece.size();
    return n;
}

// The fields a local header and a central directory entry share, from "version needed" to
// the extra field's length.
void putCommon(std::string &out, const ZipEntry &e, uint64_t compressed)
{
    put16(out, kVersionNeeded);
    put16(out, kFastDeflate);
    put16(out, kDeflated);
    put16(out, kDosTime);
    put16(out, kDosDate);
    put32(out, e.crc);
    put32(out, uint32_t(compressed));
    put32(out, uint32_t(e.size));
    put16(out, uint16_t(e.name.size()));
    put16(out, 0); // no extra field
}

} // namespace

std::string writeZip(const std::vector<ZipEntry> &entries, const std::function<bool(std::string_view)> &write)
{
    // Check first, so that a package too large is refused before any byte is written.
    // All ones in a count, size or offset tells a reader to look for ZIP64 records: the
    // largest a plain zip holds is one less.
    if (entries.size() >= 0xFFFF)
        return "65,535 parts or more (would need ZIP64)";
    uint64_t offset = 0;
    std::vector<uint64_t> offsets;
    uint64_t directory = 0;
    for (const ZipEntry &e : entries) {
        if (e.name.empty() || e.name.size() > 0xFFFF)
            return "a part name empty or too long";
        const uint64_t compressed = compressedSize(e);
        if (e.size >= kMax32 || compressed >= kMax32 || offset >= kMax32)
            return "a part of 4 GiB or more (would need ZIP64): " + e.name;
        offsets.push_back(offset);
        offset += 30 + e.name.size() + compressed;
        directory += 46 + e.name.size();
    }
    if (offset >= kMax32 || directory >= kMax32 || offset + directory >= kMax32)
        return "a package of 4 GiB or more (would need ZIP64)";

    std::string header;
    for (const ZipEntry &e : entries) {
        header.clear();
        put32(header, kLocalHeader);
        putCommon(header, e, compressedSize(e));
        header += e.name;
        if (!write(header))
            return "write failed";
        for (std::string_view piece : e.data)
            if (!piece.empty() && !write(piece))
                return "write failed";
    }
    std::string tail;
    for (size_t i = 0; i < entries.size(); ++i) {
        const ZipEntry &e = entries[i];
        put32(tail, kCentralHeader);
        put16(tail, kMadeBy);
        putCommon(tail, e, compressedSize(e));
        put16(tail, 0); // comment length
        put16(tail, 0); // disk number
        put16(tail, 0); // internal attributes
        put32(tail, kUnixMode);
        put32(tail, uint32_t(offsets[i]));
        tail += e.name;
    }
    put32(tail, kEndOfDirectory);
    put16(tail, 0); // this disk
    put16(tail, 0); // the disk where the directory starts
    put16(tail, uint16_t(entries.size()));
    put16(tail, uint16_t(entries.size()));
    put32(tail, uint32_t(directory));
    put32(tail, uint32_t(offset));
    put16(tail, 0); // no comment
    return write(tail) ? std::string() : "write failed";
}

} // namespace tz
