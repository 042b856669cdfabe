#include "sheet.h"

#include "values.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

#include <cmath>

namespace tz {

QString Cell::plainText() const
{
    switch (type) {
    case Empty:
        return {};
    case Text:
    case Error:
        return text;
    case Boolean:
        return number != 0 ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    case Date:
        return dateToStorage(date); // Qt::ISODate's text, without the locale machinery
    case Number:
        break;
    }
    if (number == 0)
        return QStringLiteral("0"); // also for -0
    // 'f' with the shortest round-trip precision: "12500", "0.1", "125000.5", never "1e+06".
    return QString::number(number, 'f', QLocale::FloatingPointShortest);
}

double parseCellNumber(const QString &text, bool *ok)
{
    // [-]digits[.digits], at most 15 digits in all: the digits as an integer are exact in a
    // double, and so is 10^k for k <= 15, so their quotient is the correctly rounded value,
    // which is what toDouble gives (Clinger's fast path).
    static const double powers[] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15 };
    const qsizetype n = text.size();
    qsizetype i = 0;
    const bool negative = n > 0 && text.at(0) == u'-';
    i += negative ? 1 : 0;
    qint64 digits = 0;
    int count = 0, decimals = 0;
    bool dot = false, any = false;
    for (; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= u'0' && c <= u'9') {
            digits = digits * 10 + (c - u'0');
            any = true;
            decimals += dot ? 1 : 0;
            if (++count > 15)
                break;
        } else if (c == u'.' && !dot) {
            dot = true;
        } else {
            break;
        }
    }
    if (i == n && any && count <= 15) {
        *ok = true;
        const double value = double(digits) / powers[decimals];
        return negative ? -value : value;
    }
    return text.toDouble(ok);
}

Cell Cell::fromText(const QString &value)
{
    Cell c;
    c.type = value.isEmpty() ? Empty : Text;
    c.text = value;
    return c;
}

Cell Cell::fromNumber(double value, const QString &format)
{
    Cell c;
    c.type = Number;
    c.number = value;
    c.numberFormat = format;
    return c;
}

Cell Cell::fromDate(QDate value, const QString &format)
{
    Cell c;
    c.type = Date;
    c.date = value;
    c.numberFormat = format;
    return c;
}

Cell Sheet::cell(int row, int column) const
{
    Cell c;
    if (row < 0 || row >= m_rows.size())
        return c;
    const std::vector<Packed> &r = m_rows.at(row);
    if (column < 0 || size_t(column) >= r.size())
        return c;
    const Packed &p = r[size_t(column)];
    c.type = p.type;
    switch (p.type) {
    case Cell::Empty:
        break;
    case Cell::Text:
    case Cell::Error:
        c.text = m_texts.at(p.text);
        break;
    case Cell::Number:
    case Cell::Boolean:
        c.number = p.number;
        c.numberFormat = m_formats.at(p.format);
        break;
    case Cell::Date:
        c.date = QDate::fromJulianDay(p.julianDay);
        c.numberFormat = m_formats.at(p.format);
        break;
    }
    return c;
}

const Merge *Sheet::mergeAt(int row, int column) const
{
    for (const Merge &m : merges) {
        if (m.contains(row, column))
            return &m;
    }
    return nullptr;
}

quint32 Sheet::formatIndex(const QString &format)
{
    // A sheet uses a handful of formats, and runs of cells share one: the last one found
    // answers most lookups without a search.
    if (m_formats.at(m_lastFormat) == format)
        return m_lastFormat;
    const qsizetype found = m_formats.indexOf(format);
    if (found >= 0)
        m_lastFormat = quint32(found);
    else {
        m_formats.append(format);
        m_lastFormat = quint32(m_formats.size() - 1);
    }
    return m_lastFormat;
}

quint32 Sheet::storeText(QString &&text)
{
    if (!m_freeTexts.empty()) {
        const quint32 place = m_freeTexts.back();
        m_freeTexts.pop_back();
        m_texts[place] = std::move(text);
        return place;
    }
    m_texts.append(std::move(text));
    return quint32(m_texts.size() - 1);
}

void Sheet::releaseText(const Packed &cell)
{
    if (cell.type != Cell::Text && cell.type != Cell::Error)
        return;
    m_texts[cell.text] = QString();
    m_freeTexts.push_back(cell.text);
}

