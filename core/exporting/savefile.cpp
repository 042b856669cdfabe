#include "savefile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace tz {

AtomicFileWriter::AtomicFileWriter(const QString &path) : m_path(path), m_file(path) { }

bool AtomicFileWriter::fail()
{
    if (m_error.isEmpty())
        m_error = QCoreApplication::translate("tz::export", "无法写入“%1”：%2").arg(m_path, m_file.errorString());
    m_file.cancelWriting();
    return false;
}

bool AtomicFileWriter::write(const QByteArray &bytes)
{
    if (!m_error.isEmpty())
        return false;
    if (!m_file.isOpen() && !m_file.open(QIODevice::WriteOnly))
        return fail();
    return m_file.write(bytes) == bytes.size() || fail();
}

QString AtomicFileWriter::commit()
{
    if (m_error.isEmpty() && !m_file.isOpen() && !m_file.open(QIODevice::WriteOnly))
        fail(); // nothing was written: an empty file still replaces `path`
    if (m_error.isEmpty() && !m_file.commit())
        fail();
    return m_error;
}

void AtomicFileWriter::cancel()
{
    if (m_file.isOpen())
        m_file.cancelWriting();
}

} // namespace tz
