#pragma once

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace tz {

// One thread that runs jobs one at a time, in the order given. post() waits until the job
// before has finished, so the thread that posts (reading the ledger) runs at most one job
// ahead of this one (writing sheets): what is held in memory is the table being written and
// the one being read, never a queue of them.
class SerialWorker
{
public:
    SerialWorker();
    // Waits for the last job.
    ~SerialWorker();
    SerialWorker(const SerialWorker &) = delete;
    SerialWorker &operator=(const SerialWorker &) = delete;

    void post(std::function<void()> job);
    // Returns when every posted job has finished.
    void wait();

private:
    void run();

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::function<void()> m_job; // posted, not yet started
    bool m_busy = false; // a job is running
    bool m_stop = false;
    std::thread m_thread; // last: starts when the rest is ready
};

} // namespace tz
