// The numbers behind the 总览 page, the month-by-month investment and the 比上月 comparison,
// on a small ledger built by hand whose answers are worked out in the comments, and a sanity
// check on a demo ledger against the figures other parts of the program compute.

#include "dashboard.h"
#include "demo.h"
#include "ledger.h"
#include "ledgerstats.h"
#include "lights.h"
#include "monthly.h"
#include "monthlyreport.h"
#include "monthlysnapshot.h"
#include "timelinemodel.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tz;

namespace {

const QDate kToday(2026, 6, 15);

QString S(const char *t)
{
    return QString::fromUtf8(t);
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void dashboardFigures();
    void monthlyInvestment();
    void comparisonWithLastMonth();
    void timelineData();
    void monthlyPdf();
    void demoSanity();

private:
    qint64 add(Entity e, std::initializer_list<std::pair<const char *, QVariant>> values)
    {
        QVariantList list;
        for (size_t i = 0; i < entityDef(e).columns.size(); ++i)
            list << QVariant();
        for (const auto &[name, v] : values)
            list[columnIndex(e, QString::fromLatin1(name))] = v;
        QString error;
        const qint64 id = m_ledger->addRow(e, list, &error);
        if (!id)
            qWarning("addRow(%s) failed: %s", qPrintable(tableName(e)), qPrintable(error));
        return id;
    }
    // Dates a change in the history as if it had been made then (tests cannot wait a month).
    void backdate(const QString &where, const QString &utc)
    {
        QSqlQuery q(m_ledger->database());
        QVERIFY2(q.exec(QStringLiteral("UPDATE change_log SET changed_at = '%1' WHERE %2").arg(utc, where)),
                 qPrintable(where));
    }
    qint64 phase(const char *name) { return m_ledger->findByName(Entity::Phase, S(name)); }
    qint64 kind(const char *name) { return m_ledger->findByName(Entity::RequirementKind, S(name)); }

    QTemporaryDir m_dir;
    std::unique_ptr<Ledger> m_ledger;
    qint64 m_unitA = 0, m_unitB = 0, m_l1 = 0, m_l2 = 0;
    qint64 m_p1 = 0, m_p2 = 0, m_p3 = 0, m_p4 = 0;
};

// Four projects, judged on 2026-06-15:
//  P1 高新区/王建国 在建, plan 1200: milestone due 05-01 not done (red since May); reports
//     Jan 100, Mar 400, May 500, Jun 650 (cumulative); an open 资金 need raised 06-05.
//  P2 高新区/李志强 谋划 → 前期 on 06-03: milestone due 06-18 (临期, yellow); a milestone due
//     05-10 and never done was deleted on 06-10 (so P2 was red at the end of May); open 土地.
//  P3 市科技局/王建国 在建, plan 0: 资金 need due 06-01 still 协调中 (red now; 临期 at May's
//     end), raised 05-16; a rectification 整改中 due 06-10.
//  P4 no unit, leader or phase: 资金 need due 05-20, resolved on 06-05 (red at May's end).
void TestDashboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    m_ledger = Ledger::create(m_dir.filePath(QStringLiteral("hand.tzdb")), &error);
    QVERIFY2(m_ledger, qPrintable(error));
    m_unitA = add(Entity::Unit, { { "name", S("高新区") }, { "kind", S("区县") } });
    m_unitB = add(Entity::Unit, { { "name", S("市科技局") }, { "kind", S("市直部门") } });
    m_l1 = add(Entity::Leader, { { "name", S("王建国") } });
    m_l2 = add(Entity::Leader, { { "name", S("李志强") } });
    m_p1 = add(Entity::Project, { { "code", S("P1") }, { "name", S("智能机器人研发中心") }, { "unit_id", m_unitA },
                                  { "leader_id", m_l1 }, { "phase_id", phase("在建") }, { "planned_investment", S("1200") },
                                  { "start_date", S("2025-01-01") }, { "planned_end_date", S("2027-01-01") } });
    m_p2 = add(Entity::Project, { { "code", S("P2") }, { "name", S("高端轴承产业化") }, { "unit_id", m_unitA },
                                  { "leader_id", m_l2 }, { "phase_id", phase("谋划") }, { "planned_investment", S("600") },
                                  { "start_date", S("2026-08-01") } });
    m_p3 = add(Entity::Project, { { "code", S("P3") }, { "name", S("新型储能中试基地") }, { "unit_id", m_unitB },
                                  { "leader_id", m_l1 }, { "phase_id", phase("在建") }, { "start_date", S("2025-06-01") } });
    m_p4 = add(Entity::Project, { { "code", S("P4") }, { "name", S("氢能装备成果转化") } });
    QVERIFY(m_p1 && m_p2 && m_p3 && m_p4);
    add(Entity::Milestone, { { "project_id", m_p1 }, { "title", S("主体结构封顶") }, { "planned_date", S("2026-05-01") } });
    add(Entity::Milestone, { { "project_id", m_p1 }, { "title", S("开工建设") }, { "planned_date", S("2026-03-01") },
                             { "actual_date", S("2026-03-01") } });
    add(Entity::Milestone, { { "project_id", m_p2 }, { "title", S("完成项目备案") }, { "planned_date", S("2026-06-18") } });
    const qint64 gone = add(Entity::Milestone, { { "project_id", m_p2 }, { "title", S("完成土地摘牌") },
                                                 { "planned_date", S("2026-05-10") } });
    for (const auto &[month, cumulative] : { std::pair { "2026-01", "100" }, std::pair { "2026-03", "400" },
                                              std::pair { "2026-05", "500" }, std::pair { "2026-06", "650" } })
        add(Entity::Progress, { { "project_id", m_p1 }, { "period", S(month) }, { "completed_to_date", S(cumulative) } });
    const qint64 needP1 = add(Entity::Requirement, { { "project_id", m_p1 }, { "kind_id", kind("资金") },
                                                     { "description", S("申请专项资金") }, { "deadline", S("2026-09-01") },
                                                     { "status", S("待协调") } });
    add(Entity::Requirement, { { "project_id", m_p2 }, { "kind_id", kind("土地") }, { "description", S("用地指标") },
                               { "deadline", S("2026-07-30") }, { "status", S("待协调") } });
    const qint64 needP3 = add(Entity::Requirement, { { "project_id", m_p3 }, { "kind_id", kind("资金") },
                                                     { "description", S("配套资金") }, { "deadline", S("2026-06-01") },
                                                     { "status", S("协调中") } });
    add(Entity::Requirement, { { "project_id", m_p4 }, { "kind_id", kind("资金") }, { "description", S("贴息") },
                               { "deadline", S("2026-05-20") }, { "status", S("已解决") }, { "resolved_date", S("2026-06-05") } });
    add(Entity::Supervision, { { "project_id", m_p3 }, { "visit_date", S("2026-05-10") }, { "kind", S("督导") },
                               { "findings", S("资金到位率偏低") }, { "rectification_deadline", S("2026-06-10") },
                               { "status", S("整改中") } });
    QCOMPARE(m_ledger->setField(Entity::Project, m_p2, columnIndex(Entity::Project, QStringLiteral("phase_id")),
                                phase("前期")),
             QString());
    QCOMPARE(m_ledger->removeRow(Entity::Milestone, gone), QString());

