#include "linefit.h"

#include "textbox.h"

#include <cmath>
#include <limits>

namespace tz {

LineFit::LineFit(const QFont &font, const QPaintDevice *device)
    : m_font(font)
    , m_metrics(font, device)
    , m_advances(0x10000, std::numeric_limits<float>::quiet_NaN())
{
    // Measured the way cells are laid out, rather than from the metrics, so that the two
    // agree to the last rounding.
    TextBox line(device, 1e6);
    line.add(QStringLiteral("中"), font);
    m_line = line.height();
}

float LineFit::advance(char16_t c)
{
    float &a = m_advances[c];
    if (std::isnan(a)) {
        // Surrogates, controls and characters the font leaves to a fallback are not measured
        // here.
        const QChar ch(c);
        const bool own = !ch.isSurrogate() && ch.isPrint() && m_metrics.inFont(ch);
        a = own ? float(m_metrics.horizontalAdvance(ch)) : -1.0f;
    }
    return a;
}

bool LineFit::fitsOneLine(QStringView text, qreal width)
{
    // A 64th of a pixel per character covers the layout's fixed-point rounding; one pixel
    // more is the margin for anything else.
    const qreal limit = width - 1 - text.size() / 64.0;
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
