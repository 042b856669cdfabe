#pragma once

#include "rules.h"

#include <QColor>
#include <QDate>
#include <QString>

namespace tz::sheetwords {

// Words and marks the printed sheets share.

// 2026年6月15日; 未定 for no date.
QString date(QDate date);
// 已逾期 3 天 / 今日到期 / 还剩 5 天.
QString daysPhrase(qint64 daysLate);
// A light as a shape as well as a colour, so that it reads the same on a black-and-white
// printer: ■ 红灯, ▲ 黄灯, ● 绿灯.
QString lightMark(Light light);
QColor lightColour(Light light);

} // namespace tz::sheetwords
