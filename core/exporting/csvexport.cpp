#include "csvexport.h"

#include "exportcell.h"
#include "ledgerexportdata.h"
#include "savefile.h"

#include <QCoreApplication>
#include <QStringEncoder>

#include <algorithm>

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

void appendCsvField(QString &out, const QString &value, bool textColumn)
{
    // Most fields need nothing done: append them as they are rather than through a copy.
    const bool plain = std::none_of(value.begin(), value.end(), [](QChar c) { return c == u'\r' || isSpecial(c); })
            && (value.isEmpty() || (!value.front().isSpace() && !value.back().isSpace()))
            && !(textColumn && (startsLikeFormula(value) || fragileDigits(value)));
    if (plain)
        out += value;
    else
        out += csvField(value, textColumn);
}

namespace {

// The file's bytes, a record at a time: each record is made in one reused QString and encoded
// onto the end of the bytes, so the file is never held as UTF-16 as well and its rows need not
// all be in memory at once. Records end in CRLF, so encoding them one by one (the encoder
// keeps its state between them) gives the bytes that encoding the whole text at once gave.
class RecordWriter
{
public:
    explicit RecordWriter(QStringEncoder &encoder) : m_encoder(encoder) { }

    QString record;

    void endRecord()
    {
        record += QStringLiteral("\r\n");
        const qsizetype used = m_bytes.size();
        const qsizetype needed = used + m_encoder.requiredSpace(record.size());
        if (needed > m_bytes.capacity())
            m_bytes.reserve(std::max(needed, 2 * m_bytes.capacity()));
        m_bytes.resize(needed);
        char *end = m_encoder.appendToBuffer(m_bytes.data() + used, record);
        m_bytes.resize(end - m_bytes.constData());
        record.resize(0); // keeps its capacity for the next record
    }
    const QByteArray &bytes() const { return m_bytes; }
    void reserve(qsizetype size) { m_bytes.reserve(size); }

private:
    QStringEncoder &m_encoder;
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

    RecordWriter out(encoder);
    QString &text = out.record;
    if (encoding == CsvEncoding::Utf8Bom)
        text += QChar(0xFEFF); // encoded as EF BB BF
    const qsizetype headerStart = text.size();
    for (size_t c = 0; c < columns.size(); ++c) {
        if (c)
            text += u',';
        appendCsvField(text, columns[c].header, true);
    }
    // Excel takes a file that begins with "ID" for SYLK and refuses it; ours begins with 序号.
    Q_ASSERT(!QStringView(text).mid(headerStart).startsWith(QStringLiteral("ID")));
    out.endRecord();

    // Each project is written as it is read and then forgotten: holding every project's cells
    // until the end was most of the export's memory, and freeing them all a good part of its time.
    out.reserve(256 * 1024); // grows by doubling from here
    qint64 serial = 0;
    const QString error = LedgerExportData::forEachProject(ledger, today, {}, [&](const LedgerExportData::Project &p) {
        for (int c = 0; c < int(columns.size()); ++c) {
            if (c)
                text += u',';
            if (MainColumn(c) == MainColumn::Serial) {
                appendDecimal(text, ++serial);
                continue;
            }
            const ExportCell &cell = p.cells[size_t(c)];
            if (cell.type == ExportCell::Text)
                appendCsvField(text, cell.text, true);
            else
                cell.appendPlainText(text); // digits, sign, point, dashes: nothing to quote
        }
        out.endRecord();
    });
    if (!error.isEmpty())
        return error;
    // UTF-8 has a byte sequence for every character (text read from the ledger holds no lone
    // surrogate); GB18030 could still refuse one.
    if (encoding == CsvEncoding::Gb18030 && encoder.hasError())
        return QCoreApplication::translate("tz::export", "有字符无法用 GB18030 编码，请改用 UTF-8 导出。");
    return saveFileAtomically(path, out.bytes());
}

} // namespace tz
