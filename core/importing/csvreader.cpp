#include "csvreader.h"

#include <algorithm>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>

namespace tz {

namespace {

constexpr QChar FullWidthComma = QChar(0xFF0C);
constexpr int SniffLines = 50;

} // namespace

CsvReader::CsvReader(const QString &path) : m_path(path) { }

std::optional<QString> CsvReader::decode(const QByteArray &bytes, QString *encoding)
{
    const auto strict = [](QStringConverter::Encoding e, QByteArrayView data) -> std::optional<QString> {
        QStringDecoder decoder(e, QStringConverter::Flag::Stateless);
        QString text = decoder.decode(data);
        if (decoder.hasError())
            return std::nullopt;
        return text;
    };
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        *encoding = QStringLiteral("UTF-8 BOM");
        return strict(QStringConverter::Utf8, QByteArrayView(bytes).sliced(3));
    }
    if (bytes.startsWith("\xFF\xFE")) {
        *encoding = QStringLiteral("UTF-16LE");
        return strict(QStringConverter::Utf16LE, QByteArrayView(bytes).sliced(2));
    }
    if (bytes.startsWith("\xFE\xFF")) {
        *encoding = QStringLiteral("UTF-16BE");
        return strict(QStringConverter::Utf16BE, QByteArrayView(bytes).sliced(2));
    }
    if (auto text = strict(QStringConverter::Utf8, bytes)) {
        *encoding = QStringLiteral("UTF-8");
        return text;
    }
    // QStringConverter::encodingForName() does not know GB18030; this constructor asks ICU.
    QStringDecoder gb("GB18030", QStringConverter::Flag::Stateless);
    *encoding = QStringLiteral("GB18030");
    if (!gb.isValid())
        return std::nullopt;
    QString text = gb.decode(bytes);
    if (gb.hasError())
        return std::nullopt;
    return text;
}

QChar CsvReader::sniffSeparator(QStringView text)
{
    static const QChar candidates[] = { u',', u'\t', u';', FullWidthComma };
    constexpr int N = int(std::size(candidates));
    QVector<std::array<int, N>> lines;
    std::array<int, N> counts {};
    bool inQuotes = false;
    bool blank = true;
    for (qsizetype i = 0; i < text.size() && lines.size() < SniffLines; ++i) {
        const QChar c = text.at(i);
        if (c == u'"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes && (c == u'\n' || c == u'\r')) {
            if (!blank)
                lines.append(counts);
            counts = {};
            blank = true;
            continue;
        } else if (!inQuotes) {
            for (int k = 0; k < N; ++k)
                counts[k] += c == candidates[k] ? 1 : 0;
        }
        blank = false;
    }
    if (!blank && lines.size() < SniffLines)
        lines.append(counts);

    // The separator splits most lines into the same number of fields; a full-width comma in
    // the text of a comma-separated file does not, nor does "12,500" in a "，"-separated one.
    QChar best = u',';
    std::pair<int, int> bestScore { 0, 0 }; // lines agreeing, their count
    for (int k = 0; k < N; ++k) {
        QHash<int, int> frequency;
        for (const auto &line : std::as_const(lines)) {
            if (line[k] > 0)
                ++frequency[line[k]];
        }
        for (auto it = frequency.constBegin(); it != frequency.constEnd(); ++it) {
            const std::pair<int, int> score { it.value(), it.key() };
            if (score > bestScore) {
                bestScore = score;
                best = candidates[k];
            }
        }
    }
    return best;
}

