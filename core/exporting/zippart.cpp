#include "zippart.h"

#include <zip.h>

#include <cstring>
#include <ctime>
#include <system_error>

namespace tz {

namespace {

constexpr size_t kQueued = 4; // chunks written ahead of the compression: about 1 MB

zip_int64_t partSource(void *state, void *data, zip_uint64_t length, zip_source_cmd_t command)
{
    auto *part = static_cast<ZipPart *>(state);
    switch (command) {
    case ZIP_SOURCE_OPEN:
    case ZIP_SOURCE_CLOSE:
    case ZIP_SOURCE_FREE:
        return 0;
    case ZIP_SOURCE_READ:
        return part->read(data, length);
    case ZIP_SOURCE_STAT: {
        // No size: it is not known until the part is written. (This is why each part is first
        // compressed into an archive of its own: libzip gives an entry of unknown size a ZIP64
        // local header, which Excel is known to refuse; copied on, the size is known.)
        auto *st = ZIP_SOURCE_GET_ARGS(zip_stat_t, data, length, nullptr);
        if (!st)
            return -1;
        zip_stat_init(st);
        st->mtime = zipEntryTime();
        st->valid |= ZIP_STAT_MTIME;
        return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_ERROR: {
        // Only a read can fail, and only because the export was abandoned.
        zip_error_t error;
        zip_error_init(&error);
        zip_error_set(&error, ZIP_ER_CANCELLED, 0);
        const zip_int64_t n = zip_error_to_data(&error, data, length);
        zip_error_fini(&error);
        return n;
    }
    case ZIP_SOURCE_SUPPORTS:
        return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                              ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
    default:
        return -1;
    }
}

std::string describe(zip_error_t *error)
{
    const std::string text = zip_error_strerror(error);
    zip_error_fini(error);
    return text;
}

} // namespace

time_t zipEntryTime()
{
    // 1980-01-01 00:00, the first time a zip directory can hold, as libxlsxwriter and Excel
    // write: the same ledger exports to the same bytes.
    std::tm t = {};
    t.tm_year = 80;
    t.tm_mday = 1;
    t.tm_isdst = -1;
    return std::mktime(&t);
}

ZipPart::ZipPart(std::string name) : m_name(std::move(name))
{
    try {
        m_thread = std::thread(&ZipPart::run, this);
    } catch (const std::system_error &e) {
        m_error = e.what();
        m_done = true; // nobody will read: writes are dropped, wait() reports the error
    }
}

ZipPart::~ZipPart()
{
    if (m_thread.joinable()) {
        {
            const std::lock_guard lock(m_mutex);
            m_aborted = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
    if (m_result)
        zip_discard(m_result); // read-only
    if (m_buffer)
        zip_source_free(m_buffer);
}

void ZipPart::flush()
{
    XmlBytes spare;
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_full.size() < kQueued || m_done; });
        if (!m_done && !m_out.empty())
            m_full.push_back(std::move(m_out));
        if (!m_spare.empty()) {
            spare = std::move(m_spare.back());
            m_spare.pop_back();
        }
    }
    m_changed.notify_all();
    if (m_out.capacity() == 0) // handed over: a chunk passes kChunk by less than a row
        m_out = spare.capacity() ? std::move(spare) : XmlBytes(kChunk + kChunk / 4);
    m_out.clear();
}

void ZipPart::finish()
{
    flush();
    {
        const std::lock_guard lock(m_mutex);
        m_finished = true;
    }
    m_changed.notify_all();
}

std::string ZipPart::wait()
{
    if (m_thread.joinable())
        m_thread.join();
    return m_error;
}

zip *ZipPart::compressed()
{
    if (m_result || !m_buffer || !m_error.empty())
        return m_result;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_keep(m_buffer); // the archive takes this reference; ours is freed at the end
    m_result = zip_open_from_source(m_buffer, ZIP_RDONLY, &error);
    if (!m_result) {
        zip_source_free(m_buffer);
        m_error = describe(&error);
        return nullptr;
    }
    zip_error_fini(&error);
    return m_result;
}

int64_t ZipPart::read(void *data, uint64_t length)
{
    char *out = static_cast<char *>(data);
    uint64_t copied = 0;
    while (copied < length) {
        if (m_readPos == m_reading.size()) {
            std::unique_lock lock(m_mutex);
            if (m_reading.capacity() && m_spare.size() < kQueued)
                m_spare.push_back(std::move(m_reading));
            m_reading = XmlBytes();
            m_readPos = 0;
            // Hand libzip what there is rather than wait with bytes in hand.
            if (copied > 0 && m_full.empty())
                return int64_t(copied);
            m_changed.wait(lock, [this] { return !m_full.empty() || m_finished || m_aborted; });
            if (m_aborted)
                return -1;
            if (m_full.empty())
                return int64_t(copied); // finished: the end of the part
            m_reading = std::move(m_full.front());
            m_full.pop_front();
            lock.unlock();
            m_changed.notify_all(); // room in the queue for the writer
        }
        const uint64_t n = std::min<uint64_t>(length - copied, m_reading.size() - m_readPos);
        std::memcpy(out + copied, m_reading.data() + m_readPos, n);
        m_readPos += n;
        copied += n;
    }
    return int64_t(copied);
}

void ZipPart::run()
{
    zip_error_t error;
    zip_error_init(&error);
    m_buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t *archive = nullptr;
    if (m_buffer) {
        zip_source_keep(m_buffer); // the bytes must outlive the archive that writes them
        archive = zip_open_from_source(m_buffer, ZIP_TRUNCATE, &error);
        if (!archive)
            zip_source_free(m_buffer); // the reference the archive did not take
    }
    std::string failed;
    if (!archive) {
        failed = describe(&error);
    } else {
        zip_error_fini(&error);
        zip_source_t *source = zip_source_function(archive, partSource, this);
        const zip_int64_t index = source ? zip_file_add(archive, m_name.c_str(), source, 0) : -1;
        if (index < 0 && source)
            zip_source_free(source);
        if (index < 0 || zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_DEFLATE, 1) != 0
            || zip_file_set_mtime(archive, zip_uint64_t(index), zipEntryTime(), 0) != 0
            || zip_close(archive) != 0) {
            failed = zip_strerror(archive);
            zip_discard(archive);
        }
    }
    {
        const std::lock_guard lock(m_mutex);
        m_done = true;
        if (m_error.empty())
            m_error = failed;
    }
    m_changed.notify_all();
}

} // namespace tz
