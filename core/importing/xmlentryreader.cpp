#include "xmlentryreader.h"

#include "sheet.h"
#include "ziparchive.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace tz {

namespace {

// Inflated bytes read at a time; a worksheet larger than this is inflated on another thread
// (ZipArchive's read-ahead) while this one scans.
constexpr qint64 kChunkBytes = 1 << 20;

// Elements nest a few levels in a spreadsheet part; a deep pile is a crafted file.
constexpr size_t MaxDepth = 256;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool endsName(char c)
{
    return isSpace(c) || c == '>' || c == '/' || c == '=' || c == '<' || c == '"' || c == '\'';
}

// Where a qualified name's local part starts (after its last ':'). Names are a few bytes and
// every tag and attribute asks: a loop here, not QByteArrayView::lastIndexOf's out-of-line call.
qsizetype localStart(const char *name, qsizetype size)
{
    for (qsizetype i = size; i > 0; --i) {
        if (name[i - 1] == ':')
            return i;
    }
    return 0;
}

// Line breaks in a run of bytes, for messages. memchr skips a line at a time, and a part
// written by openpyxl or Excel is one long line: std::count looked at every byte.
qint64 countLines(const char *from, const char *to)
{
    qint64 n = 0;
    while (from < to) {
        const void *nl = std::memchr(from, '\n', size_t(to - from));
        if (!nl)
            break;
        ++n;
        from = static_cast<const char *>(nl) + 1;
    }
    return n;
}

} // namespace

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
    m_token = QXmlStreamReader::Invalid;
    return false;
}

bool XmlEntryReader::syntaxError(const QString &what)
{
    const qsizetype upTo = std::min(m_pos, m_buf.size());
    const qint64 line = m_line + countLines(m_buf.constBegin(), m_buf.constBegin() + upTo);
    const qsizetype lastBreak = QByteArrayView(m_buf.constData(), upTo).lastIndexOf('\n');
    return fail(QCoreApplication::translate("tz::import", "%1：XML 内容有误（“%2”第 %3 行第 %4 列：%5），文件可能已损坏。")
                        .arg(m_where, m_part)
                        .arg(line)
                        .arg(upTo - lastBreak)
                        .arg(what));
}

bool XmlEntryReader::open()
{
    if (!m_zip.openEntry(m_part, kChunkBytes))
        return fail(m_zip.error());
    m_open = true;
    return true;
}

bool XmlEntryReader::more(qsizetype tokenStart)
{
    // What lies before the token is done with: drop it, counting its lines for messages.
    m_line += countLines(m_buf.constBegin(), m_buf.constBegin() + tokenStart);
    m_buf.remove(0, tokenStart);
    m_pos -= tokenStart;
    // No cell text exceeds Excel's 32,767 characters, so a megabytes-long run of one token is
    // a bomb of its own.
    if (m_buf.size() > limits::MaxXmlTokenBytes)
        return fail(QCoreApplication::translate("tz::import",
                                                "%1：“%2”中有一段超过 %3 MB 的连续内容，不是正常的电子表格，"
                                                "可能是损坏或恶意构造的文件（“压缩炸弹”），已拒绝读取。")
                            .arg(m_where, m_part)
                            .arg(limits::MaxXmlTokenBytes >> 20));
    if (m_zip.atEnd())
        return false;
    if (m_started && !m_utf16) // the usual case: UTF-8 straight into the buffer, no copy
        return m_zip.readChunk(&m_buf, kChunkBytes) || fail(m_zip.error());
    QByteArray chunk;
    if (!m_zip.readChunk(&chunk, kChunkBytes))
        return fail(m_zip.error());
    if (!m_started && !chunk.isEmpty()) {
        m_started = true;
        const auto b = [&chunk](int i) { return chunk.size() > i ? uchar(chunk.at(i)) : 0; };
        if (b(0) == 0xEF && b(1) == 0xBB && b(2) == 0xBF)
            chunk.remove(0, 3);
        else if ((b(0) == 0xFF && b(1) == 0xFE) || (b(0) == '<' && b(1) == 0))
            m_utf16.emplace(QStringConverter::Utf16LE);
        else if ((b(0) == 0xFE && b(1) == 0xFF) || (b(0) == 0 && b(1) == '<'))
            m_utf16.emplace(QStringConverter::Utf16BE);
    }
    if (m_utf16) {
        chunk = QString((*m_utf16)(chunk)).toUtf8();
        if (m_buf.isEmpty() && chunk.startsWith("\xEF\xBB\xBF"))
            chunk.remove(0, 3); // the BOM, decoded
    }
    m_buf.append(chunk);
    return true;
}

