#include "zippart.h"

#include "chunkdeflater.h"
#include "deflatepool.h"

#include <algorithm>

namespace tz {

ZipPart::ZipPart(std::string name, DeflatePool &pool) : m_name(std::move(name)), m_pool(pool) {}

ZipPart::~ZipPart()
{
    m_abandoned = true;
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_pending == 0; });
}

void ZipPart::flush(bool last)
{
    Piece *piece;
    XmlBytes spare;
    {
        const std::lock_guard lock(m_mutex);
        m_work.emplace_back();
        piece = &m_work.back();
        ++m_pending;
        if (!m_spare.empty()) {
            spare = std::move(m_spare.back());
            m_spare.pop_back();
        }
    }
    // The piece counts as pending from here: if it cannot be handed to the pool (no memory),
    // it never will be, and the part must not wait for it when it goes.
    try {
        post(*piece, last, std::move(spare));
    } catch (...) {
        const std::lock_guard lock(m_mutex);
        --m_pending;
        m_changed.notify_all();
        throw;
    }
}

void ZipPart::post(Piece &piece, bool last, XmlBytes spare)
{
    piece.last = last;
    piece.before = std::move(m_window);
    // The next piece's window: this one's last 32 KiB, with the end of the one before if it
    // is shorter (only a last piece, or the first of a tiny part, can be).
    const std::string_view text = m_out.view();
    const size_t keep = std::min(text.size(), ChunkDeflater::kWindow);
    if (keep < ChunkDeflater::kWindow)
        m_window.assign(piece.before, piece.before.size() - std::min(piece.before.size(), ChunkDeflater::kWindow - keep));
    else
        m_window.clear();
    m_window.append(text.substr(text.size() - keep));
    piece.input = std::move(m_out);
    m_out = spare.capacity() ? std::move(spare) : XmlBytes(kChunk + kChunk / 4); // a chunk passes kChunk by less than a row
    m_out.clear();
    // Waits while the pool has enough queued: the writer stays a few chunks ahead at most.
    m_pool.post([this, p = &piece](ChunkDeflater &deflater) { deflatePiece(*p, deflater); });
}

void ZipPart::deflatePiece(Piece &piece, ChunkDeflater &deflater)
{
    bool ok = true;
    if (!m_abandoned) {
        const std::string_view text = piece.input.view();
        piece.size = text.size();
        piece.crc = crc32Of(text);
        try {
            ok = deflater.deflate(piece.before, text, piece.last, piece.deflated);
        } catch (...) { // nothing may leave a pool thread: the part fails instead
            ok = false;
        }
    }
    const std::lock_guard lock(m_mutex);
    if (!ok && m_error.empty())
        m_error = "deflate failed (out of memory?) in " + m_name;
    piece.before = {};
    if (m_spare.size() < DeflatePool::kQueued && piece.input.capacity())
        m_spare.push_back(std::move(piece.input));
    else
        piece.input = XmlBytes();
    --m_pending;
    // Under the lock: once it sees m_pending reach 0, the part may be destroyed.
    m_changed.notify_all();
}

void ZipPart::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    flush(true); // even empty: the final block ends the entry's data
    m_window = {};
    m_out = XmlBytes();
}

std::string ZipPart::wait()
{
    finish();
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_pending == 0; });
    m_spare.clear();
    m_crc = 0;
    m_size = 0;
    m_compressedSize = 0;
    for (const Piece &p : m_work) {
        m_crc = crc32Combine(m_crc, p.crc, p.size);
        m_size += p.size;
        m_compressedSize += p.deflated.size();
    }
    return m_error;
}

std::vector<std::string_view> ZipPart::pieces() const
{
    std::vector<std::string_view> out;
    out.reserve(m_work.size());
    for (const Piece &p : m_work)
        out.emplace_back(p.deflated);
    return out;
}

} // namespace tz
