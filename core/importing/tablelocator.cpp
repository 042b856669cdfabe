#include "tablelocator.h"

#include "cellparsers.h"

#include <QRegularExpression>
#include <QSet>

namespace tz {

namespace {

constexpr int kHeaderSearchRows = 30;

int scoreRow(const Sheet &sheet, int row)
{
    QSet<int> fields;
    bool named = false;
    for (int c = 0; c < sheet.columnCount(); ++c) {
        const ColumnMapping m = mapHeader(cellText(sheet, row, c));
        if (m.field == ImportField::Ignore)
            continue;
        fields.insert(int(m.field));
        named = named || m.field == ImportField::Name || m.field == ImportField::Code;
    }
    return named ? int(fields.size()) : 0;
}

// A merge in this row that spans several columns but not the whole table: a parent header.
bool hasParentMerge(const Sheet &sheet, int row)
{
    for (const Merge &m : sheet.merges)
        if (m.firstRow == row && m.lastColumn > m.firstColumn
            && m.lastColumn - m.firstColumn + 1 < sheet.columnCount())
            return true;
    return false;
}

// Whether a cell can start with a footer word once normalised (spaces and asterisks dropped):
// normalising every cell of ten thousand rows for the footer test cost more than reading them.
bool startsWithOneOf(const QString &text, QStringView firsts)
{
    for (const QChar c : text) {
        if (c.isSpace() || c == u'*' || c == u'\uFF0A')
            continue;
        return firsts.contains(c);
    }
    return false;
}

bool mayBeFooter(const QString &text)
{
    return startsWithOneOf(text, u"填制审单联报");
}

// The same for the total words (合计 小计 总计): normaliseHeader() only drops spaces and
// asterisks before the first word, and a bracket at the end.
bool mayBeTotal(const QString &text)
{
    return startsWithOneOf(text, u"合小总");
}

SheetTable::RowKind classify(const Sheet &sheet, int row, const SheetTable &t, QString *group)
{
    // The row's values as text. Footer, total and group words begin with a Chinese character
    // or a bracket, which the text of a number, date or boolean never does: those stand in
    // as "0", and their text is made only if one becomes the label of a row of one value.
    // Formatting every number and date of the sheet was a good part of locating the table.
    QStringList texts;
    int firstColumn = -1;
    for (int c = 0; c < sheet.columnCount(); ++c) {
        const Cell &cell = sheet.cell(row, c);
        if (cell.isEmpty())
            continue;
        const bool text = cell.type == Cell::Text || cell.type == Cell::Error;
        const QString value = text ? cell.text.trimmed() : QStringLiteral("0");
        if (value.isEmpty())
            continue;
        if (firstColumn < 0)
            firstColumn = c;
        texts << value;
    }
    if (texts.isEmpty())
        return SheetTable::Blank;
    static const QRegularExpression footer(
            QStringLiteral("^(填表人|填报人|制表人|审核人|单位负责人|联系电话|填报日期|制表日期|报送日期)"));
    for (const QString &t0 : texts)
        if (mayBeFooter(t0) && footer.match(normaliseHeader(t0)).hasMatch())
            return SheetTable::Footer;
    for (int i = 0; i < qMin(3, int(texts.size())); ++i) {
        if (!mayBeTotal(texts[i]))
            continue;
        const QString w = normaliseHeader(texts[i]);
        if (w == QStringLiteral("合计") || w == QStringLiteral("小计") || w == QStringLiteral("总计")
            || w.startsWith(QStringLiteral("合计")))
            return SheetTable::Total;
    }
    // "一、高新区（7个）", "（二）市直部门", "三.伊滨区"
    static const QRegularExpression groupRe(QStringLiteral(
            "^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])\\s*(.+?)\\s*(?:[（(]\\s*\\d+\\s*个\\s*[)）])?$"));
    const auto gm = groupRe.match(texts.first());
    if (texts.size() <= 2 && gm.hasMatch()) {
        *group = gm.captured(1);
        return SheetTable::Group;
    }
    // A row with one value spread over most of the width is a label, not a project.
    if (texts.size() == 1) {
        for (const Merge &m : sheet.merges)
            if (m.firstRow == row && m.lastColumn - m.firstColumn + 1 >= qMax(3, int(t.headers.size()) / 2)) {
                *group = sheet.cell(row, firstColumn).plainText().trimmed();
                return SheetTable::Group;
            }
    }
    return SheetTable::Data;
}

// Without merge information (.xls through FreeXL, CSV) a sub-header row shows itself by its
// words: every value in it is a header word, and the project-name column is empty.
bool looksLikeSubHeader(const Sheet &sheet, int row, int nameColumn)
{
    if (row >= sheet.rowCount() || !cellText(sheet, row, nameColumn).isEmpty())
        return false;
    int words = 0;
    for (int c = 0; c < sheet.columnCount(); ++c) {
        const Cell &cell = sheet.cell(row, c);
        if (cell.isEmpty())
            continue;
        if (cell.type != Cell::Text || !mapHeader(cell.text, QStringLiteral("要素保障需求")).known)
            return false;
        ++words;
    }
    return words >= 2;
}

int nameColumnOf(const Sheet &sheet, int row)
{
    for (int c = 0; c < sheet.columnCount(); ++c) {
        const ImportField f = mapHeader(cellText(sheet, row, c)).field;
        if (f == ImportField::Name || f == ImportField::Code)
            return c;
    }
    return 0;
}

} // namespace

QString cellText(const Sheet &sheet, int row, int column)
{
    if (const Merge *m = sheet.mergeAt(row, column))
        return sheet.cell(m->firstRow, m->firstColumn).plainText().trimmed();
    return sheet.cell(row, column).plainText().trimmed();
}

std::optional<SheetTable> locateTable(const Sheet &sheet)
{
    int best = -1, bestScore = 1; // two known fields at least
    for (int r = 0; r < qMin(sheet.rowCount(), kHeaderSearchRows); ++r) {
        const int s = scoreRow(sheet, r);
        if (s > bestScore) {
            best = r;
            bestScore = s;
        }
    }
    if (best < 0)
        return std::nullopt;

    SheetTable t;
    t.headerTop = t.headerBottom = best;
    // Two-row headers: a parent merged over children below it, or above it.
    if ((hasParentMerge(sheet, best) && best + 1 < sheet.rowCount())
        || looksLikeSubHeader(sheet, best + 1, nameColumnOf(sheet, best)))
        t.headerBottom = best + 1;
    else if (best > 0 && hasParentMerge(sheet, best - 1))
        t.headerTop = best - 1;

    const int columns = sheet.columnCount();
    QString spanning; // the last parent text seen: without merges it stands left of its children
    for (int c = 0; c < columns; ++c) {
        QString header = cellText(sheet, t.headerBottom, c);
        QString parent;
        if (t.headerTop != t.headerBottom) {
            const QString top = cellText(sheet, t.headerTop, c);
            if (!top.isEmpty())
                spanning = top;
            if (header.isEmpty() || header == top) {
                header = top;
            } else {
                parent = top.isEmpty() ? spanning : top;
            }
        }
        t.headers << header;
        t.parents << parent;
        t.mappings.push_back(mapHeader(header, parent));
    }
    for (int r = 0; r < t.headerTop; ++r)
        for (int c = 0; c < columns; ++c) {
            const QString text = sheet.cell(r, c).plainText().trimmed();
            if (!text.isEmpty())
                t.title += (t.title.isEmpty() ? QString() : QStringLiteral(" ")) + text;
        }
    t.year = yearFromText(t.title);
    for (const ColumnMapping &m : t.mappings)
        if (!t.year && m.year)
            t.year = m.year;

    QString group;
    for (int r = t.headerBottom + 1; r < sheet.rowCount(); ++r) {
        QString label;
        const SheetTable::RowKind kind = classify(sheet, r, t, &label);
        if (kind == SheetTable::Group)
            group = label;
        t.rows.push_back({ r, kind, kind == SheetTable::Data ? group : label });
    }
    return t;
}

} // namespace tz
