#pragma once

#include "money.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace tz {

// Values as offices type them into ledger sheets (DOMAIN.md, "Spreadsheets as offices really
// keep them"). Pure functions: text in, value out, nothing guessed silently.

// "2023-05-01", "2023/5/1", "2023.05.01", "2023年5月1日", "20230501", "2023年5月" and
// "2023年5月底" (the month's last day), "2023年5月上旬/中旬/下旬" (10th, 20th, last day).
std::optional<QDate> parseDateText(const QString &text);

// "12500", "12,500.5", "１２５００", "1.2亿元", "1.2亿", "500万元", "500万"; a bare number is in
// `unitScale` (1 for 万元, 10000 when the column is headed 亿元).
std::optional<Money> parseAmountText(const QString &text, int unitScale = 1);
Money amountFromNumber(double value, int unitScale = 1);

// "王建国（副市长）", "王建国(副市长)", "王建国 副市长": the name and the title.
struct PersonTitle
{
    QString name;
    QString title;
};
PersonTitle parsePersonTitle(const QString &text);

// "3月底前完成土地摘牌；6月底前开工建设；9月15日前主体完工": each clause a milestone due at the
// end of that month (or on the given day) of `year`, unless the clause names its own year.
struct ScheduleItem
{
    QDate due;
    QString title;
};
struct ScheduleParse
{
    std::vector<ScheduleItem> items;
    QStringList unparsed; // clauses without a recognisable month
};
ScheduleParse parseSchedule(const QString &text, int year);

// The year a sheet is about, from a title such as "2023年全市重大科技创新项目推进台账" or a
// header such as "2023年计划投资"; 0 when none.
int yearFromText(const QString &text);

} // namespace tz
