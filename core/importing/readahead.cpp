#include "readahead.h"

#include <algorithm>
#include <system_error>

namespace tz {

ReadAhead::ReadAhead(Producer produce, size_t depth) : m_produce(std::move(produce)), m_depth(std::max<size_t>(depth, 1))
{
    // Out of threads or memory: read in turn on the caller's thread, as without this class.
    try {
        m_thread = std::thread(&ReadAhead::run, this);
    } catch (const std::system_error &) {
    }
}

ReadAhead::~ReadAhead()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void ReadAhead::run()
{
    for (;;) {
        Item item { Chunk, {}, {} };
        item.result = m_produce(&item.bytes, &item.error); // outside the lock: the slow part
        const bool last = item.result != Chunk;
        std::unique_lock<std::mutex> lock(m_mutex);
        m_items.push_back(std::move(item));
        m_changed.notify_all();
        if (last)
            return;
        m_changed.wait(lock, [this] { return m_stop || m_items.size() < m_depth; });
        if (m_stop)
            return;
    }
}

ReadAhead::Result ReadAhead::next(QByteArray *chunk, QString *error)
{
    Item item;
    if (m_finished) {
        item = m_last;
    } else if (!threaded()) {
        item.result = m_produce(chunk, &item.error);
        if (item.result != Chunk) {
            m_finished = true;
            m_last = item;
        }
        if (item.result == Error)
            *error = item.error;
        return item.result;
    } else {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_items.empty(); });
        item = std::move(m_items.front());
        m_items.pop_front();
        lock.unlock();
        m_changed.notify_all(); // room for the next chunk
        if (item.result != Chunk) {
            m_finished = true;
            m_last = { item.result, {}, item.error };
        }
    }
    if (item.result == Chunk) {
        if (chunk->isEmpty())
            *chunk = std::move(item.bytes);
        else
            chunk->append(item.bytes);
    } else if (item.result == Error) {
        *error = item.error;
    }
    return item.result;
}

} // namespace tz
