#pragma once

#include "printsettings.h"
#include "projectsheetreader.h"
#include "tablesheet.h"

namespace tz {

// 通报 to one responsible unit: what its projects have overdue — milestones, factor needs past
// their deadline, rectifications and 督办 items past theirs — and for how many days, the
// longest first, between an opening and a closing paragraph and the issuing office.
class UnitBulletin
{
public:
    UnitBulletin(const PrintSettings &settings, QDate today);

    struct Item
    {
        QString project;
        QString what;
        QString kind; // 时间节点, 要素保障, 督导整改, 督办事项
        QDate due;
        qint64 days = 0;
    };
    static std::vector<Item> overdueItems(const std::vector<ProjectSheetFacts> &projects);

    TableSheet build(const NamedId &unit, const std::vector<ProjectSheetFacts> &projects) const;

private:
    PrintSettings m_settings;
    QDate m_today;
};

} // namespace tz
