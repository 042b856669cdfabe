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

struct sqlite3;

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
    // appendInsert for many entries at once, in order (their ids follow one another as they
    // would one by one): up to 32 rows per INSERT statement. An import writes one history row
    // per new row, and SQLite's cost per statement (preparing the step, halting it, the
    // foreign-key and statement-journal bookkeeping) was as much as the row's own.
    struct Inserted
    {
        const ChangeEntry *entry;
        QByteArrayView newValueUtf8;
        std::optional<QByteArrayView> labelUtf8;
    };
    bool appendInserts(const std::vector<Inserted> &rows);
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
    sqlite3 *m_handle; // of the connection the log writes to
    std::unique_ptr<SqliteStatement> m_insert;
    QString m_error;
    // The last time written and its text: formatting a time costs more than the insert, and the
    // rows of one change are mostly written within the same millisecond.
    qint64 m_lastMsecs = -1;
    QString m_lastTime;
    // The time, user, action and table of the last entry with their UTF-8: an import's entries
    // share them, and encoding them again for each cost more than binding.
    std::pair<QString, QByteArray> m_same[5];
    // appendInserts: a statement per rows-per-statement (1, 2, 4, ... 32), made when first
    // needed; and the UTF-8 of the few texts every entry repeats (user, action, table), kept for
    // the life of the log so that they can be bound without a copy.
    std::vector<std::unique_ptr<SqliteStatement>> m_multi;
    std::vector<std::pair<QString, QByteArray>> m_texts;
    qint64 m_multiMsecs = -1;
    QByteArray m_multiTime;
    QByteArrayView utf8Of(const QString &text);
};

} // namespace tz
