#include "schema.h"

#include <QCoreApplication>

#include <array>

namespace tz {

namespace {

using T = ColumnType;

// Labels are Chinese source text; QT_TRANSLATE_NOOP lets lupdate find them.

std::array<EntityDef, EntityCount> makeDefs()
{
    const QStringList lights = { QStringLiteral("红"), QStringLiteral("黄"), QStringLiteral("绿") };
    return { {
            { Entity::Unit, "units", QT_TRANSLATE_NOOP("tz::schema", "责任单位"),
              { { "name", QT_TRANSLATE_NOOP("tz::schema", "单位名称"), T::Text, true, {}, {}, true },
                { "kind", QT_TRANSLATE_NOOP("tz::schema", "单位类型"), T::Choice, true, {}, words::unitKinds() },
                { "contact", QT_TRANSLATE_NOOP("tz::schema", "联系人"), T::Text },
                { "phone", QT_TRANSLATE_NOOP("tz::schema", "联系电话"), T::Text } } },
            { Entity::Leader, "leaders", QT_TRANSLATE_NOOP("tz::schema", "分包领导"),
              { { "name", QT_TRANSLATE_NOOP("tz::schema", "姓名"), T::Text, true },
                { "title", QT_TRANSLATE_NOOP("tz::schema", "职务"), T::Text },
                { "organisation", QT_TRANSLATE_NOOP("tz::schema", "单位"), T::Text },
                { "phone", QT_TRANSLATE_NOOP("tz::schema", "联系电话"), T::Text } } },
            { Entity::Category, "categories", QT_TRANSLATE_NOOP("tz::schema", "项目类别"),
              { { "name", QT_TRANSLATE_NOOP("tz::schema", "类别名称"), T::Text, true, {}, {}, true } } },
            { Entity::Phase, "phases", QT_TRANSLATE_NOOP("tz::schema", "项目阶段"),
              { { "name", QT_TRANSLATE_NOOP("tz::schema", "阶段名称"), T::Text, true, {}, {}, true },
                { "started", QT_TRANSLATE_NOOP("tz::schema", "已开工"), T::Integer } } },
            { Entity::RequirementKind, "requirement_kinds", QT_TRANSLATE_NOOP("tz::schema", "要素类型"),
              { { "name", QT_TRANSLATE_NOOP("tz::schema", "类型名称"), T::Text, true, {}, {}, true } } },
            { Entity::Project, "projects", QT_TRANSLATE_NOOP("tz::schema", "项目"),
              { { "code", QT_TRANSLATE_NOOP("tz::schema", "项目编号"), T::Text, true, {}, {}, true },
                { "name", QT_TRANSLATE_NOOP("tz::schema", "项目名称"), T::Text, true },
                { "category_id", QT_TRANSLATE_NOOP("tz::schema", "项目类别"), T::Ref, false, Entity::Category },
                { "owner", QT_TRANSLATE_NOOP("tz::schema", "建设单位"), T::Text },
                { "content", QT_TRANSLATE_NOOP("tz::schema", "建设内容"), T::LongText },
                { "location", QT_TRANSLATE_NOOP("tz::schema", "建设地点"), T::Text },
                { "total_investment", QT_TRANSLATE_NOOP("tz::schema", "总投资（万元）"), T::Money },
                { "planned_investment", QT_TRANSLATE_NOOP("tz::schema", "年度计划投资（万元）"), T::Money },
                { "completed_investment", QT_TRANSLATE_NOOP("tz::schema", "累计完成投资（万元）"), T::Money },
                { "start_date", QT_TRANSLATE_NOOP("tz::schema", "开工时间"), T::Date },
                { "planned_end_date", QT_TRANSLATE_NOOP("tz::schema", "计划竣工时间"), T::Date },
                { "phase_id", QT_TRANSLATE_NOOP("tz::schema", "项目阶段"), T::Ref, false, Entity::Phase },
                { "unit_id", QT_TRANSLATE_NOOP("tz::schema", "责任单位"), T::Ref, false, Entity::Unit },
                { "leader_id", QT_TRANSLATE_NOOP("tz::schema", "分包领导"), T::Ref, false, Entity::Leader },
                { "contact", QT_TRANSLATE_NOOP("tz::schema", "联系人"), T::Text },
                { "contact_phone", QT_TRANSLATE_NOOP("tz::schema", "联系电话"), T::Text },
                { "annual_goal", QT_TRANSLATE_NOOP("tz::schema", "年度目标"), T::LongText },
                { "notes", QT_TRANSLATE_NOOP("tz::schema", "备注"), T::LongText },
                { "light_override", QT_TRANSLATE_NOOP("tz::schema", "人工认定灯色"), T::Choice, false, {}, lights },
                { "light_override_reason", QT_TRANSLATE_NOOP("tz::schema", "认定理由"), T::LongText } },
              -1, Entity::Unit, 1 },
            { Entity::Milestone, "milestones", QT_TRANSLATE_NOOP("tz::schema", "时间节点"),
              { { "project_id", QT_TRANSLATE_NOOP("tz::schema", "项目"), T::Ref, true, Entity::Project },
                { "title", QT_TRANSLATE_NOOP("tz::schema", "节点内容"), T::Text, true },
                { "planned_date", QT_TRANSLATE_NOOP("tz::schema", "计划完成时间"), T::Date, true },
                { "actual_date", QT_TRANSLATE_NOOP("tz::schema", "实际完成时间"), T::Date },
                { "responsible", QT_TRANSLATE_NOOP("tz::schema", "责任人"), T::Text },
                { "notes", QT_TRANSLATE_NOOP("tz::schema", "备注"), T::LongText } },
              0, Entity::Project, 1 },
            { Entity::Requirement, "requirements", QT_TRANSLATE_NOOP("tz::schema", "要素保障需求"),
              { { "project_id", QT_TRANSLATE_NOOP("tz::schema", "项目"), T::Ref, true, Entity::Project },
                { "kind_id", QT_TRANSLATE_NOOP("tz::schema", "要素类型"), T::Ref, true, Entity::RequirementKind },
                { "description", QT_TRANSLATE_NOOP("tz::schema", "需求内容"), T::LongText, true },
                { "quantity", QT_TRANSLATE_NOOP("tz::schema", "数量"), T::Decimal },
                { "measure", QT_TRANSLATE_NOOP("tz::schema", "计量单位"), T::Text },
                { "department", QT_TRANSLATE_NOOP("tz::schema", "协调部门"), T::Text },
                { "deadline", QT_TRANSLATE_NOOP("tz::schema", "解决时限"), T::Date },
                { "status", QT_TRANSLATE_NOOP("tz::schema", "状态"), T::Choice, true, {}, words::requirementStatuses() },
                { "resolution", QT_TRANSLATE_NOOP("tz::schema", "解决情况"), T::LongText },
                { "resolved_date", QT_TRANSLATE_NOOP("tz::schema", "解决日期"), T::Date } },
              0, Entity::Project, 2 },
            { Entity::Progress, "progress_reports", QT_TRANSLATE_NOOP("tz::schema", "进展调度"),
              { { "project_id", QT_TRANSLATE_NOOP("tz::schema", "项目"), T::Ref, true, Entity::Project },
                { "period", QT_TRANSLATE_NOOP("tz::schema", "调度月份"), T::Month, true },
                { "completed_to_date", QT_TRANSLATE_NOOP("tz::schema", "1至本月完成投资（万元）"), T::Money },
                { "progress", QT_TRANSLATE_NOOP("tz::schema", "本期进展"), T::LongText },
                { "problems", QT_TRANSLATE_NOOP("tz::schema", "存在问题"), T::LongText },
                { "coordination", QT_TRANSLATE_NOOP("tz::schema", "需协调解决事项"), T::LongText },
                { "next_steps", QT_TRANSLATE_NOOP("tz::schema", "下步计划"), T::LongText },
                { "percent", QT_TRANSLATE_NOOP("tz::schema", "形象进度（%）"), T::Integer } },
              0, Entity::Project, 1 },
            { Entity::InvestmentPlan, "investment_plans", QT_TRANSLATE_NOOP("tz::schema", "投资计划"),
              { { "project_id", QT_TRANSLATE_NOOP("tz::schema", "项目"), T::Ref, true, Entity::Project },
                { "year", QT_TRANSLATE_NOOP("tz::schema", "年份"), T::Integer, true },
                { "month", QT_TRANSLATE_NOOP("tz::schema", "月份"), T::Integer, true },
                { "cumulative_plan", QT_TRANSLATE_NOOP("tz::schema", "1至本月计划投资（万元）"), T::Money, true } },
              0, Entity::Project, 1 },
            { Entity::Supervision, "supervisions", QT_TRANSLATE_NOOP("tz::schema", "督导记录"),
              { { "project_id", QT_TRANSLATE_NOOP("tz::schema", "项目"), T::Ref, true, Entity::Project },
                { "visit_date", QT_TRANSLATE_NOOP("tz::schema", "督导日期"), T::Date, true },
                { "kind", QT_TRANSLATE_NOOP("tz::schema", "督导方式"), T::Choice, true, {}, words::supervisionKinds() },
                { "inspectors", QT_TRANSLATE_NOOP("tz::schema", "督导人员"), T::Text },
                { "findings", QT_TRANSLATE_NOOP("tz::schema", "存在问题"), T::LongText },
                { "rectification", QT_TRANSLATE_NOOP("tz::schema", "整改要求"), T::LongText },
                { "rectification_deadline", QT_TRANSLATE_NOOP("tz::schema", "整改时限"), T::Date },
                { "status", QT_TRANSLATE_NOOP("tz::schema", "整改状态"), T::Choice, true, {}, words::rectificationStatuses() },
                { "accountability", QT_TRANSLATE_NOOP("tz::schema", "问责情况"), T::LongText },
                { "rectified_date", QT_TRANSLATE_NOOP("tz::schema", "整改完成日期"), T::Date } },
              0, Entity::Project, 4 },
            { Entity::Duban, "duban_items", QT_TRANSLATE_NOOP("tz::schema", "督办事项"),
              { { "number", QT_TRANSLATE_NOOP("tz::schema", "立项号"), T::Text, true, {}, {}, true },
                { "project_id", QT_TRANSLATE_NOOP("tz::schema", "项目"), T::Ref, false, Entity::Project },
                { "supervision_id", QT_TRANSLATE_NOOP("tz::schema", "来源督导记录"), T::Ref, false, Entity::Supervision },
                { "source", QT_TRANSLATE_NOOP("tz::schema", "来源"), T::Text },
                { "demand", QT_TRANSLATE_NOOP("tz::schema", "督办事项"), T::LongText, true },
                { "lead_unit_id", QT_TRANSLATE_NOOP("tz::schema", "主办单位"), T::Ref, false, Entity::Unit },
                { "helper_units", QT_TRANSLATE_NOOP("tz::schema", "协办单位"), T::Text },
                { "deadline", QT_TRANSLATE_NOOP("tz::schema", "办结时限"), T::Date },
                { "status", QT_TRANSLATE_NOOP("tz::schema", "办理状态"), T::Choice, true, {}, words::dubanSteps() } },
              1, Entity::Project, 0 },
            { Entity::DubanStep, "duban_steps", QT_TRANSLATE_NOOP("tz::schema", "督办流程"),
              { { "duban_id", QT_TRANSLATE_NOOP("tz::schema", "督办事项"), T::Ref, true, Entity::Duban },
                { "step", QT_TRANSLATE_NOOP("tz::schema", "环节"), T::Choice, true, {}, words::dubanSteps() },
                { "step_date", QT_TRANSLATE_NOOP("tz::schema", "日期"), T::Date, true },
                { "new_deadline", QT_TRANSLATE_NOOP("tz::schema", "延期至"), T::Date },
                { "note", QT_TRANSLATE_NOOP("tz::schema", "说明"), T::LongText } },
              0, Entity::Duban, 1 },
    } };
}

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
    // 整改中 first: a new finding is open until someone says it is rectified.
    return { QStringLiteral("整改中"), QStringLiteral("已整改"), QStringLiteral("无需整改") };
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
