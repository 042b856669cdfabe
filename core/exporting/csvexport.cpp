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
    // Tabs, semicolons and full-width commas are quoted too: they are the other separators a
    // reader may sniff for, and Chinese text is full of "，".
    static const QString special = QStringLiteral(",\"\n\t;\uFF0C");
    bool quote = !s.isEmpty() && (s.front().isSpace() || s.back().isSpace());
    for (QChar c : std::as_const(s))
        quote = quote || special.contains(c);
    if (!quote)
        return s;
    s.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + s + u'"';
}

QString exportLedgerCsv(const Ledger &ledger, const QString &path, CsvEncoding encoding, QDate today)
{
    const LedgerExportData data(ledger, today, {});
    const std::vector<ExportColumn> columns = LedgerExportData::mainColumns(today.year());

    const QString crlf = QStringLiteral("\r\n");
    QString text;
    QStringList fields;
    for (const ExportColumn &c : columns)
        fields << csvField(c.header, true);
    text += fields.join(u',') + crlf;
    // Excel takes a file that begins with "ID" for SYLK and refuses it; ours begins with 序号.
    Q_ASSERT(!text.startsWith(QStringLiteral("ID")));

    int serial = 0;
    for (const LedgerExportData::Project &p : data.projects()) {
        fields.clear();
        for (int c = 0; c < int(columns.size()); ++c) {
            const ExportCell cell = MainColumn(c) == MainColumn::Serial ? ExportCell::fromNumber(++serial)
                                                                       : p.cells[size_t(c)];
            fields << csvField(cell.plainText(), cell.type == ExportCell::Text);
        }
        text += fields.join(u',') + crlf;
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
        bytes = QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
    }
    return saveFileAtomically(path, bytes);
}

} // namespace tz
