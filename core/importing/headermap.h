#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace tz {

// What a column of an office's sheet means for the ledger.
enum class ImportField {
    Ignore,
    Code,
    Name,
    Category,
    Owner,
    Content,
    Location,
    TotalInvestment,
    PlannedInvestment,
    CompletedInvestment,
    StartDate,
    PlannedEndDate,
    Phase,
    Unit,
    Leader,
    Contact,
    ContactPhone,
    AnnualGoal,
    Notes,
    Schedule, // free-text milestones: "3月底前完成土地摘牌；6月底前开工建设"
    Factor, // a factor requirement column; its kind is ColumnMapping::factorKind
    MonthPlan, // "1-3月计划投资": cumulative plan to month N
    MonthCompleted, // "1-3月完成投资": cumulative completed to month N
};

struct ColumnMapping
{
    ImportField field = ImportField::Ignore;
    int unitScale = 1; // 10000 when the header says 亿元
    QString factorKind; // 资金 土地 用工 环评 其他
    int month = 0; // for MonthPlan / MonthCompleted
    int year = 0; // when the header names one ("2023年计划投资")
    bool known = false; // a header we know, even when ignored (序号, 建设性质)
};

// Header words as offices write them, with spacing, line breaks and units stripped:
// 项目名称/项目名, 责任单位/牵头单位, 分包领导/分包市领导/联系领导, 总投资（万元）…
// `parent` is the merged header above it, if any ("要素保障需求" over "资金").
ColumnMapping mapHeader(const QString &header, const QString &parent = {});

// Header text without spaces, line breaks and a trailing unit in brackets.
QString normaliseHeader(const QString &header);

// The translated name of a field, for the mapping table the user can correct.
QString importFieldName(ImportField field);
QList<ImportField> importFields();

} // namespace tz