bool CsvReader::parse(const QString &text, Sheet *sheet, QString *error)
{
    const QChar sep = m_separator;
    int row = 0;
    int column = 0;
    int quoteRow = -1; // the record where an open quote began
    qint64 budget = limits::MaxCells;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false; // something, even "", was read for this field
    const auto endField = [&]() -> bool {
        if (row >= limits::MaxRows) {
            *error = QCoreApplication::translate("tz::import", "%1：超过 Excel 的 %2 行，无法读取。")
                             .arg(describeCellLocation(m_path, sheet->name))
                             .arg(limits::MaxRows);
            return false;
        }
        if (column >= limits::MaxColumns) {
            *error = QCoreApplication::translate("tz::import", "%1：超过 Excel 的 %2 列，无法读取。")
                             .arg(describeCellLocation(m_path, sheet->name, row, -1))
                             .arg(limits::MaxColumns);
            return false;
        }
        if (!field.isEmpty()) {
            // An exact copy: the field's buffer has grown by appending and keeps its slack,
            // and is reused (resize, not clear) for the next field.
            budget -= sheet->setCell(row, column, Cell::fromText(QString(field.constData(), field.size())));
            if (budget < 0) {
                *error = QCoreApplication::translate("tz::import", "%1：单元格超过 %2 个，文件过大，无法读取。")
                                 .arg(describeCellLocation(m_path, sheet->name, row, column))
                                 .arg(limits::MaxCells);
                return false;
            }
        }
        field.resize(0);
        fieldStarted = false;
        ++column;
        return true;
    };
    const auto endRecord = [&]() -> bool {
        if (!endField())
            return false;
        column = 0;
        ++row;
        return true;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c != u'"')
                field.append(c);
            else if (i + 1 < n && text.at(i + 1) == u'"')
                field.append(text.at(++i));
            else
                inQuotes = false;
        } else if (c == u'"' && !fieldStarted) {
            inQuotes = true;
            fieldStarted = true;
            quoteRow = row;
        } else if (c == sep) {
            if (!endField())
                return false;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            if (!endRecord())
                return false;
        } else {
            // A stray quote inside an unquoted field is kept as text, as Excel does.
            field.append(c);
            fieldStarted = true;
        }
    }
    if (inQuotes) {
        *error = QCoreApplication::translate("tz::import", "%1：引号没有闭合，文件可能不完整。")
                         .arg(describeCellLocation(m_path, sheet->name, quoteRow, -1));
        return false;
    }
    // A last line without a line break is still a record; a final line break adds none.
    if (fieldStarted || column > 0)
        return endRecord();
    return true;
}

std::optional<Workbook> CsvReader::read(QString *error)
{
    const QString where = describeCellLocation(m_path);
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("tz::import", "%1：无法打开文件（%2）。").arg(where, file.errorString());
        return std::nullopt;
    }
    if (file.size() > limits::MaxFileBytes) {
        *error = QCoreApplication::translate("tz::import", "%1：文件超过 %2 MB，无法读取。")
                         .arg(where)
                         .arg(limits::MaxFileBytes >> 20);
        return std::nullopt;
    }
    // The size is checked above; read(MaxFileBytes) would reserve all 256 MB up front.
    QByteArray bytes = file.readAll();
    const bool utf16 = bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
    if (!utf16 && bytes.contains('\0')) {
        *error = QCoreApplication::translate("tz::import", "%1：不是文本文件，也不是可识别的电子表格。").arg(where);
        return std::nullopt;
    }
    std::optional<QString> text = decode(bytes, &m_encoding);
    if (!text) {
        *error = QCoreApplication::translate("tz::import", "%1：无法识别文件的文字编码（既不是 UTF-8，也不是 GB18030/GBK）。")
                         .arg(where);
        // A file pasted together from a UTF-8 export and a GBK one: say where the second starts.
        const QList<QByteArray> lines = bytes.split('\n');
        int firstBad = -1;
        bool someUtf8 = false;
        for (int i = 0; i < lines.size(); ++i) {
            const bool nonAscii = std::any_of(lines[i].begin(), lines[i].end(), [](char c) { return c & 0x80; });
            if (!nonAscii)
                continue;
            QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString decoded = utf8.decode(lines[i]); // the conversion runs on assignment
            Q_UNUSED(decoded)
            if (!utf8.hasError())
                someUtf8 = true;
            else if (firstBad < 0)
                firstBad = i;
        }
        if (someUtf8 && firstBad >= 0)
            *error = QCoreApplication::translate("tz::import", "%1：文件混用了两种文字编码：有的行是 UTF-8，第 %2 行起有不是 UTF-8 的内容"
                                                               "（可能是 GBK）。请在 Excel 或 WPS 中把各部分统一另存为同一种编码后再导入。")
                             .arg(where)
                             .arg(firstBad + 1);
        return std::nullopt;
    }
    // The text holds it all now: not both while the sheet is built, and not the decoder's
    // worst-case reserve (two characters a byte) either.
    bytes = QByteArray();
    text->squeeze();
    // Excel's own hint line, "sep=;", names the separator.
    if (text->startsWith(QStringLiteral("sep=")) && text->size() >= 5
        && (text->size() == 5 || text->at(5) == u'\r' || text->at(5) == u'\n')) {
        m_separator = text->at(4);
        qsizetype skip = 5;
        if (text->mid(skip, 2) == QStringLiteral("\r\n"))
            skip += 2;
        else if (skip < text->size())
            ++skip;
        text->remove(0, skip);
    } else {
        m_separator = sniffSeparator(*text);
    }

    Workbook book;
    book.format = Workbook::Csv;
    Sheet sheet;
    sheet.name = QFileInfo(m_path).completeBaseName();
    if (!parse(*text, &sheet, error))
        return std::nullopt;
    book.sheets.append(std::move(sheet));
    return book;
}

} // namespace tz
