#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace tz {

// Deflates a part in pieces that can be made independently, on different threads, and then
// joined: each piece is raw deflate data (no zlib or gzip wrapper) that ends on a byte boundary
// with an empty stored block (Z_SYNC_FLUSH), except the part's last piece, which ends with the
// final block (Z_FINISH). Laid end to end, the pieces are one valid deflate stream, the one a
// zip entry holds. (pigz joins its gzip members' pieces the same way.)
// Each piece may be primed with the text before it (up to 32 KiB, deflate's window), so that
// its first matches reach back into the previous piece and the ratio is that of one stream.
// Level 1, as the export always used: deflating is most of its work.
class ChunkDeflater
{
public:
    ChunkDeflater();
    ~ChunkDeflater();
    ChunkDeflater(const ChunkDeflater &) = delete;
    ChunkDeflater &operator=(const ChunkDeflater &) = delete;

    // The deflate window: how much of the text before a piece can prime it.
    static constexpr size_t kWindow = 32 * 1024;

    // The deflate data of `input`, primed with `before` (only its last kWindow bytes count).
    // False only if zlib could not be set up or failed (no memory); `out` is then unspecified.
    bool deflate(std::string_view before, std::string_view input, bool last, std::string &out);

private:
    struct Stream;
    std::unique_ptr<Stream> m_stream;
    std::string m_scratch; // deflateBound of the largest piece: the result is copied out exactly
};

// The CRC-32 (zip's) of `bytes`, continuing from `crc` (0 to start).
uint32_t crc32Of(std::string_view bytes, uint32_t crc = 0);
// The CRC-32 of A followed by B, from the CRCs of each and B's length.
uint32_t crc32Combine(uint32_t crcA, uint32_t crcB, uint64_t lengthB);

} // namespace tz