    // The history as if kept through the year: everything from January, the exceptions dated.
    backdate(QStringLiteral("1 = 1"), QStringLiteral("2026-01-02T01:00:00.000Z"));
    backdate(QStringLiteral("entity = 'projects' AND action = 'update'"), QStringLiteral("2026-06-03T02:00:00.000Z"));
    backdate(QStringLiteral("entity = 'milestones' AND action = 'delete'"), QStringLiteral("2026-06-10T02:00:00.000Z"));
    backdate(QStringLiteral("entity = 'requirements' AND row_id = %1").arg(needP1), QStringLiteral("2026-06-05T02:00:00.000Z"));
    backdate(QStringLiteral("entity = 'requirements' AND row_id = %1").arg(needP3), QStringLiteral("2026-05-16T02:00:00.000Z"));
}

void TestDashboard::dashboardFigures()
{
    const Dashboard d = computeDashboard(*m_ledger, kToday);
    QCOMPARE(d.projects, 4);
    QCOMPARE(d.lightCount(Light::Red), 2); // P1, P3
    QCOMPARE(d.lightCount(Light::Yellow), 1); // P2
    QCOMPARE(d.lightCount(Light::Green), 1); // P4

    // Phases in dictionary order, every phase listed, 未填 last.
    QCOMPARE(int(d.byPhase.size()), 7);
    QCOMPARE(d.byPhase[1].name, S("前期"));
    QCOMPARE(d.byPhase[1].count, 1);
    QCOMPARE(d.byPhase[2].name, S("在建"));
    QCOMPARE(d.byPhase[2].count, 2);
    QCOMPARE(d.byPhase.back().id, qint64(0));
    QCOMPARE(d.byPhase.back().count, 1);

    QCOMPARE(int(d.lightsByUnit.size()), 3);
    QCOMPARE(d.lightsByUnit[0].id, m_unitA);
    QCOMPARE(d.lightsByUnit[0].lights[size_t(Light::Red)], 1);
    QCOMPARE(d.lightsByUnit[0].lights[size_t(Light::Yellow)], 1);
    QCOMPARE(d.lightsByUnit[1].lights[size_t(Light::Red)], 1);
    QCOMPARE(d.lightsByUnit[2].lights[size_t(Light::Green)], 1);

    // 166th day of 365.
    QVERIFY(qAbs(d.yearSharePercent - 166.0 * 100 / 365) < 1e-9);
    const Dashboard::Investment &a = d.investmentByUnit[0];
    QCOMPARE(a.projects, 2);
    QCOMPARE(a.planned, Money::fromCents(180000));
    QCOMPARE(a.completed, Money::fromCents(65000)); // P1's June report
    QVERIFY(qAbs(a.ratePercent() - 650.0 * 100 / 1800) < 1e-9);
    QCOMPARE(d.investmentByUnit[1].ratePercent(), -1.0); // nothing planned
    QCOMPARE(d.investmentByLeader[0].id, m_l1);
    QCOMPARE(d.investmentByLeader[0].planned, Money::fromCents(120000));
    QCOMPARE(d.investmentTotal.planned, Money::fromCents(180000));

    QCOMPARE(d.overdueMilestones, 1);
    QCOMPARE(int(d.overdueByUnit.size()), 2); // both units, even the one with none
    QCOMPARE(d.overdueByUnit[0].items, 1);
    QCOMPARE(d.overdueByUnit[1].items, 0);
    QCOMPARE(d.overdueByLeader[0].items, 1);
    QCOMPARE(d.overdueByLeader[0].projects, 1);

    // 资金: P1's (raised 06-05, 10 days) and P3's (05-16, 30 days, past its deadline).
    const auto funds = std::find_if(d.requirementsByKind.begin(), d.requirementsByKind.end(),
                                    [](const auto &k) { return k.name == S("资金"); });
    QVERIFY(funds != d.requirementsByKind.end());
    QCOMPARE(funds->open, 2);
    QCOMPARE(funds->pastDeadline, 1);
    QCOMPARE(funds->withKnownWait, 2);
    QCOMPARE(funds->medianWaitDays, 10);
    QCOMPARE(funds->maxWaitDays, 30);
    const auto land = std::find_if(d.requirementsByKind.begin(), d.requirementsByKind.end(),
                                   [](const auto &k) { return k.name == S("土地"); });
    QCOMPARE(land->open, 1);
    QCOMPARE(land->pastDeadline, 0);

    QCOMPARE(d.rectificationsPastDue, 1);
    QCOMPARE(d.rectificationsByUnit[1].id, m_unitB);
    QCOMPARE(d.rectificationsByUnit[1].items, 1);

    QCOMPARE(medianDays({ 5, 1, 9, 3 }), 3);
    QCOMPARE(medianDays({ 7 }), 7);
    QCOMPARE(medianDays({}), -1);
}

