#include "zippackage.h"

#include "zippart.h"

#include <QCoreApplication>

#include <zip.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>

namespace tz {

namespace {

zip_int64_t packageSource(void *state, void *data, zip_uint64_t length, zip_source_cmd_t command)
{
    return static_cast<ZipPackage *>(state)->sourceCommand(data, length, int(command));
}

bool goesFirst(const std::string &name)
{
    return name == "[Content_Types].xml" || name == "_rels/.rels";
}

} // namespace

ZipPackage::ZipPackage(const QString &path) : m_path(path), m_file(path)
{
    if (!m_file.open(QIODevice::WriteOnly))
        m_error = writeError(m_file.errorString());
}

ZipPackage::~ZipPackage()
{
    m_parts.clear(); // stops compressions still running
    if (m_file.isOpen())
        m_file.cancelWriting();
}

QString ZipPackage::writeError(const QString &why) const
{
    return QCoreApplication::translate("tz::export", "无法写入“%1”：%2").arg(m_path, why);
}

ZipPart &ZipPackage::beginPart(const std::string &name)
{
    m_parts.push_back(std::make_unique<ZipPart>(name));
    m_entries.push_back({ name, {}, m_parts.back().get() });
    return *m_parts.back();
}

void ZipPackage::addPart(const std::string &name, std::string bytes)
{
    m_entries.push_back({ name, std::move(bytes), nullptr });
}

QString ZipPackage::commit()
{
    if (m_error.isEmpty())
        m_error = assemble();
    m_parts.clear();
    if (!m_error.isEmpty() && m_file.isOpen())
        m_file.cancelWriting();
    return m_error;
}

QString ZipPackage::assemble()
{
    for (const auto &part : m_parts) {
        part->finish(); // a no-op for a part its writer finished
        std::string failed = part->wait();
        if (failed.empty() && !part->compressed())
            failed = part->wait(); // why the compressed part could not be opened
        if (!failed.empty())
            return QCoreApplication::translate("tz::export", "生成 Excel 文件时出错：%1")
                    .arg(QString::fromStdString(failed));
    }
    std::stable_partition(m_entries.begin(), m_entries.end(), [](const Entry &e) { return goesFirst(e.name); });

    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *target = zip_source_function_create(packageSource, this, &error);
    zip_t *archive = target ? zip_open_from_source(target, ZIP_CREATE | ZIP_TRUNCATE, &error) : nullptr;
    if (!archive) {
        if (target)
            zip_source_free(target);
        const QString why = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return writeError(why);
    }
    zip_error_fini(&error);
    bool added = true;
    for (const Entry &e : m_entries) {
        // A compressed part is copied as it is: same method, so libzip does not recompress.
        zip_source_t *source = e.part ? zip_source_zip(archive, e.part->compressed(), 0, 0, 0, -1)
                                      : zip_source_buffer(archive, e.bytes.data(), e.bytes.size(), 0);
        const zip_int64_t index = source ? zip_file_add(archive, e.name.c_str(), source, 0) : -1;
        if (index < 0 && source)
            zip_source_free(source);
        added = index >= 0 && zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_DEFLATE, 1) == 0
                && zip_file_set_mtime(archive, zip_uint64_t(index), zipEntryTime(), 0) == 0;
        if (!added)
            break;
    }
    if (added && zip_close(archive) == 0)
        return {}; // closing committed the file
    const QString why = m_fileError.isEmpty() ? QString::fromUtf8(zip_strerror(archive)) : m_fileError;
    zip_discard(archive);
    return writeError(why);
}

int64_t ZipPackage::sourceCommand(void *data, uint64_t length, int command)
{
    // libzip writes a new archive through these: the file was opened by the constructor; it
    // is committed (renamed over the target, after a sync) only when libzip finished.
    const auto fail = [this](int code, int system = 0) {
        m_zipError = code;
        m_systemError = system;
        if (m_fileError.isEmpty() && code == ZIP_ER_WRITE)
            m_fileError = m_file.errorString();
        return -1;
    };
    switch (zip_source_cmd_t(command)) {
    case ZIP_SOURCE_STAT:
        return fail(ZIP_ER_READ, ENOENT); // how libzip learns there is no archive to read first
    case ZIP_SOURCE_OPEN:
    case ZIP_SOURCE_READ:
    case ZIP_SOURCE_SEEK:
        return fail(ZIP_ER_OPNOTSUPP);
    case ZIP_SOURCE_TELL:
    case ZIP_SOURCE_CLOSE:
    case ZIP_SOURCE_FREE:
    case ZIP_SOURCE_BEGIN_WRITE:
        return 0;
    case ZIP_SOURCE_WRITE: {
        const qint64 written = m_file.write(static_cast<const char *>(data), qint64(length));
        return written == qint64(length) ? written : fail(ZIP_ER_WRITE);
    }
    case ZIP_SOURCE_TELL_WRITE:
        return m_file.pos();
    case ZIP_SOURCE_SEEK_WRITE: {
        auto *args = ZIP_SOURCE_GET_ARGS(zip_source_args_seek_t, data, length, nullptr);
        if (!args)
            return fail(ZIP_ER_INVAL);
        qint64 to = args->offset;
        if (args->whence == SEEK_CUR)
            to += m_file.pos();
        else if (args->whence == SEEK_END)
            to += m_file.size();
        return to >= 0 && m_file.seek(to) ? 0 : fail(ZIP_ER_SEEK);
    }
    case ZIP_SOURCE_COMMIT_WRITE:
        if (!m_file.commit()) {
            m_fileError = m_file.errorString();
            return fail(ZIP_ER_WRITE);
        }
        return 0;
    case ZIP_SOURCE_ROLLBACK_WRITE:
    case ZIP_SOURCE_REMOVE:
        if (m_file.isOpen())
            m_file.cancelWriting();
        return 0;
    case ZIP_SOURCE_ERROR: {
        zip_error_t error;
        zip_error_init(&error);
        zip_error_set(&error, m_zipError, m_systemError);
        const zip_int64_t n = zip_error_to_data(&error, data, length);
        zip_error_fini(&error);
        return n;
    }
    case ZIP_SOURCE_SUPPORTS:
        return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                              ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, ZIP_SOURCE_SEEK, ZIP_SOURCE_TELL,
                                              ZIP_SOURCE_SUPPORTS, ZIP_SOURCE_BEGIN_WRITE, ZIP_SOURCE_COMMIT_WRITE,
                                              ZIP_SOURCE_ROLLBACK_WRITE, ZIP_SOURCE_WRITE, ZIP_SOURCE_SEEK_WRITE,
                                              ZIP_SOURCE_TELL_WRITE, ZIP_SOURCE_REMOVE, -1);
    default:
        return fail(ZIP_ER_OPNOTSUPP);
    }
}

} // namespace tz
