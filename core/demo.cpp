#include "demo.h"

#include "ledger.h"
#include "money.h"
#include "rowstore.h"

#include <QRandomGenerator>
#include <QSqlError>

namespace tz {

namespace {

const char *const kDistricts[] = { "高新区", "涧西区", "洛龙区", "伊滨区", "西工区", "老城区",
                                   "瀍河区", "孟津区", "偃师区", "新安县", "宜阳县", "伊川县" };
const char *const kDepartments[] = { "市科技局", "市发展改革委", "市工业和信息化局",
                                     "市自然资源和规划局", "市生态环境局", "市财政局",
                                     "市人力资源社会保障局" };
const char *const kSurnames[] = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴",
                                  "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗" };
const char *const kGiven[] = { "建国", "志强", "海涛", "丽华", "国栋", "晓东", "红梅", "卫东",
                               "新民", "振华", "文博", "雪峰", "立新", "春生", "亚军", "秀英" };
const char *const kTitles[] = { "副市长", "副市长", "副市长", "市委常委、常务副市长",
                                "市委常委、秘书长", "市政府秘书长", "副市长" };
const char *const kFirms[] = { "中信重工", "一拖集团", "洛阳钼业", "洛阳轴承", "中航光电",
                               "洛阳玻璃", "普莱柯生物", "隆华科技", "麦斯克电子", "洛阳LYC",
                               "中硅高科", "国机精工", "栾川钼业", "洛阳石化", "北方易初" };
const char *const kSubjects[] = { "智能机器人", "高端轴承", "新型储能", "氢能装备", "硅基新材料",
                                  "光电连接器", "生物疫苗", "工业互联网", "智能农机", "特种玻璃",
                                  "集成电路材料", "高端数控机床", "钼钨新材料", "智能传感器" };
const char *const kKinds[] = { "研发中心建设项目", "产业化项目", "中试基地项目", "重点实验室",
                               "创新平台建设项目", "成果转化项目", "智能制造示范线" };
const char *const kMilestones[] = { "完成项目备案", "完成土地摘牌", "取得环评批复", "取得施工许可",
                                    "开工建设", "主体结构封顶", "设备采购安装", "完成中试验证",
                                    "试生产", "竣工验收", "投产达效" };
const char *const kNeeds[][3] = {
    { "资金", "申请市级科技专项资金支持", "万元" },
    { "土地", "解决项目建设用地指标", "亩" },
    { "用工", "协调招聘高技能技术工人", "人" },
    { "环评", "加快环境影响评价审批", "项" },
    { "其他", "协调电力增容接入", "项" },
};
const char *const kNeedDepartments[] = { "市财政局", "市自然资源和规划局", "市人力资源社会保障局",
                                         "市生态环境局", "市发展改革委" };
const char *const kFindings[] = { "施工进度滞后于计划节点", "设备采购合同尚未签订",
                                  "项目资金到位率偏低", "现场安全文明施工措施不到位",
                                  "研发人员引进进度缓慢", "月度调度数据报送不及时" };

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

template<size_t N>
QString pick(QRandomGenerator &rng, const char *const (&list)[N])
{
    return s(list[rng.bounded(quint32(N))]);
}

class DemoWriter
{
public:
    DemoWriter(Ledger &ledger, quint32 seed, QDate today)
        : m_store(ledger.database()), m_rng(seed), m_today(today)
    {
    }

    QString run(int projects);

private:
    qint64 insert(Entity e, std::initializer_list<std::pair<const char *, QVariant>> values);
    void project(int index);

