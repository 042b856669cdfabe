#include "tablesheet.h"

#include "docwriter.h"
#include "pagedprinter.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextTable>

namespace tz {

TableSheet::TableSheet(const PrintSettings &settings, qreal tablePointSize)
    : m_settings(settings)
    , m_pointSize(tablePointSize)
{ }

void TableSheet::addLeftRight(const QString &left, const QString &right)
{
    m_head.push_back(
        { left, right.isEmpty() ? QStringLiteral(" ") : right, false, Qt::AlignLeft, 0 });
}

void TableSheet::addParagraph(const QString &text, bool indent, Qt::Alignment align)
{
    m_head.push_back({ text, QString(), indent, align, 0 });
}

void TableSheet::addRow(const QStringList &cells, std::optional<Light> light)
{
    m_rows.push_back({ Kind::Data, cells, light });
}

void TableSheet::addGroup(const QString &text)
{
    m_rows.push_back({ Kind::Group, { text }, std::nullopt });
}

void TableSheet::addTotal(const QStringList &cells)
{
    m_rows.push_back({ Kind::Total, cells, std::nullopt });
}

void TableSheet::addClosing(const QString &text, Qt::Alignment align, qreal spaceBeforePt)
{
    m_tail.push_back({ text, QString(), align == Qt::AlignJustify, align, spaceBeforePt });
}

bool TableSheet::columnPercentages(
    const PagedPrinter &printer, qreal pointSize, QList<qreal> *percent) const
{
    // Columns that must not wrap get the width of their widest value; the others share what
    // is left by weight, none narrower than its minimum. Every column is then at least as
    // wide as anything in it, so Qt uses exactly these widths on every page and the pages'
    // columns line up (a column too narrow for a value would widen by the page's content).
    QPaintDevice *device = printer.device();
    const QFontMetricsF plain(m_settings.bodyFont(pointSize), device);
    const QFontMetricsF bold(m_settings.bodyFont(pointSize, true), device);
    const qreal width = printer.contentSize().width();
    const qreal character = bold.horizontalAdvance(QChar(0x4E2D));
    // Padding and rules of a cell (DocWriter's 2 x 3 + 2 x 0.6 units) and a quarter
    // character to spare for rounding.
    const qreal pad = 8.0 * device->logicalDpiX() / 96.0 + character / 4;
    const qsizetype n = m_columns.size();
    QList<qreal> widths(n, 0);
    QList<bool> settled(n, false);
    qreal rest = width;
    for (qsizetype c = 0; c < n; ++c) {
        const Column &col = m_columns.at(c);
        if (col.wrap)
            continue;
        qreal widest = col.light ? bold.horizontalAdvance(
                           DocWriter::lightMark(Light::Red) + u' ' + lightText(Light::Yellow))
                                 : character * 2;
        for (const Row &r : m_rows) {
            if (r.kind == Kind::Group || c >= r.cells.size())
                continue;
            const QFontMetricsF &fm = r.kind == Kind::Total ? bold : plain;
            for (const QString &line : r.cells.at(c).split(u'\n'))
                widest = qMax(widest, fm.horizontalAdvance(line));
        }
        widths[c] = widest + pad;
        settled[c] = true;
        rest -= widths[c];
    }
    // Water-filling: a wrapping column whose share is below its minimum gets the minimum and
    // the others share the remainder again.
    for (bool changed = true; changed;) {
        changed = false;
        qreal weights = 0;
        for (qsizetype c = 0; c < n; ++c)
            if (!settled[c])
                weights += m_columns.at(c).weight;
        for (qsizetype c = 0; c < n; ++c) {
            if (settled[c])
                continue;
            const qreal minimum = m_columns.at(c).minChars * character + pad;
            const qreal share
                = qMax<qreal>(rest, 0) * m_columns.at(c).weight / qMax<qreal>(weights, 1e-6);
            if (share < minimum) {
                widths[c] = minimum;
                settled[c] = true;
                rest -= minimum;
                changed = true;
                break;
            }
            widths[c] = share;
        }
    }
    percent->clear();
    qreal total = 0;
    for (qreal w : widths) {
        *percent << 100.0 * w / width;
        total += w;
    }
    return total <= width;
}

TableSheet::Fit TableSheet::fit(const PagedPrinter &printer) const
{
    // Rather than squeeze a date until it breaks, the whole table goes down half a point at a
    // time, to 8 pt at the least.
    Fit f { m_pointSize, {} };
    while (!columnPercentages(printer, f.pointSize, &f.percentages) && f.pointSize > 8)
        f.pointSize = qMax<qreal>(8, f.pointSize - 0.5);
    return f;
}

void TableSheet::append(
    QTextDocument &doc, const Fit &fit, const Page &page, bool breakBefore, bool measuring) const
{
    DocWriter w(doc, m_settings);
    const qreal small = fit.pointSize;
    if (page.head) {
        if (!m_title.isEmpty())
            w.title(m_title, m_settings.titlePointSize, 8);
        for (const Block &b : m_head) {
            if (!b.right.isEmpty())
                w.leftRight(b.text, b.right.trimmed(), small + 1, 4);
            else
                w.paragraph(b.text, m_settings.bodyPointSize, b.align, b.indent, 0);
        }
    }
    if (page.table) {
        // A measuring table ends in an empty row whose top is where the last row ends.
        const int rows = 1 + page.to - page.from + (measuring ? 1 : 0);
        QTextTable *t = w.table(rows, fit.percentages, 1);
        QTextTableFormat format = t->format();
        if (breakBefore)
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        if (page.head)
            format.setTopMargin(6); // apart from the lines above it
        t->setFormat(format);
        const QTextCharFormat plain = w.text(small);
        const QTextCharFormat bold = w.text(small, true);
        const int columns = int(m_columns.size());
        for (int c = 0; c < columns; ++c) {
            if (!measuring)
                DocWriter::shadeCell(t, 0, c);
            w.cell(t, 0, c, m_columns.at(c).header.split(u'\n'), bold, Qt::AlignHCenter);
        }
        for (int i = page.from; i < page.to; ++i) {
            const Row &r = m_rows[size_t(i)];
            const int row = 1 + i - page.from;
            if (r.kind == Kind::Group) {
                t->mergeCells(row, 0, 1, columns);
                if (!measuring)
                    DocWriter::shadeCell(t, row, 0);
                w.cell(t, row, 0, r.cells.value(0), bold);
                continue;
            }
            const QTextCharFormat &f = r.kind == Kind::Total ? bold : plain;
            for (int c = 0; c < columns; ++c) {
                const Column &col = m_columns.at(c);
                if (col.light && r.light) {
                    QTextCursor cursor = t->cellAt(row, c).firstCursorPosition();
                    QTextBlockFormat b;
                    b.setAlignment(col.align);
                    cursor.setBlockFormat(b);
                    w.light(cursor, *r.light, f);
                } else if (c < r.cells.size()) {
                    w.cell(t, row, c, r.cells.at(c).split(u'\n'), f, col.align);
                }
            }
        }
        w.leaveTable();
    }
    if (page.tail) {
        for (size_t i = 0; i < m_tail.size(); ++i) {
            const Block &b = m_tail[i];
            w.paragraph(b.text, m_settings.bodyPointSize, b.align, b.indent, b.spaceBefore);
            if (i == 0 && breakBefore && !page.table) {
                QTextBlockFormat f = w.cursor().blockFormat();
                f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                w.cursor().setBlockFormat(f);
            }
        }
    }
}

namespace {

// Tops of the first column's text, row by row, of the sheet's table: the last table of doc
// (the title lines above may be a table too).
std::vector<qreal> rowTops(const QTextDocument &doc)
{
    std::vector<qreal> tops;
    QTextTable *table = nullptr;
    for (QTextFrame *f : doc.rootFrame()->childFrames())
        if (auto *t = qobject_cast<QTextTable *>(f))
            table = t;
    if (table) {
        for (int r = 0; r < table->rows(); ++r)
            tops.push_back(
                doc.documentLayout()
                    ->blockBoundingRect(table->cellAt(r, 0).firstCursorPosition().block())
                    .top());
    }
    return tops;
}

} // namespace

std::vector<TableSheet::Page> TableSheet::paginate(
    const PagedPrinter &printer, const Fit &fit) const
{
    // Measured on one endless page: where the header's text starts with and without the
    // title above it, how far a row moves the next one down, how tall the closing is. The
    // distance between text tops slightly overstates a row, which errs towards fitting.
    const auto measure = [&](const Page &page) {
        auto doc = std::make_unique<QTextDocument>();
        printer.compose(*doc, [&] { append(*doc, fit, page, false, true); }, false);
        return doc;
    };
    const std::vector<qreal> first = rowTops(*measure({ 0, 0, true, false }));
    const std::vector<qreal> plain = rowTops(*measure({ 0, 0, false, false }));
    const qreal header = first.at(1) - first.at(0);
    std::vector<qreal> pitch(m_rows.size(), 0);
    constexpr int kChunk = 300;
    for (int from = 0; from < rowCount(); from += kChunk) {
        const int to = qMin(from + kChunk, rowCount());
        const std::vector<qreal> tops = rowTops(*measure({ from, to, false, false }));
        for (int i = from; i < to; ++i)
            pitch[size_t(i)] = tops.at(size_t(i - from + 2)) - tops.at(size_t(i - from + 1));
    }
    qreal tail = 0;
    if (!m_tail.empty())
        tail = measure({ 0, 0, false, true, false })->size().height();

    const qreal height = printer.contentSize().height();
    std::vector<Page> pages;
    std::vector<qreal> ends;
    Page page { 0, 0, true, false };
    qreal y = first.at(0) + header;
    for (int i = 0; i < rowCount(); ++i) {
        if (y + pitch[size_t(i)] > height && page.to > page.from) {
            pages.push_back(page);
            ends.push_back(y);
            page = { i, i, false, false };
            y = plain.at(0) + header;
        }
        page.to = i + 1;
        y += pitch[size_t(i)];
    }
    if (!m_tail.empty()) {
        if (y + tail <= height) {
            page.tail = true;
        } else {
            pages.push_back(page);
            ends.push_back(y);
            page = { rowCount(), rowCount(), false, true, false };
            y = tail;
        }
    }
    pages.push_back(page);
    ends.push_back(y);
    // A row or a closing taller than a page runs on; Qt says onto how many pages.
    for (size_t k = 0; k < pages.size(); ++k) {
        if (ends[k] <= height)
            continue;
        QTextDocument doc;
        printer.compose(doc, [&] { append(doc, fit, pages[k], false); });
        pages[k].pages = doc.pageCount();
    }
    return pages;
}

std::unique_ptr<QTextDocument> TableSheet::document(const PagedPrinter &printer) const
{
    const Fit f = fit(printer);
    auto doc = std::make_unique<QTextDocument>();
    const std::vector<Page> pages = paginate(printer, f);
    printer.compose(*doc, [&] {
        for (size_t k = 0; k < pages.size(); ++k)
            append(*doc, f, pages[k], k > 0);
    });
    return doc;
}

int TableSheet::pageCount(const PagedPrinter &printer) const
{
    int total = 0;
    for (const Page &p : paginate(printer, fit(printer)))
        total += p.pages;
    return total;
}

int TableSheet::print(PagedPrinter &printer, bool footer) const
{
    const Fit f = fit(printer);
    const std::vector<Page> pages = paginate(printer, f);
    int total = 0;
    for (const Page &p : pages)
        total += p.pages;
    int painted = 0;
    for (const Page &p : pages) {
        QTextDocument doc;
        printer.compose(doc, [&] { append(doc, f, p, false); });
        const int done = printer.paint(doc, { footer, painted + 1, total });
        if (done == 0)
            break;
        painted += done;
    }
    return painted;
}

} // namespace tz
