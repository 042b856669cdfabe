#pragma once

#include "exportcell.h"
#include "rules.h"
#include "values.h"

#include <QDate>
#include <QHash>
#include <QStringList>

#include <functional>
#include <vector>

namespace tz {

class Ledger;

// The columns of the main sheet (项目台账), in order. The XLSX and CSV exports share them, and
// every header is a word our importer maps (headermap.cpp), so an export imports back.
enum class MainColumn {
    Serial,
    Code,
    Name,
    Category,
    Owner,
    Location,
    Unit,
    Leader,
    Contact,
    ContactPhone,
    Phase,
    TotalInvestment,
    PlannedInvestment,
    CompletedInvestment,
    StartDate,
    PlannedEndDate,
    Schedule,
    FactorFunds,
    FactorLand,
    FactorLabour,
    FactorEnvironment,
    FactorOther,
    Light,
    Notes,
};
constexpr int MainColumnCount = int(MainColumn::Notes) + 1;

// The ledger read once for export: projects in ledger order with the cells of the main sheet,
// and the dictionaries for drop-down lists.
// Every word an exported sheet holds is Chinese whatever the interface language (as JSON keys
// are English): the sheet goes to offices and must read back through the importer, which
// knows these words. Only error messages are translated.
QString sheetLightText(Light light); // 红灯 黄灯 绿灯

class LedgerExportData
{
public:
    struct Options
    {
        bool openRequirementsOnly = false; // factor columns: unresolved needs only
    };
    struct Project
    {
        qint64 id = 0;
        QString unit; // the 责任单位 name, for grouping; empty when none
        std::vector<ExportCell> cells; // one per MainColumn; Serial left empty for the writer
    };

    LedgerExportData(const Ledger &ledger, QDate today, const Options &options);

    // The projects one at a time, in ledger order, each as projects() would hold it, without
    // keeping them all: for the CSV, which writes a row and forgets it. The project given to
    // `row` is reused for the next one. Returns what error() would, or empty.
    static QString forEachProject(const Ledger &ledger, QDate today, const Options &options,
                                  const std::function<void(const Project &)> &row);

    // `plannedYear` nonzero names the year in the 年度计划投资 header ("2023年度计划投资（万元）"):
    // that is how a CSV, which has no title row, still tells an importer its year.
    static std::vector<ExportColumn> mainColumns(int plannedYear = 0);

    const std::vector<Project> &projects() const { return m_projects; }
    // Why the projects could not be read (translated), or empty.
    QString error() const { return m_error; }
    // Names of the dictionaries, in the ledger's order.
    QStringList units() const { return m_units; }
    QStringList categories() const { return m_categories; }
    QStringList phases() const { return m_phases; }
    QStringList requirementKinds() const { return m_kinds; }
    // Sum of a money column over all projects (for the 合计 row's cached values).
    Money total(MainColumn column) const;

    // "2023年3月31日前完成土地摘牌；2023年6月30日前开工建设": milestones by planned date, each
    // with its full date so parseSchedule reads it back whatever year the sheet names.
    static QString scheduleText(std::vector<std::pair<QDate, QString>> milestones);

private:
    std::vector<Project> m_projects;
    QStringList m_units, m_categories, m_phases, m_kinds;
    QString m_error;
};

} // namespace tz
