#include "ledgercheck.h"

#include "ledger.h"
#include "money.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace tz {

namespace {

// Checks every stored value against its column's type, whatever wrote it.
using IdSets = std::vector<QSet<qint64>>;

void checkValues(const IdSets &ids, Entity e, const Row &r, const QString &where, QStringList &out)
{
    const auto &cols = entityDef(e).columns;
    for (size_t i = 0; i < cols.size(); ++i) {
        const ColumnDef &c = cols[i];
        const QVariant &v = r.values.at(qsizetype(i));
        const QString label = columnLabel(e, int(i));
        if (!v.isValid() || v.isNull()) {
            if (c.required)
                out << QCoreApplication::translate("tz::check", "%1：%2为空").arg(where, label);
            continue;
        }
        switch (c.type) {
        case ColumnType::Date:
            if (!storedDate(v).isValid())
                out << QCoreApplication::translate("tz::check", "%1：%2“%3”不是有效日期").arg(where, label, v.toString());
            break;
        case ColumnType::Month:
            if (!QDate::fromString(v.toString() + QStringLiteral("-01"), Qt::ISODate).isValid())
                out << QCoreApplication::translate("tz::check", "%1：%2“%3”不是有效月份").arg(where, label, v.toString());
            break;
        case ColumnType::Money:
        case ColumnType::Decimal:
            if (v.toLongLong() < 0)
                out << QCoreApplication::translate("tz::check", "%1：%2为负数").arg(where, label);
            break;
        case ColumnType::Choice:
            if (!c.choices.contains(v.toString()))
                out << QCoreApplication::translate("tz::check", "%1：%2“%3”不是可选值").arg(where, label, v.toString());
            break;
        case ColumnType::Ref:
            if (!ids[size_t(c.ref)].contains(v.toLongLong()))
                out << QCoreApplication::translate("tz::check", "%1：%2指向不存在的记录").arg(where, label);
            break;
        default:
            break;
        }
    }
}

} // namespace

CheckReport checkLedger(const Ledger &ledger)
{
    CheckReport report;
    QSqlQuery q(ledger.database());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        report.problems << QCoreApplication::translate("tz::check", "无法执行完整性检查");
        return report;
    }
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QStringLiteral("ok"))
            report.problems << QCoreApplication::translate("tz::check", "数据库完整性：%1").arg(line);
    }
    if (q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (q.next())
            report.problems << QCoreApplication::translate("tz::check", "数据表 %1 第 %2 行引用了不存在的 %3 记录")
                                       .arg(q.value(0).toString(), q.value(1).toString(),
                                            q.value(2).toString());
    }
    q.finish();
    if (!report.healthy())
        return report; // a damaged file: the row checks below would only repeat the damage

    // Every id once, so that checking a reference is a lookup, not a query.
    IdSets ids(EntityCount);
    for (Entity e : allEntities()) {
        QSqlQuery idq(ledger.database());
        idq.setForwardOnly(true);
        if (idq.exec(QStringLiteral("SELECT id FROM %1").arg(tableName(e))))
            while (idq.next())
                ids[size_t(e)].insert(idq.value(0).toLongLong());
    }
    QHash<qint64, QString> projectNames;
    for (const Row &p : ledger.rows(Entity::Project))
        projectNames.insert(p.id, QCoreApplication::translate("tz::check", "项目 %1").arg(p.text(0)));
    for (Entity e : allEntities()) {
        const EntityDef &d = entityDef(e);
        QSet<QString> periods;
        for (const Row &r : ledger.rows(e)) {
            QString where;
            if (e == Entity::Project)
                where = projectNames.value(r.id);
            else if (d.parentColumn >= 0 && d.parent == Entity::Project && !r.isNull(d.parentColumn))
                where = QCoreApplication::translate("tz::check", "%1 的%2“%3”").arg(projectNames.value(r.integer(d.parentColumn)),
                                               entityLabel(e), r.text(d.titleColumn));
            else
                where = QCoreApplication::translate("tz::check", "%1“%2”").arg(entityLabel(e), r.text(d.titleColumn));
            checkValues(ids, e, r, where, report.problems);

            if (e == Entity::Project) {
                const auto money = [&](const char *col) {
                    return Money::fromCents(r.integer(columnIndex(e, QString::fromLatin1(col))));
                };
                if (money("completed_investment") > money("total_investment"))
                    report.problems << QCoreApplication::translate("tz::check", "%1：累计完成投资大于总投资").arg(where);
                if (money("planned_investment") > money("total_investment"))
                    report.problems << QCoreApplication::translate("tz::check", "%1：年度计划投资大于总投资").arg(where);
                const QDate start = storedDate(r.value(columnIndex(e, QStringLiteral("start_date"))));
                const QDate end = storedDate(r.value(columnIndex(e, QStringLiteral("planned_end_date"))));
                if (start.isValid() && end.isValid() && end < start)
                    report.problems << QCoreApplication::translate("tz::check", "%1：计划竣工时间早于开工时间").arg(where);
                if (!r.isNull(columnIndex(e, QStringLiteral("light_override")))
                    && r.text(columnIndex(e, QStringLiteral("light_override_reason"))).trimmed().isEmpty())
                    report.problems << QCoreApplication::translate("tz::check", "%1：人工认定灯色缺少理由").arg(where);
            } else if (e == Entity::Progress) {
                const qint64 percent = r.integer(columnIndex(e, QStringLiteral("percent")));
                if (percent < 0 || percent > 100)
                    report.problems << QCoreApplication::translate("tz::check", "%1：形象进度应在 0–100 之间").arg(where);
                const QString key = QStringLiteral("%1/%2").arg(r.integer(0)).arg(r.text(1));
                if (periods.contains(key))
                    report.problems << QCoreApplication::translate("tz::check", "%1：同一月份有重复的进展调度").arg(where);
                periods.insert(key);
            } else if (e == Entity::InvestmentPlan) {
                const qint64 month = r.integer(columnIndex(e, QStringLiteral("month")));
                if (month < 1 || month > 12)
                    report.problems << QCoreApplication::translate("tz::check", "%1：月份应在 1–12 之间").arg(where);
            }
        }
    }
    return report;
}

} // namespace tz
