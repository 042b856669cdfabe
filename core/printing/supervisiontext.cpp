#include "supervisiontext.h"

#include "sheetwords.h"

#include <QCoreApplication>

namespace tz {

namespace {

QString percent(Money part, Money whole)
{
    if (whole.cents() <= 0)
        return QStringLiteral("—");
    return QString::number(100.0 * double(part.cents()) / double(whole.cents()), 'f', 1) + u'%';
}

QString numbered(int index, const QString &text)
{
    return QStringLiteral("%1. %2").arg(index).arg(text);
}

} // namespace

SupervisionText::SupervisionText(QDate today, int upcomingDays)
    : m_today(today)
    , m_upcomingDays(upcomingDays)
{ }

QString SupervisionText::number(const ProjectSheetFacts &facts, int sequence) const
{
    if (sequence > 0)
        return QCoreApplication::translate("tz::print", "督导〔%1〕第 %2 号")
            .arg(m_today.year())
            .arg(sequence);
    return QCoreApplication::translate("tz::print", "督导〔%1〕%2-%3号")
        .arg(QString::number(m_today.year()), facts.code, m_today.toString(QStringLiteral("MMdd")));
}

QStringList SupervisionText::investmentLines(const ProjectSheetFacts &f) const
{
    QStringList lines;
    lines << QCoreApplication::translate(
        "tz::print", "总投资 %1；年度计划投资 %2；累计完成投资 %3，占总投资 %4。")
                 .arg(f.total.toDisplayString(), f.annualPlan.toDisplayString(),
                     f.completed.toDisplayString(), percent(f.completed, f.total));
    if (f.reportedMonth > 0)
        lines << QCoreApplication::translate(
            "tz::print", "本年 1—%1 月完成 %2，同期计划 %3，完成年度计划 %4。")
                     .arg(f.reportedMonth)
                     .arg(f.completedThisYear.toDisplayString(),
                         f.plannedToReportedMonth.toDisplayString(),
                         percent(f.completedThisYear, f.annualPlan));
    else
        lines << QCoreApplication::translate("tz::print", "本年尚未报送月度调度数据。");
    return lines;
}

QStringList SupervisionText::milestoneLines(
    const std::vector<ProjectSheetFacts::Milestone> &list, bool overdue) const
{
    QStringList lines;
    int i = 0;
    for (const auto &m : list) {
        QString line
            = QCoreApplication::translate("tz::print", "%1——计划 %2 完成，%3")
                  .arg(m.title, sheetwords::date(m.planned), sheetwords::daysPhrase(m.daysLate));
        if (!m.responsible.isEmpty())
            line += QCoreApplication::translate("tz::print", "（责任人：%1）").arg(m.responsible);
        lines << numbered(++i, line);
    }
    if (lines.isEmpty())
        lines << (overdue ? QCoreApplication::translate("tz::print", "无")
                          : QCoreApplication::translate("tz::print", "%1 天内无到期节点")
                                .arg(m_upcomingDays));
    return lines;
}

QStringList SupervisionText::needLines(const ProjectSheetFacts &f) const
{
    QStringList lines;
    int i = 0;
    for (const auto &n : f.openNeeds) {
        QString line = QStringLiteral("【%1】%2").arg(n.kind, n.description);
        if (!n.quantity.isEmpty())
            line += u' ' + n.quantity;
        if (!n.department.isEmpty())
            line += QCoreApplication::translate("tz::print", "；协调部门：%1").arg(n.department);
        if (n.deadline.isValid())
            line += QCoreApplication::translate("tz::print", "；解决时限：%1（%2）")
                        .arg(sheetwords::date(n.deadline), sheetwords::daysPhrase(n.daysLate));
        line += QCoreApplication::translate("tz::print", "；状态：%1").arg(n.status);
        lines << numbered(++i, line);
    }
    if (lines.isEmpty())
        lines << QCoreApplication::translate("tz::print", "无待解决的要素保障需求");
    return lines;
}

QStringList SupervisionText::findingLines(const ProjectSheetFacts &f) const
{
    if (!f.latestFinding)
        return { QCoreApplication::translate("tz::print", "暂无督导记录") };
    const auto &s = *f.latestFinding;
    QString head = sheetwords::date(s.date) + s.kind;
    if (!s.inspectors.isEmpty())
        head += QCoreApplication::translate("tz::print", "（%1）").arg(s.inspectors);
    return { head
        + QCoreApplication::translate("tz::print", "：%1")
              .arg(s.findings.isEmpty() ? QCoreApplication::translate("tz::print", "未发现问题")
                                        : s.findings) };
}

QStringList SupervisionText::rectificationLines(const ProjectSheetFacts &f) const
{
    QStringList lines;
    int i = 0;
    for (const auto &s : f.openRectifications) {
        QString line = s.rectification.isEmpty() ? s.findings : s.rectification;
        if (s.deadline.isValid())
            line += QCoreApplication::translate("tz::print", "；整改时限：%1（%2）")
                        .arg(sheetwords::date(s.deadline), sheetwords::daysPhrase(s.daysLate));
        lines << numbered(++i, line);
    }
    if (lines.isEmpty() && f.latestFinding && !f.latestFinding->rectification.isEmpty())
        lines << QCoreApplication::translate("tz::print", "%1（%2）")
                     .arg(f.latestFinding->rectification, f.latestFinding->status);
    if (lines.isEmpty())
        lines << QCoreApplication::translate("tz::print", "无");
    if (f.latestFinding && !f.latestFinding->accountability.isEmpty())
        lines << QCoreApplication::translate("tz::print", "问责情况：%1")
                     .arg(f.latestFinding->accountability);
    return lines;
}

QStringList SupervisionText::dubanLines(const ProjectSheetFacts &f) const
{
    QStringList lines;
    int i = 0;
    for (const auto &d : f.openDuban) {
        QString line = QStringLiteral("%1 %2").arg(d.number, d.demand);
        if (d.deadline.isValid())
            line += QCoreApplication::translate("tz::print", "；办结时限：%1（%2）")
                        .arg(sheetwords::date(d.deadline), sheetwords::daysPhrase(d.daysLate));
        lines << numbered(++i, line);
    }
    return lines;
}

QString SupervisionText::date() const
{
    return QCoreApplication::translate("tz::print", "日期：%1").arg(sheetwords::date(m_today));
}

QStringList SupervisionText::reasonLines(const ProjectSheetFacts &f) const
{
    if (f.light.reasons.size() < 2)
        return f.light.reasons;
    QStringList lines;
    int n = 0;
    for (const QString &reason : f.light.reasons)
        lines << numbered(++n, reason);
    return lines;
}

} // namespace tz
