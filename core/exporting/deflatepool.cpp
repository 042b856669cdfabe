#include "deflatepool.h"

#include <algorithm>
#include <system_error>

namespace tz {

DeflatePool::DeflatePool(unsigned threads)
{
    if (threads == 0)
        threads = std::clamp(std::thread::hardware_concurrency(), 1u, 8u);
    for (unsigned i = 0; i < threads; ++i) {
        try {
            m_threads.emplace_back(&DeflatePool::run, this);
        } catch (const std::system_error &) {
            break; // fewer threads, or none: post() then deflates itself
        }
    }
}

DeflatePool::~DeflatePool()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    for (std::thread &t : m_threads)
        t.join();
}

void DeflatePool::post(Job job)
{
    if (m_threads.empty()) {
        const std::lock_guard lock(m_mutex); // one deflater, whichever thread posts
        if (!m_inline)
            m_inline = std::make_unique<ChunkDeflater>();
        job(*m_inline);
        return;
    }
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_jobs.size() < kQueued; });
    m_jobs.push_back(std::move(job));
    lock.unlock();
    m_changed.notify_all();
}

void DeflatePool::run()
{
    ChunkDeflater deflater; // its window and tables (about 300 KB) are reused for every piece
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return !m_jobs.empty() || m_stop; });
        if (m_jobs.empty())
            return; // stopped, and nothing left to do
        Job job = std::move(m_jobs.front());
        m_jobs.pop_front();
        lock.unlock();
        m_changed.notify_all(); // room in the queue
        job(deflater);
        job = nullptr;
        lock.lock();
    }
}

} // namespace tz
