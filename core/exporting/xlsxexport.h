#pragma once

#include <QDate>
#include <QString>

namespace tz {

class Ledger;

enum class PaperSize { A3, A4 };

struct XlsxExportOptions
{
    QString reportingUnit; // 填报单位; may be empty
    int year = 0; // the year in the title; 0: the year of `today`
    bool groupByUnit = false; // group rows "一、高新区（7个）" with each unit's projects beneath
    PaperSize paper = PaperSize::A3;
    bool openRequirementsOnly = false; // factor columns: unresolved needs only (default: all)
    QString preparer; // 填表人 of the footer line
    QString phone; // 联系电话 of the footer line
};

// Writes the ledger as an office keeps it in Excel (DOMAIN.md, "Spreadsheets as offices really
// keep them"): sheet 项目台账 with the merged title "<year>年重大科技创新项目推进台账", the
// 填报单位 line, a two-row header (要素保障需求 over 资金 | 土地 | 用工 | 环评 | 其他), one row
// per project (optionally grouped by unit), a 合计 row of SUM formulas with cached values and
// the 填表人 line; then sheets 时间节点, 要素保障, 进展调度, 督导记录 and a hidden 字典 that feeds
// the drop-downs of 责任单位, 项目类别 and 项目阶段. The sheet imports back through
// planImport() to the same projects. Lights and milestone states are judged as of `today`.
//
// The file is replaced only when the whole workbook was written (QSaveFile). Returns a
// translated error, or empty on success.
QString exportLedgerXlsx(const Ledger &ledger, const QString &path, const XlsxExportOptions &options,
                         QDate today);

} // namespace tz
