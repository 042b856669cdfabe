#include "sheetwords.h"

#include <QCoreApplication>

namespace tz::sheetwords {

QString date(QDate d)
{
    if (!d.isValid())
        return QCoreApplication::translate("tz::print", "未定");
    return QCoreApplication::translate("tz::print", "%1年%2月%3日")
        .arg(d.year())
        .arg(d.month())
        .arg(d.day());
}

QString daysPhrase(qint64 daysLate)
{
    if (daysLate > 0)
        return QCoreApplication::translate("tz::print", "已逾期 %1 天").arg(daysLate);
    if (daysLate == 0)
        return QCoreApplication::translate("tz::print", "今日到期");
    return QCoreApplication::translate("tz::print", "还剩 %1 天").arg(-daysLate);
}

QString lightMark(Light light)
{
    switch (light) {
    case Light::Red:
        return QStringLiteral("■");
    case Light::Yellow:
        return QStringLiteral("▲");
    case Light::Green:
        return QStringLiteral("●");
    }
    return {};
}

QColor lightColour(Light light)
{
    switch (light) {
    case Light::Red:
        return QColor(0xc0, 0x00, 0x00);
    case Light::Yellow:
        return QColor(0xd9, 0x96, 0x00); // amber: pure yellow vanishes on white paper
    case Light::Green:
        return QColor(0x00, 0x80, 0x3c);
    }
    return Qt::black;
}

} // namespace tz::sheetwords
