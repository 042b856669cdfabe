#pragma once

#include "printsettings.h"
#include "projectsheetreader.h"
#include "tablesheet.h"

namespace tz {

// 分包领导督导清单: every project one leader holds, red first, with its light, what is
// overdue (and by how many days) and the factor needs still open — what the leader takes to
// a site visit or a 工作例会.
class LeaderList
{
public:
    LeaderList(const PrintSettings &settings, QDate today);

    TableSheet build(const NamedId &leader, std::vector<ProjectSheetFacts> projects) const;

    // One line per overdue item of a project: milestones, needs past their deadline, open
    // rectifications and 督办 items past theirs. Shared with the bulletin's wording.
    static QStringList overdueLines(const ProjectSheetFacts &facts);
    static QStringList openNeedLines(const ProjectSheetFacts &facts);

private:
    PrintSettings m_settings;
    QDate m_today;
};

} // namespace tz
