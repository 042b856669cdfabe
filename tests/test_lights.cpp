#include "clock.h"
#include "demo.h"
#include "exporting/csvexport.h"
#include "ledger.h"
#include "lights.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace tz;

namespace {

const QDate kToday(2023, 4, 10);

QString S(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

int col(Entity e, const char *name)
{
    return columnIndex(e, QString::fromLatin1(name));
}

bool anyReasonContains(const LightResult &r, const QString &text)
{
    for (const QString &reason : r.reasons)
        if (reason.contains(text))
            return true;
    return false;
}

// The first member in which two projects' facts differ, or empty when they are the same.
QString firstDifference(const ProjectFacts &a, const ProjectFacts &b)
{
    if (a.plannedStart != b.plannedStart || a.started != b.started || !(a.annualPlan == b.annualPlan))
        return QStringLiteral("project");
    if (a.overrideWord != b.overrideWord || a.overrideReason != b.overrideReason)
        return QStringLiteral("override");
    if (a.milestones.size() != b.milestones.size())
        return QStringLiteral("milestone count");
    for (size_t i = 0; i < a.milestones.size(); ++i) {
        const auto &x = a.milestones[i], &y = b.milestones[i];
        if (x.title != y.title || x.planned != y.planned || x.actual != y.actual)
            return QStringLiteral("milestone %1").arg(i);
    }
    if (a.requirements.size() != b.requirements.size())
        return QStringLiteral("requirement count");
    for (size_t i = 0; i < a.requirements.size(); ++i) {
        const auto &x = a.requirements[i], &y = b.requirements[i];
        if (x.kind != y.kind || x.description != y.description || x.deadline != y.deadline || x.resolved != y.resolved)
            return QStringLiteral("requirement %1").arg(i);
    }
    if (a.rectifications.size() != b.rectifications.size())
        return QStringLiteral("rectification count");
    for (size_t i = 0; i < a.rectifications.size(); ++i) {
        const auto &x = a.rectifications[i], &y = b.rectifications[i];
        if (x.findings != y.findings || x.deadline != y.deadline || x.open != y.open)
            return QStringLiteral("rectification %1").arg(i);
    }
    if (a.duban.size() != b.duban.size())
        return QStringLiteral("duban count");
    for (size_t i = 0; i < a.duban.size(); ++i) {
        const auto &x = a.duban[i], &y = b.duban[i];
        if (x.number != y.number || x.deadline != y.deadline || x.closed != y.closed)
            return QStringLiteral("duban %1").arg(i);
    }
    if (a.monthlyPlan != b.monthlyPlan)
        return QStringLiteral("monthly plan");
    if (a.reportedMonth != b.reportedMonth || !(a.completedThisYear == b.completedThisYear))
        return QStringLiteral("progress");
    return {};
}

} // namespace

class TestLights : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void overdueMilestoneIsRed();
    void lightsForEveryProject();
    void overrideShowsGreenKeepsRed();
    void todayIsPassedNotTakenFromClock();
    void requirementSupervisionDuban();
    void notStartedFromPhase();
    void investmentLagFromReportsAndPlan();
    void settingsComeFromTheLedger();
    void colourAgreesOverDemoLedger();
    void childRowsFindTheirProjectWhateverTheIds();
    void wholeLedgerReadsAsProjectByProject();
    void unreadableTableIsAnError_data();
    void unreadableTableIsAnError();

private:
    qint64 add(Entity e, const QVariantList &values)
    {
        QString error;
        const qint64 id = m_ledger->addRow(e, values, &error);
        if (!id)
            qWarning("addRow(%s) failed: %s", qPrintable(tableName(e)), qPrintable(error));
        return id;
    }
    qint64 project(const char *code)
    {
        return add(
            Entity::Project, { QString::fromLatin1(code), S("项目") + QString::fromLatin1(code) });
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Ledger> m_ledger;
};

void TestLights::init()
{
    static int n = 0;
    QString error;
    m_ledger = Ledger::create(m_dir.filePath(QStringLiteral("l%1.tzdb").arg(++n)), &error);
    QVERIFY2(m_ledger, qPrintable(error));
}

void TestLights::cleanup()
{
    m_ledger.reset();
    Clock::setToday(QDate());
}

void TestLights::overdueMilestoneIsRed()
{
    const qint64 p = project("XM-1");
    const qint64 m = add(Entity::Milestone, { p, S("土地摘牌"), S("2023-03-31") });
    QVERIFY(m);
    const LightResult r = computeLight(*m_ledger, p, kToday);
    QCOMPARE(r.light, Light::Red);
    QCOMPARE(r.computed, Light::Red);
    QVERIFY2(anyReasonContains(r, S("土地摘牌")), qPrintable(r.reasons.join(u'\n')));

    // Recording the actual date turns it green: the milestone is done, if late.
    QCOMPARE(m_ledger->setField(
                 Entity::Milestone, m, col(Entity::Milestone, "actual_date"), S("2023-04-05")),
        QString());
    QCOMPARE(computeLight(*m_ledger, p, kToday).light, Light::Green);
}

void TestLights::lightsForEveryProject()
{
    const qint64 red = project("XM-R");
    const qint64 yellow = project("XM-Y");
    const qint64 green = project("XM-G");
    QVERIFY(add(Entity::Milestone, { red, S("开工"), kToday.addDays(-1) }));
    QVERIFY(add(Entity::Milestone, { yellow, S("封顶"), kToday.addDays(7) }));
    QVERIFY(add(Entity::Milestone, { green, S("竣工"), kToday.addDays(8) }));
    const auto lights = computeLights(*m_ledger, kToday);
    QCOMPARE(lights.size(), 3);
    QCOMPARE(lights.value(red).light, Light::Red);
    QCOMPARE(lights.value(yellow).light, Light::Yellow);
    QCOMPARE(lights.value(green).light, Light::Green);
    for (qint64 id : { red, yellow, green })
        QCOMPARE(computeLight(*m_ledger, id, kToday).reasons, lights.value(id).reasons);
}

void TestLights::overrideShowsGreenKeepsRed()
{
    const qint64 p = project("XM-1");
    QVERIFY(add(Entity::Milestone, { p, S("设备安装"), S("2023-03-01") }));
    const int light = col(Entity::Project, "light_override");
    // The ledger takes a hand-set light only with its reason written first.
    QVERIFY(!m_ledger->setField(Entity::Project, p, light, S("绿")).isEmpty());
    QCOMPARE(m_ledger->setField(Entity::Project, p, col(Entity::Project, "light_override_reason"),
                 S("经市政府同意调整节点")),
        QString());
    QCOMPARE(m_ledger->setField(Entity::Project, p, light, S("绿")), QString());
    const LightResult r = computeLights(*m_ledger, kToday).value(p);
    QCOMPARE(r.light, Light::Green);
    QCOMPARE(r.computed, Light::Red);
    QVERIFY(r.overridden);
    QVERIFY(anyReasonContains(r, S("经市政府同意调整节点")));
    QVERIFY(anyReasonContains(r, S("设备安装")));

    m_ledger->undoStack()->undo(); // the hand-set light goes, the rules' light shows again
    QCOMPARE(computeLight(*m_ledger, p, kToday).light, Light::Red);
}

void TestLights::todayIsPassedNotTakenFromClock()
{
    const qint64 p = project("XM-1");
    QVERIFY(add(Entity::Milestone, { p, S("开工"), S("2023-03-31") }));
    Clock::setToday(QDate(2023, 1, 1)); // long before the milestone
    QCOMPARE(computeLights(*m_ledger, kToday).value(p).light, Light::Red);
    QCOMPARE(computeLight(*m_ledger, p, kToday).light, Light::Red);
    Clock::setToday(QDate(2030, 1, 1)); // long after it
    QCOMPARE(computeLights(*m_ledger, QDate(2023, 1, 1)).value(p).light, Light::Green);
    QCOMPARE(computeLight(*m_ledger, p, QDate(2023, 3, 28)).light, Light::Yellow);
}

void TestLights::requirementSupervisionDuban()
{
    const qint64 kind = m_ledger->findByName(Entity::RequirementKind, S("环评"));
    const qint64 a = project("XM-A");
    const qint64 req = add(
        Entity::Requirement, { a, kind, S("环评批复"), {}, {}, {}, S("2023-04-01"), S("协调中") });
    QVERIFY(req);
    QCOMPARE(computeLight(*m_ledger, a, kToday).light, Light::Red);
    QVERIFY(anyReasonContains(computeLight(*m_ledger, a, kToday), S("环评批复")));
    QCOMPARE(m_ledger->setField(
                 Entity::Requirement, req, col(Entity::Requirement, "status"), S("已解决")),
        QString());
    QCOMPARE(computeLight(*m_ledger, a, kToday).light, Light::Green);

    const qint64 b = project("XM-B");
    const qint64 sup = add(Entity::Supervision,
        { b, S("2023-03-01"), S("督查"), {}, S("围挡破损"), S("修复"), S("2023-04-01"),
            S("整改中") });
    QVERIFY(sup);
    QCOMPARE(computeLight(*m_ledger, b, kToday).light, Light::Red);
    QCOMPARE(m_ledger->setField(
                 Entity::Supervision, sup, col(Entity::Supervision, "status"), S("已整改")),
        QString());
    QCOMPARE(computeLight(*m_ledger, b, kToday).light, Light::Green);

    const qint64 c = project("XM-C");
    const qint64 db
        = add(Entity::Duban, { S("DB-9"), c, {}, {}, S("报送方案"), {}, {}, S("2023-04-09") });
    QVERIFY(db);
    QCOMPARE(computeLight(*m_ledger, c, kToday).light, Light::Red);
    QVERIFY(anyReasonContains(computeLight(*m_ledger, c, kToday), S("DB-9")));
    QCOMPARE(
        m_ledger->setField(Entity::Duban, db, col(Entity::Duban, "status"), S("办结")), QString());
    QCOMPARE(computeLight(*m_ledger, c, kToday).light, Light::Green);
}

void TestLights::notStartedFromPhase()
{
    const qint64 early = m_ledger->findByName(Entity::Phase, S("前期"));
    const qint64 building = m_ledger->findByName(Entity::Phase, S("在建"));
    const qint64 p = project("XM-1");
    QCOMPARE(
        m_ledger->setField(Entity::Project, p, col(Entity::Project, "start_date"), S("2023-01-15")),
        QString());
    // No phase: nothing says it has not started.
    QCOMPARE(computeLight(*m_ledger, p, kToday).light, Light::Green);
    QCOMPARE(
        m_ledger->setField(Entity::Project, p, col(Entity::Project, "phase_id"), early), QString());
    QCOMPARE(computeLight(*m_ledger, p, kToday).light, Light::Red); // January → April: 3 months
    QCOMPARE(computeLight(*m_ledger, p, QDate(2023, 2, 1)).light, Light::Yellow);
    QCOMPARE(m_ledger->setField(Entity::Project, p, col(Entity::Project, "phase_id"), building),
        QString());
    QCOMPARE(computeLight(*m_ledger, p, kToday).light, Light::Green);
}

void TestLights::investmentLagFromReportsAndPlan()
{
    const qint64 p = project("XM-1");
    QCOMPARE(m_ledger->setField(
                 Entity::Project, p, col(Entity::Project, "planned_investment"), S("120")),
        QString());
    // Last year's report does not count for this year.
    QVERIFY(add(Entity::Progress, { p, S("2022-12"), S("0") }));
    QCOMPARE(computeLight(*m_ledger, p, kToday).light, Light::Green);
    // Even spread: 30 planned to March, 10 done: 20/120 = 16.7 points behind.
    QVERIFY(add(Entity::Progress, { p, S("2023-02"), S("9") }));
    QVERIFY(add(Entity::Progress, { p, S("2023-03"), S("10") }));
    const LightResult r = computeLight(*m_ledger, p, kToday);
    QCOMPARE(r.light, Light::Yellow);
    QVERIFY2(anyReasonContains(r, S("30.00")), qPrintable(r.reasons.join(u'\n')));
    // An explicit cumulative plan of 15 to March: 5/120 behind, within tolerance.
    QVERIFY(add(Entity::InvestmentPlan, { p, 2023, 3, S("15") }));
    QCOMPARE(computeLight(*m_ledger, p, kToday).light, Light::Green);
    // A plan for another year is not this year's.
    QVERIFY(add(Entity::InvestmentPlan, { p, 2022, 3, S("100") }));
    QCOMPARE(computeLight(*m_ledger, p, kToday).light, Light::Green);
}

void TestLights::settingsComeFromTheLedger()
{
    const qint64 p = project("XM-1");
    QVERIFY(add(Entity::Milestone, { p, S("验收"), kToday.addDays(5) }));
    QCOMPARE(computeLight(*m_ledger, p, kToday).light, Light::Yellow);
    QCOMPARE(m_ledger->setSetting(S("warning_days"), S("3")), QString());
    QCOMPARE(computeLight(*m_ledger, p, kToday).light, Light::Green);
    QCOMPARE(computeLights(*m_ledger, kToday).value(p).light, Light::Green);
}

// The colour-only evaluation (the CSV and XLSX 预警 column) against the full one, on the facts
// of a realistic ledger judged on several days: before, during and after its year.
void TestLights::colourAgreesOverDemoLedger()
{
    const QDate made(2026, 11, 25);
    QCOMPARE(fillDemoLedger(*m_ledger, 400, 3, made), QString());
    LightSettings settings = m_ledger->lightSettings();
    int seen[3] = {};
    for (const QDate today : { made, made.addMonths(-8), made.addDays(45), made.addYears(-1) }) {
        for (const int warningDays : { 7, 0, 30 }) {
            settings.warningDays = warningDays;
            const auto facts = loadProjectFacts(*m_ledger, today);
            QCOMPARE(facts.size(), 400);
            for (auto it = facts.cbegin(); it != facts.cend(); ++it) {
                const LightResult full = evaluateLight(*it, today, settings);
                const LightVerdict colour = evaluateLightColour(*it, today, settings);
                QCOMPARE(colour.light, full.light);
                QCOMPARE(colour.computed, full.computed);
                QCOMPARE(colour.overridden, full.overridden);
                ++seen[int(full.light)];
            }
        }
    }
    for (int n : seen)
        QVERIFY2(n > 100, "the demo ledger should show every colour");
}

// Child rows find their project by id through a table when ids are dense and through the hash
// when they are far apart (projects deleted, ids given by hand): the same lights either way.
void TestLights::childRowsFindTheirProjectWhateverTheIds()
{
    const qint64 a = project("XM-A");
    const qint64 b = project("XM-B");
    const qint64 c = project("XM-C");
    QVERIFY(add(Entity::Milestone, { a, S("开工"), kToday.addDays(-3) }));
    QVERIFY(add(Entity::Milestone, { c, S("竣工"), kToday.addDays(2) }));
    QVERIFY(add(Entity::Milestone, { a, S("封顶"), kToday.addDays(30) }));
    auto lights = computeLights(*m_ledger, kToday);
    QCOMPARE(lights.value(a).light, Light::Red);
    QCOMPARE(lights.value(b).light, Light::Green);
    QCOMPARE(lights.value(c).light, Light::Yellow);

    QSqlQuery q(m_ledger->database());
    for (const qint64 id : { qint64(-7), qint64(5000000000LL) }) {
        QVERIFY2(q.exec(S("INSERT INTO projects (id, code, name) VALUES (%1, 'XM-%1', '远号项目')").arg(id)),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.exec(S("INSERT INTO milestones (project_id, title, planned_date) VALUES (%1, '验收', '%2')")
                               .arg(id)
                               .arg(kToday.addDays(-1).toString(Qt::ISODate))));
    }
    lights = computeLights(*m_ledger, kToday);
    QCOMPARE(lights.size(), 5);
    QCOMPARE(lights.value(-7).light, Light::Red);
    QCOMPARE(lights.value(5000000000LL).light, Light::Red);
    QCOMPARE(lights.value(a).light, Light::Red);
    QCOMPARE(lights.value(b).light, Light::Green);
    QCOMPARE(lights.value(c).light, Light::Yellow);
    QCOMPARE(computeLight(*m_ledger, 5000000000LL, kToday).light, Light::Red);
}

// A large ledger's child tables are read by two readers on two connections, each taking the
// next table; a project's own facts are read by the one-project queries. Both must give the
// same facts, every table included (investment plans are added: the demo has none).
void TestLights::wholeLedgerReadsAsProjectByProject()
{
    const QDate made(2026, 11, 25);
    QCOMPARE(fillDemoLedger(*m_ledger, 1500, 5, made), QString());
    QSqlQuery q(m_ledger->database());
    for (const int month : { 3, 9 })
        QVERIFY2(q.exec(S("INSERT INTO investment_plans (project_id, year, month, cumulative_plan)"
                          " SELECT id, 2026, %1, id * 100 FROM projects WHERE id % 7 = 0").arg(month)),
                 qPrintable(q.lastError().text()));
    QString error = S("not set");
    const auto facts = loadProjectFacts(*m_ledger, made, 0, &error);
    QCOMPARE(error, QString());
    QCOMPARE(facts.size(), 1500);
    const ProjectFactsReader reader(*m_ledger, made);
    int counts[5] = {};
    for (auto it = facts.cbegin(); it != facts.cend(); ++it) {
        const std::optional<ProjectFacts> one = reader.read(it.key());
        QVERIFY(one);
        QVERIFY2(firstDifference(*it, *one).isEmpty(),
                 qPrintable(S("project %1: %2").arg(it.key()).arg(firstDifference(*it, *one))));
        counts[0] += int(it->milestones.size());
        counts[1] += int(it->requirements.size());
        counts[2] += int(it->rectifications.size()) + int(it->duban.size());
        counts[3] += it->reportedMonth > 0;
        counts[4] += !it->monthlyPlan.empty();
    }
    for (const int n : counts)
        QVERIFY2(n > 100, "every child table should have been read");
}

void TestLights::unreadableTableIsAnError_data()
{
    QTest::addColumn<int>("projects");
    QTest::addColumn<QString>("table");
    // Below and above the size from which a second reader helps.
    QTest::newRow("small, milestones") << 20 << S("milestones");
    QTest::newRow("small, duban") << 20 << S("duban_items");
    QTest::newRow("large, milestones") << 1200 << S("milestones");
    QTest::newRow("large, plans") << 1200 << S("investment_plans");
}

// A child table that cannot be read (here: gone from a damaged or foreign file) is an error,
// not a ledger without warnings; the export then writes nothing.
void TestLights::unreadableTableIsAnError()
{
    QFETCH(int, projects);
    QFETCH(QString, table);
    const QDate made(2026, 11, 25);
    QCOMPARE(fillDemoLedger(*m_ledger, projects, 2, made), QString());
    QString error;
    loadProjectFacts(*m_ledger, made, 0, &error);
    QCOMPARE(error, QString());
    QSqlQuery q(m_ledger->database());
    QVERIFY2(q.exec(S("ALTER TABLE %1 RENAME TO gone").arg(table)), qPrintable(q.lastError().text()));
    const auto facts = loadProjectFacts(*m_ledger, made, 0, &error);
    QVERIFY2(error.contains(table), qPrintable(error));
    QCOMPARE(facts.size(), projects);

    const QString csv = m_dir.filePath(S("unread.csv"));
    const QString exportError = exportLedgerCsv(*m_ledger, csv, CsvEncoding::Utf8Bom, made);
    QVERIFY2(exportError.contains(table), qPrintable(exportError));
    QVERIFY(!QFile::exists(csv));
}

QTEST_GUILESS_MAIN(TestLights)
#include "test_lights.moc"
