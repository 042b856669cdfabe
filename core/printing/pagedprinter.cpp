#include "pagedprinter.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>

namespace tz {

PagedPrinter::PagedPrinter(
    QPagedPaintDevice *device, const PrintSettings &settings, QPageLayout::Orientation orientation)
    : m_device(device)
    , m_settings(settings.resolved())
{
    if (!m_device->setPageLayout(m_settings.pageLayout(orientation)))
        m_failed = true;
}

PagedPrinter::~PagedPrinter()
{
    if (m_painter.isActive())
        m_painter.end();
}

qreal PagedPrinter::dotsPerMm() const
{
    return m_device->logicalDpiY() / 25.4;
}

qreal PagedPrinter::points(qreal pt) const
{
    return pt * m_device->logicalDpiY() / 72.0;
}

QSizeF PagedPrinter::contentSize() const
{
    // The device's paint rect ends at the page number; the text block ends the footer band
    // above it.
    return QSizeF(m_device->width(), m_device->height() - m_settings.footerBandMm() * dotsPerMm());
}

QPainter *PagedPrinter::beginPage()
{
    if (m_failed)
        return nullptr;
    if (!m_painter.isActive()) {
        if (!m_painter.begin(m_device)) {
            m_failed = true;
            return nullptr;
        }
    } else if (!m_device->newPage()) {
        m_failed = true;
        return nullptr;
    }
    ++m_pages;
    return &m_painter;
}

void PagedPrinter::paintFooter(int page, int total)
{
    // GB/T 9704 puts the page number 7 mm below the text block, centred here because the
    // sheets are handed out loose rather than bound.
    const qreal mm = dotsPerMm();
    const QRectF band(
        0, contentSize().height() + m_settings.footerGapMm * mm, contentSize().width(), 7 * mm);
    m_painter.save();
    m_painter.setPen(Qt::black);
    m_painter.setFont(m_settings.bodyFont(12));
    m_painter.drawText(band, Qt::AlignHCenter | Qt::AlignTop,
        QCoreApplication::translate("tz::print", "第 %1 页 共 %2 页").arg(page).arg(total));
    m_painter.restore();
}

bool PagedPrinter::finish()
{
    if (m_painter.isActive() && !m_painter.end())
        m_failed = true;
    return !m_failed;
}

} // namespace tz
