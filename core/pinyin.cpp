#include "pinyin.h"

#include <QStringEncoder>

namespace tz {

namespace {

// GB2312's 3,755 level-1 characters are sorted by pinyin, so the code of a character tells
// its initial: each entry is the first code of a letter's block (I, U and V begin no syllable).
struct Block
{
    quint16 first;
    char letter;
};
constexpr Block kBlocks[] = {
    { 0xB0A1, 'a' }, { 0xB0C5, 'b' }, { 0xB2C1, 'c' }, { 0xB4EE, 'd' }, { 0xB6EA, 'e' },
    { 0xB7A2, 'f' }, { 0xB8C1, 'g' }, { 0xB9FE, 'h' }, { 0xBBF7, 'j' }, { 0xBFA6, 'k' },
    { 0xC0AC, 'l' }, { 0xC2E8, 'm' }, { 0xC4C3, 'n' }, { 0xC5B6, 'o' }, { 0xC5BE, 'p' },
    { 0xC6DA, 'q' }, { 0xC8BB, 'r' }, { 0xC8F6, 's' }, { 0xCBFA, 't' }, { 0xCDDA, 'w' },
    { 0xCEF4, 'x' }, { 0xD1B9, 'y' }, { 0xD4D1, 'z' },
};
constexpr quint16 kLevel1End = 0xD7F9;

} // namespace

QString pinyinInitials(const QString &text)
{
    QStringEncoder encoder("GB18030");
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c.unicode() < 0x80) {
            out.append(c.toLower());
            continue;
        }
        const QByteArray b = encoder.encode(QStringView(&c, 1));
        if (b.size() == 2) {
            const quint16 code = quint16((quint8(b[0]) << 8) | quint8(b[1]));
            if (code >= kBlocks[0].first && code <= kLevel1End) {
                char letter = 'a';
                for (const Block &blk : kBlocks)
                    if (code >= blk.first)
                        letter = blk.letter;
                out.append(QLatin1Char(letter));
                continue;
            }
        }
        out.append(c);
    }
    return out;
}

} // namespace tz
