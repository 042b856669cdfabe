#include "changelog.h"

#include <QSqlError>
#include <QVariant>

namespace tz {

ChangeLog::ChangeLog(QSqlDatabase db) : m_insert(db)
{
    m_insert.prepare(QStringLiteral(
            "INSERT INTO change_log (changed_at, user_name, action, entity, row_id, project_id,"
            " row_label, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
}

bool ChangeLog::append(const ChangeEntry &e)
{
    const auto orNull = [](const QString &s) {
        return s.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
    };
    m_insert.addBindValue(e.at.toUTC().toString(Qt::ISODateWithMs));
    m_insert.addBindValue(e.user);
    m_insert.addBindValue(e.action);
    m_insert.addBindValue(e.entity);
    m_insert.addBindValue(e.rowId);
    m_insert.addBindValue(e.projectId ? QVariant(e.projectId) : QVariant(QMetaType::fromType<qlonglong>()));
    m_insert.addBindValue(orNull(e.rowLabel));
    m_insert.addBindValue(orNull(e.field));
    m_insert.addBindValue(orNull(e.oldValue));
    m_insert.addBindValue(orNull(e.newValue));
    if (!m_insert.exec()) {
        m_error = m_insert.lastError().text();
        return false;
    }
    m_insert.finish();
    return true;
}

std::vector<ChangeEntry> ChangeLog::read(QSqlDatabase db, qint64 projectId, int limit)
{
    ChangeFilter f;
    f.projectId = projectId;
    return read(db, f, limit);
}

QStringList ChangeLog::users(QSqlDatabase db)
{
    QSqlQuery q(db);
    QStringList names;
    if (q.exec(QStringLiteral("SELECT DISTINCT user_name FROM change_log ORDER BY user_name")))
        while (q.next())
            names << q.value(0).toString();
    return names;
}

std::vector<ChangeEntry> ChangeLog::read(QSqlDatabase db, const ChangeFilter &filter, int limit)
{
    QString sql = QStringLiteral("SELECT id, changed_at, user_name, action, entity, row_id,"
                                 " project_id, row_label, field, old_value, new_value"
                                 " FROM change_log WHERE 1");
    QVariantList binds;
    // Times are stored as UTC ISO text, so a local day becomes a UTC range compared as text.
    const auto utc = [](const QDate &d) {
        return d.startOfDay().toUTC().toString(Qt::ISODateWithMs);
    };
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND changed_at >= ?");
        binds << utc(filter.from);
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND changed_at < ?");
        binds << utc(filter.to.addDays(1));
    }
    if (!filter.user.isEmpty()) {
        sql += QStringLiteral(" AND user_name = ?");
        binds << filter.user;
    }
    if (filter.projectId) {
        sql += QStringLiteral(" AND project_id = ?");
        binds << filter.projectId;
    }
    if (!filter.entity.isEmpty()) {
        sql += QStringLiteral(" AND entity = ?");
        binds << filter.entity;
    }
    if (!filter.text.isEmpty()) {
        sql += QStringLiteral(" AND (instr(row_label, ?) OR instr(field, ?) OR instr(old_value, ?)"
                              " OR instr(new_value, ?))");
        binds << filter.text << filter.text << filter.text << filter.text;
    }
    sql += QStringLiteral(" ORDER BY id DESC");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    std::vector<ChangeEntry> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        ChangeEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.user = q.value(2).toString();
        e.action = q.value(3).toString();
        e.entity = q.value(4).toString();
        e.rowId = q.value(5).toLongLong();
        e.projectId = q.value(6).toLongLong();
        e.rowLabel = q.value(7).toString();
        e.field = q.value(8).toString();
        e.oldValue = q.value(9).toString();
        e.newValue = q.value(10).toString();
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace tz
