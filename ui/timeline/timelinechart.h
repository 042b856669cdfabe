#pragma once

#include "timelinemodel.h"

#include <QAbstractScrollArea>

class QPagedPaintDevice;

namespace tz::ui {

// A Gantt-like milestone chart: a row per project with its name, a bar from its start to its
// planned completion, and its milestones as diamonds — coloured by state and also marked by
// shape (✓ done, ✓ on an outline done late, × overdue with a line to today, ! due soon, hollow
// not yet due), so it reads in black and white too. A dashed line marks today; a legend and
// the period axis (month, quarter or year) head the chart and stay put while it scrolls.
//
// Only the rows in view are painted, so ten thousand projects scroll as fast as ten. The same
// painting code serves the screen, a PNG (at twice the pixels) and paged PDF or printer output
// (vector, the time axis fitted to the page width).
class TimelineChart : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit TimelineChart(QWidget *parent = nullptr);

    void setRows(std::vector<TimelineRow> rows, QDate today);
    const std::vector<TimelineRow> &rows() const { return m_rows; }
    void setZoom(TimelineZoom zoom);
    TimelineZoom zoom() const { return m_zoom; }
    // Scrolls so that today is in view, a third from the left.
    void scrollToToday();

    // The whole chart as an image, at `scale` device pixels per pixel; a null image when it
    // would be too large (more than about 16,000 pixels a side: use PDF for large sets).
    QImage toImage(qreal scale = 2.0) const;
    // Paints every row on pages of a paged device (QPdfWriter, QPrinter), landscape, the time
    // axis fitted to the page width; returns the number of pages, 0 when painting failed.
    int paintPages(QPagedPaintDevice *device, const QString &title) const;
    // PDF through a temporary file, the ToUnicode fix applied, then renamed over path.
    bool writePdf(const QString &path, const QString &title, QString *error) const;

signals:
    void projectActivated(qint64 projectId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    struct Geometry
    {
        qreal fontPx = 13;
        qreal nameWidth = 0;
        qreal legendHeight = 0;
        qreal axisHeight = 0;
        qreal rowHeight = 0;
        qreal dayWidth = 1;
        TimelineSpan span;
        qreal header() const { return legendHeight + axisHeight; }
        qreal timeWidth() const { return dayWidth * span.days(); }
    };
    Geometry geometryFor(qreal fontPx, qreal dayWidth) const;
    Geometry screenGeometry() const;
    // Paints rows from `first` into size, the time axis shifted left by scrollX and the rows
    // up by offsetY.
    void paint(QPainter &p, const Geometry &g, const QSizeF &size, int first, qreal offsetY, qreal scrollX) const;
    void paintMilestone(QPainter &p, const TimelineMilestone &m, QPointF centre, qreal size) const;
    void paintLegend(QPainter &p, const Geometry &g, qreal width) const;
    int rowAt(const QPoint &viewportPos) const;
    void updateScrollBars();

    std::vector<TimelineRow> m_rows;
    QDate m_today;
    TimelineZoom m_zoom = TimelineZoom::Quarter;
    std::vector<TimelineTick> m_ticks;
};

} // namespace tz::ui
