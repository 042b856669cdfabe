#include "rules.h"

#include <QRandomGenerator>
#include <QTest>

using namespace tz;

Q_DECLARE_METATYPE(tz::MilestoneState)
Q_DECLARE_METATYPE(tz::Light)

namespace {

const QDate kToday(2023, 6, 15);

ProjectFacts withMilestone(const QString &title, QDate planned, QDate actual = {})
{
    ProjectFacts f;
    f.milestones.push_back({ title, planned, actual });
    return f;
}

bool anyReasonContains(const LightResult &r, const QString &text)
{
    for (const QString &reason : r.reasons)
        if (reason.contains(text))
            return true;
    return false;
}

} // namespace

class TestRules : public QObject
{
    Q_OBJECT
private slots:
    void milestoneStates_data();
    void milestoneStates();
    void stateWordsAndKeys();
    void lightWords();
    void greenWithoutFacts();
    void overdueMilestoneIsRedAndNamed();
    void dueSoonMilestoneIsYellow();
    void redReasonsComeFirst();
    void warningWindowIsASetting();
    void requirements();
    void rectifications();
    void duban();
    void notStarted_data();
    void notStarted();
    void investmentLag_data();
    void investmentLag();
    void plannedToMonthEven();
    void plannedToMonthExplicit();
    void overrideKeepsComputedAndReasons();
    void overrideWithUnknownWordIsIgnored();
    void colourAgreesWithFullEvaluation();
    void reasonDatesAreIso();
};

void TestRules::milestoneStates_data()
{
    QTest::addColumn<QDate>("planned");
    QTest::addColumn<QDate>("actual");
    QTest::addColumn<int>("warningDays");
    QTest::addColumn<MilestoneState>("expected");
    const QDate none;
    QTest::newRow("due today") << kToday << none << 7 << MilestoneState::DueSoon;
    QTest::newRow("due yesterday") << kToday.addDays(-1) << none << 7 << MilestoneState::Overdue;
    QTest::newRow("due in 7 days, window 7")
        << kToday.addDays(7) << none << 7 << MilestoneState::DueSoon;
    QTest::newRow("due in 8 days, window 7")
        << kToday.addDays(8) << none << 7 << MilestoneState::NotDue;
    QTest::newRow("due today, window 0") << kToday << none << 0 << MilestoneState::DueSoon;
    QTest::newRow("due tomorrow, window 0")
        << kToday.addDays(1) << none << 0 << MilestoneState::NotDue;
    QTest::newRow("done on the day")
        << kToday.addDays(-10) << kToday.addDays(-10) << 7 << MilestoneState::Done;
    QTest::newRow("done early") << kToday.addDays(-10) << kToday.addDays(-30) << 7
                                << MilestoneState::Done;
    QTest::newRow("done a day late")
        << kToday.addDays(-10) << kToday.addDays(-9) << 7 << MilestoneState::DoneLate;
    QTest::newRow("done early, not yet due")
        << kToday.addDays(20) << kToday << 7 << MilestoneState::Done;
    QTest::newRow("no dates") << none << none << 7 << MilestoneState::NotDue;
}

void TestRules::milestoneStates()
{
    QFETCH(QDate, planned);
    QFETCH(QDate, actual);
    QFETCH(int, warningDays);
    QFETCH(MilestoneState, expected);
    QCOMPARE(int(milestoneState(planned, actual, kToday, warningDays)), int(expected));
}

void TestRules::stateWordsAndKeys()
{
    QCOMPARE(milestoneStateText(MilestoneState::Overdue), QStringLiteral("逾期"));
    QCOMPARE(milestoneStateText(MilestoneState::DueSoon), QStringLiteral("临期"));
    QCOMPARE(milestoneStateText(MilestoneState::DoneLate), QStringLiteral("逾期完成"));
    QCOMPARE(milestoneStateKey(MilestoneState::NotDue), QStringLiteral("not_due"));
    QCOMPARE(milestoneStateKey(MilestoneState::Done), QStringLiteral("done"));
}

