#pragma once

#include "xmlbytes.h"

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace tz {

class ChunkDeflater;
class DeflatePool;

// One large part of a zip package (a worksheet), deflated while it is still being written:
// the writer fills out() and calls flushIfFull(); each full chunk (kChunk and a row) becomes a
// piece that the DeflatePool deflates on whichever core is free, primed with the 32 KiB before
// it, its CRC taken there too. The pieces stay in order here; only the compressed bytes, and a
// few chunks on their way, are held in memory. ZipPackage then writes the pieces one after
// another as the entry's data, with the CRC combined from theirs.
class ZipPart
{
public:
    ZipPart(std::string name, DeflatePool &pool);
    // Waits for the pieces still being deflated (an abandoned export skips their work).
    ~ZipPart();
    ZipPart(const ZipPart &) = delete;
    ZipPart &operator=(const ZipPart &) = delete;

    const std::string &name() const { return m_name; }

    XmlBytes &out() { return m_out; }
    void flushIfFull()
    {
        if (m_out.size() >= kChunk)
            flush(false);
    }
    // Everything written: hands over the rest; a no-op the second time.
    void finish();
    // Waits for the pieces. Returns why the part could not be deflated, or empty.
    std::string wait();

    // After wait(), the entry: the deflated pieces in order, and the whole part's figures.
    std::vector<std::string_view> pieces() const;
    uint32_t crc() const { return m_crc; }
    uint64_t size() const { return m_size; }
    uint64_t compressedSize() const { return m_compressedSize; }

    // Small enough that both cores share even the last sheet's deflating and the shared
    // strings', large enough that a piece's flush marker (5 bytes) and lost matches at its
    // start are nothing (see chunkdeflater.h).
    static constexpr size_t kChunk = 256 * 1024;

private:
    struct Piece
    {
        XmlBytes input;
        std::string before; // the window before it, to prime the deflater
        bool last = false;
        std::string deflated;
        uint32_t crc = 0;
        uint64_t size = 0;
    };

    void flush(bool last);
    void post(Piece &piece, bool last, XmlBytes spare); // the rest of flush: to the pool
    void deflatePiece(Piece &piece, ChunkDeflater &deflater);

    std::string m_name;
    DeflatePool &m_pool;
    XmlBytes m_out;
    std::string m_window; // the last 32 KiB handed over: the next piece's `before`
    bool m_finished = false;
    std::atomic<bool> m_abandoned{ false };

    std::mutex m_mutex;
    std::condition_variable m_changed;
    // In order. Pushed by the writer (a deque: the pieces in work stay where they are), each
    // filled in by a pool thread.
    std::deque<Piece> m_work;
    std::vector<XmlBytes> m_spare; // chunk buffers given back, for the writer to reuse
    size_t m_pending = 0; // pieces posted, not yet deflated
    std::string m_error;

    uint32_t m_crc = 0;
    uint64_t m_size = 0;
    uint64_t m_compressedSize = 0;
};

} // namespace tz
