#pragma once

#include <QFont>
#include <QHash>
#include <QList>
#include <QString>

namespace tz {

// Makes Chinese text in Qt's PDFs searchable and copyable again.
//
// Qt writes each embedded font's ToUnicode map by asking, for every code point from U+0000
// up, which glyph it maps to, and keeps the first (lowest) code point per glyph. Noto CJK and
// most CJK fonts map the Kangxi radicals (U+2F00–U+2FDF) and the CJK radicals supplement
// (U+2E80–U+2EFF) to the very glyphs of the ideographs, so 金 comes out of pdftotext as ⾦
// (U+2FA6), 工 as ⼯, 风 as ⻛, and a search for a project name fails. No installed free face
// is free of it, so instead of changing fonts the ToUnicode maps are corrected after the
// file is written: every code point below U+4E00 that shares its glyph with a unified
// ideograph in one of the job's fonts is replaced by that ideograph. Both are four hex
// digits, so the file keeps its length and its cross-reference table stays valid.
class ToUnicodeFix
{
public:
    // Learns the radical-to-ideograph pairs of these fonts (one QRawFont lookup per font).
    explicit ToUnicodeFix(const QList<QFont> &fonts);

    // Rewrites the ToUnicode maps of a finished PDF in place, reading it in chunks. Returns
    // false (and sets *error) when the file cannot be read or written; a file with nothing to
    // correct is left untouched.
    bool apply(const QString &pdfPath, QString *error = nullptr) const;

    int pairs() const { return int(m_map.size()); }
    char16_t ideographFor(char16_t codePoint) const { return m_map.value(codePoint, codePoint); }

    // Corrects one ToUnicode CMap held in memory (between begincmap and endcmap); returns
    // the number of code points replaced. Exposed for tests.
    int fixCMap(QByteArray &cmap) const;

private:
    QHash<char16_t, char16_t> m_map;
};

} // namespace tz
