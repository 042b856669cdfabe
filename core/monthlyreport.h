#pragma once

#include "monthly.h"
#include "printing/printsettings.h"

#include <QList>

class QPagedPaintDevice;

namespace tz {

// The one-page 月度对比 for the monthly meeting: red projects now and a month ago, the lists of
// 新转红, 已解决 and 阶段变化, and each unit's completed investment this month against last
// month. Always one page: lists longer than the room left end in "等共 N 个" — the full lists
// are on the 总览 page. Painted with QPainter (text stays text in a PDF, nothing rasterised).
class MonthlyReport
{
public:
    MonthlyReport(const MonthComparison &comparison, const PrintSettings &settings);

    QString title() const;
    // A4 portrait with the narrow margins of wide tables (room for the unit table).
    QPageLayout pageLayout() const;
    // Paints onto a device already laid out (a QPrinter from a dialog, or a QPdfWriter);
    // false when the device cannot be painted on.
    bool paint(QPagedPaintDevice *device) const;
    // Writes the PDF to a temporary file beside path, corrects its ToUnicode maps
    // (ToUnicodeFix), then puts it in place, so a failure never leaves half a file.
    bool writePdf(const QString &path, QString *error) const;
    QList<QFont> fonts() const;

private:
    MonthComparison m_c;
    PrintSettings m_settings;
};

} // namespace tz
