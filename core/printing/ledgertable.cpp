#include "ledgertable.h"

#include "ledger.h"
#include "lights.h"
#include "money.h"
#include "projectsheetreader.h"
#include "sheetwords.h"
#include "values.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace tz {

namespace {

// The SELECT list, in this order, feeds every column.
enum Field {
    Id,
    Code,
    Name,
    Category,
    Owner,
    Location,
    Phase,
    Total,
    Planned,
    Completed,
    Start,
    End,
    UnitId,
    UnitName,
    LeaderName,
    Contact,
    Goal,
    FieldCount
};

bool isMoney(const QString &key)
{
    return key == QLatin1String("total_investment") || key == QLatin1String("planned_investment")
        || key == QLatin1String("completed_investment");
}

// 一, 二 … 九十九: the numbering of group rows.
QString groupNumber(int n)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (n <= 0 || n >= 100)
        return QString::number(n);
    if (n < 10)
        return digits.at(n);
    const QString tens = n / 10 == 1 ? QString() : QString(digits.at(n / 10));
    return tens + QStringLiteral("十") + (n % 10 ? QString(digits.at(n % 10)) : QString());
}

} // namespace

LedgerTable::LedgerTable(const PrintSettings &settings, QDate today)
    : m_settings(settings)
    , m_today(today)
    , m_columns(defaultColumns())
{ }

QStringList LedgerTable::availableColumns()
{
    return { QStringLiteral("index"), QStringLiteral("code"), QStringLiteral("name"),
        QStringLiteral("category"), QStringLiteral("owner"), QStringLiteral("location"),
        QStringLiteral("phase"), QStringLiteral("total_investment"),
        QStringLiteral("planned_investment"), QStringLiteral("completed_investment"),
        QStringLiteral("completion_rate"), QStringLiteral("start_date"),
        QStringLiteral("planned_end_date"), QStringLiteral("unit"), QStringLiteral("leader"),
        QStringLiteral("contact"), QStringLiteral("annual_goal"), QStringLiteral("light"),
        QStringLiteral("light_reasons") };
}

QStringList LedgerTable::defaultColumns()
{
    return { QStringLiteral("index"), QStringLiteral("code"), QStringLiteral("name"),
        QStringLiteral("category"), QStringLiteral("owner"), QStringLiteral("phase"),
        QStringLiteral("total_investment"), QStringLiteral("planned_investment"),
        QStringLiteral("completed_investment"), QStringLiteral("planned_end_date"),
        QStringLiteral("unit"), QStringLiteral("leader"), QStringLiteral("light") };
}

QString LedgerTable::columnTitle(const QString &key)
{
    static const QHash<QString, const char *> titles {
        { QStringLiteral("index"), QT_TRANSLATE_NOOP("tz::print", "序号") },
        { QStringLiteral("code"), QT_TRANSLATE_NOOP("tz::print", "项目编号") },
        { QStringLiteral("name"), QT_TRANSLATE_NOOP("tz::print", "项目名称") },
        { QStringLiteral("category"), QT_TRANSLATE_NOOP("tz::print", "项目类别") },
        { QStringLiteral("owner"), QT_TRANSLATE_NOOP("tz::print", "建设单位") },
        { QStringLiteral("location"), QT_TRANSLATE_NOOP("tz::print", "建设地点") },
        { QStringLiteral("phase"), QT_TRANSLATE_NOOP("tz::print", "项目阶段") },
        { QStringLiteral("total_investment"), QT_TRANSLATE_NOOP("tz::print", "总投资") },
        { QStringLiteral("planned_investment"), QT_TRANSLATE_NOOP("tz::print", "年度计划投资") },
        { QStringLiteral("completed_investment"), QT_TRANSLATE_NOOP("tz::print", "累计完成投资") },
        { QStringLiteral("completion_rate"), QT_TRANSLATE_NOOP("tz::print", "完成率") },
        { QStringLiteral("start_date"), QT_TRANSLATE_NOOP("tz::print", "开工时间") },
        { QStringLiteral("planned_end_date"), QT_TRANSLATE_NOOP("tz::print", "计划竣工时间") },
        { QStringLiteral("unit"), QT_TRANSLATE_NOOP("tz::print", "责任单位") },
        { QStringLiteral("leader"), QT_TRANSLATE_NOOP("tz::print", "分包领导") },
        { QStringLiteral("contact"), QT_TRANSLATE_NOOP("tz::print", "联系人") },
        { QStringLiteral("annual_goal"), QT_TRANSLATE_NOOP("tz::print", "年度目标") },
        { QStringLiteral("light"), QT_TRANSLATE_NOOP("tz::print", "预警") },
        { QStringLiteral("light_reasons"), QT_TRANSLATE_NOOP("tz::print", "预警原因") },
    };
    const char *t = titles.value(key);
    return t ? QCoreApplication::translate("tz::print", t) : key;
}

