#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace tz {

// One entry of a zip file, its data already deflated (method 8).
struct ZipEntry
{
    std::string name; // ASCII, as every part name of a package is
    uint32_t crc = 0;
    uint64_t size = 0; // uncompressed
    std::vector<std::string_view> data; // the deflated bytes, in pieces laid end to end
};

// Writes a zip file of `entries`, in their order, through `write` (false: the write failed).
// The container is the plainest one every reader takes: each local header carries the CRC and
// sizes (no data descriptor, no extra field, no ZIP64: Excel refuses a ZIP64 local header on a
// small entry), then the central directory and its end record, entry for entry as libzip wrote
// them before (version 2.0, "fast" deflate flag, Unix mode 0666, 1980-01-01 00:00).
// Returns why it could not be written, or empty. Sizes or offsets beyond 4 GiB, or more than
// 65,535 entries, need ZIP64: refused before anything is written.
std::string writeZip(const std::vector<ZipEntry> &entries, const std::function<bool(std::string_view)> &write);

} // namespace tz
