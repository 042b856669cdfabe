#include "settingsview.h"

#include "entitymodel.h"
#include "flagdelegate.h"
#include "warningsettings.h"
#include "widgets/entitytable.h"

#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace tz::ui {

SettingsView::SettingsView(Ledger *ledger, QWidget *parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_warnings(new WarningSettings(ledger))
{
    struct Page
    {
        Entity entity;
        QString note;
    };
    const Page pages[] = {
        { Entity::Unit, tr("区县和市直部门。项目、督办事项的责任单位从这里选择。") },
        { Entity::Category, tr("项目谋划的类别，如平台建设、人才培养、地企合作、军民融合、成果转化。") },
        { Entity::Phase, tr("项目推进的阶段。勾选“已开工”的阶段视为项目已开工；处在未开工阶段、又过了计划开工月份的项目按预警设置亮黄灯或红灯。") },
        { Entity::RequirementKind, tr("要素保障需求的类型，如资金、土地、用工、环评；“要素保障”页按这些类型统计。") },
    };
    for (const Page &p : pages) {
        auto *table = new EntityTable(new EntityModel(ledger, p.entity));
        if (p.entity == Entity::Phase) {
            const int started = table->model()->modelColumn(columnIndex(Entity::Phase, QStringLiteral("started")));
            table->view()->setItemDelegateForColumn(started, new FlagDelegate(table->view()));
        }
        auto *note = new QLabel(p.note);
        note->setWordWrap(true);
        auto *page = new QWidget;
        auto *layout = new QVBoxLayout(page);
        layout->addWidget(note);
        layout->addWidget(table, 1);
        m_tabs->addTab(page, entityLabel(p.entity));
        m_tables.push_back(table);
    }
    m_tabs->addTab(m_warnings, tr("预警设置"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_tabs);
}

EntityTable *SettingsView::dictionary(Entity entity) const
{
    for (EntityTable *t : m_tables)
        if (t->model()->entity() == entity)
            return t;
    return nullptr;
}

} // namespace tz::ui