void LedgerTable::setColumns(const QStringList &keys)
{
    m_columns.clear();
    const QStringList known = availableColumns();
    for (const QString &k : keys)
        if (known.contains(k) && !m_columns.contains(k))
            m_columns << k;
    if (m_columns.isEmpty())
        m_columns = defaultColumns();
}

TableSheet LedgerTable::build(const Ledger &ledger, const Filter &filter) const
{
    const ProjectWhere where
        = projectWhere(filter.project, filter.leader, filter.unit, QStringLiteral("p."));
    QSqlQuery q(ledger.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT p.id, p.code, p.name, c.name, p.owner, p.location, ph.name,"
                  " p.total_investment, p.planned_investment, p.completed_investment,"
                  " p.start_date, p.planned_end_date, u.id, u.name, l.name, p.contact,"
                  " p.annual_goal FROM projects p LEFT JOIN categories c ON c.id = p.category_id"
                  " LEFT JOIN phases ph ON ph.id = p.phase_id LEFT JOIN units u ON u.id = p.unit_id"
                  " LEFT JOIN leaders l ON l.id = p.leader_id")
        + where.sql
        // Units in the ledger's order (districts, then departments), projects by code.
        + (m_group ? QStringLiteral(" ORDER BY u.id IS NULL, u.id, p.code, p.id")
                   : QStringLiteral(" ORDER BY p.code, p.id")));
    for (const QVariant &b : where.binds)
        q.addBindValue(b);
    std::vector<QVariantList> projects;
    if (q.exec()) {
        while (q.next()) {
            QVariantList v;
            for (int i = 0; i < FieldCount; ++i)
                v << q.value(i);
            projects.push_back(std::move(v));
        }
    }
    const auto lights = computeLights(ledger, m_today);

    const bool a3 = m_settings.paper == Paper::A3;
    TableSheet sheet(m_settings, a3 ? m_settings.tablePointSize + 1.5 : m_settings.tablePointSize);
    const QString scope = filter.unit && !projects.empty()
        ? projects.front().at(UnitName).toString()
        : QCoreApplication::translate("tz::print", "全市");
    sheet.setTitle(QCoreApplication::translate("tz::print", "%1年%2重大科技创新项目推进台账")
                       .arg(m_today.year())
                       .arg(scope));
    sheet.addLeftRight(m_settings.issuer.isEmpty()
            ? QCoreApplication::translate("tz::print", "单位：万元")
            : QCoreApplication::translate("tz::print", "填报单位：%1　　单位：万元")
                  .arg(m_settings.issuer),
        QCoreApplication::translate("tz::print", "截至 %1").arg(sheetwords::date(m_today)));

    // Narrow columns get their header broken where a person would break it, not where the
    // width runs out ("项目类\n别").
    static const QHash<QString, const char *> twoLine {
        { QStringLiteral("category"), QT_TRANSLATE_NOOP("tz::print", "项目\n类别") },
        { QStringLiteral("phase"), QT_TRANSLATE_NOOP("tz::print", "项目\n阶段") },
        { QStringLiteral("planned_investment"), QT_TRANSLATE_NOOP("tz::print", "年度计划\n投资") },
        { QStringLiteral("completed_investment"),
            QT_TRANSLATE_NOOP("tz::print", "累计完成\n投资") },
        { QStringLiteral("start_date"), QT_TRANSLATE_NOOP("tz::print", "开工\n时间") },
        { QStringLiteral("planned_end_date"), QT_TRANSLATE_NOOP("tz::print", "计划竣工\n时间") },
        { QStringLiteral("unit"), QT_TRANSLATE_NOOP("tz::print", "责任\n单位") },
        { QStringLiteral("leader"), QT_TRANSLATE_NOOP("tz::print", "分包\n领导") },
    };
    QList<TableSheet::Column> columns;
    for (const QString &k : m_columns) {
        const char *header = twoLine.value(k);
        TableSheet::Column c { header ? QCoreApplication::translate("tz::print", header)
                                      : columnTitle(k) };
        if (k == QLatin1String("index") || k == QLatin1String("code") || k == QLatin1String("phase")
            || k == QLatin1String("start_date") || k == QLatin1String("planned_end_date")) {
            c.wrap = false;
            c.align = k == QLatin1String("code") ? Qt::AlignLeft : Qt::AlignHCenter;
        } else if (isMoney(k) || k == QLatin1String("completion_rate")) {
            c.wrap = false;
            c.align = Qt::AlignRight;
        } else if (k == QLatin1String("light")) {
            c.wrap = false;
            c.light = true;
            c.align = Qt::AlignHCenter;
        } else if (k == QLatin1String("name") || k == QLatin1String("light_reasons")
            || k == QLatin1String("annual_goal")) {
            c.weight = 3.2;
            c.minChars = 6;
        } else if (k == QLatin1String("owner")) {
            c.weight = 1.8;
            c.minChars = 4;
        } else {
            c.weight = 1.1;
            // Names of people and districts are three characters: keep them on one line.
            c.minChars = k == QLatin1String("category") ? 4 : 3;
        }
        columns << c;
    }
    sheet.setColumns(columns);

    const auto cellText = [&](const QString &k, const QVariantList &p, int index) -> QString {
        const auto money = [&](Field f) { return Money::fromCents(p.at(f).toLongLong()); };
        const auto date = [&](Field f) { return storedDate(p.at(f)).toString(Qt::ISODate); };
        static const QHash<QString, Field> plain { { QStringLiteral("code"), Code },
            { QStringLiteral("name"), Name }, { QStringLiteral("category"), Category },
            { QStringLiteral("owner"), Owner }, { QStringLiteral("location"), Location },
            { QStringLiteral("phase"), Phase }, { QStringLiteral("unit"), UnitName },
            { QStringLiteral("leader"), LeaderName }, { QStringLiteral("contact"), Contact },
            { QStringLiteral("annual_goal"), Goal } };
        if (const auto it = plain.constFind(k); it != plain.constEnd())
            return p.at(*it).toString();
        if (k == QLatin1String("index"))
            return QString::number(index);
        if (k == QLatin1String("total_investment"))
            return money(Total).toDisplayString();
        if (k == QLatin1String("planned_investment"))
            return money(Planned).toDisplayString();
        if (k == QLatin1String("completed_investment"))
            return money(Completed).toDisplayString();
        if (k == QLatin1String("completion_rate"))
            return money(Total).cents() > 0
                ? QString::number(
                      100.0 * double(money(Completed).cents()) / double(money(Total).cents()), 'f',
                      1)
                    + u'%'
                : QString();
        if (k == QLatin1String("start_date"))
            return date(Start);
        if (k == QLatin1String("planned_end_date"))
            return date(End);
        if (k == QLatin1String("light_reasons"))
            return lights.value(p.at(Id).toLongLong()).reasons.join(u'\n');
        return QString();
    };

    Money totals[3];
    int group = 0;
    for (size_t i = 0; i < projects.size(); ++i) {
        const QVariantList &p = projects[i];
        if (m_group && (i == 0 || p.at(UnitId) != projects[i - 1].at(UnitId))) {
            size_t n = i;
            while (n < projects.size() && projects[n].at(UnitId) == p.at(UnitId))
                ++n;
            const QString name = p.at(UnitName).toString().isEmpty()
                ? QCoreApplication::translate("tz::print", "未定责任单位")
                : p.at(UnitName).toString();
            sheet.addGroup(QCoreApplication::translate("tz::print", "%1、%2（%3个）")
                               .arg(groupNumber(++group), name)
                               .arg(n - i));
        }
        QStringList cells;
        for (const QString &k : m_columns)
            cells << cellText(k, p, int(i) + 1);
        totals[0] += Money::fromCents(p.at(Total).toLongLong());
        totals[1] += Money::fromCents(p.at(Planned).toLongLong());
        totals[2] += Money::fromCents(p.at(Completed).toLongLong());
        sheet.addRow(cells, lights.value(p.at(Id).toLongLong()).light);
    }
    QStringList total;
    for (const QString &k : m_columns) {
        if (k == QLatin1String("total_investment"))
            total << totals[0].toDisplayString();
        else if (k == QLatin1String("planned_investment"))
            total << totals[1].toDisplayString();
        else if (k == QLatin1String("completed_investment"))
            total << totals[2].toDisplayString();
        else if (k == QLatin1String("name"))
            total << QCoreApplication::translate("tz::print", "%1 个项目").arg(projects.size());
        else
            total << QString();
    }
    if (m_columns.first() == QLatin1String("name"))
        total[0]
            = QCoreApplication::translate("tz::print", "合计（%1 个项目）").arg(projects.size());
    else
        total[0] = QCoreApplication::translate("tz::print", "合计");
    sheet.addTotal(total);
    return sheet;
}

} // namespace tz
