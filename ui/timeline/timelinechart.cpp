#include "timelinechart.h"

#include "printing/tounicodefix.h"

#include <QDir>
#include <QFileInfo>
#include <QHelpEvent>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QScrollBar>
#include <QTemporaryFile>
#include <QToolTip>

namespace tz::ui {

namespace {

QColor stateColor(MilestoneState s)
{
    switch (s) {
    case MilestoneState::Done:
        return QColor(0x2e, 0x7d, 0x32);
    case MilestoneState::DoneLate:
        return QColor(0x8d, 0x6e, 0x1a);
    case MilestoneState::Overdue:
        return QColor(0xc6, 0x28, 0x28);
    case MilestoneState::DueSoon:
        return QColor(0xf9, 0xa8, 0x25);
    case MilestoneState::NotDue:
        return QColor(0x75, 0x75, 0x75);
    }
    return Qt::black;
}

const MilestoneState kStates[] = { MilestoneState::Done, MilestoneState::DoneLate, MilestoneState::Overdue,
                                   MilestoneState::DueSoon, MilestoneState::NotDue };

} // namespace

TimelineChart::TimelineChart(QWidget *parent) : QAbstractScrollArea(parent)
{
    viewport()->setBackgroundRole(QPalette::Base);
    setMouseTracking(true);
}

void TimelineChart::setRows(std::vector<TimelineRow> rows, QDate today)
{
    m_rows = std::move(rows);
    m_today = today;
    setZoom(m_zoom);
}

void TimelineChart::setZoom(TimelineZoom zoom)
{
    // Keep the date in the middle of the time area in place across zooms.
    const Geometry before = screenGeometry();
    const qreal half = (viewport()->width() - before.nameWidth) / 2;
    const QDate middle = before.span.from.addDays(qint64((horizontalScrollBar()->value() + half) / before.dayWidth));
    m_zoom = zoom;
    m_ticks = timelineTicks(timelineSpan(m_rows, m_today, m_zoom), m_zoom);
    updateScrollBars();
    const Geometry g = screenGeometry();
    horizontalScrollBar()->setValue(int(qMax<qint64>(0, g.span.from.daysTo(middle)) * g.dayWidth - half));
    viewport()->update();
}

void TimelineChart::scrollToToday()
{
    const Geometry g = screenGeometry();
    const qreal x = g.span.from.daysTo(m_today) * g.dayWidth;
    horizontalScrollBar()->setValue(int(x - (viewport()->width() - g.nameWidth) / 3));
}

TimelineChart::Geometry TimelineChart::geometryFor(qreal fontPx, qreal dayWidth) const
{
    Geometry g;
    g.fontPx = fontPx;
    g.nameWidth = fontPx * 17;
    g.legendHeight = fontPx * 2;
    g.axisHeight = fontPx * 2;
    g.rowHeight = fontPx * 2;
    g.dayWidth = dayWidth;
    g.span = timelineSpan(m_rows, m_today, m_zoom);
    return g;
}

TimelineChart::Geometry TimelineChart::screenGeometry() const
{
    const qreal px = QFontInfo(font()).pixelSize();
    // The zoom's day width grows with the font, so periods keep room for their labels.
    return geometryFor(px, timelineDayWidth(m_zoom) * px / 13.0);
}

void TimelineChart::updateScrollBars()
{
    const Geometry g = screenGeometry();
    const QSize v = viewport()->size();
    const int bodyHeight = int(v.height() - g.header());
    verticalScrollBar()->setRange(0, qMax(0, int(m_rows.size() * g.rowHeight) - bodyHeight));
    verticalScrollBar()->setPageStep(bodyHeight);
    verticalScrollBar()->setSingleStep(int(g.rowHeight));
    const int timeView = int(v.width() - g.nameWidth);
    horizontalScrollBar()->setRange(0, qMax(0, int(g.timeWidth()) - timeView));
    horizontalScrollBar()->setPageStep(timeView);
    horizontalScrollBar()->setSingleStep(int(g.dayWidth * 7) + 1);
}

void TimelineChart::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void TimelineChart::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const Geometry g = screenGeometry();
    const int offset = verticalScrollBar()->value();
    const int first = int(offset / g.rowHeight);
    paint(p, g, viewport()->size(), first, offset - first * g.rowHeight, horizontalScrollBar()->value());
}

