#include "tablesheet.h"

#include "pagedprinter.h"
#include "ruledform.h"
#include "sheetwords.h"
#include "tablelayout.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>

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

bool TableSheet::columnWidths(
    const PagedPrinter &printer, qreal pointSize, QList<qreal> *widths) const
{
    // Columns that must not wrap get the width of their widest value; the others share what
    // is left by weight, none narrower than its minimum. Every column is then at least as
    // wide as anything in it, and a value of a column that does not wrap stays on one line.
    QPaintDevice *device = printer.device();
    const QFontMetricsF plain(m_settings.bodyFont(pointSize), device);
    const QFontMetricsF bold(m_settings.bodyFont(pointSize, true), device);
    const qreal width = printer.contentSize().width();
    const qreal character = bold.horizontalAdvance(QChar(0x4E2D));
    // Rules and padding of a cell as TableLayout draws them, and to spare for rounding 0.8 of
    // 1/96 inch and a quarter character.
    const qreal pad
        = RuledForm::cellFrame(device) + 0.8 * device->logicalDpiY() / 96.0 + character / 4;
    const qsizetype n = m_columns.size();
    QList<qreal> w(n, 0);
    QList<bool> settled(n, false);
    qreal rest = width;
    for (qsizetype c = 0; c < n; ++c) {
        const Column &col = m_columns.at(c);
        if (col.wrap)
            continue;
        qreal widest = col.light ? bold.horizontalAdvance(
                           sheetwords::lightMark(Light::Red) + u' ' + lightText(Light::Yellow))
                                 : character * 2;
        for (const Row &r : m_rows) {
            if (r.kind == Kind::Group || c >= r.cells.size())
                continue;
            const QFontMetricsF &fm = r.kind == Kind::Total ? bold : plain;
            for (const QString &line : r.cells.at(c).split(u'\n'))
                widest = qMax(widest, fm.horizontalAdvance(line));
        }
        w[c] = widest + pad;
        settled[c] = true;
        rest -= w[c];
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
                w[c] = minimum;
                settled[c] = true;
                rest -= minimum;
                changed = true;
                break;
            }
            w[c] = share;
        }
    }
    qreal total = 0;
    for (qreal x : w)
        total += x;
    *widths = w;
    return total <= width;
}

TableSheet::Fit TableSheet::fit(const PagedPrinter &printer) const
{
    // Rather than squeeze a date until it breaks, the whole table goes down half a point at a
    // time, to 8 pt at the least.
    Fit f { m_pointSize, {} };
    while (!columnWidths(printer, f.pointSize, &f.widths) && f.pointSize > 8)
        f.pointSize = qMax<qreal>(8, f.pointSize - 0.5);
    return f;
}

int TableSheet::print(PagedPrinter &printer, bool footer,
    const std::function<bool(int done, int total)> &progress) const
{
    TableLayout layout(*this, printer);
    const int pages = layout.pageCount();
    for (int n = 0; n < pages; ++n) {
        if (progress && !progress(n, pages))
            return n;
        if (!layout.paintPage(n, printer))
            return 0;
        if (footer)
            printer.paintFooter(n + 1, pages);
    }
    return pages;
}

} // namespace tz
