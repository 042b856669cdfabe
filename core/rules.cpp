#include "rules.h"

#include "values.h"

#include <QCoreApplication>

namespace tz {

namespace {

int monthIndex(QDate d)
{
    int year = 0, month = 0;
    d.getDate(&year, &month, nullptr); // one calendar conversion, not one per part
    return year * 12 + month - 1;
}

} // namespace

MilestoneState milestoneState(QDate planned, QDate actual, QDate today, int warningDays)
{
    if (actual.isValid())
        return (!planned.isValid() || actual <= planned) ? MilestoneState::Done
                                                         : MilestoneState::DoneLate;
    if (!planned.isValid())
        return MilestoneState::NotDue;
    if (planned < today)
        return MilestoneState::Overdue;
    if (today.daysTo(planned) <= warningDays)
        return MilestoneState::DueSoon;
    return MilestoneState::NotDue;
}

QString milestoneStateText(MilestoneState s)
{
    switch (s) {
    case MilestoneState::Done:
        return QCoreApplication::translate("tz::rules", "已完成");
    case MilestoneState::DoneLate:
        return QCoreApplication::translate("tz::rules", "逾期完成");
    case MilestoneState::Overdue:
        return QCoreApplication::translate("tz::rules", "逾期");
    case MilestoneState::DueSoon:
        return QCoreApplication::translate("tz::rules", "临期");
    case MilestoneState::NotDue:
        return QCoreApplication::translate("tz::rules", "未到期");
    }
    return {};
}

QString milestoneStateKey(MilestoneState s)
{
    switch (s) {
    case MilestoneState::Done:
        return QStringLiteral("done");
    case MilestoneState::DoneLate:
        return QStringLiteral("done_late");
    case MilestoneState::Overdue:
        return QStringLiteral("overdue");
    case MilestoneState::DueSoon:
        return QStringLiteral("due_soon");
    case MilestoneState::NotDue:
        return QStringLiteral("not_due");
    }
    return {};
}

QString lightKey(Light l)
{
    switch (l) {
    case Light::Green:
        return QStringLiteral("green");
    case Light::Yellow:
        return QStringLiteral("yellow");
    case Light::Red:
        return QStringLiteral("red");
    }
    return {};
}

QString lightText(Light l)
{
    switch (l) {
    case Light::Green:
        return QCoreApplication::translate("tz::rules", "绿灯");
    case Light::Yellow:
        return QCoreApplication::translate("tz::rules", "黄灯");
    case Light::Red:
        return QCoreApplication::translate("tz::rules", "红灯");
    }
    return {};
}

std::optional<Light> lightFromWord(const QString &word)
{
    if (word.isEmpty()) // most projects: no override, and nothing to trim or lower
        return std::nullopt;
    const QString w = word.trimmed().toLower();
    if (w == QStringLiteral("红") || w == QStringLiteral("red") || w == QStringLiteral("红灯"))
        return Light::Red;
    if (w == QStringLiteral("黄") || w == QStringLiteral("yellow") || w == QStringLiteral("黄灯"))
        return Light::Yellow;
    if (w == QStringLiteral("绿") || w == QStringLiteral("green") || w == QStringLiteral("绿灯"))
        return Light::Green;
    return std::nullopt;
}

Money plannedToMonth(const ProjectFacts &facts, int month)
{
    month = qBound(0, month, 12);
    if (month == 0)
        return {};
    // The latest explicit cumulative figure at or before the month wins.
    for (int m = month; m >= 1; --m) {
        if (size_t(m - 1) < facts.monthlyPlan.size() && facts.monthlyPlan[size_t(m - 1)])
            return *facts.monthlyPlan[size_t(m - 1)];
    }
    // Spread evenly, rounded to the nearest hundredth.
    const qint64 c = facts.annualPlan.cents();
    return Money::fromCents((c * month + 6) / 12);
}

namespace {

// The rules of the light, walked by both evaluations. Each finding goes to the sink with a
// function that words its reason: evaluateLight calls it, evaluateLightColour does not (and
// stops at the first red), so wording a reason costs nothing when only the colour is wanted,
// and the two cannot disagree on a rule.
template<class Sink>
void applyRules(const ProjectFacts &facts, QDate today, const LightSettings &settings, Sink &sink)
{
    for (const auto &m : facts.milestones) {
        if (sink.settled())
            return;
        const MilestoneState s = milestoneState(m.planned, m.actual, today, settings.warningDays);
        if (s == MilestoneState::Overdue)
            sink.red([&] {
                return QCoreApplication::translate("tz::rules", "节点“%1”逾期 %2 天（计划 %3）")
                        .arg(m.title)
                        .arg(m.planned.daysTo(today))
                        .arg(dateToStorage(m.planned));
            });
        else if (s == MilestoneState::DueSoon)
            sink.yellow([&] {
                return QCoreApplication::translate("tz::rules", "节点“%1”临期，%2 天后到期（%3）")
                        .arg(m.title)
                        .arg(today.daysTo(m.planned))
                        .arg(dateToStorage(m.planned));
            });
    }
    for (const auto &r : facts.requirements) {
        if (sink.settled())
            return;
        if (r.resolved || !r.deadline.isValid())
            continue;
        if (r.deadline < today)
            sink.red([&] {
                return QCoreApplication::translate("tz::rules", "%1需求“%2”超过解决时限 %3 天未解决")
                        .arg(r.kind, r.description)
                        .arg(r.deadline.daysTo(today));
            });
        else if (today.daysTo(r.deadline) <= settings.warningDays)
            sink.yellow([&] {
                return QCoreApplication::translate("tz::rules", "%1需求“%2”将于 %3 到期")
                        .arg(r.kind, r.description, dateToStorage(r.deadline));
            });
    }
    for (const auto &s : facts.rectifications) {
        if (sink.settled())
            return;
        if (!s.open || !s.deadline.isValid())
            continue;
        if (s.deadline < today)
            sink.red([&] {
                return QCoreApplication::translate("tz::rules", "督导问题“%1”超过整改时限 %2 天")
                        .arg(s.findings)
                        .arg(s.deadline.daysTo(today));
            });
        else if (today.daysTo(s.deadline) <= settings.warningDays)
            sink.yellow([&] {
                return QCoreApplication::translate("tz::rules", "督导问题“%1”整改将于 %2 到期")
                        .arg(s.findings, dateToStorage(s.deadline));
            });
    }
    for (const auto &d : facts.duban) {
        if (sink.settled())
            return;
        if (d.closed || !d.deadline.isValid())
            continue;
        if (d.deadline < today)
            sink.red([&] {
                return QCoreApplication::translate("tz::rules", "督办事项 %1 超过办结时限 %2 天")
                        .arg(d.number)
                        .arg(d.deadline.daysTo(today));
            });
        else if (today.daysTo(d.deadline) <= settings.warningDays)
            sink.yellow([&] {
                return QCoreApplication::translate("tz::rules", "督办事项 %1 将于 %2 到期")
                        .arg(d.number, dateToStorage(d.deadline));
            });
    }
    if (sink.settled())
        return;

    if (!facts.started && facts.plannedStart.isValid()) {
        const int late = monthIndex(today) - monthIndex(facts.plannedStart);
        const auto when = [&] { return facts.plannedStart.toString(QStringLiteral("yyyy年M月")); };
        if (late >= settings.startLateRedMonths)
            sink.red([&] {
                return QCoreApplication::translate("tz::rules", "计划%1开工，已推迟 %2 个月未开工").arg(when()).arg(late);
            });
        else if (late >= settings.startLateYellowMonths)
            sink.yellow([&] { return QCoreApplication::translate("tz::rules", "计划%1开工，至今未开工").arg(when()); });
    }

    // 序时进度: compare the latest report of this year against the plan for the same months.
    if (facts.reportedMonth > 0 && facts.annualPlan.cents() > 0) {
        const Money plan = plannedToMonth(facts, facts.reportedMonth);
        const qint64 lagCents = plan.cents() - facts.completedThisYear.cents();
        // Percentage points of the annual plan, compared in integers to stay exact.
        const qint64 scaled = lagCents * 100;
        const qint64 annual = facts.annualPlan.cents();
        const auto detail = [&] {
            return QCoreApplication::translate("tz::rules", "1-%1月计划投资 %2 万元，完成 %3 万元，滞后序时进度 %4 个百分点")
                    .arg(facts.reportedMonth)
                    .arg(plan.toDisplayString(), facts.completedThisYear.toDisplayString())
                    .arg(double(scaled) / double(annual), 0, 'f', 1);
        };
        if (scaled > qint64(settings.lagRedPoints) * annual)
            sink.red(detail);
        else if (scaled >= qint64(settings.lagYellowPoints) * annual)
            sink.yellow(detail);
    }
}

// Every reason, worded: red ones first, each group in the order of the rules.
struct ReasonSink
{
    QStringList reds;
    QStringList yellows;
    static constexpr bool settled() { return false; }
    template<class Words>
    void red(const Words &words) { reds << words(); }
    template<class Words>
    void yellow(const Words &words) { yellows << words(); }
    Light light() const { return !reds.isEmpty() ? Light::Red : !yellows.isEmpty() ? Light::Yellow : Light::Green; }
};

// The colour only: no words, and nothing more to learn once a rule says red.
struct ColourSink
{
    bool anyRed = false;
    bool anyYellow = false;
    bool settled() const { return anyRed; }
    template<class Words>
    void red(const Words &) { anyRed = true; }
    template<class Words>
    void yellow(const Words &) { anyYellow = true; }
    Light light() const { return anyRed ? Light::Red : anyYellow ? Light::Yellow : Light::Green; }
};

// What the rules say, and what is shown once a manual override (红/黄/绿 and a reason) is
// taken into account.
LightVerdict verdict(Light computed, const ProjectFacts &facts)
{
    LightVerdict v;
    v.computed = v.light = computed;
    if (const auto o = lightFromWord(facts.overrideWord)) {
        v.overridden = true;
        v.light = *o;
    }
    return v;
}

} // namespace

LightResult evaluateLight(const ProjectFacts &facts, QDate today, const LightSettings &settings)
{
    ReasonSink sink;
    applyRules(facts, today, settings, sink);
    const LightVerdict v = verdict(sink.light(), facts);
    LightResult r;
    r.light = v.light;
    r.computed = v.computed;
    r.overridden = v.overridden;
    r.reasons = sink.reds + sink.yellows;
    if (r.overridden)
        r.reasons.prepend(QCoreApplication::translate("tz::rules", "人工认定为%1（按规则为%2）：%3")
                                  .arg(lightText(r.light), lightText(r.computed), facts.overrideReason));
    if (r.reasons.isEmpty())
        r.reasons << QCoreApplication::translate("tz::rules", "无预警事项");
    return r;
}

LightVerdict evaluateLightColour(const ProjectFacts &facts, QDate today, const LightSettings &settings)
{
    ColourSink sink;
    applyRules(facts, today, settings, sink);
    return verdict(sink.light(), facts);
}

} // namespace tz
