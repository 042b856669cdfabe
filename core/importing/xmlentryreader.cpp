#include "xmlentryreader.h"

#include "sheet.h"
#include "ziparchive.h"

#include <QCoreApplication>

namespace tz {

XmlEntryReader::XmlEntryReader(ZipArchive &zip, const QString &part, const QString &where)
    : m_zip(zip), m_part(part), m_where(where)
{
}

XmlEntryReader::~XmlEntryReader()
{
    if (m_open)
        m_zip.closeEntry();
}

bool XmlEntryReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

bool XmlEntryReader::open()
{
    if (!m_zip.openEntry(m_part))
        return fail(m_zip.error());
    m_open = true;
    return true;
}

bool XmlEntryReader::next()
{
    if (failed() || !m_open)
        return false;
    for (;;) {
        const QXmlStreamReader::TokenType t = m_xml.readNext();
        if (t == QXmlStreamReader::DTD)
            return fail(QCoreApplication::translate("tz::import",
                                                    "%1：文件中含有文档类型定义（DTD），"
                                                    "正常的电子表格不会有，出于安全考虑拒绝读取。")
                                .arg(m_where));
        if (t == QXmlStreamReader::EndDocument)
            return false;
        if (!m_xml.hasError()) {
            m_pendingBytes = 0;
            return true;
        }
        if (m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError || m_zip.atEnd())
            return fail(QCoreApplication::translate("tz::import", "%1：XML 内容有误（“%2”第 %3 行第 %4 列：%5），文件可能已损坏。")
                                .arg(m_where, m_part)
                                .arg(m_xml.lineNumber())
                                .arg(m_xml.columnNumber())
                                .arg(m_xml.errorString()));
        // The parser has consumed all it was given: feed it the next chunk and go on.
        // QXmlStreamReader holds a token until it has seen all of it. A part is streamed only
        // if its tokens are small: no cell text exceeds Excel's 32,767 characters, so a
        // megabytes-long run of one token is a bomb of its own.
        if (m_pendingBytes > limits::MaxXmlTokenBytes)
            return fail(QCoreApplication::translate("tz::import",
                                                    "%1：“%2”中有一段超过 %3 MB 的连续内容，不是正常的电子表格，"
                                                    "可能是损坏或恶意构造的文件（“压缩炸弹”），已拒绝读取。")
                                .arg(m_where, m_part)
                                .arg(limits::MaxXmlTokenBytes >> 20));
        QByteArray chunk;
        if (!m_zip.readChunk(&chunk, 1 << 20))
            return fail(m_zip.error());
        m_pendingBytes += chunk.size();
        if (!chunk.isEmpty())
            m_xml.addData(chunk);
    }
}

QString XmlEntryReader::attribute(QStringView localName) const
{
    const QXmlStreamAttributes attributes = m_xml.attributes();
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == localName)
            return a.value().toString();
    }
    return {};
}

bool XmlEntryReader::readText(QString *text)
{
    text->clear();
    int depth = 1;
    while (next()) {
        switch (m_xml.tokenType()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            if (--depth == 0)
                return true;
            break;
        case QXmlStreamReader::Characters:
            text->append(m_xml.text());
            break;
        default:
            break;
        }
    }
    return false;
}

bool XmlEntryReader::skipElement()
{
    int depth = 1;
    while (next()) {
        if (m_xml.tokenType() == QXmlStreamReader::StartElement)
            ++depth;
        else if (m_xml.tokenType() == QXmlStreamReader::EndElement && --depth == 0)
            return true;
    }
    return false;
}

} // namespace tz
