#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace tz {

// Every kind of row the ledger stores. The order is the order of creation: a row only refers
// to entities listed before it, which is also the order restores and imports must follow.
enum class Entity {
    Unit,
    Leader,
    Category,
    Phase,
    RequirementKind,
    Project,
    Milestone,
    Requirement,
    Progress,
    InvestmentPlan,
    Supervision,
    Duban,
    DubanStep,
};
constexpr int EntityCount = int(Entity::DubanStep) + 1;

enum class ColumnType {
    Text, // one line
    LongText, // paragraphs
    Integer,
    Money, // 万元, two decimals, stored as hundredths
    Decimal, // any two-decimal quantity, stored as hundredths
    Date, // ISO yyyy-MM-dd text
    Month, // ISO yyyy-MM text
    Ref, // id of a row of refEntity
    Choice, // one of choices (stored as the Chinese word itself)
};

struct ColumnDef
{
    const char *name; // SQL column name
    const char *label; // Chinese label, translated through QCoreApplication::translate
    ColumnType type;
    bool required = false;
    Entity ref = Entity::Unit; // for Ref
    QStringList choices = {}; // for Choice
    bool unique = false;
};

struct EntityDef
{
    Entity entity;
    const char *table;
    const char *label; // Chinese, singular
    std::vector<ColumnDef> columns; // without the id column
    int parentColumn = -1; // index of the column that ties the row to its owner (cascades)
    Entity parent = Entity::Unit;
    int titleColumn = 0; // the column that names a row in the change history
};

const EntityDef &entityDef(Entity e);
const std::vector<Entity> &allEntities();
// Index of a column by SQL name, or -1.
int columnIndex(Entity e, const QString &name);
// Translated labels.
QString entityLabel(Entity e);
QString columnLabel(Entity e, int column);
QString tableName(Entity e);
// Entities whose rows name this one as their parent (cascade on delete).
std::vector<Entity> childEntities(Entity e);

// Fixed words of the domain (DOMAIN.md); dictionaries the office edits live in tables.
namespace words {
QStringList requirementStatuses(); // 待协调 协调中 已解决 无法解决
QStringList supervisionKinds(); // 观摩 督导 督查 例会
QStringList rectificationStatuses(); // 整改中 已整改 无需整改
QStringList unitKinds(); // 区县 市直部门
QStringList dubanSteps(); // 交办 反馈 延期 催办 办结 退回
QStringList defaultCategories();
QStringList defaultPhases();
QStringList defaultRequirementKinds();
} // namespace words

} // namespace tz
