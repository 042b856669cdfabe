#include "leaderlist.h"

#include "sheetwords.h"

#include <QCoreApplication>

#include <algorithm>

namespace tz {

namespace {

int severity(Light l)
{
    return l == Light::Red ? 0 : l == Light::Yellow ? 1 : 2;
}

QString shortDate(QDate d)
{
    return QCoreApplication::translate("tz::print", "%1月%2日").arg(d.month()).arg(d.day());
}

} // namespace

LeaderList::LeaderList(const PrintSettings &settings, QDate today)
    : m_settings(settings)
    , m_today(today)
{ }

QStringList LeaderList::overdueLines(const ProjectSheetFacts &f)
{
    QStringList lines;
    for (const auto &m : f.overdue)
        lines << QCoreApplication::translate("tz::print", "节点“%1”逾期 %2 天")
                     .arg(m.title)
                     .arg(m.daysLate);
    for (const auto &n : f.openNeeds)
        if (n.deadline.isValid() && n.daysLate > 0)
            lines << QCoreApplication::translate("tz::print", "%1需求超时限 %2 天")
                         .arg(n.kind)
                         .arg(n.daysLate);
    for (const auto &s : f.openRectifications)
        if (s.deadline.isValid() && s.daysLate > 0)
            lines << QCoreApplication::translate("tz::print", "督导问题“%1”超整改时限 %2 天")
                         .arg(s.findings)
                         .arg(s.daysLate);
    for (const auto &d : f.openDuban)
        if (d.deadline.isValid() && d.daysLate > 0)
            lines << QCoreApplication::translate("tz::print", "督办事项 %1 超办结时限 %2 天")
                         .arg(d.number)
                         .arg(d.daysLate);
    return lines;
}

QStringList LeaderList::openNeedLines(const ProjectSheetFacts &f)
{
    QStringList lines;
    for (const auto &n : f.openNeeds) {
        QString line = QStringLiteral("%1：%2").arg(n.kind, n.description);
        QStringList detail;
        if (!n.department.isEmpty())
            detail << n.department;
        if (n.deadline.isValid())
            detail << QCoreApplication::translate("tz::print", "%1前").arg(shortDate(n.deadline));
        if (!detail.isEmpty())
            line += QCoreApplication::translate("tz::print", "（%1）")
                        .arg(detail.join(QStringLiteral("，")));
        lines << line;
    }
    return lines;
}

TableSheet LeaderList::build(const NamedId &leader, std::vector<ProjectSheetFacts> projects) const
{
    std::stable_sort(projects.begin(), projects.end(), [](const auto &a, const auto &b) {
        return severity(a.light.light) < severity(b.light.light);
    });
    int counts[3] = { 0, 0, 0 };
    int overdueItems = 0;
    int needs = 0;
    for (const auto &p : projects) {
        ++counts[severity(p.light.light)];
        overdueItems += int(overdueLines(p).size());
        needs += int(p.openNeeds.size());
    }

    TableSheet sheet(m_settings, m_settings.tablePointSize);
    sheet.setTitle(QCoreApplication::translate("tz::print", "分包领导督导清单"));
    const QString who = leader.detail.isEmpty()
        ? leader.name
        : QCoreApplication::translate("tz::print", "%1（%2）").arg(leader.name, leader.detail);
    sheet.addLeftRight(QCoreApplication::translate("tz::print", "分包领导：%1").arg(who),
        QCoreApplication::translate("tz::print", "截至 %1").arg(sheetwords::date(m_today)));
    sheet.addParagraph(QCoreApplication::translate("tz::print",
        "共分包重大科技创新项目 %1 个，其中红灯 %2 个、黄灯 %3 个、绿灯 %4 个；"
        "逾期事项 %5 项，待解决要素保障需求 %6 项。")
                           .arg(projects.size())
                           .arg(counts[0])
                           .arg(counts[1])
                           .arg(counts[2])
                           .arg(overdueItems)
                           .arg(needs));
    sheet.setColumns({
        { QCoreApplication::translate("tz::print", "序号"), 1, false, Qt::AlignHCenter },
        { QCoreApplication::translate("tz::print", "项目名称及编号"), 3, true, Qt::AlignLeft, false,
            6 },
        { QCoreApplication::translate("tz::print", "责任\n单位"), 1.2, true, Qt::AlignLeft, false,
            3 },
        { QCoreApplication::translate("tz::print", "预警"), 1, false, Qt::AlignHCenter, true },
        { QCoreApplication::translate("tz::print", "逾期及预警事项"), 3.2, true },
        { QCoreApplication::translate("tz::print", "待解决要素保障需求"), 3, true },
    });
    int index = 0;
    for (const auto &p : projects) {
        QStringList overdue = overdueLines(p);
        // A yellow project has nothing overdue yet: say why it is yellow instead.
        if (overdue.isEmpty() && p.light.light != Light::Green)
            overdue = p.light.reasons;
        const QStringList open = openNeedLines(p);
        sheet.addRow({ QString::number(++index), p.name + u'\n' + p.code, p.unit, QString(),
                         overdue.isEmpty() ? QCoreApplication::translate("tz::print", "无")
                                           : overdue.join(u'\n'),
                         open.isEmpty() ? QCoreApplication::translate("tz::print", "无")
                                        : open.join(u'\n') },
            p.light.light);
    }
    if (projects.empty())
        sheet.addGroup(QCoreApplication::translate("tz::print", "未分包项目"));
    return sheet;
}

} // namespace tz