    RowStore m_store;
    QRandomGenerator m_rng;
    QDate m_today;
    QString m_error;
    std::vector<qint64> m_units, m_leaders, m_categories, m_phases;
    QHash<QString, qint64> m_kinds;
    QStringList m_unitNames;
    int m_dubanCount = 0;
};

qint64 DemoWriter::insert(Entity e, std::initializer_list<std::pair<const char *, QVariant>> values)
{
    if (!m_error.isEmpty())
        return 0;
    Row r = emptyRow(e);
    for (const auto &[name, v] : values)
        r.values[columnIndex(e, QString::fromLatin1(name))] = v;
    if (!m_store.insert(e, r))
        m_error = m_store.lastError();
    return r.id;
}

QString DemoWriter::run(int projects)
{
    for (const char *d : kDistricts) {
        m_units.push_back(insert(Entity::Unit, { { "name", s(d) }, { "kind", s("区县") },
                                                 { "contact", pick(m_rng, kSurnames) + s("科长") },
                                                 { "phone", QStringLiteral("0379-6%1").arg(m_rng.bounded(1000000, 9999999)) } }));
        m_unitNames << s(d);
    }
    for (const char *d : kDepartments) {
        m_units.push_back(insert(Entity::Unit, { { "name", s(d) }, { "kind", s("市直部门") } }));
        m_unitNames << s(d);
    }
    const int leaders = qBound(3, projects / 8, 12);
    QSet<QString> usedNames;
    for (int i = 0; i < leaders; ++i) {
        QString name;
        do
            name = pick(m_rng, kSurnames) + pick(m_rng, kGiven);
        while (usedNames.contains(name));
        usedNames.insert(name);
        m_leaders.push_back(insert(Entity::Leader, { { "name", name }, { "title", s(kTitles[i % 7]) },
                                                     { "organisation", s("市人民政府") } }));
    }
    for (const Row &r : m_store.fetchWhere(Entity::Category))
        m_categories.push_back(r.id);
    for (const Row &r : m_store.fetchWhere(Entity::Phase))
        m_phases.push_back(r.id);
    for (const Row &r : m_store.fetchWhere(Entity::RequirementKind))
        m_kinds.insert(r.text(0), r.id);
    for (int i = 0; i < projects && m_error.isEmpty(); ++i)
        project(i);
    return m_error;
}

void DemoWriter::project(int index)
{
    QRandomGenerator &r = m_rng;
    const int year = m_today.year();
    const QString firm = pick(r, kFirms);
    const QString subject = pick(r, kSubjects);
    const qint64 total = (qint64(r.bounded(2000, 200000))) * 100; // 万元 in hundredths
    const qint64 planned = total * r.bounded(15, 60) / 100;
    const int phaseIndex = int(r.bounded(quint32(m_phases.size())));
    const bool started = phaseIndex >= 2;
    // Unstarted projects are planned to start around now, so some are late; others began
    // up to two years ago.
    const QDate start = started ? m_today.addDays(-qint64(r.bounded(60, 720)))
                                : m_today.addDays(qint64(r.bounded(-100, 150)));
    const QDate end = start.addMonths(r.bounded(12, 36));
    const qint64 completed = started ? total * r.bounded(5, 90) / 100 : 0;
    const qint64 unit = m_units[size_t(index % 12 < 10 ? index % 12 : r.bounded(quint32(m_units.size())))];

    const qint64 pid = insert(
            Entity::Project,
            { { "code", QStringLiteral("KJ%1-%2").arg(year).arg(index + 1, 4, 10, QChar(u'0')) },
              { "name", QStringLiteral("%1%2%3").arg(firm, subject, pick(r, kKinds)) },
              { "category_id", m_categories[size_t(r.bounded(quint32(m_categories.size())))] },
              { "owner", firm + s("有限公司") },
              { "content", s("建设") + subject + s("研发及生产线，购置关键设备，建设厂房及配套设施") },
              { "location", m_unitNames.value(int(index % 12 < 10 ? index % 12 : 0)) },
              { "total_investment", total },
              { "planned_investment", planned },
              { "completed_investment", completed },
              { "start_date", dateToStorage(start) },
              { "planned_end_date", dateToStorage(end) },
              { "phase_id", m_phases[size_t(phaseIndex)] },
              { "unit_id", unit },
              { "leader_id", m_leaders[size_t(r.bounded(quint32(m_leaders.size())))] },
              { "contact", pick(r, kSurnames) + pick(r, kGiven) },
              { "contact_phone", QStringLiteral("13%1").arg(r.bounded(100000000, 999999999)) },
              { "annual_goal", s("年底前完成") + subject + s("主体建设，年度投资完成率100%") } });

    // Milestones spread over the year, most done when past, a share overdue or near due.
    const int milestones = int(r.bounded(3, 7));
    const int first = int(r.bounded(quint32(std::size(kMilestones) - milestones)));
    for (int m = 0; m < milestones; ++m) {
        const QDate due = m_today.addDays(qint64(-200 + m * 70 + int(r.bounded(0, 60))));
        QVariant actual;
        if (due < m_today && r.bounded(100) < 94)
            actual = dateToStorage(due.addDays(qint64(r.bounded(-20, 25))));
        insert(Entity::Milestone, { { "project_id", pid },
                                    { "title", s(kMilestones[first + m]) },
                                    { "planned_date", dateToStorage(due) },
                                    { "actual_date", actual },
                                    { "responsible", pick(r, kSurnames) + pick(r, kGiven) } });
    }

    const int needs = int(r.bounded(0, 3));
    for (int n = 0; n < needs; ++n) {
        const int k = int(r.bounded(5));
        const QDate deadline = m_today.addDays(qint64(r.bounded(-60, 90)));
        // Most needs past their deadline have been resolved; a few are stuck.
        const int roll = int(r.bounded(100));
        QString status;
        if (deadline < m_today)
            status = roll < 85 ? s("已解决") : roll < 95 ? s("协调中") : s("无法解决");
        else
            status = roll < 20 ? s("已解决") : roll < 60 ? s("协调中") : roll < 98 ? s("待协调") : s("无法解决");
        insert(Entity::Requirement,
               { { "project_id", pid }, { "kind_id", m_kinds.value(s(kNeeds[k][0])) },
                 { "description", s(kNeeds[k][1]) },
                 { "quantity", qint64(r.bounded(1, 500)) * 100 }, { "measure", s(kNeeds[k][2]) },
                 { "department", s(kNeedDepartments[k]) }, { "deadline", dateToStorage(deadline) },
                 { "status", status },
                 { "resolved_date", status == s("已解决") ? QVariant(dateToStorage(deadline.addDays(-5))) : QVariant() } });
    }

    // Monthly reports for the months of this year already closed.
    qint64 cumulative = 0;
    for (int month = 1; started && month < m_today.month(); ++month) {
        cumulative += planned / 12 * r.bounded(index % 5 == 0 ? 45 : 82, 125) / 100;
        insert(Entity::Progress,
               { { "project_id", pid },
                 { "period", QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QChar(u'0')) },
                 { "completed_to_date", cumulative },
                 { "progress", s("按计划推进") + subject + s("建设") },
                 { "problems", r.bounded(100) < 30 ? QVariant(pick(r, kFindings)) : QVariant() },
                 { "next_steps", s("加快推进下一节点工作") },
                 { "percent", qint64(qMin(100, month * 8 + int(r.bounded(0, 10)))) } });
    }

