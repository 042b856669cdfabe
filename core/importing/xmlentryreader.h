#pragma once

#include <QString>
#include <QXmlStreamReader>

namespace tz {

class ZipArchive;

// Pulls the XML tokens of one zip entry, feeding QXmlStreamReader chunk by chunk so that memory
// stays bounded however large the part is, and the archive's byte budget is enforced as we go.
// A document type declaration is refused: a spreadsheet part never has one, and refusing it
// closes the door on entity tricks altogether.
class XmlEntryReader
{
public:
    // `where` names the part in messages, e.g. "“台账.xlsx”工作表“Sheet1”".
    XmlEntryReader(ZipArchive &zip, const QString &part, const QString &where);
    ~XmlEntryReader();
    XmlEntryReader(const XmlEntryReader &) = delete;
    XmlEntryReader &operator=(const XmlEntryReader &) = delete;

    bool open();
    // The next token; false at the end of the document or on an error (see error()).
    bool next();
    QXmlStreamReader::TokenType tokenType() const { return m_xml.tokenType(); }
    // Elements are matched by local name, so Strict OOXML's namespaces read like transitional.
    bool isStart(QStringView localName) const
    {
        return m_xml.tokenType() == QXmlStreamReader::StartElement && m_xml.name() == localName;
    }
    bool isEnd(QStringView localName) const
    {
        return m_xml.tokenType() == QXmlStreamReader::EndElement && m_xml.name() == localName;
    }
    // An attribute of the current start element by local name, whatever its namespace
    // (r:id is "id" in the relationships namespace, transitional or strict).
    QString attribute(QStringView localName) const;
    // All character data up to the end of the current element.
    bool readText(QString *text);
    // Skips the current element with everything inside it.
    bool skipElement();

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    // For callers that detect a problem in the content: sets error() and returns false.
    bool fail(const QString &message);

private:
    ZipArchive &m_zip;
    QString m_part;
    QString m_where;
    QXmlStreamReader m_xml;
    QString m_error;
    qint64 m_pendingBytes = 0; // fed to the parser since it last produced a token
    bool m_open = false;
};

} // namespace tz
