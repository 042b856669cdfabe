#pragma once

#include "printsettings.h"

#include <QPainter>

class QPagedPaintDevice;

namespace tz {

// One paged device (QPdfWriter, or the QPrinter of a print preview) that sheet after sheet is
// painted on, page by page, on the same painter, so that a job of ten thousand sheets never
// holds more than the sheet being painted. It sets the page up as GB/T 9704 has it and writes
// "第 X 页 共 Y 页" under a page when asked.
class PagedPrinter
{
public:
    // Sets the device's page layout (paper, orientation, GB/T 9704 margins) from settings.
    PagedPrinter(QPagedPaintDevice *device, const PrintSettings &settings,
        QPageLayout::Orientation orientation);
    ~PagedPrinter();
    PagedPrinter(const PagedPrinter &) = delete;
    PagedPrinter &operator=(const PagedPrinter &) = delete;

    // The text block of one page in device units.
    QSizeF contentSize() const;
    QPagedPaintDevice *device() const { return m_device; }
    const PrintSettings &settings() const { return m_settings; }
    // Device pixels per millimetre, and in pt points.
    qreal dotsPerMm() const;
    qreal points(qreal pt) const;

    // Starts the next page of the device and returns the painter, origin at the top left of
    // the text block; nullptr when the device failed. paintFooter() writes "第 X 页 共 Y 页"
    // under the current page.
    QPainter *beginPage();
    void paintFooter(int page, int total);

    int pagesPainted() const { return m_pages; }
    // Finishes the device (for QPdfWriter: writes the file). False when painting failed.
    bool finish();

private:
    QPagedPaintDevice *m_device = nullptr;
    PrintSettings m_settings;
    QPainter m_painter;
    int m_pages = 0;
    bool m_failed = false;
};

} // namespace tz
