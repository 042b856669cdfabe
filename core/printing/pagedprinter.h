#pragma once

#include "printsettings.h"

#include <QPainter>

#include <functional>

class QPagedPaintDevice;
class QTextDocument;

namespace tz {

// "第 X 页 共 Y 页" under the pages of a document.
struct PageFooter
{
    bool show = false;
    int first = 1; // number of the document's first page
    int total = 0; // pages of the whole numbered document; 0: the document's own page count
};

// Paints QTextDocuments page by page onto one paged device (QPdfWriter, or the QPrinter of a
// print preview), one document after another on the same painter, so a job of ten thousand
// sheets never holds more than the sheet being painted. Below each page's text block it
// writes "第 X 页 共 Y 页" when asked.
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
    // Device pixels per millimetre.
    qreal dotsPerMm() const;

    // Lays doc out for this device: the paint device first and the page size after it (the
    // other order lays text out for the screen and prints it at a third of its size).
    // Unpaginated: one endless page of the text block's width, for measuring.
    void prepare(QTextDocument &doc, bool paginated = true) const;
    // Prepares the empty doc, then has write fill it inside one edit block: the document is
    // laid out once, as it is written, instead of once after writing and again by prepare().
    // write must not ask for the layout (sizes, page counts) before it returns.
    void compose(QTextDocument &doc, const std::function<void()> &write, bool paginated = true) const;

    // Paints every page of a prepared doc, each on a new page of the device; returns the
    // number of pages painted, 0 when the device could not be painted on.
    int paint(QTextDocument &doc, const PageFooter &footer = PageFooter());

    // For sheets painted without a QTextDocument: starts the next page of the device and
    // returns the painter, origin at the top left of the text block; nullptr when the
    // device failed. paintFooter() writes "第 X 页 共 Y 页" under the current page.
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
