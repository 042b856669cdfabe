#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QRawFont>
#include <QStringView>

#include <vector>

class QPaintDevice;

namespace tz {

// Says, without laying text out, whether a paragraph takes exactly one line of one font in a
// width, and how tall that line is. A printed ledger has ten thousand rows of short values
// (codes, amounts, dates, districts, names of people); measuring each with a QTextLayout to
// learn that it fits one line was most of the time of paginating the table.
//
// The answer is only "yes" when it is certain: every character is drawn by the font's own
// face, not by a fallback (a face that lacks a character, 仿宋_GB2312 for 堃 say, hands it to
// another whose lines may be taller), and the characters' advances, added up with a quarter
// of the font's height to spare (for rounding, and a last glyph reaching past its advance),
// are within the width. The print fonts do not shape (QFont::PreferNoShaping), so a line is
// as wide as its advances. Anything else is for a QTextLayout to measure.
class LineFit
{
public:
    LineFit(const QFont &font, const QPaintDevice *device);

    // The height of one line of the font, leading included, as TextBox lays it out.
    qreal lineHeight() const { return m_line; }
    bool fitsOneLine(QStringView text, qreal width);

private:
    // Advance of a UTF-16 unit; negative when the face lacks it; NaN until asked.
    float advance(char16_t c);

    QFontMetricsF m_metrics;
    QRawFont m_face; // the font's own face: QFontMetricsF::inFont() counts fallbacks too
    qreal m_line = -1; // negative: the face has none of the reference characters
    qreal m_spare = 0;
    std::vector<float> m_advances;
};

} // namespace tz