bool XmlEntryReader::next()
{
    if (failed() || !m_open)
        return false;
    if (m_pendingEnd) {
        m_pendingEnd = false;
        m_token = QXmlStreamReader::EndElement;
        m_stack.pop();
        m_rootDone = m_stack.empty();
        return true;
    }
    for (;;) {
        const qsizetype start = m_pos;
        const Scan s = scanToken();
        if (s == Done) {
            if (m_token != QXmlStreamReader::NoToken)
                return true;
            continue; // a comment, a processing instruction, space between elements
        }
        if (s == Bad)
            return false;
        m_pos = start;
        if (!more(start)) {
            if (failed())
                return false;
            const bool onlySpace = std::all_of(m_buf.constBegin() + m_pos, m_buf.constEnd(), isSpace);
            if (!onlySpace || !m_stack.empty() || !m_rootDone)
                return syntaxError(QStringLiteral("premature end of document"));
            m_token = QXmlStreamReader::EndDocument;
            return false;
        }
    }
}

XmlEntryReader::Scan XmlEntryReader::skipUntil(qsizetype from, const char *terminator, qsizetype *after)
{
    const qsizetype at = QByteArrayView(m_buf).indexOf(QByteArrayView(terminator), from);
    if (at < 0)
        return NeedMore;
    *after = at + qsizetype(std::strlen(terminator));
    return Done;
}

XmlEntryReader::Scan XmlEntryReader::scanToken()
{
    m_token = QXmlStreamReader::NoToken;
    const qsizetype size = m_buf.size();
    if (m_pos >= size)
        return NeedMore;
    const char *d = m_buf.constData();
    if (d[m_pos] != '<') {
        const void *lt = std::memchr(d + m_pos, '<', size_t(size - m_pos));
        if (!lt)
            return NeedMore; // the text may go on in the next chunk
        const qsizetype end = static_cast<const char *>(lt) - d;
        if (m_stack.empty()) {
            // Outside the root element only space may stand.
            if (!std::all_of(d + m_pos, d + end, isSpace)) {
                syntaxError(QStringLiteral("text outside the root element"));
                return Bad;
            }
            m_pos = end;
            return Done;
        }
        m_text = m_pos;
        m_textEnd = end;
        m_cdata = false;
        m_pos = end;
        m_token = QXmlStreamReader::Characters;
        return Done;
    }
    if (size - m_pos < 2)
        return NeedMore;
    const char c = d[m_pos + 1];
    // Room to tell "<!--", "<![CDATA[" and "<!DOCTYPE" apart, unless the part ends first.
    if (c == '!' && size - m_pos < 9 && !m_zip.atEnd())
        return NeedMore;
    const QByteArrayView rest(d + m_pos, size - m_pos);
    qsizetype after = 0;
    if (c == '?') {
        const Scan s = skipUntil(m_pos + 2, "?>", &after);
        if (s == Done)
            m_pos = after;
        return s;
    }
    if (c == '!') {
        if (rest.startsWith("<!--")) {
            const Scan s = skipUntil(m_pos + 4, "-->", &after);
            if (s == Done)
                m_pos = after;
            return s;
        }
        if (rest.startsWith("<![CDATA[")) {
            if (m_stack.empty()) {
                syntaxError(QStringLiteral("CDATA outside the root element"));
                return Bad;
            }
            const Scan s = skipUntil(m_pos + 9, "]]>", &after);
            if (s != Done)
                return s;
            m_text = m_pos + 9;
            m_textEnd = after - 3;
            m_cdata = true;
            m_pos = after;
            m_token = QXmlStreamReader::Characters;
            return Done;
        }
        if (rest.startsWith("<!DOCTYPE")) {
            fail(QCoreApplication::translate("tz::import",
                                             "%1：文件中含有文档类型定义（DTD），"
                                             "正常的电子表格不会有，出于安全考虑拒绝读取。")
                         .arg(m_where));
            return Bad;
        }
        syntaxError(QStringLiteral("unexpected markup"));
        return Bad;
    }
    return c == '/' ? scanEndTag(m_pos) : scanStartTag(m_pos);
}

