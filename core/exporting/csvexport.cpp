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

QString exportLedgerCsv(const Ledger &ledger, const QString &path, CsvEncoding encoding, QDate today)
{
    const LedgerExportData data(ledger, today, {});
    if (!data.error().isEmpty())
        return data.error();
    const std::vector<ExportColumn> columns = LedgerExportData::mainColumns(today.year());

    // The whole file is built in one string and encoded once: a field at a time through a
    // QStringList and join was most of the work.
    QString text;
    text.reserve(qsizetype(data.projects().size() + 1) * 256);
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
    text += QStringLiteral("\r\n");

    qint64 serial = 0;
    for (const LedgerExportData::Project &p : data.projects()) {
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
        text += QStringLiteral("\r\n");
    }

    QByteArray bytes;
    if (encoding == CsvEncoding::Gb18030) {
        QStringEncoder encoder("GB18030");
        if (!encoder.isValid())
            return QCoreApplication::translate("tz::export", "本系统不支持 GB18030 编码，请改用 UTF-8 导出。");
        bytes = encoder.encode(text);
        if (encoder.hasError())
            return QCoreApplication::translate("tz::export", "有字符无法用 GB18030 编码，请改用 UTF-8 导出。");
    } else {
        bytes = text.toUtf8();
    }
    return saveFileAtomically(path, bytes);
}

} // namespace tz