void TimelineChart::paintMilestone(QPainter &p, const TimelineMilestone &m, QPointF c, qreal s) const
{
    const qreal r = s / 2;
    QPainterPath diamond;
    diamond.moveTo(c.x(), c.y() - r);
    diamond.lineTo(c.x() + r, c.y());
    diamond.lineTo(c.x(), c.y() + r);
    diamond.lineTo(c.x() - r, c.y());
    diamond.closeSubpath();
    const QColor colour = stateColor(m.state);
    const bool filled = m.state != MilestoneState::NotDue && m.state != MilestoneState::DoneLate;
    p.setPen(QPen(colour, filled ? r * 0.12 : r * 0.28));
    p.setBrush(filled ? QBrush(colour) : QBrush(Qt::white));
    p.drawPath(diamond);
    // The mark inside says the state without colour.
    const QColor ink = filled ? QColor(Qt::white) : colour;
    p.setPen(QPen(m.state == MilestoneState::DueSoon ? QColor(Qt::black) : ink, r * 0.22, Qt::SolidLine, Qt::RoundCap,
                  Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    const qreal k = r * 0.42;
    switch (m.state) {
    case MilestoneState::Done:
    case MilestoneState::DoneLate:
        p.drawPolyline(QPolygonF({ c + QPointF(-k, 0), c + QPointF(-k * 0.3, k * 0.7), c + QPointF(k, -k * 0.7) }));
        break;
    case MilestoneState::Overdue:
        p.drawLine(c + QPointF(-k, -k), c + QPointF(k, k));
        p.drawLine(c + QPointF(-k, k), c + QPointF(k, -k));
        break;
    case MilestoneState::DueSoon:
        p.drawLine(c + QPointF(0, -k), c + QPointF(0, k * 0.25));
        p.drawPoint(c + QPointF(0, k * 0.8));
        break;
    case MilestoneState::NotDue:
        break;
    }
}

void TimelineChart::paintLegend(QPainter &p, const Geometry &g, qreal width) const
{
    p.save();
    p.fillRect(QRectF(0, 0, width, g.legendHeight), QColor(0xf5, 0xf5, 0xf5));
    const QFontMetricsF fm(p.font());
    qreal x = g.fontPx * 0.6;
    const qreal y = g.legendHeight / 2;
    for (MilestoneState s : kStates) {
        TimelineMilestone m;
        m.state = s;
        paintMilestone(p, m, QPointF(x + g.fontPx * 0.6, y), g.fontPx * 1.2);
        x += g.fontPx * 1.5;
        p.setPen(Qt::black);
        const QString text = milestoneStateText(s);
        p.drawText(QPointF(x, y + fm.ascent() / 2 - fm.descent() / 2), text);
        x += fm.horizontalAdvance(text) + g.fontPx * 1.2;
    }
    p.fillRect(QRectF(x, y - g.rowHeight * 0.15, g.fontPx * 2, g.rowHeight * 0.3), QColor(0x90, 0xb4, 0xd8));
    x += g.fontPx * 2.4;
    const QString planned = tr("开工至计划竣工");
    p.drawText(QPointF(x, y + fm.ascent() / 2 - fm.descent() / 2), planned);
    x += fm.horizontalAdvance(planned) + g.fontPx * 1.2;
    p.setPen(QPen(QColor(0xc6, 0x28, 0x28), g.fontPx * 0.15, Qt::DashLine));
    p.drawLine(QPointF(x, y - g.fontPx * 0.6), QPointF(x, y + g.fontPx * 0.6));
    p.setPen(Qt::black);
    p.drawText(QPointF(x + g.fontPx * 0.5, y + fm.ascent() / 2 - fm.descent() / 2),
               tr("今天 %1").arg(m_today.toString(QStringLiteral("yyyy-MM-dd"))));
    p.restore();
}

void TimelineChart::paint(QPainter &p, const Geometry &g, const QSizeF &size, int first, qreal offsetY,
                          qreal scrollX) const
{
    p.setRenderHint(QPainter::Antialiasing);
    QFont f = font();
    f.setPixelSize(qMax(1, qRound(g.fontPx)));
    p.setFont(f);
    const QFontMetricsF fm(f, p.device());
    p.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    const qreal top = g.header();
    const QRectF timeArea(g.nameWidth, g.legendHeight, size.width() - g.nameWidth, size.height() - g.legendHeight);
    const auto xOf = [&](QDate d) { return g.nameWidth + g.span.from.daysTo(d) * g.dayWidth - scrollX; };
    const QColor grid(0xe0, 0xe0, 0xe0), gridMajor(0xb0, 0xb0, 0xb0);

    // Rows: shading, then the period lines, bars and milestones over them.
    const int last = qMin(int(m_rows.size()), first + int((size.height() - top + offsetY) / g.rowHeight) + 1);
    for (int i = first; i < last; ++i) {
        const qreal y = top + (i - first) * g.rowHeight - offsetY;
        if (i % 2)
            p.fillRect(QRectF(0, y, size.width(), g.rowHeight), QColor(0xfa, 0xfa, 0xfa));
    }
    p.save();
    p.setClipRect(timeArea);
    bool yearShown = false;
    for (size_t t = 0; t < m_ticks.size(); ++t) {
        const qreal x = xOf(m_ticks[t].date);
        p.setPen(QPen(m_ticks[t].major ? gridMajor : grid, 0));
        p.drawLine(QPointF(x, g.legendHeight), QPointF(x, size.height()));
        // A label only where its period has room for it.
        const qreal next = t + 1 < m_ticks.size() ? xOf(m_ticks[t + 1].date) : xOf(g.span.to);
        // The first label in view names its year even where the calendar would not repeat it.
        QString label = m_ticks[t].label;
        if (!yearShown && next > g.nameWidth && !label.contains(QString::number(m_ticks[t].date.year())))
            label = tr("%1年%2").arg(m_ticks[t].date.year()).arg(label);
        qreal room = next - x;
        if (fm.horizontalAdvance(label) + g.fontPx * 0.6 >= room && m_ticks[t].major) {
            // Too narrow for its period (a long span fitted to a page): name the year instead.
            label = tr("%1年").arg(m_ticks[t].date.year());
            room = xOf(m_ticks[t].date.addYears(1)) - x;
        }
        if (fm.horizontalAdvance(label) + g.fontPx * 0.6 < room) {
            p.setPen(Qt::black);
            p.drawText(QRectF(x + g.fontPx * 0.3, g.legendHeight, room, g.axisHeight), Qt::AlignVCenter | Qt::AlignLeft,
                       label);
        }
        yearShown = yearShown || next > g.nameWidth;
    }
    p.setClipRect(QRectF(g.nameWidth, top, size.width() - g.nameWidth, size.height() - top));
    const qreal todayX = xOf(m_today);
    for (int i = first; i < last; ++i) {
        const TimelineRow &r = m_rows[size_t(i)];
        const qreal mid = top + (i - first) * g.rowHeight - offsetY + g.rowHeight / 2;
        if (r.start.isValid() && r.plannedEnd.isValid())
            p.fillRect(QRectF(QPointF(xOf(r.start), mid - g.rowHeight * 0.15), QPointF(xOf(r.plannedEnd), mid + g.rowHeight * 0.15)),
                       QColor(0x90, 0xb4, 0xd8));
        for (const TimelineMilestone &m : r.milestones) {
            // How late: overdue ones reach to today, late ones to the day they were done.
            if (m.state == MilestoneState::Overdue || m.state == MilestoneState::DoneLate) {
                p.setPen(QPen(stateColor(m.state), g.fontPx * 0.12));
                p.drawLine(QPointF(xOf(m.planned), mid), QPointF(m.state == MilestoneState::Overdue ? todayX : xOf(m.actual), mid));
            }
        }
        for (const TimelineMilestone &m : r.milestones)
            paintMilestone(p, m, QPointF(xOf(m.state == MilestoneState::DoneLate ? m.actual : m.planned), mid), g.rowHeight * 0.62);
    }
    p.restore();
    p.setPen(QPen(QColor(0xc6, 0x28, 0x28), qMax(1.0, g.fontPx * 0.12), Qt::DashLine));
    if (todayX >= g.nameWidth)
        p.drawLine(QPointF(todayX, g.legendHeight), QPointF(todayX, size.height()));

    // The name column over everything that scrolled under it.
    p.fillRect(QRectF(0, top, g.nameWidth, size.height() - top), QColor(255, 255, 255, 235));
    p.setPen(Qt::black);
    for (int i = first; i < last; ++i) {
        const TimelineRow &r = m_rows[size_t(i)];
        const QRectF cell(g.fontPx * 0.4, top + (i - first) * g.rowHeight - offsetY, g.nameWidth - g.fontPx * 0.8, g.rowHeight);
        if (cell.bottom() > top)
            p.drawText(cell, Qt::AlignVCenter | Qt::AlignLeft,
                       fm.elidedText(r.code + u' ' + r.name, Qt::ElideRight, cell.width()));
    }
    p.fillRect(QRectF(0, g.legendHeight, g.nameWidth, g.axisHeight), QColor(0xee, 0xee, 0xee));
    p.drawText(QRectF(g.fontPx * 0.4, g.legendHeight, g.nameWidth, g.axisHeight), Qt::AlignVCenter,
               tr("项目（%1 个）").arg(m_rows.size()));
    p.setPen(QPen(gridMajor, 0));
    p.drawLine(QPointF(g.nameWidth, g.legendHeight), QPointF(g.nameWidth, size.height()));
    p.drawLine(QPointF(0, top), QPointF(size.width(), top));
    paintLegend(p, g, size.width());
}

QImage TimelineChart::toImage(qreal scale) const
{
    const Geometry g = screenGeometry();
    const QSizeF size(g.nameWidth + g.timeWidth(), g.header() + m_rows.size() * g.rowHeight + g.fontPx);
    if (size.width() * scale > 16000 || size.height() * scale > 16000)
        return {};
    QImage image((size * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    QPainter p(&image);
    paint(p, g, size, 0, 0, 0);
    return image;
}

int TimelineChart::paintPages(QPagedPaintDevice *device, const QString &title) const
{
    QPainter p;
    if (!p.begin(device))
        return 0;
    // A logical page 1500 pixels wide: fonts of 13 are then about 7 pt on A4 landscape.
    const QRectF page = device->pageLayout().paintRectPixels(device->logicalDpiX());
    const qreal logicalWidth = 1500, scale = page.width() / logicalWidth;
    const QSizeF size(logicalWidth, page.height() / scale);
    Geometry g = geometryFor(13, 1);
    g.dayWidth = (logicalWidth - g.nameWidth) / qMax(1, g.span.days());
    const qreal titleHeight = g.fontPx * 2.2;
    const int perPage = qMax(1, int((size.height() - titleHeight - g.header()) / g.rowHeight));
    const int pages = qMax(1, int((m_rows.size() + size_t(perPage) - 1) / size_t(perPage)));
    for (int n = 0; n < pages; ++n) {
        if (n > 0 && !device->newPage())
            return 0;
        p.resetTransform();
        p.scale(scale, scale);
        QFont f = font();
        f.setPixelSize(16);
        f.setBold(true);
        p.setFont(f);
        p.drawText(QRectF(0, 0, logicalWidth, titleHeight), Qt::AlignLeft | Qt::AlignVCenter, title);
        f.setPixelSize(12);
        f.setBold(false);
        p.setFont(f);
        p.drawText(QRectF(0, 0, logicalWidth, titleHeight), Qt::AlignRight | Qt::AlignVCenter,
                   tr("第 %1 页 共 %2 页").arg(n + 1).arg(pages));
        p.translate(0, titleHeight);
        const int rows = qMin(perPage, int(m_rows.size()) - n * perPage);
        p.setClipRect(QRectF(0, 0, size.width(), g.header() + rows * g.rowHeight + 1));
        paint(p, g, QSizeF(size.width(), g.header() + qMax(0, rows) * g.rowHeight), n * perPage, 0, 0);
        p.setClipping(false);
    }
    return p.end() ? pages : 0;
}

bool TimelineChart::writePdf(const QString &path, const QString &title, QString *error) const
{
    const QFileInfo target(path);
    QTemporaryFile temp(target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX").arg(target.fileName())));
    if (!temp.open()) {
        *error = temp.errorString();
        return false;
    }
    temp.close();
    {
        QPdfWriter writer(temp.fileName());
        writer.setTitle(title);
        writer.setResolution(600);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10),
                                         QPageLayout::Millimeter));
        if (!paintPages(&writer, title)) {
            *error = tr("无法生成 PDF");
            return false;
        }
    }
    if (!ToUnicodeFix({ font() }).apply(temp.fileName(), error))
        return false;
    temp.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    if ((QFile::exists(path) && !QFile::remove(path)) || !temp.rename(path)) {
        *error = tr("无法写入“%1”").arg(QDir::toNativeSeparators(path));
        return false;
    }
    temp.setAutoRemove(false);
    return true;
}

int TimelineChart::rowAt(const QPoint &pos) const
{
    const Geometry g = screenGeometry();
    if (pos.y() < g.header())
        return -1;
    const int row = int((pos.y() - g.header() + verticalScrollBar()->value()) / g.rowHeight);
    return row < int(m_rows.size()) ? row : -1;
}

void TimelineChart::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint());
    if (row >= 0)
        emit projectActivated(m_rows[size_t(row)].projectId);
}

bool TimelineChart::viewportEvent(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QAbstractScrollArea::viewportEvent(event);
    // The milestones of the row under the pointer, each with its dates and state.
    auto *help = static_cast<QHelpEvent *>(event);
    const int row = rowAt(help->pos());
    if (row < 0) {
        QToolTip::hideText();
        return true;
    }
    const TimelineRow &r = m_rows[size_t(row)];
    QStringList lines { r.code + u' ' + r.name,
                        tr("开工 %1，计划竣工 %2").arg(r.start.toString(Qt::ISODate), r.plannedEnd.toString(Qt::ISODate)) };
    for (const TimelineMilestone &m : r.milestones)
        lines << tr("%1　计划 %2%3　%4")
                         .arg(m.title, m.planned.toString(Qt::ISODate),
                              m.actual.isValid() ? tr("，完成 %1").arg(m.actual.toString(Qt::ISODate)) : QString(),
                              milestoneStateText(m.state));
    QToolTip::showText(help->globalPos(), lines.join(u'\n'), viewport());
    return true;
}

} // namespace tz::ui
