#include "docwriter.h"

#include <QCoreApplication>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextTable>

namespace tz {

namespace {

// Sizes in QTextDocument's units (1/96 inch, scaled to the printer by the layout).
constexpr qreal kBorder = 0.6;
constexpr qreal kPadding = 3;

qreal ptToUnits(qreal pt)
{
    return pt * 96.0 / 72.0;
}

} // namespace

DocWriter::DocWriter(QTextDocument &doc, const PrintSettings &settings)
    : m_doc(doc)
    , m_settings(settings)
    , m_cursor(&doc)
{
    m_doc.setUndoRedoEnabled(false); // a print document is written once
    m_doc.setDefaultFont(m_settings.bodyFont(m_settings.bodyPointSize));
    m_cursor.movePosition(QTextCursor::End);
    // An empty last block (a new document, or the block after a table) is written into.
    m_empty = m_cursor.block().length() <= 1;
}

QTextCharFormat DocWriter::text(qreal pointSize, bool bold) const
{
    QTextCharFormat f;
    f.setFont(m_settings.bodyFont(pointSize, bold));
    f.setForeground(Qt::black);
    return f;
}

QTextCharFormat DocWriter::titleText(qreal pointSize) const
{
    QTextCharFormat f;
    f.setFont(m_settings.titleFont(pointSize));
    f.setForeground(Qt::black);
    return f;
}

void DocWriter::title(const QString &text, qreal pointSize, qreal spaceAfterPt)
{
    QTextBlockFormat b;
    b.setAlignment(Qt::AlignHCenter);
    b.setBottomMargin(ptToUnits(spaceAfterPt));
    if (m_empty)
        m_cursor.setBlockFormat(b);
    else
        m_cursor.insertBlock(b);
    m_cursor.insertText(text, titleText(pointSize));
    m_empty = false;
}

void DocWriter::paragraph(const QString &text, qreal pointSize, Qt::Alignment align, bool indent,
    qreal spaceBeforePt, bool bold)
{
    QTextBlockFormat b;
    b.setAlignment(align);
    b.setTopMargin(ptToUnits(spaceBeforePt));
    if (m_empty)
        m_cursor.setBlockFormat(b);
    else
        m_cursor.insertBlock(b);
    // Two ideographic spaces, as Chinese prose is indented: QTextBlockFormat's text indent is
    // taken in device pixels, unlike the vertical margins, and would differ by printer.
    m_cursor.insertText(
        indent ? QStringLiteral("\u3000\u3000") + text : text, this->text(pointSize, bold));
    m_empty = false;
}

void DocWriter::leftRight(const QString &left, const QString &right, qreal pointSize,
    qreal spaceAfterPt, qreal leftPercent)
{
    QTextTableFormat f;
    f.setBorder(0);
    f.setCellPadding(0);
    f.setCellSpacing(0);
    f.setBottomMargin(ptToUnits(spaceAfterPt));
    f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    f.setColumnWidthConstraints({ QTextLength(QTextLength::PercentageLength, leftPercent),
        QTextLength(QTextLength::PercentageLength, 100 - leftPercent) });
    shrinkEmptyBlock();
    m_empty = false;
    QTextTable *t = m_cursor.insertTable(1, 2, f);
    cell(t, 0, 0, left, text(pointSize), Qt::AlignLeft);
    cell(t, 0, 1, right, text(pointSize), Qt::AlignRight);
    leaveTable();
}

QTextTable *DocWriter::insertTable(
    int rows, int columns, const QList<QTextLength> &widths, int headerRows)
{
    QTextTableFormat f;
    // Separate borders with no spacing draw one even rule between cells; collapsed borders
    // look the same and lay out at half the speed.
    f.setBorderCollapse(false);
    f.setBorder(kBorder);
    f.setBorderBrush(Qt::black);
    f.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    f.setCellSpacing(0);
    f.setCellPadding(kPadding);
    f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    f.setColumnWidthConstraints(widths);
    f.setHeaderRowCount(headerRows);
    shrinkEmptyBlock();
    m_empty = false;
    return m_cursor.insertTable(rows, columns, f);
}

QTextTable *DocWriter::table(int rows, const QList<qreal> &weights, int headerRows)
{
    qreal sum = 0;
    for (qreal w : weights)
        sum += w;
    QList<QTextLength> widths;
    for (qreal w : weights)
        widths << QTextLength(QTextLength::PercentageLength, 100.0 * w / sum);
    return insertTable(rows, int(weights.size()), widths, headerRows);
}

QTextTable *DocWriter::tableFixed(int rows, const QList<qreal> &widths, int headerRows)
{
    QList<QTextLength> lengths;
    for (qreal w : widths)
        lengths << QTextLength(QTextLength::FixedLength, w);
    QTextTable *t = insertTable(rows, int(widths.size()), lengths, headerRows);
    QTextTableFormat f = t->format();
    f.setWidth(QTextLength()); // the sum of the columns
    t->setFormat(f);
    return t;
}

void DocWriter::cell(QTextTable *table, int row, int column, const QStringList &lines,
    const QTextCharFormat &format, Qt::Alignment align)
{
    QTextCursor c = table->cellAt(row, column).firstCursorPosition();
    QTextBlockFormat b;
    b.setAlignment(align);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i == 0)
            c.setBlockFormat(b);
        else
            c.insertBlock(b);
        c.insertText(lines.at(i), format);
    }
}