void XmlEntryReader::localName(qsizetype begin, qsizetype end)
{
    m_name = begin + localStart(m_buf.constData() + begin, end - begin);
    m_nameEnd = end;
}

XmlEntryReader::Scan XmlEntryReader::scanStartTag(qsizetype p)
{
    const char *d = m_buf.constData();
    const qsizetype size = m_buf.size();
    const auto bad = [this](const char *what) {
        syntaxError(QString::fromLatin1(what));
        return Bad;
    };
    qsizetype i = p + 1;
    while (i < size && !endsName(d[i]))
        ++i;
    if (i >= size)
        return NeedMore;
    const qsizetype nameEnd = i;
    if (nameEnd == p + 1)
        return bad("element without a name");
    if (m_stack.empty() && m_rootDone)
        return bad("a second root element");
    m_attributes.clear();
    bool selfClosing = false;
    for (;;) {
        while (i < size && isSpace(d[i]))
            ++i;
        if (i >= size)
            return NeedMore;
        if (d[i] == '>') {
            ++i;
            break;
        }
        if (d[i] == '/') {
            if (i + 1 >= size)
                return NeedMore;
            if (d[i + 1] != '>')
                return bad("'/' inside a tag");
            selfClosing = true;
            i += 2;
            break;
        }
        if (i > nameEnd && !isSpace(d[i - 1]))
            return bad("attributes not separated by space");
        Attribute a {};
        a.name = i;
        while (i < size && !endsName(d[i]))
            ++i;
        a.nameEnd = i;
        while (i < size && isSpace(d[i]))
            ++i;
        if (i >= size)
            return NeedMore;
        if (a.nameEnd == a.name || d[i] != '=')
            return bad("malformed attribute");
        ++i;
        while (i < size && isSpace(d[i]))
            ++i;
        if (i >= size)
            return NeedMore;
        if (d[i] != '"' && d[i] != '\'')
            return bad("attribute value without quotes");
        const void *close = std::memchr(d + i + 1, d[i], size_t(size - i - 1));
        if (!close)
            return NeedMore;
        a.value = i + 1;
        a.valueEnd = static_cast<const char *>(close) - d;
        if (std::memchr(d + a.value, '<', size_t(a.valueEnd - a.value)))
            return bad("'<' in an attribute value");
        i = a.valueEnd + 1;
        m_attributes.push_back(a);
    }
    if (m_stack.size() >= MaxDepth)
        return bad("elements nested too deeply");
    m_stack.push(QByteArrayView(d + p + 1, nameEnd - p - 1));
    localName(p + 1, nameEnd);
    m_pendingEnd = selfClosing;
    m_pos = i;
    m_token = QXmlStreamReader::StartElement;
    return Done;
}

XmlEntryReader::Scan XmlEntryReader::scanEndTag(qsizetype p)
{
    const char *d = m_buf.constData();
    const void *gt = std::memchr(d + p, '>', size_t(m_buf.size() - p));
    if (!gt)
        return NeedMore;
    const qsizetype close = static_cast<const char *>(gt) - d;
    qsizetype nameEnd = close;
    while (nameEnd > p + 2 && isSpace(d[nameEnd - 1]))
        --nameEnd;
    const QByteArrayView name(d + p + 2, nameEnd - p - 2);
    if (m_stack.empty() || name != m_stack.back()) {
        syntaxError(QStringLiteral("end tag does not match its start tag"));
        return Bad;
    }
    m_stack.pop();
    m_rootDone = m_stack.empty();
    localName(p + 2, nameEnd);
    m_pos = close + 1;
    m_token = QXmlStreamReader::EndElement;
    return Done;
}

bool XmlEntryReader::nameIs(QStringView localName) const
{
    const qsizetype n = m_nameEnd - m_name;
    if (n != localName.size())
        return false;
    const char *d = m_buf.constData() + m_name;
    for (qsizetype i = 0; i < n; ++i) {
        if (char16_t(uchar(d[i])) != localName[i].unicode())
            return false;
    }
    return true;
}

