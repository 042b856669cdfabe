#include "linefit.h"

#include "textbox.h"

#include <cmath>
#include <limits>

namespace tz {

LineFit::LineFit(const QFont &font, const QPaintDevice *device)
    : m_metrics(font, device)
    , m_face(QRawFont::fromFont(font))
    , m_advances(0x10000, std::numeric_limits<float>::quiet_NaN())
{
    m_spare = m_metrics.height() / 4;
    // Measured the way cells are laid out, rather than from the metrics, so that the two
    // agree to the last rounding; with a character of the face itself, whose line is the
    // face's.
    for (const QChar reference : { QChar(0x4E2D), QChar(u'0'), QChar(u'A') }) {
        if (advance(reference.unicode()) < 0)
            continue;
        TextBox line(device, 1e6);
        line.add(QString(reference), font);
        m_line = line.height();
        break;
    }
}

float LineFit::advance(char16_t c)
{
    float &a = m_advances[c];
    if (std::isnan(a)) {
        // Surrogates, controls and characters the face leaves to a fallback are not measured
        // here.
        const QChar ch(c);
        const bool own
            = !ch.isSurrogate() && ch.isPrint() && m_face.isValid() && m_face.supportsCharacter(ch);
        a = own ? float(m_metrics.horizontalAdvance(ch)) : -1.0f;
    }
    return a;
}

bool LineFit::fitsOneLine(QStringView text, qreal width)
{
    if (m_line < 0)
        return false;
    // A 64th of a pixel per character covers the layout's fixed-point rounding.
    const qreal limit = width - m_spare - text.size() / 64.0;
    qreal sum = 0;
    for (const QChar ch : text) {
        const float a = advance(ch.unicode());
        if (a < 0)
            return false;
        sum += a;
        if (sum > limit)
            return false;
    }
    return true;
}

} // namespace tz
