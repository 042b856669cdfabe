#pragma once

#include <QByteArray>
#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace tz {

// Runs a producer of chunks (inflating a zip entry) on a thread of its own, a bounded number of
// chunks ahead of the consumer (the XML scanner), so that the two use both cores and memory
// stays at depth chunks whatever the size of the stream. The consumer sees exactly the chunks,
// the end and the error it would see calling the producer itself, in the same order.
class ReadAhead
{
public:
    enum Result { Chunk, End, Error };
    // Appends the next chunk to *chunk and says Chunk; or End (nothing appended); or Error with
    // the message in *error. Called on the reading thread only, never after End or Error.
    using Producer = std::function<Result(QByteArray *chunk, QString *error)>;

    explicit ReadAhead(Producer produce, size_t depth = 2);
    // Stops the producer at its next chunk and waits for it (a consumer that gives up early,
    // on an error in the XML or a cancelled import, does not wait for the rest to inflate).
    ~ReadAhead();
    ReadAhead(const ReadAhead &) = delete;
    ReadAhead &operator=(const ReadAhead &) = delete;

    // Appends the next chunk to *chunk; after End or Error, says the same again.
    Result next(QByteArray *chunk, QString *error);
    // False when no thread could be started: the producer then runs inside next().
    bool threaded() const { return m_thread.joinable(); }

private:
    struct Item
    {
        Result result;
        QByteArray bytes;
        QString error;
    };
    void run();

    Producer m_produce;
    const size_t m_depth;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Item> m_items; // produced, not yet taken
    bool m_stop = false;
    bool m_finished = false; // End or Error taken: the last item, kept for later calls
    Item m_last {};
    std::thread m_thread;
};

} // namespace tz