// Character data or an attribute value to text: entities and character references resolved,
// control characters and invalid UTF-8 refused, and (in attributes) line breaks and tabs
// turned into spaces as XML's attribute normalisation does.
bool XmlEntryReader::decode(qsizetype begin, qsizetype end, bool attribute, QString *out)
{
    const char *d = m_buf.constData();
    bool plain = true;
    bool ascii = true;
    for (qsizetype i = begin; i < end; ++i) {
        const uchar c = uchar(d[i]);
        ascii = ascii && c < 0x80;
        if (c == '&' || (c < 0x20 && (attribute || (c != '\t' && c != '\n' && c != '\r')))) {
            plain = false;
            break;
        }
    }
    if (plain && ascii) {
        // Numbers, references, style ids: into the caller's string, whose capacity stays from
        // one cell to the next when it is kept (no allocation per attribute or value).
        out->resize(end - begin);
        QChar *to = out->data();
        for (qsizetype i = begin; i < end; ++i)
            *to++ = QChar(char16_t(uchar(d[i])));
        return true;
    }
    if (!plain && !m_cdata)
        return resolve(begin, end, attribute, out);
    if (!plain) {
        for (qsizetype i = begin; i < end; ++i) {
            const uchar c = uchar(d[i]);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                return syntaxError(QStringLiteral("control character in the text"));
        }
    }
    out->clear();
    if (!appendUtf8(QByteArrayView(d + begin, end - begin), out))
        return syntaxError(QStringLiteral("invalid UTF-8"));
    return true;
}

bool XmlEntryReader::appendUtf8(QByteArrayView bytes, QString *out)
{
    if (bytes.isEmpty())
        return true;
    if (std::all_of(bytes.begin(), bytes.end(), [](char c) { return uchar(c) < 0x80; })) {
        out->append(QLatin1StringView(bytes));
        return true;
    }
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString text = utf8(bytes);
    if (utf8.hasError())
        return false;
    out->append(text);
    return true;
}

bool XmlEntryReader::resolve(qsizetype begin, qsizetype end, bool attribute, QString *out)
{
    // Straight to UTF-16: writers such as openpyxl without lxml spell every Chinese character
    // as a reference (&#39033;), and going through a UTF-8 buffer and a QByteArray per
    // reference made this the costliest step of reading such a file. The characters are
    // written into a scratch buffer kept from one text to the next (no byte of the input
    // yields more than one UTF-16 unit, so end - begin units always suffice), and the result
    // is one string of its exact size: one allocation per text, where a reserve, an append
    // per reference and a squeeze cost three and an out-of-line call per character.
    const char *d = m_buf.constData();
    if (qsizetype(m_scratch.size()) < end - begin)
        m_scratch.resize(size_t(end - begin));
    char16_t *const first = m_scratch.data();
    char16_t *to = first;
    qsizetype run = begin; // the start of the bytes not yet appended
    const auto flush = [&](qsizetype upTo) {
        // A run between references is mostly ASCII (digits, brackets); anything else goes
        // through the strict decoder, whose units are never more than its bytes.
        qsizetype i = run;
        while (i < upTo && uchar(d[i]) < 0x80)
            *to++ = char16_t(uchar(d[i++]));
        if (i == upTo)
            return true;
        QString decoded;
        if (!appendUtf8(QByteArrayView(d + i, upTo - i), &decoded))
            return false;
        std::memcpy(to, decoded.constData(), size_t(decoded.size()) * sizeof(char16_t));
        to += decoded.size();
        return true;
    };
    for (qsizetype i = begin; i < end; ++i) {
        const char c = d[i];
        if (uchar(c) < 0x20) {
            if (c != '\t' && c != '\n' && c != '\r')
                return syntaxError(QStringLiteral("control character in the text"));
            if (attribute) { // attribute values read white space as a plain space
                if (!flush(i))
                    return syntaxError(QStringLiteral("invalid UTF-8"));
                *to++ = u' ';
                run = i + 1;
            }
            continue;
        }
        if (c != '&')
            continue;
        if (!flush(i))
            return syntaxError(QStringLiteral("invalid UTF-8"));
        // The usual reference, a decimal one of a BMP character (&#39033;), read in place; any
        // other form, or one that does not end where it should, takes the general way below.
        if (i + 3 < end && d[i + 1] == '#' && d[i + 2] >= '0' && d[i + 2] <= '9') {
            char32_t v = 0;
            qsizetype k = i + 2;
            while (k < end && k < i + 7 && d[k] >= '0' && d[k] <= '9')
                v = v * 10 + char32_t(d[k++] - '0');
            if (k < end && d[k] == ';' && v >= 0x20 && v < 0xD800) {
                *to++ = char16_t(v);
                i = k;
                run = i + 1;
                continue;
            }
        }
        const qsizetype semi = QByteArrayView(d + i, std::min<qsizetype>(end - i, 12)).indexOf(';');
        if (semi < 0)
            return syntaxError(QStringLiteral("'&' that starts no entity"));
        const QByteArrayView ref(d + i + 1, semi - 1);
        char32_t code = 0;
        if (ref.startsWith('#')) { // the usual case first
            const bool hexRef = ref.size() > 1 && ref.at(1) == 'x';
            const QByteArrayView digits = ref.sliced(hexRef ? 2 : 1);
            bool ok = !digits.isEmpty(); // at most ten digits fit in the 12 bytes searched
            for (const char x : digits) {
                const int v = x >= '0' && x <= '9' ? x - '0'
                        : hexRef && x >= 'a' && x <= 'f' ? x - 'a' + 10
                        : hexRef && x >= 'A' && x <= 'F' ? x - 'A' + 10
                                                          : -1;
                ok = ok && v >= 0 && code <= 0x10FFFF;
                code = ok ? code * (hexRef ? 16 : 10) + char32_t(v) : code;
            }
            if (!ok || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)
                || (code < 0x20 && code != '\t' && code != '\n' && code != '\r'))
                return syntaxError(QStringLiteral("invalid character reference"));
        } else if (ref == "lt") {
            code = '<';
        } else if (ref == "gt") {
            code = '>';
        } else if (ref == "amp") {
            code = '&';
        } else if (ref == "quot") {
            code = '"';
        } else if (ref == "apos") {
            code = '\'';
        } else {
            // Only the five predefined entities exist without a DTD.
            return syntaxError(QStringLiteral("undefined entity"));
        }
        if (code >= 0x10000) { // two units from a reference of at least eight bytes
            *to++ = QChar::highSurrogate(code);
            *to++ = QChar::lowSurrogate(code);
        } else {
            *to++ = char16_t(code);
        }
        i += semi;
        run = i + 1;
    }
    if (!flush(end))
        return syntaxError(QStringLiteral("invalid UTF-8"));
    *out = QString(reinterpret_cast<const QChar *>(first), to - first);
    return true;
}

