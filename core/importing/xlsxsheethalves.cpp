// A large worksheet read by two threads. Reading a part is one pass of inflating and
// tokenising, and on a 10,000-row sheet it was a third of an import on the thread the user
// waits on, while the other core had little to do. The second thread opens the zip again,
// inflates the part on its own, starts at the first <row> past the middle and reads the rest
// into a sheet of its own; this thread reads from the top and stops exactly there. The halves
// are then one sheet, as if read in order.
//
// Nothing is guessed: the first half must land on the very start tag the second began at,
// inside the same elements, and the second half must begin on a row that gives its number.
// When anything does not fit (a row without a number, "<row" inside a CDATA section, a
// prefixed element name, a byte-order mark), or the second half meets an error, the part is
// read again by one thread, so that what a damaged file says is what one reader says.

#include "xlsxsheetparser.h"

#include "sheet.h"
#include "xmlentryreader.h"
#include "ziparchive.h"

#include <QScopeGuard>

#include <future>
#include <optional>
#include <thread>

namespace tz {

namespace {

constexpr qint64 kChunk = 1 << 20;

bool endsName(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '>' || c == '/';
}

// The qualified names of the root element and of <sheetData>, from the part's first bytes.
// Only a guess where to start: the first half's reader checks them at the boundary.
std::optional<std::vector<QByteArray>> rootAndSheetData(const QByteArray &head)
{
    qsizetype i = 0;
    QByteArray root;
    while (root.isEmpty()) {
        i = head.indexOf('<', i);
        if (i < 0 || i + 1 >= head.size())
            return std::nullopt;
        if (head.at(i + 1) == '?' || QByteArrayView(head).sliced(i).startsWith("<!--")) {
            i = head.indexOf(head.at(i + 1) == '?' ? "?>" : "-->", i);
            if (i < 0)
                return std::nullopt;
            continue;
        }
        if (head.at(i + 1) == '!')
            return std::nullopt;
        qsizetype end = i + 1;
        while (end < head.size() && !endsName(head.at(end)))
            ++end;
        root = head.mid(i + 1, end - i - 1);
        i = end;
    }
    const qsizetype data = head.indexOf("sheetData", i);
    if (data < 1 || data + 9 >= head.size() || !endsName(head.at(data + 9)))
        return std::nullopt;
    const qsizetype open = head.lastIndexOf('<', data);
    if (open < 0 || head.mid(open + 1, data - open - 1).contains(' '))
        return std::nullopt;
    return std::vector<QByteArray> { root, head.mid(open + 1, data + 9 - open - 1) };
}

// The first "<row" start tag at or after `from` in `bytes`, or -1.
qsizetype rowTagFrom(const QByteArray &bytes, qsizetype from)
{
    for (qsizetype at = bytes.indexOf("<row", from); at >= 0; at = bytes.indexOf("<row", at + 1)) {
        if (at + 4 < bytes.size() && endsName(bytes.at(at + 4)) && bytes.at(at + 4) != '/')
            return at;
    }
    return -1;
}

} // namespace

XlsxSheetParser::Split XlsxSheetParser::parseHalves(const QString &part, qint64 size, Sheet *sheet,
                                                    qint64 *cellBudget, QString *error)
{
    const qint64 budgetBefore = *cellBudget;
    const QString name = sheet->name;
    const bool hidden = sheet->hidden;
    const QString where = describeCellLocation(m_filePath, sheet->name);

    // The second half's results, written by its thread before the join.
    std::promise<qint64> boundary; // the offset it starts at, or -1: no second half
    std::future<qint64> answer = boundary.get_future(); // before the thread can set it
    std::atomic<bool> cancelled { false };
    Sheet later;
    later.name = sheet->name;
    qint64 laterBudget = budgetBefore;
    QString laterError;
    bool laterRead = false;
    bool laterMismatch = false;
    std::vector<QByteArray> laterOpen;

    bool told = false;
    const auto readSecondHalf = [&] {
        const auto tell = [&](qint64 offset) {
            if (!told)
                boundary.set_value(offset);
            told = true;
        };
        const auto noSecondHalf = qScopeGuard([&] { tell(-1); });
        ZipArchive zip;
        if (!zip.open(m_filePath) || !zip.openEntry(part))
            return;
        QByteArray bytes;
        qint64 offset = 0; // of bytes[0] in the part
        if (!zip.readChunk(&bytes, kChunk) || bytes.startsWith("\xEF\xBB\xBF") || bytes.size() < 2
            || bytes.at(0) == 0 || bytes.at(1) == 0 || uchar(bytes.at(0)) >= 0xFE)
            return;
        const auto open = rootAndSheetData(bytes);
        if (!open)
            return;
        qsizetype at = -1;
        while (at < 0) {
            if (offset + bytes.size() > size / 2)
                at = rowTagFrom(bytes, qsizetype(std::max<qint64>(0, size / 2 - offset)));
            if (at >= 0 || zip.atEnd())
                break;
            // Keep a few bytes: "<row" may straddle two chunks.
            const qsizetype keep = std::min<qsizetype>(bytes.size(), 8);
            offset += bytes.size() - keep;
            bytes.remove(0, bytes.size() - keep);
            if (!zip.readChunk(&bytes, kChunk))
                return;
        }
        if (at < 0)
            return;
        laterOpen = *open;
        XmlEntryReader xml(zip, part, where);
        xml.resume(bytes.mid(at), offset + at, laterOpen);
        tell(offset + at);
        XlsxSheetParser parser(zip, m_sharedStrings, m_styles, m_date1904, m_filePath);
        Range range;
        range.resumed = true;
        range.cancelled = &cancelled;
        laterRead = parser.parseRange(xml, &later, &laterBudget, &laterError, &range);
        laterMismatch = range.mismatch;
    };
    std::thread second([&] {
        try {
            readSecondHalf();
        } catch (...) {
            laterRead = false; // the part is read whole by this thread instead
        }
    });
    auto join = qScopeGuard([&] {
        cancelled = true;
        second.join();
    });

    Range range;
    range.askFrom = size / 2;
    range.boundary = [&answer] { return answer.get(); };
    bool read = false;
    {
        XmlEntryReader xml(m_zip, part, where);
        if (!xml.open()) {
            *error = xml.error();
            return Split::Failed;
        }
        read = parseRange(xml, sheet, cellBudget, error, &range);
    }
    if (!read && !range.mismatch)
        return Split::Failed; // an error before the middle: what one reader would say
    if (read && !range.stopped && !range.mismatch)
        return Split::Read; // no second half: this reader read the whole part
    cancelled = !range.stopped;
    join.dismiss();
    second.join();
    const auto whole = [&] {
        *sheet = Sheet();
        sheet->name = name;
        sheet->hidden = hidden;
        *cellBudget = budgetBefore;
        return Split::Whole;
    };
    if (range.mismatch || !laterRead || laterMismatch || range.openAtStop != laterOpen)
        return whole();
    *cellBudget -= sheet->absorb(later);
    if (*cellBudget < 0)
        return whole(); // one reader names the cell where the budget ran out
    ++m_inHalves;
    return clearMerged(sheet, error) ? Split::Read : Split::Failed;
}

} // namespace tz