void TestRules::lightWords()
{
    QCOMPARE(lightFromWord(QStringLiteral("红")), std::optional<Light>(Light::Red));
    QCOMPARE(lightFromWord(QStringLiteral(" Yellow ")), std::optional<Light>(Light::Yellow));
    QCOMPARE(lightFromWord(QStringLiteral("绿灯")), std::optional<Light>(Light::Green));
    QVERIFY(!lightFromWord(QStringLiteral("蓝")).has_value());
    QVERIFY(!lightFromWord(QString()).has_value());
    QCOMPARE(lightKey(Light::Red), QStringLiteral("red"));
    QCOMPARE(lightText(Light::Yellow), QStringLiteral("黄灯"));
}

void TestRules::greenWithoutFacts()
{
    const LightResult r = evaluateLight(ProjectFacts(), kToday, LightSettings());
    QCOMPARE(r.light, Light::Green);
    QCOMPARE(r.computed, Light::Green);
    QVERIFY(!r.overridden);
    QCOMPARE(r.reasons.size(), 1); // "no warnings" is still shown as the reason
}

void TestRules::overdueMilestoneIsRedAndNamed()
{
    const auto r = evaluateLight(
        withMilestone(QStringLiteral("土地摘牌"), kToday.addDays(-1)), kToday, LightSettings());
    QCOMPARE(r.light, Light::Red);
    QCOMPARE(r.computed, Light::Red);
    QVERIFY2(anyReasonContains(r, QStringLiteral("土地摘牌")), qPrintable(r.reasons.join(u'\n')));
    // A milestone done (even late) raises nothing.
    QCOMPARE(evaluateLight(withMilestone(QStringLiteral("开工"), kToday.addDays(-5), kToday),
                 kToday, LightSettings())
                 .light,
        Light::Green);
}

void TestRules::dueSoonMilestoneIsYellow()
{
    const auto r = evaluateLight(
        withMilestone(QStringLiteral("主体完工"), kToday.addDays(7)), kToday, LightSettings());
    QCOMPARE(r.light, Light::Yellow);
    QVERIFY(anyReasonContains(r, QStringLiteral("主体完工")));
    QCOMPARE(evaluateLight(withMilestone(QStringLiteral("主体完工"), kToday.addDays(8)), kToday,
                 LightSettings())
                 .light,
        Light::Green);
}

void TestRules::redReasonsComeFirst()
{
    ProjectFacts f = withMilestone(QStringLiteral("临期节点"), kToday.addDays(2));
    f.milestones.push_back({ QStringLiteral("逾期节点"), kToday.addDays(-3), QDate() });
    const auto r = evaluateLight(f, kToday, LightSettings());
    QCOMPARE(r.light, Light::Red);
    QCOMPARE(r.reasons.size(), 2);
    QVERIFY(r.reasons.at(0).contains(QStringLiteral("逾期节点")));
    QVERIFY(r.reasons.at(1).contains(QStringLiteral("临期节点")));
}

void TestRules::warningWindowIsASetting()
{
    LightSettings s;
    s.warningDays = 3;
    const ProjectFacts f = withMilestone(QStringLiteral("验收"), kToday.addDays(5));
    QCOMPARE(evaluateLight(f, kToday, s).light, Light::Green);
    s.warningDays = 5;
    QCOMPARE(evaluateLight(f, kToday, s).light, Light::Yellow);
}

void TestRules::requirements()
{
    ProjectFacts f;
    f.requirements.push_back(
        { QStringLiteral("土地"), QStringLiteral("新增用地50亩"), kToday.addDays(-1), false });
    auto r = evaluateLight(f, kToday, LightSettings());
    QCOMPARE(r.light, Light::Red);
    QVERIFY(anyReasonContains(r, QStringLiteral("新增用地50亩")));

    f.requirements.front().resolved = true;
    QCOMPARE(evaluateLight(f, kToday, LightSettings()).light, Light::Green);

    f.requirements.front() = { QStringLiteral("资金"), QStringLiteral("贴息"), kToday, false };
    QCOMPARE(evaluateLight(f, kToday, LightSettings()).light, Light::Yellow);
}

