#pragma once

#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace tz {

class SqliteStatement;

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

// Which changes to show or export; empty members do not filter.
struct ChangeFilter
{
    QDate from; // local dates, inclusive
    QDate to;
    QString user;
    qint64 projectId = 0;
    QString entity; // table name
    QString text; // in the row label, field, old or new value
};

// The change history: append-only, written in the transaction of the change it records.
class ChangeLog
{
public:
    explicit ChangeLog(QSqlDatabase db);
    ~ChangeLog();

    bool append(const ChangeEntry &entry);
    // An insert's entry with its new value (the row's rowJson) given as UTF-8, bound without
    // a copy: an import appends one per new row. entry.newValue is not used.
    // labelUtf8, when given, is entry.rowLabel already as UTF-8 (null data: NULL).
    bool appendInsert(const ChangeEntry &entry, QByteArrayView newValueUtf8,
                      std::optional<QByteArrayView> labelUtf8 = std::nullopt);
    QString lastError() const { return m_error; }

    // Newest first; projectId 0 means all.
    static std::vector<ChangeEntry> read(QSqlDatabase db, qint64 projectId = 0, int limit = -1);
    static std::vector<ChangeEntry> read(QSqlDatabase db, const ChangeFilter &filter, int limit = -1);
    // Distinct user names, for the filter's list.
    static QStringList users(QSqlDatabase db);

private:
    void bindCommon(const ChangeEntry &entry); // every column but the label and the new value
    void bindSame(int index, const QString &text);
    bool run();
    // Prepared once and reused: an import appends one entry per new row, and QSqlQuery's
    // binding through QVariant cost more than SQLite's own work.
    std::unique_ptr<SqliteStatement> m_insert;
    QString m_error;
    // The last time written and its text: formatting a time costs more than the insert, and the
    // rows of one change are mostly written within the same millisecond.
    qint64 m_lastMsecs = -1;
    QString m_lastTime;
    // The time, user, action and table of the last entry with their UTF-8: an import's entries
    // share them, and encoding them again for each cost more than binding.
    std::pair<QString, QByteArray> m_same[5];
};

} // namespace tz
