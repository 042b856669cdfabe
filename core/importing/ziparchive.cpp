#include "ziparchive.h"

#include "sheet.h"

#include <QCoreApplication>
#include <QFile>

#include <zip.h>

namespace tz {

QString normalizedPartName(const QString &name)
{
    QString n = name;
    n.replace(u'\\', u'/');
    while (n.startsWith(u'/'))
        n.remove(0, 1);
    return n.toLower();
}

ZipArchive::ZipArchive() = default;

ZipArchive::~ZipArchive()
{
    closeEntry();
    if (m_zip)
        zip_discard(m_zip); // read-only: nothing to write back
}

bool ZipArchive::fail(const QString &message)
{
    m_error = message;
    return false;
}

QString ZipArchive::tooLarge(qint64 limit) const
{
    return QCoreApplication::translate("tz::import",
                                       "%1：解压后的内容超过 %2 MB，可能是损坏或恶意构造的文件"
                                       "（“压缩炸弹”），已拒绝读取。")
            .arg(describeCellLocation(m_path))
            .arg(limit >> 20);
}

bool ZipArchive::open(const QString &path)
{
    m_path = path;
    int code = 0;
    m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!m_zip) {
        const QString where = describeCellLocation(path);
        if (code == ZIP_ER_NOENT || code == ZIP_ER_OPEN || code == ZIP_ER_READ)
            return fail(QCoreApplication::translate("tz::import", "%1：无法打开文件。").arg(where));
        return fail(QCoreApplication::translate("tz::import",
                                                "%1：文件已损坏或不完整（不是有效的 zip 压缩包），"
                                                "可能是下载或复制没有完成，请重新获取该文件。")
                            .arg(where));
    }
    const zip_int64_t count = zip_get_num_entries(m_zip, 0);
    if (count < 0 || count > limits::MaxZipEntries)
        return fail(QCoreApplication::translate("tz::import", "%1：压缩包中的条目过多（%2 个），不像是电子表格，已拒绝读取。")
                            .arg(describeCellLocation(path))
                            .arg(count));
    for (zip_int64_t i = 0; i < count; ++i) {
        const char *name = zip_get_name(m_zip, zip_uint64_t(i), ZIP_FL_ENC_GUESS);
        if (name)
            m_index.insert(normalizedPartName(QString::fromUtf8(name)), i);
    }
    return true;
}

bool ZipArchive::contains(const QString &name) const
{
    return m_index.contains(normalizedPartName(name));
}

bool ZipArchive::openEntry(const QString &name, qint64 aheadChunkBytes)
{
    closeEntry();
    const auto it = m_index.constFind(normalizedPartName(name));
    if (!m_zip || it == m_index.constEnd())
        return fail(QCoreApplication::translate("tz::import", "%1：缺少“%2”，不是完整的 Excel 工作簿。")
                            .arg(describeCellLocation(m_path), name));
    zip_stat_t st;
    zip_stat_init(&st);
    bool large = false;
    if (zip_stat_index(m_zip, zip_uint64_t(*it), 0, &st) == 0) {
        large = (st.valid & ZIP_STAT_SIZE) && qint64(st.size) > aheadChunkBytes;
        if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
            return fail(QCoreApplication::translate("tz::import", "%1：压缩包设置了密码，无法读取。")
                                .arg(describeCellLocation(m_path)));
        // The declared size refuses an honest bomb at once; the counting below catches a liar.
        if ((st.valid & ZIP_STAT_SIZE) && qint64(st.size) > limits::MaxEntryBytes)
            return fail(tooLarge(limits::MaxEntryBytes));
        if ((st.valid & ZIP_STAT_SIZE) && m_totalBytes + qint64(st.size) > limits::MaxInflatedBytes)
            return fail(tooLarge(limits::MaxInflatedBytes));
    }
    m_entry = zip_fopen_index(m_zip, zip_uint64_t(*it), 0);
    if (!m_entry)
        return fail(QCoreApplication::translate("tz::import", "%1：无法读取其中的“%2”（%3）。")
                            .arg(describeCellLocation(m_path), name,
                                 QString::fromLocal8Bit(zip_strerror(m_zip))));
    m_entryName = name;
    m_entryBytes = 0;
    m_entryAtEnd = false;
    // Small parts (the workbook, the styles, the relationships) are read in a few calls: a
    // thread would cost more than it saves. The size is only declared, which decides nothing
    // but this: the budget is counted on what is actually inflated, either way.
    if (aheadChunkBytes > 0 && large)
        m_ahead = std::make_unique<ReadAhead>([this, aheadChunkBytes](QByteArray *chunk, QString *error) {
            return inflate(chunk, aheadChunkBytes, error);
        });
    return true;
}

ReadAhead::Result ZipArchive::inflate(QByteArray *chunk, qint64 maxBytes, QString *error)
{
    const qsizetype before = chunk->size();
    chunk->resize(before + maxBytes);
    const zip_int64_t n = zip_fread(m_entry, chunk->data() + before, zip_uint64_t(maxBytes));
    chunk->resize(before + (n > 0 ? qsizetype(n) : 0));
    if (n < 0) {
        *error = QCoreApplication::translate("tz::import", "%1：文件已损坏，无法解压其中的“%2”（%3）。")
                         .arg(describeCellLocation(m_path), m_entryName,
                              QString::fromLocal8Bit(zip_file_strerror(m_entry)));
        return ReadAhead::Error;
    }
    if (n == 0)
        return ReadAhead::End;
    m_entryBytes += n;
    m_totalBytes += n;
    if (m_entryBytes > limits::MaxEntryBytes || m_totalBytes > limits::MaxInflatedBytes) {
        *error = tooLarge(m_entryBytes > limits::MaxEntryBytes ? limits::MaxEntryBytes : limits::MaxInflatedBytes);
        return ReadAhead::Error;
    }
    return ReadAhead::Chunk;
}

bool ZipArchive::readChunk(QByteArray *chunk, qint64 maxBytes)
{
    if (!m_entry || m_entryAtEnd)
        return true;
    QString error;
    const ReadAhead::Result r = m_ahead ? m_ahead->next(chunk, &error) : inflate(chunk, maxBytes, &error);
    if (r == ReadAhead::Error) {
        closeEntry();
        return fail(error);
    }
    if (r == ReadAhead::End)
        m_entryAtEnd = true;
    return true;
}

void ZipArchive::closeEntry()
{
    m_ahead.reset(); // stops and joins the thread that reads m_entry, before it closes
    if (m_entry)
        zip_fclose(m_entry);
    m_entry = nullptr;
    m_entryAtEnd = true;
}

bool ZipArchive::readAll(const QString &name, QByteArray *data)
{
    data->clear();
    if (!openEntry(name))
        return false;
    while (!atEnd()) {
        if (!readChunk(data, 256 * 1024))
            return false;
    }
    closeEntry();
    return true;
}

} // namespace tz
