#include "chunkdeflater.h"

#include <zlib.h>

#include <algorithm>
#include <climits>

namespace tz {

namespace {

constexpr int kLevel = 1;
constexpr int kRawDeflate = -15; // negative: no zlib header or trailer; 15: the 32 KiB window
constexpr int kMemLevel = 8; // zlib's default

const Bytef *bytes(std::string_view s)
{
    return reinterpret_cast<const Bytef *>(s.data());
}

} // namespace

struct ChunkDeflater::Stream
{
    z_stream z = {};
    bool ready = false;
};

ChunkDeflater::ChunkDeflater() : m_stream(std::make_unique<Stream>())
{
    m_stream->ready = deflateInit2(&m_stream->z, kLevel, Z_DEFLATED, kRawDeflate, kMemLevel, Z_DEFAULT_STRATEGY) == Z_OK;
}

ChunkDeflater::~ChunkDeflater()
{
    if (m_stream->ready)
        deflateEnd(&m_stream->z);
}

bool ChunkDeflater::deflate(std::string_view before, std::string_view input, bool last, std::string &out)
{
    z_stream &z = m_stream->z;
    if (!m_stream->ready || deflateReset(&z) != Z_OK)
        return false;
    if (before.size() > kWindow)
        before.remove_prefix(before.size() - kWindow);
    if (!before.empty() && deflateSetDictionary(&z, bytes(before), uInt(before.size())) != Z_OK)
        return false;
    // deflateBound does not count the flush's empty stored block (5 bytes) or a final empty
    // block; the loop below grows the buffer should it still be short.
    const size_t bound = size_t(deflateBound(&z, uLong(std::min<size_t>(input.size(), ULONG_MAX)))) + 64;
    if (m_scratch.size() < bound)
        m_scratch.resize(bound);
    size_t produced = 0;
    size_t consumed = 0;
    const int flush = last ? Z_FINISH : Z_SYNC_FLUSH;
    for (;;) {
        if (produced == m_scratch.size())
            m_scratch.resize(m_scratch.size() * 2);
        // avail_in and avail_out are 32-bit: a larger piece goes in slices.
        const size_t in = std::min<size_t>(input.size() - consumed, UINT_MAX);
        const size_t room = std::min<size_t>(m_scratch.size() - produced, UINT_MAX);
        const bool allIn = consumed + in == input.size();
        z.next_in = const_cast<Bytef *>(bytes(input.substr(consumed)));
        z.avail_in = uInt(in);
        z.next_out = reinterpret_cast<Bytef *>(m_scratch.data() + produced);
        z.avail_out = uInt(room);
        const int rc = ::deflate(&z, allIn ? flush : Z_NO_FLUSH);
        consumed += in - z.avail_in;
        produced += room - z.avail_out;
        if (rc == Z_STREAM_ERROR || (rc == Z_BUF_ERROR && z.avail_out > 0))
            return false; // a misuse, or no progress possible: never loop on it
        if (!allIn || z.avail_in > 0)
            continue;
        // All input taken: a finish is done at Z_STREAM_END, a sync flush when deflate
        // returned with room to spare (with none, it may have more to write).
        if (last ? rc == Z_STREAM_END : z.avail_out > 0)
            break;
    }
    out.assign(m_scratch.data(), produced);
    return true;
}

uint32_t crc32Of(std::string_view data, uint32_t crc)
{
    return uint32_t(crc32_z(crc, bytes(data), data.size()));
}

uint32_t crc32Combine(uint32_t crcA, uint32_t crcB, uint64_t lengthB)
{
    return uint32_t(crc32_combine(crcA, crcB, z_off_t(lengthB)));
}

} // namespace tz
