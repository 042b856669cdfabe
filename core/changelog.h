#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <vector>

namespace tz {

struct ChangeEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString user;
    QString action; // insert update delete setting
    QString entity; // table name
    qint64 rowId = 0;
    qint64 projectId = 0;
    QString rowLabel;
    QString field;
    QString oldValue;
    QString newValue;
};

// The change history: append-only, written in the transaction of the change it records.
class ChangeLog
{
public:
    explicit ChangeLog(QSqlDatabase db);

    bool append(const ChangeEntry &entry);
    QString lastError() const { return m_error; }

    // Newest first; projectId 0 means all.
    static std::vector<ChangeEntry> read(QSqlDatabase db, qint64 projectId = 0, int limit = -1);

private:
    QSqlQuery m_insert;
    QString m_error;
};

} // namespace tz