void TestRules::rectifications()
{
    ProjectFacts f;
    f.rectifications.push_back({ QStringLiteral("安全措施不到位"), kToday.addDays(-1), true });
    const auto r = evaluateLight(f, kToday, LightSettings());
    QCOMPARE(r.light, Light::Red);
    QVERIFY(anyReasonContains(r, QStringLiteral("安全措施不到位")));
    f.rectifications.front().open = false;
    QCOMPARE(evaluateLight(f, kToday, LightSettings()).light, Light::Green);
}

void TestRules::duban()
{
    ProjectFacts f;
    f.duban.push_back({ QStringLiteral("DB-2023-007"), kToday.addDays(-1), false });
    const auto r = evaluateLight(f, kToday, LightSettings());
    QCOMPARE(r.light, Light::Red);
    QVERIFY(anyReasonContains(r, QStringLiteral("DB-2023-007")));
    f.duban.front().closed = true;
    QCOMPARE(evaluateLight(f, kToday, LightSettings()).light, Light::Green);
    f.duban.front() = { QStringLiteral("DB-2023-008"), kToday, false };
    QCOMPARE(evaluateLight(f, kToday, LightSettings()).light, Light::Yellow);
}

void TestRules::notStarted_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("started");
    QTest::addColumn<Light>("expected");
    // Planned to start on 2023-03-10.
    QTest::newRow("still the planned month") << QDate(2023, 3, 31) << false << Light::Green;
    QTest::newRow("planned month passed") << QDate(2023, 4, 1) << false << Light::Yellow;
    QTest::newRow("two months late") << QDate(2023, 5, 31) << false << Light::Yellow;
    QTest::newRow("three months late") << QDate(2023, 6, 1) << false << Light::Red;
    QTest::newRow("started, long after") << QDate(2023, 12, 1) << true << Light::Green;
    QTest::newRow("before the plan") << QDate(2023, 1, 15) << false << Light::Green;
}

void TestRules::notStarted()
{
    QFETCH(QDate, today);
    QFETCH(bool, started);
    QFETCH(Light, expected);
    ProjectFacts f;
    f.plannedStart = QDate(2023, 3, 10);
    f.started = started;
    const auto r = evaluateLight(f, today, LightSettings());
    QCOMPARE(r.light, expected);
}

void TestRules::investmentLag_data()
{
    QTest::addColumn<QString>("completed");
    QTest::addColumn<Light>("expected");
    // Annual plan 100.00, spread evenly: 50.00 planned to June. One point = 1.00.
    QTest::newRow("on plan") << QStringLiteral("50") << Light::Green;
    QTest::newRow("ahead") << QStringLiteral("80") << Light::Green;
    QTest::newRow("9.99 points behind") << QStringLiteral("40.01") << Light::Green;
    QTest::newRow("exactly 10 points behind") << QStringLiteral("40") << Light::Yellow;
    QTest::newRow("exactly 30 points behind") << QStringLiteral("20") << Light::Yellow;
    QTest::newRow("30.01 points behind") << QStringLiteral("19.99") << Light::Red;
    QTest::newRow("nothing done") << QStringLiteral("0") << Light::Red;
}

void TestRules::investmentLag()
{
    QFETCH(QString, completed);
    QFETCH(Light, expected);
    ProjectFacts f;
    f.annualPlan = *Money::parse(QStringLiteral("100"));
    f.reportedMonth = 6;
    f.completedThisYear = *Money::parse(completed);
    const auto r = evaluateLight(f, kToday, LightSettings());
    QVERIFY2(r.light == expected, qPrintable(r.reasons.join(u'\n')));

    // Without a report there is nothing to compare.
    f.reportedMonth = 0;
    QCOMPARE(evaluateLight(f, kToday, LightSettings()).light, Light::Green);
}

