#pragma once

#include "xmlbytes.h"

#include <condition_variable>
#include <cstdint>
#include <ctime>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

struct zip;
struct zip_source;

namespace tz {

// The time every entry carries.
time_t zipEntryTime();

// One large part of a zip package (a worksheet), deflated in a thread of its own while it is
// still being written: the writer fills out() and calls flushIfFull(); full chunks go through
// a short queue to a libzip archive in memory that holds this part alone, compressed at level
// 1. Only the compressed bytes stay in memory. ZipPackage then copies the compressed entry
// into the final file as it is (libzip does not inflate and deflate again; measured: 5 ms for
// the 3.8 MB of a 24 MB sheet). Deflating is most of an export's work, and so it runs beside
// the reading of the ledger and the making of the XML, on the other core.
class ZipPart
{
public:
    explicit ZipPart(std::string name);
    // Stops the compression (if the export failed) and waits for its thread.
    ~ZipPart();
    ZipPart(const ZipPart &) = delete;
    ZipPart &operator=(const ZipPart &) = delete;

    const std::string &name() const { return m_name; }

    XmlBytes &out() { return m_out; }
    void flushIfFull()
    {
        if (m_out.size() >= kChunk)
            flush();
    }
    // Everything written: hands over the rest; compression finishes in the background.
    void finish();
    // Waits for the compression. Returns libzip's error, or empty.
    std::string wait();
    // The compressed part, read-only; owned by this part (valid until it is destroyed).
    zip *compressed();

    static constexpr size_t kChunk = 256 * 1024;

    // For the libzip source callback, in the compression thread: copies written bytes into
    // `data`, waiting for them; 0 at the end, -1 if the export was abandoned.
    int64_t read(void *data, uint64_t length);

private:
    void flush();
    void run();

    std::string m_name;
    XmlBytes m_out;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<XmlBytes> m_full; // written, not yet compressed
    std::vector<XmlBytes> m_spare; // compressed, given back for reuse
    bool m_finished = false; // no more chunks will come
    bool m_aborted = false; // the export gave up: stop reading
    bool m_done = false; // the compression thread ended

    // The consumer's side, touched by the compression thread only.
    XmlBytes m_reading;
    size_t m_readPos = 0;

    zip_source *m_buffer = nullptr; // the in-memory archive's bytes
    zip *m_result = nullptr;
    std::string m_error;
    std::thread m_thread;
};

} // namespace tz