void TestDashboard::monthlyInvestment()
{
    const MonthlyInvestment m = tz::monthlyInvestment(*m_ledger, 2026);
    const auto &p1 = m.byProject.value(m_p1);
    // Jan 100; Feb none; Mar 400 − 100; Apr none; May 500 − 400; Jun 650 − 500.
    QCOMPARE(p1[0], Money::fromCents(10000));
    QCOMPARE(p1[1], Money());
    QCOMPARE(p1[2], Money::fromCents(30000));
    QCOMPARE(p1[4], Money::fromCents(10000));
    QCOMPARE(p1[5], Money::fromCents(15000));
    QCOMPARE(m.byUnit.value(m_unitA)[2], Money::fromCents(30000));
    QCOMPARE(m.total[5], Money::fromCents(15000));
    const auto &cum = m.cumulativeByProject.value(m_p1);
    QCOMPARE(cum[1], Money::fromCents(10000)); // February: still January's figure
    QCOMPARE(cum[3], Money::fromCents(40000));
    QCOMPARE(cum[11], Money::fromCents(65000));
    QVERIFY(tz::monthlyInvestment(*m_ledger, 2025).byProject.isEmpty());
}

void TestDashboard::comparisonWithLastMonth()
{
    const MonthComparison c = compareMonths(*m_ledger, 2026, 6, kToday);
    QCOMPARE(c.previousEnd, QDate(2026, 5, 31));
    QCOMPARE(c.currentEnd, kToday); // June still runs
    // End of May: P1 (overdue), P2 (the deleted milestone, overdue then), P4 (need past its
    // deadline, resolved only on 06-05). Now: P1, P3.
    QCOMPARE(c.redBefore, 3);
    QCOMPARE(c.redNow, 2);
    QCOMPARE(int(c.turnedRed.size()), 1);
    QCOMPARE(c.turnedRed[0].id, m_p3);
    QCOMPARE(c.turnedRed[0].before, lightText(Light::Yellow)); // 临期 at May's end
    QVERIFY(c.turnedRed[0].reasons.join(u' ').contains(S("配套资金")));
    QCOMPARE(int(c.resolved.size()), 2);
    QCOMPARE(c.resolved[0].id, m_p2);
    QVERIFY(c.resolved[0].reasons.join(u' ').contains(S("完成土地摘牌")));
    QCOMPARE(c.resolved[0].after, lightText(Light::Yellow));
    QCOMPARE(c.resolved[1].id, m_p4);
    QCOMPARE(int(c.phaseChanged.size()), 1);
    QCOMPARE(c.phaseChanged[0].id, m_p2);
    QCOMPARE(c.phaseChanged[0].before, S("谋划"));
    QCOMPARE(c.phaseChanged[0].after, S("前期"));
    QCOMPARE(c.phaseChanged[0].unit, S("高新区"));

    QCOMPARE(int(c.units.size()), 3); // 高新区, 市科技局, 未填 (P4)
    QCOMPARE(c.units[0].thisMonth, Money::fromCents(15000));
    QCOMPARE(c.units[0].lastMonth, Money::fromCents(10000));
    QCOMPARE(c.units[0].change(), Money::fromCents(5000));
    QCOMPARE(c.units[2].id, qint64(0));
    QCOMPARE(c.totalThisMonth, Money::fromCents(15000));

    // Judged now, the reconstruction agrees with the live lights.
    const auto now = projectStatesAt(*m_ledger, { kToday }, kToday)[0];
    const auto live = computeLights(*m_ledger, kToday);
    for (qint64 id : { m_p1, m_p2, m_p3, m_p4 })
        QCOMPARE(int(now.value(id).light), int(live.value(id).light));
    // Before anything was recorded the projects did not exist.
    QVERIFY(projectStatesAt(*m_ledger, { QDate(2025, 12, 31) }, kToday)[0].isEmpty());
    // May against April: P1 turned red in May (its milestone fell due 05-01).
    const MonthComparison may = compareMonths(*m_ledger, 2026, 5, kToday);
    QCOMPARE(may.currentEnd, QDate(2026, 5, 31));
    QVERIFY(std::any_of(may.turnedRed.begin(), may.turnedRed.end(), [&](const auto &p) { return p.id == m_p1; }));
    QCOMPARE(may.units[0].thisMonth, Money::fromCents(10000));
    QCOMPARE(may.units[0].lastMonth, Money());
}

