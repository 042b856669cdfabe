#pragma once

#include "printsettings.h"
#include "projectsheetreader.h"
#include "supervisiontext.h"

#include <map>
#include <memory>

class QPaintDevice;

namespace tz {

class PagedPrinter;
class TextBox;

// The 督导单 of one project: a numbered, dated form handed to the responsible unit at a site
// visit, meant to fit one A4 page. Title, number and date; a ruled form with the project,
// unit, leader, owner, investment, the warning light (shape and word, not colour alone) with
// its reasons, overdue and coming milestones, open factor needs, the latest findings and the
// rectification demanded with its deadline, and a box for the inspectors' opinion that takes
// the rest of the page; signature lines under it.
//
// A job prints thousands of sheets, so the form is measured and painted directly (TextBox,
// RuledForm) instead of through a QTextDocument per sheet, and what every sheet of a size
// repeats (labels, title, date, signature lines) is laid out once per job and device.
class SupervisionSheet
{
public:
    SupervisionSheet(const PrintSettings &settings, QDate today);
    ~SupervisionSheet();
    SupervisionSheet(const SupervisionSheet &) = delete;
    SupervisionSheet &operator=(const SupervisionSheet &) = delete;

    QString number(const ProjectSheetFacts &facts, int sequence) const
    {
        return m_text.number(facts, sequence);
    }

    // Paints the sheet on new pages of the printer in the largest standard size up to
    // PrintSettings::formPointSize (四号 14, 小四 12, 五号 10.5, 小五 9 pt) in which it fits
    // one page; a sheet too long even in the smallest runs on to more pages, numbered
    // "第 X 页 共 Y 页". Returns the pages painted, 0 when the device failed.
    int print(const ProjectSheetFacts &facts, const QString &number, PagedPrinter &printer);

    // The form sizes, largest first.
    static QList<qreal> fittingSizes(qreal formPointSize);

private:
    struct Fixed;
    struct Sheet;

    Fixed &fixed(qreal pointSize, const PagedPrinter &printer);
    Sheet layout(const ProjectSheetFacts &facts, const QString &number, qreal pointSize,
        const PagedPrinter &printer);
    int paint(const Sheet &sheet, PagedPrinter &printer) const;

    PrintSettings m_settings;
    SupervisionText m_text;
    const QPaintDevice *m_device = nullptr; // the device the caches were laid out for
    std::map<qreal, std::unique_ptr<Fixed>> m_fixed; // by form size
    std::shared_ptr<const TextBox> m_title;
};

} // namespace tz
