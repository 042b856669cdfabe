#include "unitbulletin.h"

#include "sheetwords.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace tz {

UnitBulletin::UnitBulletin(const PrintSettings &settings, QDate today)
    : m_settings(settings)
    , m_today(today)
{ }

std::vector<UnitBulletin::Item> UnitBulletin::overdueItems(
    const std::vector<ProjectSheetFacts> &projects)
{
    std::vector<Item> items;
    for (const auto &p : projects) {
        for (const auto &m : p.overdue)
            items.push_back({ p.name, m.title, QCoreApplication::translate("tz::print", "时间节点"),
                m.planned, m.daysLate });
        for (const auto &n : p.openNeeds) {
            if (!n.deadline.isValid() || n.daysLate <= 0)
                continue;
            QString what = QStringLiteral("%1：%2").arg(n.kind, n.description);
            if (!n.department.isEmpty())
                what += QCoreApplication::translate("tz::print", "（协调部门：%1）")
                            .arg(n.department);
            items.push_back({ p.name, what, QCoreApplication::translate("tz::print", "要素保障"),
                n.deadline, n.daysLate });
        }
        for (const auto &s : p.openRectifications) {
            if (!s.deadline.isValid() || s.daysLate <= 0)
                continue;
            items.push_back({ p.name, s.rectification.isEmpty() ? s.findings : s.rectification,
                QCoreApplication::translate("tz::print", "督导整改"), s.deadline, s.daysLate });
        }
        for (const auto &d : p.openDuban) {
            if (!d.deadline.isValid() || d.daysLate <= 0)
                continue;
            items.push_back({ p.name, QStringLiteral("%1 %2").arg(d.number, d.demand),
                QCoreApplication::translate("tz::print", "督办事项"), d.deadline, d.daysLate });
        }
    }
    // The longest overdue first: that is what the bulletin is about.
    std::stable_sort(
        items.begin(), items.end(), [](const Item &a, const Item &b) { return a.days > b.days; });
    return items;
}

TableSheet UnitBulletin::build(
    const NamedId &unit, const std::vector<ProjectSheetFacts> &projects) const
{
    const std::vector<Item> items = overdueItems(projects);
    QSet<QString> late;
    for (const Item &i : items)
        late.insert(i.project);

    TableSheet sheet(m_settings, m_settings.tablePointSize);
    sheet.setTitle(QCoreApplication::translate("tz::print", "重大科技创新项目逾期事项通报"));
    // Addressed like an official letter: the unit, flush left, then the text.
    sheet.addParagraph(
        QCoreApplication::translate("tz::print", "%1：").arg(unit.name), false, Qt::AlignLeft);
    if (items.empty()) {
        sheet.addParagraph(QCoreApplication::translate(
            "tz::print", "截至%1，你单位负责推进的重大科技创新项目共 %2 个，无逾期事项。")
                               .arg(sheetwords::date(m_today))
                               .arg(projects.size()));
    } else {
        sheet.addParagraph(QCoreApplication::translate("tz::print",
            "截至%1，你单位负责推进的重大科技创新项目共 %2 个，其中 %3 个项目"
            "存在逾期事项，共 %4 项，最长逾期 %5 天。现将逾期事项通报如下：")
                               .arg(sheetwords::date(m_today))
                               .arg(projects.size())
                               .arg(late.size())
                               .arg(items.size())
                               .arg(items.front().days));
    }
    sheet.setColumns({
        { QCoreApplication::translate("tz::print", "序号"), 1, false, Qt::AlignHCenter },
        { QCoreApplication::translate("tz::print", "项目名称"), 2.6, true, Qt::AlignLeft, false,
            6 },
        { QCoreApplication::translate("tz::print", "逾期事项"), 3.4, true },
        { QCoreApplication::translate("tz::print", "类别"), 1, false, Qt::AlignHCenter },
        { QCoreApplication::translate("tz::print", "应完成时间"), 1, false, Qt::AlignHCenter },
        { QCoreApplication::translate("tz::print", "逾期\n天数"), 1, false, Qt::AlignRight },
    });
    int index = 0;
    for (const Item &i : items)
        sheet.addRow({ QString::number(++index), i.project, i.what, i.kind,
            i.due.toString(Qt::ISODate), QString::number(i.days) });
    if (items.empty())
        sheet.addGroup(QCoreApplication::translate("tz::print", "无逾期事项"));
    else
        sheet.addClosing(QCoreApplication::translate("tz::print",
            "请你单位对照清单逐项落实整改，明确责任人和完成时限，"
            "并及时报送整改进展情况。"));
    const QString issuer = m_settings.issuer.isEmpty()
        ? QCoreApplication::translate("tz::print", "重大科技创新项目办公室")
        : m_settings.issuer;
    sheet.addClosing(issuer, Qt::AlignRight, 24);
    sheet.addClosing(sheetwords::date(m_today), Qt::AlignRight);
    return sheet;
}

} // namespace tz