QString DocWriter::date(QDate d)
{
    if (!d.isValid())
        return QCoreApplication::translate("tz::print", "未定");
    return QCoreApplication::translate("tz::print", "%1年%2月%3日")
        .arg(d.year())
        .arg(d.month())
        .arg(d.day());
}

QString DocWriter::daysPhrase(qint64 daysLate)
{
    if (daysLate > 0)
        return QCoreApplication::translate("tz::print", "已逾期 %1 天").arg(daysLate);
    if (daysLate == 0)
        return QCoreApplication::translate("tz::print", "今日到期");
    return QCoreApplication::translate("tz::print", "还剩 %1 天").arg(-daysLate);
}

void DocWriter::shadeCell(QTextTable *table, int row, int column)
{
    QTextTableCell c = table->cellAt(row, column);
    QTextTableCellFormat f = c.format().toTableCellFormat();
    f.setBackground(QColor(0xf0, 0xf0, 0xf0));
    f.setVerticalAlignment(QTextCharFormat::AlignMiddle);
    c.setFormat(f);
}

QString DocWriter::lightMark(Light light)
{
    switch (light) {
    case Light::Red:
        return QStringLiteral("■");
    case Light::Yellow:
        return QStringLiteral("▲");
    case Light::Green:
        return QStringLiteral("●");
    }
    return {};
}

QColor DocWriter::lightColour(Light light)
{
    switch (light) {
    case Light::Red:
        return QColor(0xc0, 0x00, 0x00);
    case Light::Yellow:
        return QColor(0xd9, 0x96, 0x00); // amber: pure yellow vanishes on white paper
    case Light::Green:
        return QColor(0x00, 0x80, 0x3c);
    }
    return Qt::black;
}

void DocWriter::light(QTextCursor &cursor, Light l, const QTextCharFormat &format)
{
    QTextCharFormat mark = format;
    mark.setForeground(lightColour(l));
    cursor.insertText(lightMark(l), mark);
    QTextCharFormat word = format;
    word.setFontWeight(QFont::Bold);
    cursor.insertText(QStringLiteral(" ") + lightText(l), word);
}

void DocWriter::leaveTable()
{
    // QTextDocument keeps a block after every table; it is reused by the next paragraph and
    // must not add a line (or a blank last page) when nothing follows.
    m_cursor.movePosition(QTextCursor::End);
    m_empty = true;
    shrinkEmptyBlock();
}

void DocWriter::shrinkEmptyBlock()
{
    if (!m_empty || !m_cursor.block().text().isEmpty())
        return;
    QTextBlockFormat b;
    b.setLineHeight(0, QTextBlockFormat::FixedHeight);
    m_cursor.setBlockFormat(b);
    QTextCharFormat c;
    c.setFontPointSize(1);
    m_cursor.setBlockCharFormat(c);
}

} // namespace tz