    if (r.bounded(100) < 40) {
        const QDate visit = m_today.addDays(-qint64(r.bounded(5, 90)));
        const QDate deadline = visit.addDays(30);
        const bool done = r.bounded(100) < (deadline < m_today ? 85 : 30);
        const qint64 sid = insert(
                Entity::Supervision,
                { { "project_id", pid }, { "visit_date", dateToStorage(visit) },
                  { "kind", s(index % 4 == 0 ? "观摩" : index % 4 == 1 ? "督导" : index % 4 == 2 ? "督查" : "例会") },
                  { "inspectors", s("市科技局项目办") },
                  { "findings", pick(r, kFindings) },
                  { "rectification", s("限期整改到位并书面报告整改情况") },
                  { "rectification_deadline", dateToStorage(deadline) },
                  { "status", done ? s("已整改") : s("整改中") },
                  { "rectified_date", done ? QVariant(dateToStorage(deadline.addDays(-3))) : QVariant() } });
        if (!done && r.bounded(100) < 50) {
            ++m_dubanCount;
            const qint64 did = insert(
                    Entity::Duban,
                    { { "number", QStringLiteral("督〔%1〕%2号").arg(year).arg(m_dubanCount) },
                      { "project_id", pid }, { "supervision_id", sid },
                      { "source", s("督导记录") },
                      { "demand", s("督促整改：") + pick(r, kFindings) },
                      { "lead_unit_id", unit }, { "deadline", dateToStorage(deadline) },
                      { "status", s("交办") } });
            insert(Entity::DubanStep, { { "duban_id", did }, { "step", s("交办") },
                                        { "step_date", dateToStorage(visit.addDays(1)) },
                                        { "note", s("印发交办函") } });
        }
    }
}

} // namespace

QString fillDemoLedger(Ledger &ledger, int projects, quint32 seed, QDate today)
{
    QSqlDatabase db = ledger.database();
    if (!db.transaction())
        return db.lastError().text();
    DemoWriter writer(ledger, seed, today);
    const QString error = writer.run(projects);
    if (!error.isEmpty()) {
        db.rollback();
        return error;
    }
    if (!db.commit())
        return db.lastError().text();
    return {};
}

} // namespace tz