void TestDashboard::timelineData()
{
    const auto rows = loadTimeline(*m_ledger, { m_p2, m_p1, 999999 }, kToday);
    QCOMPARE(int(rows.size()), 2); // the unknown id leaves no row
    QCOMPARE(rows[0].projectId, m_p2); // the order asked for
    QCOMPARE(rows[1].code, S("P1"));
    QCOMPARE(rows[1].start, QDate(2025, 1, 1));
    QCOMPARE(int(rows[1].milestones.size()), 2);
    QCOMPARE(int(rows[1].milestones[0].state), int(MilestoneState::Done)); // 03-01 first
    QCOMPARE(int(rows[1].milestones[1].state), int(MilestoneState::Overdue));
    QCOMPARE(int(rows[0].milestones[0].state), int(MilestoneState::DueSoon));

    const TimelineSpan q = timelineSpan(rows, kToday, TimelineZoom::Quarter);
    QCOMPARE(q.from, QDate(2025, 1, 1));
    QCOMPARE(q.to, QDate(2027, 4, 1)); // the quarter holding 2027-01-01 ends in March
    const auto ticks = timelineTicks(q, TimelineZoom::Quarter);
    QCOMPARE(int(ticks.size()), 9);
    QCOMPARE(ticks[1].label, S("2025年二季度"));
    QVERIFY(ticks[4].major);
    const auto months = timelineTicks(timelineSpan(rows, kToday, TimelineZoom::Month), TimelineZoom::Month);
    QCOMPARE(months[0].label, S("2025年1月"));
    QCOMPARE(months[1].label, S("2月"));
    QCOMPARE(months[12].label, S("2026年1月"));
    QCOMPARE(timelineSpan(rows, kToday, TimelineZoom::Year).to, QDate(2028, 1, 1));
}

