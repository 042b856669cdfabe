#pragma once

#include "printsettings.h"
#include "projectsheetreader.h"

#include <memory>

class QTextDocument;

namespace tz {

class PagedPrinter;

// The 督导单 of one project: a numbered, dated form handed to the responsible unit at a site
// visit, meant to fit one A4 page. Title, number and date; a ruled form with the project,
// unit, leader, owner, investment, the warning light (shape and word, not colour alone) with
// its reasons, overdue and coming milestones, open factor needs, the latest findings and the
// rectification demanded with its deadline; signature lines under it.
class SupervisionSheet
{
public:
    SupervisionSheet(const PrintSettings &settings, QDate today);

    // Writes the sheet into an empty document with the form in formPointSize; the caller
    // tries smaller sizes when it does not fit a page.
    void build(QTextDocument &doc, const ProjectSheetFacts &facts, const QString &number,
        qreal formPointSize) const;

    // 督导〔2026〕第 15 号 from a counter (sequence > 0), else 督导〔2026〕KJ2026-0001-0615号
    // from the code and the date, which needs no state and stays unique per project and day.
    QString number(const ProjectSheetFacts &facts, int sequence) const;

    // The sheet laid out for the printer's pages in the largest standard size up to
    // PrintSettings::formPointSize (四号 14, 小四 12, 五号 10.5, 小五 9 pt) in which it fits
    // one page; a sheet too long even in the smallest runs on to more pages.
    std::unique_ptr<QTextDocument> layout(
        const ProjectSheetFacts &facts, const QString &number, const PagedPrinter &printer) const;

    // The form sizes, largest first.
    static QList<qreal> fittingSizes(qreal formPointSize);

private:
    static void growOpinionBox(QTextDocument &doc, qreal pageHeight, qreal dotsPerMm);
    QStringList investmentLines(const ProjectSheetFacts &f) const;
    QStringList milestoneLines(
        const std::vector<ProjectSheetFacts::Milestone> &list, bool overdue) const;
    QStringList needLines(const ProjectSheetFacts &f) const;
    QStringList findingLines(const ProjectSheetFacts &f) const;
    QStringList rectificationLines(const ProjectSheetFacts &f) const;
    QStringList dubanLines(const ProjectSheetFacts &f) const;

    PrintSettings m_settings;
    QDate m_today;
};

} // namespace tz
