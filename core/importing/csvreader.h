#pragma once

#include "sheet.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace tz {

// Reads a CSV or other delimited text file (RFC 4180: quoted fields, doubled quotes, line
// breaks inside quotes; CRLF, LF or CR) into one sheet named after the file. Every non-empty
// field is a Text cell: deciding what is a number or a date is the mapping layer's job.
class CsvReader
{
public:
    explicit CsvReader(const QString &path);

    std::optional<Workbook> read(QString *error);
    // After read(): "UTF-8", "UTF-8 BOM", "UTF-16LE", "UTF-16BE" or "GB18030".
    QString encoding() const { return m_encoding; }
    // After read(): the separator used.
    QChar separator() const { return m_separator; }

    // A byte-order mark decides; else strict UTF-8; else GB18030, which is what Excel on
    // Chinese Windows saves. (UTF-8 would decode as GB18030 without an error, as garbage, so
    // the order matters.) nullopt when neither fits; *encoding names the one used.
    static std::optional<QString> decode(const QByteArray &bytes, QString *encoding);
    // Comma, tab, semicolon or the full-width comma "，": the one found the same number of
    // times outside quotes on most of the first lines.
    static QChar sniffSeparator(QStringView text);

private:
    bool parse(const QString &text, Sheet *sheet, QString *error);

    QString m_path;
    QString m_encoding;
    QChar m_separator = u',';
};

} // namespace tz
