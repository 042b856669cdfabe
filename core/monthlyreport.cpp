#include "monthlyreport.h"

#include "printing/tounicodefix.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryFile>

namespace tz {

namespace {

// A pen on the page that writes lines of text and table rows top-down, in device pixels.
class PageCursor
{
public:
    PageCursor(QPainter &p, const QRectF &area, const QFont &body)
        : m_p(p), m_area(area), m_y(area.top()), m_body(body)
    {
        m_p.setFont(body);
        m_line = QFontMetricsF(body, m_p.device()).height() * 1.35;
    }
    qreal line() const { return m_line; }
    qreal left() const { return m_area.bottom() - m_y; }
    int linesLeft() const { return int(left() / m_line); }
    void skip(qreal lines) { m_y += m_line * lines; }

    void text(const QString &t, const QFont &font, Qt::Alignment align = Qt::AlignLeft)
    {
        m_p.setFont(font);
        const qreal h = QFontMetricsF(font, m_p.device()).height() * 1.35;
        m_p.drawText(QRectF(m_area.left(), m_y, m_area.width(), h), int(align | Qt::AlignVCenter),
                     QFontMetricsF(font, m_p.device()).elidedText(t, Qt::ElideRight, m_area.width()));
        m_y += h;
        m_p.setFont(m_body);
    }
    // One row of cells; widths are shares of the width from x0, numbers right-aligned.
    void row(qreal x0, qreal width, const QStringList &cells, const std::vector<qreal> &shares,
             const std::vector<bool> &right, bool bold = false, bool shaded = false)
    {
        QFont f = m_body;
        f.setBold(bold);
        m_p.setFont(f);
        const QFontMetricsF fm(f, m_p.device());
        const QRectF band(x0, m_y, width, m_line);
        if (shaded)
            m_p.fillRect(band, QColor(0xee, 0xee, 0xee));
        qreal x = x0;
        const qreal pad = fm.horizontalAdvance(QStringLiteral("中")) * 0.15;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const qreal w = width * shares[size_t(i)];
            const QRectF cell(x + pad, m_y, w - 2 * pad, m_line);
            // A long name (市人力资源社会保障局) is set a little smaller before it is cut short.
            const qreal need = fm.horizontalAdvance(cells[i]);
            QFont fitted = f;
            if (need > cell.width())
                fitted.setPointSizeF(f.pointSizeF() * qMax(0.7, cell.width() / need));
            m_p.setFont(fitted);
            const QFontMetricsF fittedMetrics(fitted, m_p.device());
            m_p.drawText(cell, int((right[size_t(i)] ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter),
                         fittedMetrics.elidedText(cells[i], Qt::ElideRight, cell.width()));
            m_p.setFont(f);
            x += w;
        }
        m_p.setPen(QPen(QColor(0x99, 0x99, 0x99), 0));
        m_p.drawLine(QPointF(x0, m_y + m_line), QPointF(x0 + width, m_y + m_line));
        m_p.setPen(Qt::black);
        m_p.setFont(m_body);
        m_y += m_line;
    }
    qreal y() const { return m_y; }
    void setY(qreal y) { m_y = y; }

private:
    QPainter &m_p;
    QRectF m_area;
    qreal m_y;
    QFont m_body;
    qreal m_line = 0;
};

QString signedMoney(Money m)
{
    return (m.cents() > 0 ? QStringLiteral("+") : QString()) + m.toDisplayString();
}

} // namespace

MonthlyReport::MonthlyReport(const MonthComparison &comparison, const PrintSettings &settings)
    : m_c(comparison), m_settings(settings.resolved())
{
}

QString MonthlyReport::title() const
{
    return QCoreApplication::translate("tz::monthly", "%1年%2月重大科技创新项目月度对比").arg(m_c.year).arg(m_c.month);
}

QPageLayout MonthlyReport::pageLayout() const
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, m_settings.landscapeMargins,
                       QPageLayout::Millimeter);
}

