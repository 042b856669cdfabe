#pragma once

#include <QByteArray>
#include <QString>
#include <QStringDecoder>
#include <QXmlStreamReader> // for the token type names only

#include <optional>
#include <string>
#include <vector>

namespace tz {

class ZipArchive;

// Pulls the XML tokens of one zip entry, chunk by chunk, so that memory stays bounded however
// large the part is and the archive's byte budget is enforced as we go.
//
// A small strict scanner of our own rather than QXmlStreamReader: a worksheet is a million tiny
// elements, and QXmlStreamReader spent more than half of an import turning them into QStrings.
// It knows exactly what spreadsheet parts need: elements, attributes, character data, CDATA,
// comments and processing instructions (skipped), the five predefined entities and character
// references. Everything else is an error: a document type declaration is refused outright (a
// spreadsheet part never has one, and refusing it closes the door on entity tricks), as are
// undefined entities, mismatched or unclosed tags, control characters, invalid UTF-8 and any
// one token longer than limits::MaxXmlTokenBytes. UTF-16 parts are converted to UTF-8 first.
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
    // StartElement, EndElement or Characters (also for CDATA); a self-closing element gives
    // both its start and its end.
    QXmlStreamReader::TokenType tokenType() const { return m_token; }
    // Elements are matched by local name, so Strict OOXML's namespaces read like transitional.
    bool isStart(QStringView localName) const
    {
        return m_token == QXmlStreamReader::StartElement && nameIs(localName);
    }
    bool isEnd(QStringView localName) const
    {
        return m_token == QXmlStreamReader::EndElement && nameIs(localName);
    }
    // An attribute of the current start element by local name, whatever its namespace
    // (r:id is "id" in the relationships namespace, transitional or strict). Namespace
    // declarations (xmlns, xmlns:r) are not attributes. Empty when absent.
    QString attribute(QStringView localName);
    // The same into a string the caller keeps from one element to the next: a worksheet's
    // cells each have two or three short attributes, and a new string each cost an allocation.
    void attribute(QStringView localName, QString *value);
    // All character data up to the end of the current element.
    bool readText(QString *text);
    // Skips the current element with everything inside it.
    bool skipElement();

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    // For callers that detect a problem in the content: sets error() and returns false.
    bool fail(const QString &message);

private:
    struct Attribute
    {
        qsizetype name, nameEnd, value, valueEnd; // offsets into m_buf
    };
    enum Scan { Done, NeedMore, Bad };

    bool nameIs(QStringView localName) const;
    bool more(qsizetype tokenStart); // reads the next chunk; false at the end or on an error
    Scan scanToken();
    Scan scanStartTag(qsizetype p);
    Scan scanEndTag(qsizetype p);
    Scan skipUntil(qsizetype from, const char *terminator, qsizetype *after);
    bool decode(qsizetype begin, qsizetype end, bool attribute, QString *out);
    // decode() for text with entities or character references.
    bool resolve(qsizetype begin, qsizetype end, bool attribute, QString *out);
    // Appends strict UTF-8 as UTF-16; false on an invalid sequence.
    static bool appendUtf8(QByteArrayView bytes, QString *out);
    bool syntaxError(const QString &what);
    void localName(qsizetype begin, qsizetype end);

    ZipArchive &m_zip;
    QString m_part;
    QString m_where;
    QString m_error;
    bool m_open = false;
    bool m_started = false; // the first chunk has been looked at (BOM, UTF-16)
    std::optional<QStringDecoder> m_utf16;

    QByteArray m_buf;
    qsizetype m_pos = 0;
    qint64 m_line = 1; // lines in the bytes already dropped from m_buf, for messages

    QXmlStreamReader::TokenType m_token = QXmlStreamReader::NoToken;
    qsizetype m_name = 0, m_nameEnd = 0; // local name of the current element
    qsizetype m_text = 0, m_textEnd = 0; // raw character data
    bool m_cdata = false;
    bool m_pendingEnd = false; // a self-closing element's end comes next
    std::vector<Attribute> m_attributes;
    // The qualified names of the open elements, for matching end tags, one after the other in
    // one buffer: a worksheet opens a million elements, and a QByteArray each cost an allocation.
    // A std::string, whose inline append of a few bytes is a copy, where QByteArray::append
    // went through its out-of-line insert for every element.
    class NameStack
    {
    public:
        bool empty() const { return m_starts.empty(); }
        size_t size() const { return m_starts.size(); }
        void push(QByteArrayView name)
        {
            m_starts.push_back(m_bytes.size());
            m_bytes.append(name.data(), size_t(name.size()));
        }
        QByteArrayView back() const
        {
            return QByteArrayView(m_bytes.data() + m_starts.back(), qsizetype(m_bytes.size() - m_starts.back()));
        }
        void pop()
        {
            m_bytes.resize(m_starts.back()); // keeps the capacity
            m_starts.pop_back();
        }

    private:
        std::string m_bytes;
        std::vector<size_t> m_starts;
    };
    NameStack m_stack;
    bool m_rootDone = false;
    std::vector<char16_t> m_scratch; // resolve()'s output before it becomes a string
};

} // namespace tz
