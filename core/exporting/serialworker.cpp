#include "serialworker.h"

#include <system_error>

namespace tz {

SerialWorker::SerialWorker()
{
    try {
        m_thread = std::thread(&SerialWorker::run, this);
    } catch (const std::system_error &) {
        // No thread to be had: post() runs each job itself.
    }
}

SerialWorker::~SerialWorker()
{
    wait();
    if (!m_thread.joinable())
        return;
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void SerialWorker::post(std::function<void()> job)
{
    if (!m_thread.joinable()) {
        job();
        return;
    }
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_job && !m_busy; });
    m_job = std::move(job);
    lock.unlock();
    m_changed.notify_all();
}

void SerialWorker::wait()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_job && !m_busy; });
}

void SerialWorker::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_job || m_stop; });
        if (!m_job)
            return; // stopped, and nothing left to do
        std::function<void()> job = std::move(m_job);
        m_job = nullptr;
        m_busy = true;
        lock.unlock();
        job();
        job = nullptr; // what it held (a whole table) is freed here, not under the lock
        lock.lock();
        m_busy = false;
        m_changed.notify_all();
    }
}

} // namespace tz