void TestRules::plannedToMonthEven()
{
    ProjectFacts f;
    f.annualPlan = *Money::parse(QStringLiteral("120"));
    QCOMPARE(plannedToMonth(f, 0).cents(), qint64(0));
    QCOMPARE(plannedToMonth(f, 1).cents(), qint64(1000));
    QCOMPARE(plannedToMonth(f, 6).cents(), qint64(6000));
    QCOMPARE(plannedToMonth(f, 12).cents(), qint64(12000));
    f.annualPlan = *Money::parse(QStringLiteral("100"));
    QCOMPARE(plannedToMonth(f, 1).cents(), qint64(833)); // 8.333… rounds down
    QCOMPARE(plannedToMonth(f, 2).cents(), qint64(1667)); // 16.666… rounds up
    QCOMPARE(plannedToMonth(f, 12).cents(), qint64(10000));
}

void TestRules::plannedToMonthExplicit()
{
    ProjectFacts f;
    f.annualPlan = *Money::parse(QStringLiteral("120"));
    f.monthlyPlan.resize(12);
    f.monthlyPlan[2] = Money::parse(QStringLiteral("30")); // 1-3月
    f.monthlyPlan[5] = Money::parse(QStringLiteral("70")); // 1-6月
    QCOMPARE(plannedToMonth(f, 3).cents(), qint64(3000));
    QCOMPARE(plannedToMonth(f, 4).cents(), qint64(3000));
    QCOMPARE(plannedToMonth(f, 5).cents(), qint64(3000));
    QCOMPARE(plannedToMonth(f, 6).cents(), qint64(7000));
    QCOMPARE(plannedToMonth(f, 12).cents(), qint64(7000));

    // Points are of the annual plan: (70 − 55) / 120 = 12.5 points behind → yellow.
    f.reportedMonth = 6;
    f.completedThisYear = *Money::parse(QStringLiteral("55"));
    QCOMPARE(evaluateLight(f, kToday, LightSettings()).light, Light::Yellow);
}

void TestRules::overrideKeepsComputedAndReasons()
{
    ProjectFacts f = withMilestone(QStringLiteral("设备安装"), kToday.addDays(-4));
    f.overrideWord = QStringLiteral("绿");
    f.overrideReason = QStringLiteral("已报市政府同意调整节点");
    const auto r = evaluateLight(f, kToday, LightSettings());
    QCOMPARE(r.light, Light::Green);
    QCOMPARE(r.computed, Light::Red);
    QVERIFY(r.overridden);
    QVERIFY(anyReasonContains(r, QStringLiteral("已报市政府同意调整节点")));
    QVERIFY(anyReasonContains(r, QStringLiteral("设备安装")));

    ProjectFacts g;
    g.overrideWord = QStringLiteral("黄");
    g.overrideReason = QStringLiteral("资金未到位");
    const auto y = evaluateLight(g, kToday, LightSettings());
    QCOMPARE(y.light, Light::Yellow);
    QCOMPARE(y.computed, Light::Green);
}

void TestRules::overrideWithUnknownWordIsIgnored()
{
    ProjectFacts f = withMilestone(QStringLiteral("设备安装"), kToday.addDays(-4));
    f.overrideWord = QStringLiteral("蓝");
    f.overrideReason = QStringLiteral("理由");
    const auto r = evaluateLight(f, kToday, LightSettings());
    QCOMPARE(r.light, Light::Red);
    QVERIFY(!r.overridden);
}

