#pragma once

#include "money.h"

#include <QDate>
#include <QStringList>

#include <optional>
#include <vector>

namespace tz {

// Derived states of DOMAIN.md: computed from facts, "today" and settings, never stored.

enum class MilestoneState { Done, DoneLate, Overdue, DueSoon, NotDue };
MilestoneState milestoneState(QDate planned, QDate actual, QDate today, int warningDays);
QString milestoneStateText(MilestoneState s); // 已完成 逾期完成 逾期 临期 未到期
QString milestoneStateKey(MilestoneState s); // done done_late overdue due_soon not_due

enum class Light { Green, Yellow, Red };
QString lightKey(Light l); // green yellow red
QString lightText(Light l); // 绿灯 黄灯 红灯
std::optional<Light> lightFromWord(const QString &word); // 红/黄/绿 or red/yellow/green

struct LightSettings
{
    int warningDays = 7; // 临期 window
    int lagYellowPoints = 10; // 序时进度 lag, percentage points
    int lagRedPoints = 30;
    int startLateYellowMonths = 1; // not started by the end of the planned month
    int startLateRedMonths = 3;
};

struct ProjectFacts
{
    struct Milestone
    {
        QString title;
        QDate planned;
        QDate actual;
    };
    struct Requirement
    {
        QString kind;
        QString description;
        QDate deadline;
        bool resolved = false;
    };
    struct Rectification
    {
        QString findings;
        QDate deadline;
        bool open = false;
    };
    struct Duban
    {
        QString number;
        QDate deadline;
        bool closed = false;
    };

    QDate plannedStart;
    bool started = true;
    std::vector<Milestone> milestones;
    std::vector<Requirement> requirements;
    std::vector<Rectification> rectifications;
    std::vector<Duban> duban;

    Money annualPlan; // 年度计划投资
    // Cumulative plan 1..month of the current year, from the investment plan; index 0 = January.
    // Empty: the annual plan spread evenly.
    std::vector<std::optional<Money>> monthlyPlan;
    // The latest progress report of the current year: its month and 1..month completed.
    int reportedMonth = 0;
    Money completedThisYear;

    QString overrideWord; // 红/黄/绿, empty when none
    QString overrideReason;
};

struct LightResult
{
    Light light = Light::Green; // what is shown
    Light computed = Light::Green; // what the rules say
    bool overridden = false;
    QStringList reasons; // red reasons first; "无预警事项" when none
};

LightResult evaluateLight(const ProjectFacts &facts, QDate today, const LightSettings &settings);

// The light without its reasons, for a sheet's 预警 column or a count: the same rules as
// evaluateLight (one walk of them serves both), without wording a reason and stopping at the
// first red, several times cheaper.
struct LightVerdict
{
    Light light = Light::Green; // what is shown
    Light computed = Light::Green; // what the rules say
    bool overridden = false;
};
LightVerdict evaluateLightColour(const ProjectFacts &facts, QDate today, const LightSettings &settings);

// Cumulative plan for months 1..month of the year (1-based), from the facts.
Money plannedToMonth(const ProjectFacts &facts, int month);

} // namespace tz
