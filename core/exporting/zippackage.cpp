#include "zippackage.h"

#include "chunkdeflater.h"
#include "zipcontainer.h"
#include "zippart.h"

#include <QCoreApplication>

#include <algorithm>

namespace tz {

namespace {

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
    m_parts.clear(); // lets the pieces still being deflated go
    if (m_file.isOpen())
        m_file.cancelWriting();
}

QString ZipPackage::writeError(const QString &why) const
{
    return QCoreApplication::translate("tz::export", "无法写入“%1”：%2").arg(m_path, why);
}

ZipPart &ZipPackage::beginPart(const std::string &name)
{
    m_parts.push_back(std::make_unique<ZipPart>(name, m_pool));
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
        const std::string failed = part->wait(); // finishes a part its writer left open
        if (!failed.empty())
            return QCoreApplication::translate("tz::export", "生成 Excel 文件时出错：%1")
                    .arg(QString::fromStdString(failed));
    }
    std::stable_partition(m_entries.begin(), m_entries.end(), [](const Entry &e) { return goesFirst(e.name); });

    // The small parts (a few KB) are deflated here, whole.
    ChunkDeflater deflater;
    std::vector<std::string> deflated(m_entries.size());
    std::vector<ZipEntry> zip;
    zip.reserve(m_entries.size());
    for (size_t i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries[i];
        if (e.part) {
            zip.push_back({ e.name, e.part->crc(), e.part->size(), e.part->pieces() });
            continue;
        }
        if (!deflater.deflate({}, e.bytes, true, deflated[i]))
            return QCoreApplication::translate("tz::export", "生成 Excel 文件时出错：%1")
                    .arg(QStringLiteral("deflate failed (out of memory?)"));
        zip.push_back({ e.name, crc32Of(e.bytes), e.bytes.size(), { deflated[i] } });
    }
    QString fileError;
    const std::string failed = writeZip(zip, [this, &fileError](std::string_view bytes) {
        if (m_file.write(bytes.data(), qint64(bytes.size())) == qint64(bytes.size()))
            return true;
        fileError = m_file.errorString();
        return false;
    });
    if (!failed.empty())
        return writeError(fileError.isEmpty() ? QString::fromStdString(failed) : fileError);
    // Renamed over the target after a sync: a crash leaves the old file or the new, whole.
    if (!m_file.commit())
        return writeError(m_file.errorString());
    return {};
}

} // namespace tz