// evaluateLightColour walks the same rules as evaluateLight but stops at the first red: over
// many facts built around every boundary (due today, the warning window's last day, exactly
// 10 and 30 points behind, the start late by 0–4 months, undated items, overrides valid and
// not), the two must give the same light, computed light and override.
void TestRules::colourAgreesWithFullEvaluation()
{
    QRandomGenerator rng(7);
    const auto pick = [&rng](int n) { return int(rng.bounded(n)); };
    const int offsets[] = { -40, -8, -7, -1, 0, 1, 2, 6, 7, 8, 30 };
    const auto near = [&](QDate today) {
        return pick(8) == 0 ? QDate() : today.addDays(offsets[pick(std::size(offsets))]);
    };
    const QString words[] = { {}, QStringLiteral("红"), QStringLiteral(" Yellow "), QStringLiteral("绿灯"),
                              QStringLiteral("蓝"), QStringLiteral("GREEN") };
    const qint64 completedCents[] = { 0, 1999, 2000, 4000, 4001, 5000, 9000 };
    int counts[3] = {};
    for (int i = 0; i < 20000; ++i) {
        const QDate today = kToday.addDays(pick(400) - 200);
        LightSettings s;
        s.warningDays = pick(3) == 0 ? pick(2) * 3 : 7;
        ProjectFacts f;
        for (int n = pick(4); n > 0; --n)
            f.milestones.push_back({ QStringLiteral("节点"), near(today), pick(3) == 0 ? near(today) : QDate() });
        for (int n = pick(3); n > 0; --n)
            f.requirements.push_back({ QStringLiteral("土地"), QStringLiteral("用地"), near(today), pick(3) == 0 });
        for (int n = pick(2); n > 0; --n)
            f.rectifications.push_back({ QStringLiteral("围挡"), near(today), pick(2) == 0 });
        for (int n = pick(2); n > 0; --n)
            f.duban.push_back({ QStringLiteral("DB-1"), near(today), pick(2) == 0 });
        f.started = pick(2) == 0;
        if (pick(4) != 0)
            f.plannedStart = QDate(today.year(), today.month(), 1).addMonths(-pick(5));
        if (pick(3) != 0) {
            // Annual plan 100.00 spread evenly: 50.00 to June, so the completed figures above
            // sit on and beside the 10- and 30-point bounds.
            f.annualPlan = Money::fromCents(pick(6) == 0 ? 0 : 10000);
            f.reportedMonth = pick(5) == 0 ? 0 : 6;
            f.completedThisYear = Money::fromCents(completedCents[pick(std::size(completedCents))]);
            if (pick(4) == 0) {
                f.monthlyPlan.resize(12);
                f.monthlyPlan[size_t(pick(12))] = Money::fromCents(pick(10001));
            }
        }
        f.overrideWord = words[pick(std::size(words))];
        f.overrideReason = QStringLiteral("理由");

        const LightResult full = evaluateLight(f, today, s);
        const LightVerdict colour = evaluateLightColour(f, today, s);
        QCOMPARE(colour.light, full.light);
        QCOMPARE(colour.computed, full.computed);
        QCOMPARE(colour.overridden, full.overridden);
        ++counts[int(full.computed)];
    }
    // The sweep reached every colour often, or it proves little.
    for (int c : counts)
        QVERIFY2(c > 2000, qPrintable(QStringLiteral("%1 %2 %3").arg(counts[0]).arg(counts[1]).arg(counts[2])));
}

// Reasons spell their dates as QDate::toString(Qt::ISODate) does (rules.cpp writes them itself),
// zero-padded in every part.
void TestRules::reasonDatesAreIso()
{
    for (const QDate planned : { QDate(1, 1, 1), QDate(999, 3, 5), QDate(2023, 6, 9), QDate(2023, 12, 31),
                                 QDate(9999, 12, 30) }) {
        const QDate today = planned.addDays(1);
        ProjectFacts f = withMilestone(QStringLiteral("节点"), planned);
        f.requirements.push_back({ QStringLiteral("土地"), QStringLiteral("用地"), today.addDays(3), false });
        f.duban.push_back({ QStringLiteral("DB-1"), today.addDays(2), false });
        f.rectifications.push_back({ QStringLiteral("围挡"), today, true });
        const LightResult r = evaluateLight(f, today, LightSettings());
        QVERIFY2(anyReasonContains(r, QStringLiteral("（计划 %1）").arg(planned.toString(Qt::ISODate))),
                 qPrintable(r.reasons.join(u'\n')));
        for (const QDate due : { today.addDays(3), today.addDays(2), today })
            QVERIFY2(anyReasonContains(r, QStringLiteral("将于 %1 到期").arg(due.toString(Qt::ISODate))),
                     qPrintable(r.reasons.join(u'\n')));
    }
}

QTEST_GUILESS_MAIN(TestRules)
#include "test_rules.moc"
