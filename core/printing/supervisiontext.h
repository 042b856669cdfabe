#pragma once

#include "projectsheetreader.h"

#include <QStringList>

namespace tz {

// The words of a 督导单: its number and the lines of each field, apart from how the sheet
// lays them out. Each field has at least one line ("无" when there is nothing to show), except
// dubanLines, which is empty when the field is left out.
class SupervisionText
{
public:
    SupervisionText(QDate today, int upcomingDays);

    // 督导〔2026〕第 15 号 from a counter (sequence > 0), else 督导〔2026〕KJ2026-0001-0615号
    // from the code and the date, which needs no state and stays unique per project and day.
    QString number(const ProjectSheetFacts &facts, int sequence) const;
    QString date() const; // 日期：2026年6月15日

    QStringList investmentLines(const ProjectSheetFacts &f) const;
    // The light's reasons, numbered when there are several.
    QStringList reasonLines(const ProjectSheetFacts &f) const;
    QStringList milestoneLines(
        const std::vector<ProjectSheetFacts::Milestone> &list, bool overdue) const;
    QStringList needLines(const ProjectSheetFacts &f) const;
    QStringList findingLines(const ProjectSheetFacts &f) const;
    QStringList rectificationLines(const ProjectSheetFacts &f) const;
    QStringList dubanLines(const ProjectSheetFacts &f) const;

private:
    QDate m_today;
    int m_upcomingDays;
};

} // namespace tz
