#include "tablelayout.h"

#include "pagedprinter.h"
#include "sheetwords.h"
#include "textbox.h"

#include <QPagedPaintDevice>
#include <QPainter>
#include <QStringTokenizer>

namespace tz {

namespace {

// Values up to this length are laid out once and shared between rows, up to this many; as
// many wrapped cells' heights are remembered.
constexpr qsizetype kSharedLength = 24;
constexpr qsizetype kShared = 2048;
constexpr qsizetype kMeasured = 4096;
// The left part's share of the width of a left/right line.
constexpr qreal kLeftShare = 0.5;

int cacheKey(int column, bool bold)
{
    return column * 2 + (bold ? 1 : 0);
}

} // namespace

qreal TableLayout::Flow::height() const
{
    return right ? qMax(box->height(), right->height()) : box->height();
}

TableLayout::TableLayout(const TableSheet &sheet, const PagedPrinter &printer)
    : m_sheet(sheet)
    , m_device(printer.device())
    , m_width(printer.contentSize().width())
    , m_height(printer.contentSize().height())
    , m_fit(sheet.fit(printer))
    , m_plain(sheet.m_settings.bodyFont(m_fit.pointSize), printer.device())
    , m_bold(sheet.m_settings.bodyFont(m_fit.pointSize, true), printer.device())
    , m_plainFit(m_plain, m_device)
    , m_boldFit(m_bold, m_device)
    , m_blank(m_device, m_width, m_fit.widths)
{
    const PrintSettings &s = sheet.m_settings;
    if (!sheet.m_title.isEmpty())
        m_head.push_back({ TextBox::of(m_device, m_width, sheet.m_title,
                               QFont(s.titleFont(s.titlePointSize), m_device), Qt::AlignHCenter),
            nullptr, 0, printer.points(8) });
    for (const TableSheet::Block &b : sheet.m_head) {
        if (b.right.isEmpty()) {
            m_head.push_back(paragraph(b.text, b.indent, b.align, 0));
            continue;
        }
        const QFont font(s.bodyFont(m_fit.pointSize + 1), m_device);
        m_head.push_back({ TextBox::of(m_device, m_width * kLeftShare, b.text, font, Qt::AlignLeft),
            TextBox::of(
                m_device, m_width * (1 - kLeftShare), b.right.trimmed(), font, Qt::AlignRight),
            0, printer.points(4) });
    }
    for (const TableSheet::Block &b : sheet.m_tail)
        m_tail.push_back(paragraph(b.text, b.indent, b.align, printer.points(b.spaceBefore)));

    for (int c = 0; c < int(sheet.m_columns.size()); ++c) {
        m_header.push_back(TextBox::of(m_device, m_blank.textWidth(c, 1),
            sheet.m_columns.at(c).header, m_bold, Qt::AlignHCenter));
        m_headerHeight = qMax(m_headerHeight, m_header.back()->height());
    }
    m_none = std::make_shared<TextBox>(m_device, 1);

    m_heights.reserve(sheet.m_rows.size());
    for (const TableSheet::Row &row : sheet.m_rows)
        m_heights.push_back(rowHeight(row));
    m_measured.clear();
    paginate(printer);
}

TableLayout::~TableLayout() = default;

TableLayout::Flow TableLayout::paragraph(
    const QString &text, bool indent, Qt::Alignment align, qreal before) const
{
    // Two ideographic spaces, as Chinese prose is indented.
    const QFont font(m_sheet.m_settings.bodyFont(m_sheet.m_settings.bodyPointSize), m_device);
    return { TextBox::of(m_device, m_width, indent ? QStringLiteral("\u3000\u3000") + text : text,
                 font, align),
        nullptr, before, 0 };
}

qreal TableLayout::rowHeight(const TableSheet::Row &row)
{
    const int columns = int(m_sheet.m_columns.size());
    if (row.kind == TableSheet::Kind::Group)
        return TextBox::of(
            m_device, m_blank.textWidth(0, columns), row.cells.value(0), m_bold, Qt::AlignLeft)
            ->height();
    const bool bold = row.kind == TableSheet::Kind::Total;
    qreal h = 0;
    for (int c = 0; c < columns; ++c) {
        if (m_sheet.m_columns.at(c).light && row.light)
            h = qMax(h, lightBox(c, *row.light, bold)->height());
        else if (c < row.cells.size())
            h = qMax(h, cellHeight(c, row.cells.at(c), bold));
    }
    return h;
}

qreal TableLayout::cellHeight(int column, const QString &text, bool bold)
{
    LineFit &fit = bold ? m_boldFit : m_plainFit;
    const qreal width = m_blank.textWidth(column, 1);
    qreal h = 0;
    bool oneLineEach = true;
    for (const QStringView line : qTokenize(text, u'\n')) {
        if (!fit.fitsOneLine(line, width)) {
            oneLineEach = false;
            break;
        }
        h += fit.lineHeight();
    }
    if (oneLineEach)
        return h;
    const QPair<int, QString> key(cacheKey(column, bold), text);
    if (const auto it = m_measured.constFind(key); it != m_measured.constEnd())
        return *it;
    const qreal measured
        = TextBox::of(m_device, width, text, bold ? m_bold : m_plain, Qt::AlignLeft)->height();
    if (m_measured.size() >= kMeasured)
        m_measured.clear();
    m_measured.insert(key, measured);
    return measured;
}

TableLayout::Box TableLayout::valueBox(int column, const QString &text, bool bold)
{
    const auto make = [&] {
        return TextBox::of(m_device, m_blank.textWidth(column, 1), text, bold ? m_bold : m_plain,
            m_sheet.m_columns.at(column).align);
    };
    if (text.size() > kSharedLength || text.contains(u'\n'))
        return make();
    // Kept to a bound, so that memory does not grow with the number of rows.
    if (m_shared.size() >= kShared)
        m_shared.clear();
    Box &b = m_shared[qMakePair(cacheKey(column, bold), text)];
    if (!b)
        b = make();
    return b;
}

TableLayout::Box TableLayout::lightBox(int column, Light light, bool bold)
{
    // The light as shape, colour and word, so that it reads the same in black and white. A
    // leading NUL keeps the key apart from any text of the column.
    const QString mark = sheetwords::lightMark(light);
    const QString word = QStringLiteral(" ") + lightText(light);
    Box &b = m_shared[qMakePair(cacheKey(column, bold), QChar(0) + mark + word)];
    if (!b) {
        auto made
            = std::make_shared<TextBox>(m_device, qMax<qreal>(m_blank.textWidth(column, 1), 1));
        QTextCharFormat colour;
        colour.setForeground(sheetwords::lightColour(light));
        QTextCharFormat strong;
        strong.setFontWeight(QFont::Bold);
        made->add(mark + word, bold ? m_bold : m_plain, m_sheet.m_columns.at(column).align,
            { { 0, int(mark.size()), colour }, { int(mark.size()), int(word.size()), strong } });
        b = made;
    }
    return b;
}

void TableLayout::addCells(RuledForm &form, const TableSheet::Row &row)
{
    const int columns = int(m_sheet.m_columns.size());
    if (row.kind == TableSheet::Kind::Group) {
        form.addCell(columns, true,
            TextBox::of(m_device, m_blank.textWidth(0, columns), row.cells.value(0), m_bold,
                Qt::AlignLeft));
        return;
    }
    const bool bold = row.kind == TableSheet::Kind::Total;
    for (int c = 0; c < columns; ++c) {
        if (m_sheet.m_columns.at(c).light && row.light)
            form.addCell(1, false, lightBox(c, *row.light, bold));
        else if (c < row.cells.size())
            form.addCell(1, false, valueBox(c, row.cells.at(c), bold));
        else
            form.addCell(1, false, m_none);
    }
}

void TableLayout::paginate(const PagedPrinter &printer)
{
    m_pages.emplace_back();
    qreal y = 0; // where the next thing goes on the last page
    const auto newPage = [&] {
        m_pages.emplace_back();
        y = 0;
    };
    // A paragraph goes where the last thing ended, and runs on to the next page between two
    // of its lines; a left/right line moves on whole.
    const auto flow = [&](const Flow &f) {
        if (y > 0)
            y += f.before;
        const qreal h = f.height();
        for (qreal from = 0;;) {
            const qreal room = m_height - y;
            if (h - from <= room) {
                m_pages.back().slices.push_back({ &f, from, h, y });
                y += h - from + f.after;
                return;
            }
            qreal to = f.right ? from : f.box->cutAtOrAbove(from + room);
            if (to <= from && y == 0) // a line taller than a page: cut through it
                to = from + room;
            if (to > from) {
                m_pages.back().slices.push_back({ &f, from, to, y });
                from = to;
            }
            newPage();
        }
    };
    for (const Flow &f : m_head)
        flow(f);

    // The table on every page is its borders, the header row and the rows placed there.
    const qreal frame = m_blank.frame();
    const int rows = int(m_heights.size());
    const qreal opening = m_blank.height() + m_headerHeight + frame;
    const qreal pageRoom = m_height - opening - frame; // the most text a row has on a page
    qreal used = 0;
    const auto startTable = [&] {
        m_pages.back().table = true;
        m_pages.back().tableY = y;
        used = opening;
    };
    const auto place = [&](int row, qreal from, qreal to) {
        m_pages.back().rows.push_back({ row, from, to });
        used += to - from + frame;
    };
    // The table goes on to the next page; a page it leaves without a row keeps no header.
    const auto nextPage = [&] {
        if (m_pages.back().rows.empty())
            m_pages.back().table = false;
        newPage();
        startTable();
    };
    if (!m_head.empty())
        y += printer.points(4.5); // apart from the lines above
    if (y > 0 && y + opening + frame > m_height)
        newPage();
    startTable();
    for (int i = 0; i < rows; ++i) {
        const qreal h = m_heights[size_t(i)];
        // y is where the table starts on this page: 0 on every page after the first.
        const bool fresh = m_pages.back().rows.empty() && y == 0;
        const qreal end = y + used + h + frame;
        // A group heading is not left at the foot of a page: it goes with the row after it.
        const bool alone = m_sheet.m_rows[size_t(i)].kind == TableSheet::Kind::Group && i + 1 < rows
            && end + m_heights[size_t(i) + 1] + frame > m_height;
        if (end <= m_height && !(alone && !fresh)) {
            place(i, 0, h);
            continue;
        }
        if (h <= pageRoom && !fresh) {
            nextPage();
            place(i, 0, h);
            continue;
        }
        // Taller than a page holds: cut between the lines of its cells.
        RuledForm one = m_blank;
        one.addRow();
        addCells(one, m_sheet.m_rows[size_t(i)]);
        for (qreal from = 0;;) {
            const qreal space = m_height - y - used - frame;
            if (h - from <= space) {
                place(i, from, h);
                break;
            }
            qreal to = one.cutRow(0, from + space);
            // A line taller than a whole page is cut through.
            if (to <= from && m_pages.back().rows.empty() && y == 0)
                to = from + qMax<qreal>(space, 1);
            if (to > from) {
                place(i, from, to);
                from = to;
            }
            nextPage();
        }
    }
    y += used;

    // The closing paragraphs stay together, after the table or on a page of their own.
    if (!m_tail.empty()) {
        qreal tail = 0;
        for (const Flow &f : m_tail)
            tail += f.before + f.height() + f.after;
        if (y + tail > m_height)
            newPage();
        for (const Flow &f : m_tail)
            flow(f);
    }
}

bool TableLayout::paintPage(int n, PagedPrinter &printer)
{
    const Page &page = m_pages.at(size_t(n));
    QPainter *p = printer.beginPage();
    if (!p)
        return false;
    p->save();
    p->setPen(Qt::black);
    for (const Slice &s : page.slices) {
        s.flow->box->draw(*p, QPointF(0, s.y), s.from, s.to);
        if (s.flow->right)
            s.flow->right->draw(*p, QPointF(m_width * kLeftShare, s.y));
    }
    if (page.table) {
        RuledForm form = m_blank;
        form.addRow();
        for (const Box &header : m_header)
            form.addCell(1, true, header);
        RuledForm::Part part;
        part.pieces.push_back({ 0, 0, m_headerHeight });
        int last = -1;
        for (const RuledForm::Piece &piece : page.rows) {
            if (piece.row != last) {
                form.addRow();
                addCells(form, m_sheet.m_rows[size_t(piece.row)]);
                last = piece.row;
            }
            // A whole row is as tall as its cells say, should a measurement have erred: a
            // line is never dropped.
            const int row = form.rowCount() - 1;
            const bool whole = piece.from == 0 && piece.to == m_heights[size_t(piece.row)];
            part.pieces.push_back({ row, piece.from, whole ? form.rowHeight(row) : piece.to });
        }
        form.paint(*p, QPointF(0, page.tableY), part);
    }
    p->restore();
    return true;
}

} // namespace tz