qint64 Sheet::setCell(int row, int column, Cell value)
{
    Q_ASSERT(row >= 0 && column >= 0);
    if (row >= m_rows.size())
        m_rows.resize(row + 1);
    std::vector<Packed> &r = m_rows[row];
    const qint64 grown = size_t(column) >= r.size() ? qint64(column) + 1 - qint64(r.size()) : 0;
    if (grown > 0) {
        // Rows of a table are as wide as the widest so far: reserving that once spares the
        // doubling slack of growing cell by cell.
        r.reserve(size_t(std::max(column + 1, m_columnCount)));
        r.resize(size_t(column) + 1);
    }
    releaseText(r[size_t(column)]);
    Packed p;
    p.type = value.type;
    switch (value.type) {
    case Cell::Empty:
        break;
    case Cell::Text:
    case Cell::Error:
        p.text = storeText(std::move(value.text));
        break;
    case Cell::Number:
    case Cell::Boolean:
        p.number = value.number;
        p.format = formatIndex(value.numberFormat);
        break;
    case Cell::Date:
        p.julianDay = value.date.toJulianDay();
        p.format = formatIndex(value.numberFormat);
        break;
    }
    r[size_t(column)] = p;
    m_columnCount = std::max(m_columnCount, column + 1);
    return grown;
}

bool Sheet::clearCoveredCells()
{
    qint64 work = 0;
    for (const Merge &m : merges) {
        for (int row = m.firstRow; row <= m.lastRow && row < m_rows.size(); ++row) {
            std::vector<Packed> &r = m_rows[row];
            const int width = int(r.size());
            work += 1 + std::max(0, std::min(m.lastColumn + 1, width) - m.firstColumn);
            if (work > limits::MaxCells * 8)
                return false;
            for (int column = m.firstColumn; column <= m.lastColumn && column < width; ++column) {
                if (row != m.firstRow || column != m.firstColumn) {
                    releaseText(r[size_t(column)]);
                    r[size_t(column)] = Packed();
                }
            }
        }
    }
    return true;
}

int Workbook::firstVisibleSheet() const
{
    for (int i = 0; i < sheets.size(); ++i) {
        if (!sheets.at(i).hidden)
            return i;
    }
    return -1;
}

int Workbook::findSheet(const QString &nameOrNumber) const
{
    // A name wins over a number: a sheet may well be called "2023".
    for (int i = 0; i < sheets.size(); ++i) {
        if (sheets.at(i).name == nameOrNumber)
            return i;
    }
    bool ok = false;
    const int n = nameOrNumber.toInt(&ok);
    return ok && n >= 1 && n <= sheets.size() ? n - 1 : -1;
}

QString columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

std::optional<int> columnIndex(QStringView letters)
{
    if (letters.isEmpty() || letters.size() > 3)
        return std::nullopt;
    int n = 0;
    for (const QChar c : letters) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            return std::nullopt;
        n = n * 26 + (u - u'A' + 1);
    }
    if (n > limits::MaxColumns)
        return std::nullopt;
    return n - 1;
}

std::optional<std::pair<int, int>> parseCellReference(QStringView reference)
{
    // Absolute references ("$C$12") appear in merge ranges written by some tools.
    QString ref = reference.toString();
    ref.remove(u'$');
    int i = 0;
    while (i < ref.size() && ref.at(i).isLetter())
        ++i;
    const std::optional<int> column = columnIndex(QStringView(ref).left(i));
    const QStringView digits = QStringView(ref).mid(i);
    if (!column || digits.isEmpty() || digits.size() > 7)
        return std::nullopt;
    int row = 0;
    for (const QChar c : digits) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        row = row * 10 + (c.unicode() - u'0');
    }
    if (row < 1 || row > limits::MaxRows)
        return std::nullopt;
    return std::make_pair(row - 1, *column);
}

QDate excelSerialToDate(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 1 || serial > 2958465) // 9999-12-31
        return {};
    const qint64 day = qint64(std::floor(serial));
    if (date1904)
        return QDate(1904, 1, 1).addDays(day);
    // Excel counts 1900-02-29, which never was; before it every serial is one day further on.
    if (day < 61)
        return QDate(1899, 12, 31).addDays(day);
    return QDate(1899, 12, 30).addDays(day);
}

QString describeCellLocation(const QString &filePath, const QString &sheet, int row, int column)
{
    const QString file = QFileInfo(filePath).fileName();
    QString where;
    if (sheet.isEmpty())
        where = QCoreApplication::translate("tz::import", "“%1”").arg(file);
    else
        where = QCoreApplication::translate("tz::import", "“%1”工作表“%2”").arg(file, sheet);
    if (row >= 0)
        where += QCoreApplication::translate("tz::import", "第 %1 行").arg(row + 1);
    if (column >= 0) {
        if (row >= 0)
            where += u' ';
        where += QCoreApplication::translate("tz::import", "%1 列").arg(columnName(column));
    }
    return where;
}

} // namespace tz
