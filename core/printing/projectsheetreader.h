#pragma once

#include "lights.h"
#include "money.h"
#include "rules.h"

#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <optional>
#include <vector>

namespace tz {

class Ledger;

// What the printed sheets say about one project as of a day: names resolved, the light with
// its reasons, and only the facts a sheet shows (late and coming milestones, open needs,
// findings, open 督办 items). Days are whole days: daysLate > 0 is late by that many days,
// daysLate <= 0 is due in -daysLate days.
struct ProjectSheetFacts
{
    struct Milestone
    {
        QString title;
        QDate planned;
        QString responsible;
        qint64 daysLate = 0;
    };
    struct Need
    {
        QString kind, description, quantity, department, status;
        QDate deadline;
        qint64 daysLate = 0; // meaningful only with a deadline
    };
    struct Finding
    {
        QDate date;
        QString kind, inspectors, findings, rectification, status, accountability;
        QDate deadline;
        qint64 daysLate = 0;
        bool open = false; // 整改中
    };
    struct Duban
    {
        QString number, demand;
        QDate deadline;
        qint64 daysLate = 0;
    };

    qint64 id = 0;
    qint64 unitId = 0;
    qint64 leaderId = 0;
    QString code, name, category, owner, phase, unit, leader, leaderTitle;
    Money total, annualPlan, completed;
    QDate start, plannedEnd;
    int reportedMonth = 0; // latest progress report of the year
    Money completedThisYear, plannedToReportedMonth;
    LightResult light;
    std::vector<Milestone> overdue, coming;
    std::vector<Need> openNeeds; // not 已解决, by deadline
    std::optional<Finding> latestFinding;
    std::vector<Finding> openRectifications; // 整改中, by deadline
    std::vector<Duban> openDuban; // not 办结, by deadline

    QString leaderWithTitle() const; // 王建国（副市长）
    bool hasOverdue() const;
};

// A leader or a unit as the sheets list them.
struct NamedId
{
    qint64 id = 0;
    QString name;
    QString detail; // a leader's title, a unit's kind
};

// Reads ProjectSheetFacts one project at a time with statements prepared once, so a job over
// the whole ledger streams instead of loading every project first.
// The filter of what a print job covers as SQL: " WHERE …" (empty without filters) over the
// projects table named `alias` (e.g. "p." or empty), and the values to bind in order.
struct ProjectWhere
{
    QString sql;
    QVariantList binds;
};
ProjectWhere projectWhere(qint64 project, qint64 leader, qint64 unit, const QString &alias = {});

class ProjectSheetReader
{
public:
    ProjectSheetReader(const Ledger &ledger, QDate today, int upcomingDays);

    struct Filter
    {
        qint64 project = 0;
        qint64 leader = 0;
        qint64 unit = 0;
    };
    // Matching projects ordered by code.
    std::vector<qint64> projectIds(const Filter &filter) const;
    std::vector<NamedId> leaders() const; // in the ledger's order
    std::vector<NamedId> units() const;

    ProjectSheetFacts read(qint64 projectId) const;
    QDate today() const { return m_today; }

private:
    ProjectSheetFacts readFacts(qint64 projectId) const;

    const Ledger &m_ledger;
    QDate m_today;
    int m_upcomingDays;
    LightSettings m_lightSettings;
    ProjectFactsReader m_facts; // what the light is judged on
    mutable QSqlQuery m_project, m_milestones, m_needs, m_findings, m_duban;
};

// "12.5" for hundredths 1250, "120" for 12000: quantities without trailing zeros.
QString quantityText(qint64 hundredths);

} // namespace tz
