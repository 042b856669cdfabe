#pragma once

#include "cellparsers.h"
#include "columnvalues.h"
#include "tablelocator.h"

#include <QHash>
#include <QSet>
#include <QVariant>

#include <map>
#include <vector>

namespace tz {

class Ledger;

struct ImportOptions
{
    int year = 0; // the ledger year for schedule text; 0: from the sheet, else today's year
    std::vector<ColumnMapping> mappings; // the user's corrections; empty: as recognised
};

struct ImportProblem
{
    int row = -1; // 0-based sheet row, -1 for the whole sheet
    int column = -1;
    QString message; // translated, begins with the location
    bool error = true; // false: a warning, the row still imports
};

struct RequirementDraft
{
    QString kind;
    QString description;
    std::optional<Money> quantity;
    QString measure;
    QString department;
    bool resolved = false; // "已批复": recorded, already settled
};

// One project as a sheet row describes it, in storage form where it is already known.
struct ProjectDraft
{
    int row = 0;
    ColumnValues<QVariant> fields; // Project column -> stored value (text, cents, ISO date)
    ColumnValues<QString> refNames; // Project Ref column -> name (unit, leader, category, phase)
    QString leaderTitle;
    std::vector<ScheduleItem> milestones;
    std::vector<RequirementDraft> requirements;
    std::map<int, Money> monthPlan; // month -> cumulative plan of the import year
    std::map<int, Money> monthCompleted;
    bool hasError = false;

    qint64 existingId = 0; // matched project, 0 for a new one
    QStringList changes; // for an existing project: "总投资：12,000.00 → 12,500.00"
    int newChildren = 0; // milestones, requirements, reports the import adds to it
    QString code() const;
    QString name() const;
};

struct ImportPreview
{
    QString filePath;
    QString sheetName;
    int year = 0;
    SheetTable table;
    std::vector<ProjectDraft> projects;
    std::vector<ImportProblem> problems;
    QStringList unmappedHeaders;
    QStringList newUnits, newLeaders, newCategories, newPhases;

    int added() const;
    int changed() const;
    int unchanged() const;
    int rowsWithErrors() const;
    QString summary() const; // translated, a few lines
};

// What a project already holds of the children an import brings, so that planning (counting
// what is new) and applying (adding it) agree: a milestone is the same by title and date, a
// need by kind and description, a report by month, a plan by month of the import year.
class ExistingChildren
{
public:
    ExistingChildren() = default; // a new project: it has nothing yet
    ExistingChildren(const Ledger &ledger, qint64 projectId, int year);
    bool has(const ScheduleItem &milestone) const;
    bool has(const RequirementDraft &need) const;
    bool hasReport(const QString &period) const { return m_periods.contains(period); }
    bool hasPlan(int month) const { return m_planMonths.contains(month); }
    // The draft's children the project does not have yet.
    int countNew(const ProjectDraft &draft, int year) const;

private:
    QSet<QString> m_milestones;
    QSet<QString> m_needs;
    QSet<QString> m_periods;
    QSet<int> m_planMonths;
};

// A Project column's index by its name, from a table made once: planning and applying ask it
// several times per sheet row, and columnIndex() compares the name with every column's.
int projectColumn(const char *name);

// "2023-05": the period of a progress report for month of year.
QString reportPeriod(int year, int month);
// The year an import dates schedule text and monthly columns in.
int importYear(const ImportPreview &preview);

// Reads a sheet into drafts, matches them with the ledger (by code, else by name for rows
// without a code) and lists every problem with its sheet, row and column. Changes nothing.
ImportPreview planImport(const Ledger &ledger, const Sheet &sheet, const QString &filePath,
                         const ImportOptions &options = {});

} // namespace tz
