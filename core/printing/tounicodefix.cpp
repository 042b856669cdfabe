#include "tounicodefix.h"

#include <QFile>
#include <QRawFont>

namespace tz {

namespace {

constexpr char16_t kFirstIdeograph = 0x4E00;
constexpr char16_t kLastIdeograph = 0x9FFF;
// Radicals supplement, Kangxi radicals, ideographic description, CJK symbols, strokes,
// extension A: everything below the unified block that a CJK font may alias onto it.
constexpr char16_t kFirstAlias = 0x2E80;
constexpr char16_t kLastAlias = 0x4DBF;

constexpr qint64 kChunk = 1 << 20;
constexpr qsizetype kMaxCMap = 16 << 20;

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Replaces the four hex digits at data[at] when they name a mapped code point.
int patchToken(QByteArray &data, qsizetype at, const QHash<char16_t, char16_t> &map)
{
    int value = 0;
    for (qsizetype i = at; i < at + 4; ++i) {
        const int d = hexDigit(data.at(i));
        if (d < 0)
            return 0;
        value = value * 16 + d;
    }
    const auto it = map.constFind(char16_t(value));
    if (it == map.constEnd())
        return 0;
    const QByteArray hex = QByteArray::number(uint(*it), 16).toUpper().rightJustified(4, '0');
    for (int i = 0; i < 4; ++i)
        data[at + i] = hex.at(i);
    return 1;
}

} // namespace

ToUnicodeFix::ToUnicodeFix(const QList<QFont> &fonts)
{
    QString ideographs;
    for (char16_t u = kFirstIdeograph; u <= kLastIdeograph; ++u)
        ideographs.append(QChar(u));
    QString aliases;
    for (char16_t u = kFirstAlias; u <= kLastAlias; ++u)
        aliases.append(QChar(u));
    for (const QFont &font : fonts) {
        const QRawFont raw = QRawFont::fromFont(font);
        if (!raw.isValid())
            continue;
        const QList<quint32> ideographGlyphs = raw.glyphIndexesForString(ideographs);
        QHash<quint32, char16_t> byGlyph;
        for (qsizetype i = 0; i < ideographGlyphs.size(); ++i) {
            const quint32 g = ideographGlyphs.at(i);
            if (g != 0 && !byGlyph.contains(g)) // the lowest ideograph, as Qt would pick it
                byGlyph.insert(g, char16_t(kFirstIdeograph + i));
        }
        const QList<quint32> aliasGlyphs = raw.glyphIndexesForString(aliases);
        for (qsizetype i = 0; i < aliasGlyphs.size(); ++i) {
            const auto it = byGlyph.constFind(aliasGlyphs.at(i));
            const char16_t alias = char16_t(kFirstAlias + i);
            if (aliasGlyphs.at(i) != 0 && it != byGlyph.constEnd() && !m_map.contains(alias))
                m_map.insert(alias, *it);
        }
    }
}

int ToUnicodeFix::fixCMap(QByteArray &cmap) const
{
    // Qt writes "<g> <g> <u>" for one glyph, "<g0> <g1> [<u> <u> ...]" for a run, and
    // "<g0> <g1> <u>" for a run of consecutive code points, which is left alone: shifting its
    // start would shift every code point of the run. Other writers use bfchar "<g> <u>".
    int fixed = 0;
    bool inRange = false;
    bool inChar = false;
    qsizetype lineStart = 0;
    while (lineStart < cmap.size()) {
        qsizetype lineEnd = cmap.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = cmap.size();
        const QByteArray line = cmap.mid(lineStart, lineEnd - lineStart).trimmed();
        if (line.endsWith("beginbfrange"))
            inRange = true;
        else if (line.endsWith("beginbfchar"))
            inChar = true;
        else if (line == "endbfrange")
            inRange = false;
        else if (line == "endbfchar")
            inChar = false;
        else if (inRange || inChar) {
            // Positions of the four-digit tokens of this line.
            QList<qsizetype> tokens;
            qsizetype bracket = -1;
            for (qsizetype i = lineStart; i < lineEnd; ++i) {
                if (cmap.at(i) == '[')
                    bracket = i;
                else if (cmap.at(i) == '<' && i + 5 < lineEnd && cmap.at(i + 5) == '>')
                    tokens.append(i + 1);
            }
            if (bracket >= 0) {
                for (qsizetype t : tokens)
                    if (t > bracket)
                        fixed += patchToken(cmap, t, m_map);
            } else if (inRange && tokens.size() == 3
                && cmap.mid(tokens[0], 4) == cmap.mid(tokens[1], 4)) {
                fixed += patchToken(cmap, tokens[2], m_map);
            } else if (inChar && tokens.size() == 2) {
                fixed += patchToken(cmap, tokens[1], m_map);
            }
        }
        lineStart = lineEnd + 1;
    }
    return fixed;
}

bool ToUnicodeFix::apply(const QString &pdfPath, QString *error) const
{
    QFile file(pdfPath);
    if (!file.open(QIODevice::ReadWrite)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    if (m_map.isEmpty())
        return true;
    const qint64 size = file.size();
    qint64 pos = 0;
    while (pos < size) {
        file.seek(pos);
        const QByteArray chunk = file.read(kChunk);
        const qsizetype at = chunk.indexOf("begincmap");
        if (at < 0) {
            if (chunk.size() < kChunk)
                break;
            pos += chunk.size() - 16; // a keyword may straddle the chunks
            continue;
        }
        const qint64 start = pos + at;
        // The fonts' maps are small and come at the end of Qt's files; read one whole.
        QByteArray cmap;
        qsizetype end = -1;
        for (qsizetype want = 64 * 1024; want <= kMaxCMap; want *= 4) {
            file.seek(start);
            cmap = file.read(want);
            end = cmap.indexOf("endcmap");
            if (end >= 0 || cmap.size() < want)
                break;
        }
        if (end < 0) {
            pos = start + 9;
            continue;
        }
        cmap.truncate(end);
        if (cmap.contains("Adobe-Identity-UCS") && fixCMap(cmap) > 0) {
            file.seek(start);
            if (file.write(cmap) != cmap.size()) {
                if (error)
                    *error = file.errorString();
                return false;
            }
        }
        pos = start + end + 7;
    }
    if (!file.flush()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace tz