QList<QFont> MonthlyReport::fonts() const
{
    return { m_settings.titleFont(18), m_settings.bodyFont(10.5), m_settings.bodyFont(9), m_settings.bodyFont(9, true),
             m_settings.bodyFont(12, true) };
}

bool MonthlyReport::paint(QPagedPaintDevice *device) const
{
    QPainter p;
    if (!p.begin(device))
        return false;
    const QRectF area = device->pageLayout().paintRectPixels(device->logicalDpiX());
    // paintRectPixels is relative to the page; the painter's origin is the paint rect's corner.
    PageCursor c(p, QRectF(QPointF(0, 0), area.size()), m_settings.bodyFont(9));
    const qreal width = area.width();

    c.text(title(), m_settings.titleFont(18), Qt::AlignHCenter);
    c.text(QCoreApplication::translate("tz::monthly", "统计截至 %1，与 %2（上月末）对比").arg(m_c.currentEnd.toString(Qt::ISODate),
                                                   m_c.previousEnd.toString(Qt::ISODate)),
           m_settings.bodyFont(10.5), Qt::AlignHCenter);
    c.skip(0.4);
    c.text(QCoreApplication::translate("tz::monthly", "红灯项目 %1 个（上月末 %2 个）；新转红 %3 个，已解决 %4 个，阶段变化 %5 个。")
                   .arg(m_c.redNow).arg(m_c.redBefore).arg(m_c.turnedRed.size()).arg(m_c.resolved.size())
                   .arg(m_c.phaseChanged.size()),
           m_settings.bodyFont(10.5));
    c.text(QCoreApplication::translate("tz::monthly", "本月完成投资 %1 万元，上月 %2 万元，增减 %3 万元。")
                   .arg(m_c.totalThisMonth.toDisplayString(), m_c.totalLastMonth.toDisplayString(),
                        signedMoney(m_c.totalThisMonth - m_c.totalLastMonth)),
           m_settings.bodyFont(10.5));
    c.skip(0.4);

    // Units in two halves side by side: twenty units fit in ten rows.
    c.text(QCoreApplication::translate("tz::monthly", "一、各责任单位完成投资（万元）"), m_settings.bodyFont(12, true));
    const QStringList unitHeader = { QCoreApplication::translate("tz::monthly", "责任单位"), QCoreApplication::translate("tz::monthly", "本月"), QCoreApplication::translate("tz::monthly", "上月"), QCoreApplication::translate("tz::monthly", "增减") };
    const std::vector<qreal> unitShares = { 0.385, 0.205, 0.205, 0.205 };
    const std::vector<bool> unitRight = { false, true, true, true };
    const qreal gap = width * 0.02, half = (width - gap) / 2;
    const qsizetype perColumn = qsizetype(m_c.units.size() + 1) / 2;
    const qreal top = c.y();
    qreal bottom = top;
    for (int column = 0; column < 2; ++column) {
        c.setY(top);
        const qreal x0 = column * (half + gap);
        c.row(x0, half, unitHeader, unitShares, unitRight, true, true);
        for (qsizetype i = column * perColumn; i < qMin(qsizetype(m_c.units.size()), (column + 1) * perColumn); ++i) {
            const auto &u = m_c.units[size_t(i)];
            c.row(x0, half, { u.name, u.thisMonth.toDisplayString(), u.lastMonth.toDisplayString(), signedMoney(u.change()) },
                  unitShares, unitRight);
        }
        bottom = qMax(bottom, c.y());
    }
    c.setY(bottom);
    c.row(0, half, { QCoreApplication::translate("tz::monthly", "合计"), m_c.totalThisMonth.toDisplayString(), m_c.totalLastMonth.toDisplayString(),
                     signedMoney(m_c.totalThisMonth - m_c.totalLastMonth) },
          unitShares, unitRight, true);
    c.skip(0.4);

    // The three lists share what is left of the page, each at least a few lines.
    const std::vector<const std::vector<MonthComparison::Project> *> lists = { &m_c.turnedRed, &m_c.resolved,
                                                                               &m_c.phaseChanged };
    const QString headings[] = { QCoreApplication::translate("tz::monthly", "二、新转红项目（%1 个）"), QCoreApplication::translate("tz::monthly", "三、已解决（由红灯转出）项目（%1 个）"),
                                 QCoreApplication::translate("tz::monthly", "四、阶段变化项目（%1 个）") };
    // Each list takes a heading, a header row and its rows (or one "无" line).
    int room = c.linesLeft() - 3 * 2 - 1;
    std::vector<int> want;
    int wanted = 0;
    for (const auto *l : lists) {
        want.push_back(qMax(1, int(l->size())));
        wanted += want.back();
    }
    std::vector<int> allowed(3);
    for (size_t i = 0; i < 3; ++i)
        allowed[i] = wanted <= room ? want[i] : qMax(qMin(want[i], 3), want[i] * room / qMax(1, wanted));
    const std::vector<qreal> shares = { 0.13, 0.30, 0.11, 0.46 };
    const std::vector<bool> right = { false, false, false, false };
    for (size_t i = 0; i < 3; ++i) {
        const auto &list = *lists[i];
        c.text(headings[i].arg(list.size()), m_settings.bodyFont(12, true));
        const bool phases = i == 2;
        c.row(0, width, { QCoreApplication::translate("tz::monthly", "项目编号"), QCoreApplication::translate("tz::monthly", "项目名称"), QCoreApplication::translate("tz::monthly", "责任单位"), phases ? QCoreApplication::translate("tz::monthly", "阶段") : QCoreApplication::translate("tz::monthly", "原因") }, shares, right,
              true, true);
        if (list.empty()) {
            c.row(0, width, { QCoreApplication::translate("tz::monthly", "无"), QString(), QString(), QString() }, shares, right);
            continue;
        }
        const int shown = int(list.size()) <= allowed[i] ? int(list.size()) : qMax(0, allowed[i] - 1);
        for (int k = 0; k < shown; ++k) {
            const auto &e = list[size_t(k)];
            const QString last = phases ? QCoreApplication::translate("tz::monthly", "%1 → %2").arg(e.before, e.after) : e.reasons.value(0);
            c.row(0, width, { e.code, e.name, e.unit, last }, shares, right);
        }
        if (shown < int(list.size()))
            c.row(0, width, { QCoreApplication::translate("tz::monthly", "……"), QCoreApplication::translate("tz::monthly", "等共 %1 个，其余 %2 个见台账总览页").arg(list.size()).arg(int(list.size()) - shown),
                              QString(), QString() },
                  { 0.13, 0.87, 0, 0 }, right);
    }
    return p.end();
}

bool MonthlyReport::writePdf(const QString &path, QString *error) const
{
    const QFileInfo target(path);
    QTemporaryFile temp(target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX").arg(target.fileName())));
    if (!temp.open()) {
        if (error)
            *error = temp.errorString();
        return false;
    }
    temp.close();
    {
        QPdfWriter writer(temp.fileName());
        writer.setTitle(title());
        writer.setCreator(QStringLiteral("Taizhang %1").arg(QCoreApplication::applicationVersion()));
        writer.setResolution(600);
        writer.setPageLayout(pageLayout());
        if (!paint(&writer)) {
            if (error)
                *error = QCoreApplication::translate("tz::monthly", "无法生成 PDF");
            return false;
        }
    }
    if (!ToUnicodeFix(fonts()).apply(temp.fileName(), error))
        return false;
    temp.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    if (QFile::exists(path) && !QFile::remove(path)) {
        if (error)
            *error = QCoreApplication::translate("tz::monthly", "无法替换已有文件");
        return false;
    }
    if (!temp.rename(path)) {
        if (error)
            *error = temp.errorString();
        return false;
    }
    temp.setAutoRemove(false);
    return true;
}

} // namespace tz
