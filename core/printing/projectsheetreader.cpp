#include "projectsheetreader.h"

#include "ledger.h"
#include "lights.h"
#include "values.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <algorithm>

namespace tz {

namespace {

QSqlQuery prepared(const Ledger &ledger, const QString &sql)
{
    QSqlQuery q(ledger.database());
    q.setForwardOnly(true);
    q.prepare(sql);
    return q;
}

bool run(QSqlQuery &q, qint64 id)
{
    q.bindValue(0, id);
    return q.exec();
}

qint64 daysLate(QDate due, QDate today)
{
    return due.isValid() ? due.daysTo(today) : 0;
}

} // namespace

QString quantityText(qint64 hundredths)
{
    if (hundredths % 100 == 0)
        return QString::number(hundredths / 100);
    QString s = Money::fromCents(hundredths).toString();
    while (s.endsWith(u'0'))
        s.chop(1);
    return s;
}

QString ProjectSheetFacts::leaderWithTitle() const
{
    if (leader.isEmpty() || leaderTitle.isEmpty())
        return leader;
    return QCoreApplication::translate("tz::print", "%1（%2）").arg(leader, leaderTitle);
}

bool ProjectSheetFacts::hasOverdue() const
{
    if (!overdue.empty())
        return true;
    for (const Need &n : openNeeds)
        if (n.deadline.isValid() && n.daysLate > 0)
            return true;
    for (const Finding &f : openRectifications)
        if (f.deadline.isValid() && f.daysLate > 0)
            return true;
    for (const Duban &d : openDuban)
        if (d.deadline.isValid() && d.daysLate > 0)
            return true;
    return false;
}

ProjectSheetReader::ProjectSheetReader(const Ledger &ledger, QDate today, int upcomingDays)
    : m_ledger(ledger)
    , m_today(today)
    , m_upcomingDays(upcomingDays)
    , m_lightSettings(ledger.lightSettings())
    , m_facts(ledger, today)
{
    m_project = prepared(ledger,
        QStringLiteral(
            "SELECT p.code, p.name, c.name, p.owner, ph.name, u.name, l.name, l.title,"
            " p.total_investment, p.planned_investment, p.completed_investment,"
            " p.start_date, p.planned_end_date, p.unit_id, p.leader_id"
            " FROM projects p LEFT JOIN categories c ON c.id = p.category_id"
            " LEFT JOIN phases ph ON ph.id = p.phase_id LEFT JOIN units u ON u.id = p.unit_id"
            " LEFT JOIN leaders l ON l.id = p.leader_id WHERE p.id = ?"));
    m_milestones = prepared(ledger,
        QStringLiteral("SELECT title, planned_date, actual_date, responsible FROM milestones"
                       " WHERE project_id = ? ORDER BY planned_date, id"));
    // Everything not solved stays on the sheet, 无法解决 included: it still blocks the project.
    m_needs = prepared(ledger,
        QStringLiteral(
            "SELECT k.name, r.description, r.quantity, r.measure, r.department, r.deadline,"
            " r.status FROM requirements r LEFT JOIN requirement_kinds k ON k.id = r.kind_id"
            " WHERE r.project_id = ? AND r.status <> '已解决'"
            " ORDER BY r.deadline IS NULL, r.deadline, r.id"));
    m_findings = prepared(ledger,
        QStringLiteral("SELECT visit_date, kind, inspectors, findings, rectification,"
                       " rectification_deadline, status, accountability FROM supervisions"
                       " WHERE project_id = ? ORDER BY visit_date DESC, id DESC"));
    m_duban = prepared(ledger,
        QStringLiteral("SELECT number, demand, deadline FROM duban_items"
                       " WHERE project_id = ? AND status <> '办结'"
                       " ORDER BY deadline IS NULL, deadline, id"));
}

ProjectWhere projectWhere(qint64 project, qint64 leader, qint64 unit, const QString &alias)
{
    QStringList where;
    ProjectWhere out;
    const auto add = [&](qint64 value, const char *column) {
        if (value) {
            where << alias + QLatin1String(column) + QStringLiteral(" = ?");
            out.binds << value;
        }
    };
    add(project, "id");
    add(leader, "leader_id");
    add(unit, "unit_id");
    if (!where.isEmpty())
        out.sql = QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    return out;
}

std::vector<qint64> ProjectSheetReader::projectIds(const Filter &filter) const
{
    const ProjectWhere where = projectWhere(filter.project, filter.leader, filter.unit);
    QSqlQuery q(m_ledger.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM projects") + where.sql
        + QStringLiteral(" ORDER BY code, id"));
    for (const QVariant &b : where.binds)
        q.addBindValue(b);
    std::vector<qint64> ids;
    if (q.exec())
        while (q.next())
            ids.push_back(q.value(0).toLongLong());
    return ids;
}

std::vector<NamedId> ProjectSheetReader::leaders() const
{
    std::vector<NamedId> out;
    QSqlQuery q(m_ledger.database());
    if (q.exec(QStringLiteral("SELECT id, name, title FROM leaders ORDER BY id")))
        while (q.next())
            out.push_back(
                { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString() });
    return out;
}

std::vector<NamedId> ProjectSheetReader::units() const
{
    std::vector<NamedId> out;
    QSqlQuery q(m_ledger.database());
    if (q.exec(QStringLiteral("SELECT id, name, kind FROM units ORDER BY id")))
        while (q.next())
            out.push_back(
                { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString() });
    return out;
}

ProjectSheetFacts ProjectSheetReader::read(qint64 projectId) const
{
    // A dozen statements read one project. Outside a transaction SQLite takes and drops its
    // file lock and looks for a hot journal around every one of them, which costs more than
    // the reading; one read transaction per project takes the lock once and leaves no lock
    // behind between projects. When the ledger is inside a change already, BEGIN fails and
    // the reading simply joins it.
    QSqlDatabase db = m_ledger.database();
    const bool own = db.transaction();
    ProjectSheetFacts f = readFacts(projectId);
    if (own && !db.commit())
        db.rollback(); // never leave the ledger inside a transaction of ours
    return f;
}

ProjectSheetFacts ProjectSheetReader::readFacts(qint64 projectId) const
{
    ProjectSheetFacts f;
    f.id = projectId;
    if (!run(m_project, projectId) || !m_project.next())
        return f;
    const QSqlQuery &p = m_project;
    f.code = p.value(0).toString();
    f.name = p.value(1).toString();
    f.category = p.value(2).toString();
    f.owner = p.value(3).toString();
    f.phase = p.value(4).toString();
    f.unit = p.value(5).toString();
    f.leader = p.value(6).toString();
    f.leaderTitle = p.value(7).toString();
    f.total = Money::fromCents(p.value(8).toLongLong());
    f.annualPlan = Money::fromCents(p.value(9).toLongLong());
    f.completed = Money::fromCents(p.value(10).toLongLong());
    f.start = storedDate(p.value(11));
    f.plannedEnd = storedDate(p.value(12));
    f.unitId = p.value(13).toLongLong();
    f.leaderId = p.value(14).toLongLong();
    m_project.finish();

    // The light exactly as the ledger window shows it: same facts, same rules.
    if (const auto facts = m_facts.read(projectId)) {
        f.light = evaluateLight(*facts, m_today, m_lightSettings);
        f.reportedMonth = facts->reportedMonth;
        f.completedThisYear = facts->completedThisYear;
        f.plannedToReportedMonth = plannedToMonth(*facts, facts->reportedMonth);
    }

    if (run(m_milestones, projectId)) {
        while (m_milestones.next()) {
            const QDate planned = storedDate(m_milestones.value(1));
            const QDate actual = storedDate(m_milestones.value(2));
            const MilestoneState s
                = milestoneState(planned, actual, m_today, m_lightSettings.warningDays);
            ProjectSheetFacts::Milestone m { m_milestones.value(0).toString(), planned,
                m_milestones.value(3).toString(), daysLate(planned, m_today) };
            if (s == MilestoneState::Overdue)
                f.overdue.push_back(m);
            else if (!actual.isValid() && planned.isValid() && -m.daysLate <= m_upcomingDays)
                f.coming.push_back(m);
        }
    }
    if (run(m_needs, projectId)) {
        while (m_needs.next()) {
            ProjectSheetFacts::Need n;
            n.kind = m_needs.value(0).toString();
            n.description = m_needs.value(1).toString();
            if (!m_needs.value(2).isNull())
                n.quantity
                    = quantityText(m_needs.value(2).toLongLong()) + m_needs.value(3).toString();
            n.department = m_needs.value(4).toString();
            n.deadline = storedDate(m_needs.value(5));
            n.status = m_needs.value(6).toString();
            n.daysLate = daysLate(n.deadline, m_today);
            f.openNeeds.push_back(n);
        }
    }
    if (run(m_findings, projectId)) {
        while (m_findings.next()) {
            ProjectSheetFacts::Finding s;
            s.date = storedDate(m_findings.value(0));
            s.kind = m_findings.value(1).toString();
            s.inspectors = m_findings.value(2).toString();
            s.findings = m_findings.value(3).toString();
            s.rectification = m_findings.value(4).toString();
            s.deadline = storedDate(m_findings.value(5));
            s.status = m_findings.value(6).toString();
            s.accountability = m_findings.value(7).toString();
            s.daysLate = daysLate(s.deadline, m_today);
            s.open = s.status == QStringLiteral("整改中");
            if (!f.latestFinding)
                f.latestFinding = s;
            if (s.open)
                f.openRectifications.push_back(s);
        }
        std::stable_sort(f.openRectifications.begin(), f.openRectifications.end(),
            [](const auto &a, const auto &b) { return a.daysLate > b.daysLate; });
    }
    if (run(m_duban, projectId)) {
        while (m_duban.next()) {
            const QDate deadline = storedDate(m_duban.value(2));
            f.openDuban.push_back({ m_duban.value(0).toString(), m_duban.value(1).toString(),
                deadline, daysLate(deadline, m_today) });
        }
    }
    return f;
}

} // namespace tz
