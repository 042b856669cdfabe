#pragma once

#include "printsettings.h"
#include "rules.h"

#include <QTextCharFormat>
#include <QTextCursor>

class QTextDocument;
class QTextTable;

namespace tz {

// Writes office sheets into a QTextDocument: the title, left/right lines, paragraphs and
// ruled tables in the faces and sizes of PrintSettings. It only appends; it never touches the
// document's layout, so building stays linear (a layout that exists while cells are filled
// lays the whole table out again after every insertion).
class DocWriter
{
public:
    DocWriter(QTextDocument &doc, const PrintSettings &settings);

    QTextCharFormat text(qreal pointSize, bool bold = false) const;
    QTextCharFormat titleText(qreal pointSize) const;
    const PrintSettings &settings() const { return m_settings; }
    QTextCursor &cursor() { return m_cursor; }

    // Centred title; the first block of the document is reused so nothing stands above it.
    void title(const QString &text, qreal pointSize, qreal spaceAfterPt);
    // A paragraph; indent: the first line indented by two characters, as Chinese prose is.
    void paragraph(const QString &text, qreal pointSize, Qt::Alignment align = Qt::AlignJustify,
        bool indent = false, qreal spaceBeforePt = 0, bool bold = false);
    // One line with text flush left and text flush right (sheet number and date).
    void leftRight(const QString &left, const QString &right, qreal pointSize, qreal spaceAfterPt,
        qreal leftPercent = 50);

    // A ruled table of rows x weights.size(); columns get widths in proportion to weights.
    // headerRows repeat at the top of every page.
    QTextTable *table(int rows, const QList<qreal> &weights, int headerRows = 0);
    // Fixed column widths in device units, for tables whose pages are laid out separately
    // and must line up.
    QTextTable *tableFixed(int rows, const QList<qreal> &widths, int headerRows = 0);
    // Replaces a cell's text; lines become separate paragraphs of the cell.
    void cell(QTextTable *table, int row, int column, const QStringList &lines,
        const QTextCharFormat &format, Qt::Alignment align = Qt::AlignLeft);
    void cell(QTextTable *table, int row, int column, const QString &text,
        const QTextCharFormat &format, Qt::Alignment align = Qt::AlignLeft)
    {
        cell(table, row, column, QStringList { text }, format, align);
    }
    // Light as shape, word and colour, so it reads the same on a black-and-white printer:
    // ■ 红灯, ▲ 黄灯, ● 绿灯.
    void light(QTextCursor &cursor, Light light, const QTextCharFormat &format);
    // Puts the cursor after the last table, ready for more paragraphs.
    void leaveTable();

    static QString lightMark(Light light); // ■ ▲ ●
    static QColor lightColour(Light light);
    // Words the sheets share: 2026年6月15日; 已逾期 3 天 / 今日到期 / 还剩 5 天.
    static QString date(QDate date);
    static QString daysPhrase(qint64 daysLate);
    // Grey label cells of a form, text centred vertically.
    static void shadeCell(QTextTable *table, int row, int column);

private:
    void shrinkEmptyBlock();
    QTextTable *insertTable(
        int rows, int columns, const QList<QTextLength> &widths, int headerRows);

    QTextDocument &m_doc;
    PrintSettings m_settings;
    QTextCursor m_cursor;
    bool m_empty = true;
};

} // namespace tz
