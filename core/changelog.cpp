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
    QString sql = QStringLiteral("SELECT id, changed_at, user_name, action, entity, row_id,"
                                 " project_id, row_label, field, old_value, new_value"
                                 " FROM change_log");
    if (projectId)
        sql += QStringLiteral(" WHERE project_id = ?");
    sql += QStringLiteral(" ORDER BY id DESC");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    if (projectId)
        q.addBindValue(projectId);
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
