#include "pinyin.h"

#include <QHash>
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

// The initial of one character, or the character itself. Each character is looked up in
// GB2312 once per thread: search keys for ten thousand projects used to open an ICU converter
// per name and converted every character anew.
QChar initialOf(QChar c)
{
    thread_local QHash<char16_t, QChar> known;
    const auto it = known.constFind(c.unicode());
    if (it != known.constEnd())
        return *it;
    QChar initial = c;
    if (!c.isSurrogate()) { // half a pair has no code of its own: kept as it is
        QStringEncoder encoder("GB18030");
        const QByteArray b = encoder.encode(QStringView(&c, 1));
        if (b.size() == 2) {
            const quint16 code = quint16((quint8(b[0]) << 8) | quint8(b[1]));
            if (code >= kBlocks[0].first && code <= kLevel1End) {
                char letter = 'a';
                for (const Block &blk : kBlocks)
                    if (code >= blk.first)
                        letter = blk.letter;
                initial = QLatin1Char(letter);
            }
        }
    }
    known.insert(c.unicode(), initial);
    return initial;
}

} // namespace

QString pinyinInitials(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text)
        out.append(c.unicode() < 0x80 ? c.toLower() : initialOf(c));
    return out;
}

} // namespace tz
