#pragma once

#include "chunkdeflater.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace tz {

// A few threads that deflate pieces of zip parts (see ZipPart), each with a ChunkDeflater of
// its own, so that every core compresses: one thread per part left the other core idle while
// the largest sheet was deflated. Jobs run in any order and on any thread; a part keeps its
// pieces in order itself. post() waits while kQueued jobs are waiting, so a writer faster than
// the deflating holds only a few uncompressed pieces in memory, not a sheet.
class DeflatePool
{
public:
    using Job = std::function<void(ChunkDeflater &)>;

    // `threads` 0: one per core (at least 1, at most 8).
    explicit DeflatePool(unsigned threads = 0);
    // Runs the jobs still queued (the parts they belong to wait for them), then stops.
    ~DeflatePool();
    DeflatePool(const DeflatePool &) = delete;
    DeflatePool &operator=(const DeflatePool &) = delete;

    // Without threads (none could be started), runs the job here and now.
    void post(Job job);
    unsigned threads() const { return unsigned(m_threads.size()); }

    static constexpr size_t kQueued = 4;

private:
    void run();

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Job> m_jobs;
    bool m_stop = false;
    std::unique_ptr<ChunkDeflater> m_inline; // for post() when there is no thread
    std::vector<std::thread> m_threads; // last: started when the rest is ready
};

} // namespace tz
