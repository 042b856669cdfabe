#include "csvexport.h"

#include "exportcell.h"
#include "ledgerexportdata.h"
#include "savefile.h"

#include <QCoreApplication>
#include <QStringEncoder>

#include <algorithm>
#include <string>

namespace tz {

namespace {

// Digits Excel would turn into a number on opening the CSV, losing leading zeros or, past 15
// digits, the digits themselves (000123… → 1.23457E+17).
bool fragileDigits(const QString &s)
{
    if (s.size() < 2 || !std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return false;
    return s.size() >= 12 || s.front() == u'0';
}

// Characters that make a field quoted: the separator, the quote, a line break, and tabs,
// semicolons and full-width commas, the other separators a reader may sniff for (Chinese text
// is full of "，").
bool isSpecial(QChar c)
{
    switch (c.unicode()) {
    case u',':
    case u'"':
    case u'\n':
    case u'\t':
    case u';':
    case u'\uFF0C':
        return true;
    default:
        return false;
    }
}

} // namespace

QString csvField(const QString &value, bool textColumn)
{
    QString s = value;
    // Inside a field a line break is LF, as Excel writes it; CRLF ends records only.
    s.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (textColumn && startsLikeFormula(s))
        s.prepend(u'\''); // the spreadsheet shows it as text (apostrophe and all), never runs it
    // A leading tab makes Excel and WPS keep a code or phone number as text, as Chinese systems
    // export ID numbers; importers trim it (ours does).
    if (textColumn && fragileDigits(s))
        s.prepend(u'\t');
    s.replace(u'\r', u'\n');
    bool quote = !s.isEmpty() && (s.front().isSpace() || s.back().isSpace());
    for (QChar c : std::as_const(s))
        quote = quote || isSpecial(c);
    if (!quote)
        return s;
    s.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + s + u'"';
}

namespace {

// Whether a field goes into the file as it is, as most do: nothing to quote, neutralise or
// protect.
bool asItIs(const QString &value, bool textColumn)
{
    for (QChar ch : value) {
        // Every character that makes a field quoted is at or below ';', but the full-width comma:
        // one comparison for the Chinese characters most text is made of.
        if (ch.unicode() <= u';' ? ch == u'\r' || isSpecial(ch) : ch == u'\uFF0C')
            return false;
    }
    return (value.isEmpty() || (!value.front().isSpace() && !value.back().isSpace()))
            && !(textColumn && (startsLikeFormula(value) || fragileDigits(value)));
}

} // namespace

void appendCsvField(QString &out, const QString &value, bool textColumn)
{
    // Most fields need nothing done: append them as they are rather than through a copy.
    if (asItIs(value, textColumn))
        out += value;
    else
        out += csvField(value, textColumn);
}

namespace {

// The file's bytes, a record at a time: each record is made in one reused buffer, encoded onto
// the end of the bytes, and the bytes go to the file a megabyte at a time, so neither the file
// nor every project's cells are ever in memory whole. Records end in CRLF, so encoding them
// one by one (the encoder keeps its state between them) gives the bytes that encoding the
// whole text at once gave.
// The record is a plain UTF-16 buffer: a QString append for every field and comma was a
// good part of writing the file.
class RecordWriter
{
public:
    RecordWriter(QStringEncoder &encoder, AtomicFileWriter &file) : m_encoder(encoder), m_file(file)
    {
        m_record.reserve(4096);
        m_bytes.reserve(kChunk + 64 * 1024);
    }

    void append(char16_t c) { m_record.push_back(c); }
    void append(const QString &text) { m_record.append(reinterpret_cast<const char16_t *>(text.constData()), size_t(text.size())); }
    void appendField(const QString &value)
    {
        if (asItIs(value, true))
            append(value);
        else
            append(csvField(value, true));
    }
    // A number's or a date's text (digits, sign, point, dashes: nothing to quote).
    void appendPlain(const ExportCell &cell)
    {
        m_scratch.resize(0);
        cell.appendPlainText(m_scratch);
        append(m_scratch);
    }
    void appendNumber(qint64 n)
    {
        m_scratch.resize(0);
        appendDecimal(m_scratch, n);
        append(m_scratch);
    }
    QStringView record() const { return m_record; }

    void endRecord()
    {
        m_record.append(u"\r\n");
        const qsizetype used = m_bytes.size();
        m_bytes.resize(used + m_encoder.requiredSpace(qsizetype(m_record.size())));
        char *end = m_encoder.appendToBuffer(m_bytes.data() + used, m_record);
        m_bytes.resize(end - m_bytes.constData());
        m_record.clear(); // keeps its capacity for the next record
        if (m_bytes.size() >= kChunk)
            flush();
    }
    // The bytes so far to the file; false when it could not be written.
    bool flush()
    {
        const bool ok = m_bytes.isEmpty() || m_file.write(m_bytes);
        m_bytes.resize(0); // keeps its capacity
        return ok;
    }

private:
    static constexpr qsizetype kChunk = 1024 * 1024;
    QStringEncoder &m_encoder;
    AtomicFileWriter &m_file;
    std::u16string m_record;
    QString m_scratch;
    QByteArray m_bytes;
};

} // namespace

QString exportLedgerCsv(const Ledger &ledger, const QString &path, CsvEncoding encoding, QDate today)
{
    QStringEncoder encoder = encoding == CsvEncoding::Gb18030 ? QStringEncoder("GB18030")
                                                              : QStringEncoder(QStringEncoder::Utf8);
    if (!encoder.isValid())
        return QCoreApplication::translate("tz::export", "本系统不支持 GB18030 编码，请改用 UTF-8 导出。");
    const std::vector<ExportColumn> columns = LedgerExportData::mainColumns(today.year());

    AtomicFileWriter file(path);
    RecordWriter out(encoder, file);
    if (encoding == CsvEncoding::Utf8Bom)
        out.append(u'\uFEFF'); // encoded as EF BB BF
    const qsizetype headerStart = out.record().size();
    for (size_t c = 0; c < columns.size(); ++c) {
        if (c)
            out.append(u',');
        out.appendField(columns[c].header);
    }
    // Excel takes a file that begins with "ID" for SYLK and refuses it; ours begins with 序号.
    Q_ASSERT(!out.record().mid(headerStart).startsWith(QStringLiteral("ID")));
    out.endRecord();

    // Each project is written as it is read and then forgotten: holding every project's cells
    // until the end was most of the export's memory, and freeing them all a good part of its time.
    qint64 serial = 0;
    const QString error = LedgerExportData::forEachProject(ledger, today, {}, [&](const LedgerExportData::Project &p) {
        for (int c = 0; c < int(columns.size()); ++c) {
            if (c)
                out.append(u',');
            if (MainColumn(c) == MainColumn::Serial) {
                out.appendNumber(++serial);
                continue;
            }
            const ExportCell &cell = p.cells[size_t(c)];
            if (cell.type == ExportCell::Text)
                out.appendField(cell.text);
            else
                out.appendPlain(cell);
        }
        out.endRecord();
    });
    // A ledger that could not be read, or a character GB18030 has no bytes for, leaves the file
    // as it was. (UTF-8 has bytes for every character, and text read from the ledger holds no
    // lone surrogate.)
    if (!error.isEmpty()) {
        file.cancel();
        return error;
    }
    if (encoding == CsvEncoding::Gb18030 && encoder.hasError()) {
        file.cancel();
        return QCoreApplication::translate("tz::export", "有字符无法用 GB18030 编码，请改用 UTF-8 导出。");
    }
    out.flush();
    return file.commit();
}

} // namespace tz
