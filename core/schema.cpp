#include "schema.h"

#include <QCoreApplication>

#include <array>

namespace tz {

namespace {

using T = ColumnType;

// Labels are Chinese source text; QT_TRANSLATE_NOOP lets lupdate find them.
#define L(text) QT_TRANSLATE_NOOP("tz::schema", text)

std::array<EntityDef, EntityCount> makeDefs()
{
    const QStringList lights = { QStringLiteral("红"), QStringLiteral("黄"), QStringLiteral("绿") };
    return { {
            { Entity::Unit, "units", L("责任单位"),
              { { "name", L("单位名称"), T::Text, true, {}, {}, true },
                { "kind", L("单位类型"), T::Choice, true, {}, words::unitKinds() },
                { "contact", L("联系人"), T::Text },
                { "phone", L("联系电话"), T::Text } } },
            { Entity::Leader, "leaders", L("分包领导"),
              { { "name", L("姓名"), T::Text, true },
                { "title", L("职务"), T::Text },
                { "organisation", L("单位"), T::Text },
                { "phone", L("联系电话"), T::Text } } },
            { Entity::Category, "categories", L("项目类别"),
              { { "name", L("类别名称"), T::Text, true, {}, {}, true } } },
            { Entity::Phase, "phases", L("项目阶段"),
              { { "name", L("阶段名称"), T::Text, true, {}, {}, true },
                { "started", L("已开工"), T::Integer } } },
            { Entity::RequirementKind, "requirement_kinds", L("要素类型"),
              { { "name", L("类型名称"), T::Text, true, {}, {}, true } } },
            { Entity::Project, "projects", L("项目"),
              { { "code", L("项目编号"), T::Text, true, {}, {}, true },
                { "name", L("项目名称"), T::Text, true },
                { "category_id", L("项目类别"), T::Ref, false, Entity::Category },
                { "owner", L("建设单位"), T::Text },
                { "content", L("建设内容"), T::LongText },
                { "location", L("建设地点"), T::Text },
                { "total_investment", L("总投资（万元）"), T::Money },
                { "planned_investment", L("年度计划投资（万元）"), T::Money },
                { "completed_investment", L("累计完成投资（万元）"), T::Money },
                { "start_date", L("开工时间"), T::Date },
                { "planned_end_date", L("计划竣工时间"), T::Date },
                { "phase_id", L("项目阶段"), T::Ref, false, Entity::Phase },
                { "unit_id", L("责任单位"), T::Ref, false, Entity::Unit },
                { "leader_id", L("分包领导"), T::Ref, false, Entity::Leader },
                { "contact", L("联系人"), T::Text },
                { "contact_phone", L("联系电话"), T::Text },
                { "annual_goal", L("年度目标"), T::LongText },
                { "notes", L("备注"), T::LongText },
                { "light_override", L("人工认定灯色"), T::Choice, false, {}, lights },
                { "light_override_reason", L("认定理由"), T::LongText } },
              -1, Entity::Unit, 1 },
            { Entity::Milestone, "milestones", L("时间节点"),
              { { "project_id", L("项目"), T::Ref, true, Entity::Project },
                { "title", L("节点内容"), T::Text, true },
                { "planned_date", L("计划完成时间"), T::Date, true },
                { "actual_date", L("实际完成时间"), T::Date },
                { "responsible", L("责任人"), T::Text },
                { "notes", L("备注"), T::LongText } },
              0, Entity::Project, 1 },
            { Entity::Requirement, "requirements", L("要素保障需求"),
              { { "project_id", L("项目"), T::Ref, true, Entity::Project },
                { "kind_id", L("要素类型"), T::Ref, true, Entity::RequirementKind },
                { "description", L("需求内容"), T::LongText, true },
                { "quantity", L("数量"), T::Decimal },
                { "measure", L("计量单位"), T::Text },
                { "department", L("协调部门"), T::Text },
                { "deadline", L("解决时限"), T::Date },
                { "status", L("状态"), T::Choice, true, {}, words::requirementStatuses() },
                { "resolution", L("解决情况"), T::LongText },
                { "resolved_date", L("解决日期"), T::Date } },
              0, Entity::Project, 2 },
            { Entity::Progress, "progress_reports", L("进展调度"),
              { { "project_id", L("项目"), T::Ref, true, Entity::Project },
                { "period", L("调度月份"), T::Month, true },
                { "completed_to_date", L("1至本月完成投资（万元）"), T::Money },
                { "progress", L("本期进展"), T::LongText },
                { "problems", L("存在问题"), T::LongText },
                { "coordination", L("需协调解决事项"), T::LongText },
                { "next_steps", L("下步计划"), T::LongText },
                { "percent", L("形象进度（%）"), T::Integer } },
              0, Entity::Project, 1 },
            { Entity::InvestmentPlan, "investment_plans", L("投资计划"),
              { { "project_id", L("项目"), T::Ref, true, Entity::Project },
                { "year", L("年份"), T::Integer, true },
                { "month", L("月份"), T::Integer, true },
                { "cumulative_plan", L("1至本月计划投资（万元）"), T::Money, true } },
              0, Entity::Project, 1 },
            { Entity::Supervision, "supervisions", L("督导记录"),
              { { "project_id", L("项目"), T::Ref, true, Entity::Project },
                { "visit_date", L("督导日期"), T::Date, true },
                { "kind", L("督导方式"), T::Choice, true, {}, words::supervisionKinds() },
                { "inspectors", L("督导人员"), T::Text },
                { "findings", L("存在问题"), T::LongText },
                { "rectification", L("整改要求"), T::LongText },
                { "rectification_deadline", L("整改时限"), T::Date },
                { "status", L("整改状态"), T::Choice, true, {}, words::rectificationStatuses() },
                { "accountability", L("问责情况"), T::LongText },
                { "rectified_date", L("整改完成日期"), T::Date } },
              0, Entity::Project, 4 },
            { Entity::Duban, "duban_items", L("督办事项"),
              { { "number", L("立项号"), T::Text, true, {}, {}, true },
                { "project_id", L("项目"), T::Ref, false, Entity::Project },
                { "supervision_id", L("来源督导记录"), T::Ref, false, Entity::Supervision },
                { "source", L("来源"), T::Text },
                { "demand", L("督办事项"), T::LongText, true },
                { "lead_unit_id", L("主办单位"), T::Ref, false, Entity::Unit },
                { "helper_units", L("协办单位"), T::Text },
                { "deadline", L("办结时限"), T::Date },
                { "status", L("办理状态"), T::Choice, true, {}, words::dubanSteps() } },
              1, Entity::Project, 0 },
            { Entity::DubanStep, "duban_steps", L("督办流程"),
              { { "duban_id", L("督办事项"), T::Ref, true, Entity::Duban },
                { "step", L("环节"), T::Choice, true, {}, words::dubanSteps() },
                { "step_date", L("日期"), T::Date, true },
                { "new_deadline", L("延期至"), T::Date },
                { "note", L("说明"), T::LongText } },
              0, Entity::Duban, 1 },
    } };
}

#undef L

const std::array<EntityDef, EntityCount> &defs()
{
    static const auto d = makeDefs();
    return d;
}

} // namespace

const EntityDef &entityDef(Entity e)
{
    return defs()[size_t(e)];
}

const std::vector<Entity> &allEntities()
{
    static const std::vector<Entity> all = [] {
        std::vector<Entity> v;
        for (int i = 0; i < EntityCount; ++i)
            v.push_back(Entity(i));
        return v;
    }();
    return all;
}

int columnIndex(Entity e, const QString &name)
{
    const auto &cols = entityDef(e).columns;
    for (size_t i = 0; i < cols.size(); ++i)
        if (name == QLatin1String(cols[i].name))
            return int(i);
    return -1;
}

QString entityLabel(Entity e)
{
    return QCoreApplication::translate("tz::schema", entityDef(e).label);
}

QString columnLabel(Entity e, int column)
{
    return QCoreApplication::translate("tz::schema", entityDef(e).columns.at(size_t(column)).label);
}

QString tableName(Entity e)
{
    return QString::fromLatin1(entityDef(e).table);
}

std::vector<Entity> childEntities(Entity e)
{
    std::vector<Entity> out;
    for (Entity c : allEntities()) {
        const auto &d = entityDef(c);
        if (d.parentColumn >= 0 && d.parent == e)
            out.push_back(c);
    }
    return out;
}

namespace words {

QStringList requirementStatuses()
{
    return { QStringLiteral("待协调"), QStringLiteral("协调中"), QStringLiteral("已解决"),
             QStringLiteral("无法解决") };
}
QStringList supervisionKinds()
{
    return { QStringLiteral("观摩"), QStringLiteral("督导"), QStringLiteral("督查"),
             QStringLiteral("例会") };
}
QStringList rectificationStatuses()
{
    return { QStringLiteral("无需整改"), QStringLiteral("整改中"), QStringLiteral("已整改") };
}
QStringList unitKinds()
{
    return { QStringLiteral("区县"), QStringLiteral("市直部门") };
}
QStringList dubanSteps()
{
    return { QStringLiteral("交办"), QStringLiteral("反馈"), QStringLiteral("延期"),
             QStringLiteral("催办"), QStringLiteral("办结"), QStringLiteral("退回") };
}
QStringList defaultCategories()
{
    return { QStringLiteral("平台建设"), QStringLiteral("人才培养"), QStringLiteral("地企合作"),
             QStringLiteral("军民融合"), QStringLiteral("成果转化") };
}
QStringList defaultPhases()
{
    return { QStringLiteral("谋划"), QStringLiteral("前期"), QStringLiteral("在建"),
             QStringLiteral("建成"), QStringLiteral("投产"), QStringLiteral("见效") };
}
QStringList defaultRequirementKinds()
{
    return { QStringLiteral("资金"), QStringLiteral("土地"), QStringLiteral("用工"),
             QStringLiteral("环评"), QStringLiteral("其他") };
}

} // namespace words

} // namespace tz
