#include "pagedprinter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QTextCursor>
#include <QTextDocument>

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

QSizeF PagedPrinter::contentSize() const
{
    // The device's paint rect ends at the page number; the text block ends the footer band
    // above it.
    return QSizeF(m_device->width(), m_device->height() - m_settings.footerBandMm() * dotsPerMm());
}

void PagedPrinter::prepare(QTextDocument &doc, bool paginated) const
{
    // Once a document has its layout, every one of these setters lays the whole document out
    // again (three layouts of each sheet, half the time of printing). So the margin and the
    // page are set before the layout exists, the layout gets the device, and the document is
    // laid out once more with it: text laid out before the device is set prints at a third of
    // its size.
    doc.setDocumentMargin(0); // the page margins are the device's
    if (paginated)
        doc.setPageSize(contentSize());
    else
        doc.setTextWidth(contentSize().width());
    doc.documentLayout()->setPaintDevice(m_device);
    doc.markContentsDirty(0, doc.characterCount());
}

void PagedPrinter::compose(QTextDocument &doc, const std::function<void()> &write, bool paginated) const
{
    prepare(doc, paginated);
    QTextCursor batch(&doc);
    batch.beginEditBlock();
    write();
    batch.endEditBlock();
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

int PagedPrinter::paint(QTextDocument &doc, const PageFooter &footer)
{
    const QSizeF page = doc.pageSize();
    const int pages = doc.pageCount();
    const int total = footer.total > 0 ? footer.total : pages;
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    int painted = 0;
    for (int i = 0; i < pages; ++i) {
        if (!beginPage())
            break;
        const QRectF clip(0, i * page.height(), page.width(), page.height());
        context.clip = clip;
        m_painter.save();
        m_painter.translate(0, -clip.top());
        m_painter.setClipRect(clip);
        doc.documentLayout()->draw(&m_painter, context);
        m_painter.restore();
        if (footer.show)
            paintFooter(footer.first + i, total);
        ++painted;
    }
    return painted;
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