QString XmlEntryReader::attribute(QStringView localName)
{
    QString value;
    attribute(localName, &value);
    return value;
}

void XmlEntryReader::attribute(QStringView localName, QString *value)
{
    // Absent: empty (null when the string was null, as attribute() has always returned).
    if (m_token != QXmlStreamReader::StartElement) {
        value->truncate(0);
        return;
    }
    for (const Attribute &a : m_attributes) {
        const QByteArrayView qualified(m_buf.constData() + a.name, a.nameEnd - a.name);
        if (qualified == "xmlns" || qualified.startsWith("xmlns:"))
            continue;
        const QByteArrayView local = qualified.sliced(localStart(qualified.data(), qualified.size()));
        if (local.size() != localName.size())
            continue;
        bool same = true;
        for (qsizetype i = 0; same && i < local.size(); ++i)
            same = char16_t(uchar(local[i])) == localName[i].unicode();
        if (!same)
            continue;
        const bool wasCdata = m_cdata;
        m_cdata = false;
        const bool ok = decode(a.value, a.valueEnd, true, value);
        m_cdata = wasCdata;
        if (!ok)
            value->clear();
        return;
    }
    value->truncate(0);
}

bool XmlEntryReader::readText(QString *text)
{
    text->truncate(0); // keeps the capacity of a string the caller reuses
    int depth = 1;
    while (next()) {
        switch (m_token) {
        case QXmlStreamReader::StartElement:
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            if (--depth == 0)
                return true;
            break;
        case QXmlStreamReader::Characters: {
            if (text->isEmpty()) { // the usual single run: decoded in place
                if (!decode(m_text, m_textEnd, false, text))
                    return false;
                break;
            }
            QString part;
            if (!decode(m_text, m_textEnd, false, &part))
                return false;
            text->append(part);
            break;
        }
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
        if (m_token == QXmlStreamReader::StartElement)
            ++depth;
        else if (m_token == QXmlStreamReader::EndElement && --depth == 0)
            return true;
    }
    return false;
}

} // namespace tz