void TestDashboard::monthlyPdf()
{
    const MonthComparison c = compareMonths(*m_ledger, 2026, 6, kToday);
    PrintSettings settings;
    const QString pdf = m_dir.filePath(QStringLiteral("monthly.pdf"));
    QString error;
    QVERIFY2(MonthlyReport(c, settings).writePdf(pdf, &error), qPrintable(error));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    QVERIFY(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(text.contains(S("2026年6月重大科技创新项目月度对比")), qPrintable(text));
    QVERIFY2(text.contains(S("红灯项目 2 个（上月末 3 个）")), qPrintable(text));
    QVERIFY(text.contains(S("新型储能中试基地"))); // 新转红
    QVERIFY(text.contains(S("氢能装备成果转化"))); // 已解决
    QVERIFY(text.contains(S("谋划 → 前期")));
    QVERIFY(text.contains(S("高新区")));
    QVERIFY(text.contains(S("+50.00")));
    QCOMPARE(text.count(u'\f'), 1); // one page
}

void TestDashboard::demoSanity()
{
    QString error;
    auto ledger = Ledger::create(m_dir.filePath(QStringLiteral("demo.tzdb")), &error);
    QVERIFY2(ledger, qPrintable(error));
    QCOMPARE(fillDemoLedger(*ledger, 300, 7, kToday), QString());
    const Dashboard d = computeDashboard(*ledger, kToday);
    const LedgerStats s = ledgerStats(*ledger, kToday);
    QCOMPARE(d.projects, 300);
    QCOMPARE(d.lightCount(Light::Red), s.byLight.value(QStringLiteral("red")));
    QCOMPARE(d.lightCount(Light::Yellow), s.byLight.value(QStringLiteral("yellow")));
    QVERIFY(d.lightCount(Light::Red) > 0 && d.lightCount(Light::Green) > 0);
    const auto sum = [](const auto &rows, auto f) {
        int n = 0;
        for (const auto &r : rows)
            n += f(r);
        return n;
    };
    QCOMPARE(sum(d.byPhase, [](const auto &r) { return r.count; }), 300);
    QCOMPARE(sum(d.lightsByUnit, [](const auto &r) { return r.total(); }), 300);
    QCOMPARE(sum(d.investmentByLeader, [](const auto &r) { return r.projects; }), 300);
    QCOMPARE(d.overdueMilestones, s.milestonesByState.value(QStringLiteral("overdue")));
    QCOMPARE(sum(d.overdueByUnit, [](const auto &r) { return r.items; }), d.overdueMilestones);
    QCOMPARE(sum(d.overdueByLeader, [](const auto &r) { return r.items; }), d.overdueMilestones);
    QVERIFY(d.investmentTotal.completed.cents() > 0);
    // The demo writes outside the history: no need has a known wait.
    for (const auto &k : d.requirementsByKind)
        QCOMPARE(k.withKnownWait, 0);

    const MonthComparison c = compareMonths(*ledger, 2026, 6, kToday);
    QCOMPARE(c.redNow, d.lightCount(Light::Red));
    QVERIFY(c.redBefore > 0);
    // Reports stop with May (the demo reports closed months), so June's column is empty.
    QCOMPARE(c.totalThisMonth, Money());
    QVERIFY(c.totalLastMonth.cents() > 0);
    const MonthlyInvestment m = tz::monthlyInvestment(*ledger, 2026);
    Money sumMay;
    for (const auto &u : c.units)
        sumMay += u.lastMonth;
    QCOMPARE(sumMay, m.total[4]);
}

QTEST_MAIN(TestDashboard)
#include "test_dashboard.moc"
