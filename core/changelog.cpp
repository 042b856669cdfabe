#include "changelog.h"

#include "sqlitestatement.h"
#include "values.h"

#include <QSqlError>
#include <QVariant>

namespace tz {

namespace {

// A UTC time as Qt::ISODateWithMs writes it ("2023-05-01T08:30:00.250Z"), without going
// through QDateTime::toString, which costs more than the insert it is written for.
QString utcText(const QDateTime &utc)
{
    const QDate day = utc.date();
    if (day.year() < 1 || day.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    const int ms = utc.time().msecsSinceStartOfDay();
    const int parts[] = { ms / 3600000, ms / 60000 % 60, ms / 1000 % 60 };
    QString s = dateToStorage(day);
    s.reserve(24);
    for (int i = 0; i < 3; ++i) {
        s += i == 0 ? u'T' : u':';
        s += QChar(u'0' + parts[i] / 10);
        s += QChar(u'0' + parts[i] % 10);
    }
    s += u'.';
    s += QChar(u'0' + ms % 1000 / 100);
    s += QChar(u'0' + ms % 100 / 10);
    s += QChar(u'0' + ms % 10);
    s += u'Z';
    return s;
}

} // namespace

ChangeLog::ChangeLog(QSqlDatabase db)
    : m_handle(sqliteHandle(db)), m_insert(std::make_unique<SqliteStatement>(
            db, "INSERT INTO change_log (changed_at, user_name, action, entity, row_id, project_id,"
                " row_label, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
{
}

ChangeLog::~ChangeLog() = default;

namespace {

void bindOrNull(SqliteStatement &q, int index, const QString &s)
{
    if (s.isNull())
        q.bindNull(index);
    else
        q.bind(index, s);
}

} // namespace

void ChangeLog::bindSame(int index, const QString &text)
{
    auto &[last, utf8] = m_same[index];
    if (last.isNull() || last != text) {
        last = text;
        utf8 = text.toUtf8();
    }
    m_insert->bindStatic(index, utf8); // kept in m_same until it changes: after this entry
}

void ChangeLog::bindCommon(const ChangeEntry &e)
{
    SqliteStatement &q = *m_insert;
    const QDateTime at = e.at.toUTC();
    if (const qint64 ms = at.toMSecsSinceEpoch(); ms != m_lastMsecs) {
        m_lastMsecs = ms;
        m_lastTime = utcText(at);
    }
    // NOT NULL columns: a null string binds as empty text, as bind(QString) does.
    bindSame(1, m_lastTime);
    bindSame(2, e.user);
    bindSame(3, e.action);
    bindSame(4, e.entity);
    q.bind(5, e.rowId);
    if (e.projectId)
        q.bind(6, e.projectId);
    else
        q.bindNull(6);
    bindOrNull(q, 8, e.field);
    bindOrNull(q, 9, e.oldValue);
}

bool ChangeLog::run()
{
    SqliteStatement &q = *m_insert;
    const bool ok = q.exec();
    if (!ok)
        m_error = q.error();
    q.reset(); // also when it failed: the statement stays usable for the next change
    return ok;
}

bool ChangeLog::append(const ChangeEntry &e)
{
    bindCommon(e);
    bindOrNull(*m_insert, 7, e.rowLabel);
    bindOrNull(*m_insert, 10, e.newValue);
    return run();
}

bool ChangeLog::appendInsert(const ChangeEntry &e, QByteArrayView newValueUtf8,
                             std::optional<QByteArrayView> labelUtf8)
{
    bindCommon(e);
    if (!labelUtf8)
        bindOrNull(*m_insert, 7, e.rowLabel);
    else if (!labelUtf8->data())
        m_insert->bindNull(7);
    else
        m_insert->bindStatic(7, *labelUtf8);
    m_insert->bindStatic(10, newValueUtf8);
    return run();
}

QByteArrayView ChangeLog::utf8Of(const QString &text)
{
    for (const auto &[known, utf8] : m_texts) {
        if (known == text)
            return utf8;
    }
    // Never forgotten here: the bytes stay bound until the statement has run (appendInserts
    // forgets them between statements). A moved QByteArray keeps its bytes where they were.
    m_texts.emplace_back(text, text.toUtf8());
    return m_texts.back().second;
}

bool ChangeLog::appendInserts(const std::vector<Inserted> &rows)
{
    constexpr int kColumns = 10;
    constexpr size_t kMostRows = 32; // 320 parameters, well under SQLite's limit of 999
    size_t done = 0;
    while (done < rows.size()) {
        // The largest power of two that fits: at most six statements for any count, so a
        // remainder does not go row by row, nor need a statement of its own size.
        size_t n = kMostRows;
        while (n > rows.size() - done)
            n /= 2;
        size_t slot = 0;
        while ((size_t(1) << slot) < n)
            ++slot;
        if (m_multi.size() <= slot)
            m_multi.resize(slot + 1);
        std::unique_ptr<SqliteStatement> &q = m_multi[slot];
        if (!q) {
            // OR FAIL: a statement of many rows that may stop half way needs SQLite's statement
            // journal to take its first rows back (with ABORT, the default), and that journal
            // went to a temporary file page by page, 54,000 writes for one import. A failing
            // entry fails the whole change, whose transaction is rolled back anyway.
            QByteArray sql = "INSERT OR FAIL INTO change_log (changed_at, user_name, action, entity, row_id,"
                             " project_id, row_label, field, old_value, new_value) VALUES ";
            for (size_t r = 0; r < n; ++r)
                sql += r ? ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" : "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
            q = std::make_unique<SqliteStatement>(m_handle, sql.constData());
        }
        // A handful of users, actions and tables in practice; a caller with ever new texts
        // must not grow them without end. Forgotten only here, where nothing bound refers to them.
        if (m_texts.size() >= 64)
            m_texts.clear();
        // The time texts of these rows, alive until the statement has run.
        QByteArray times[kMostRows];
        for (size_t r = 0; r < n; ++r) {
            const Inserted &in = rows[done + r];
            const ChangeEntry &e = *in.entry;
            const int base = int(r) * kColumns;
            const QDateTime at = e.at.toUTC();
            if (const qint64 ms = at.toMSecsSinceEpoch(); ms != m_multiMsecs) {
                m_multiMsecs = ms;
                m_multiTime = utcText(at).toLatin1(); // digits, 'T', ':', '.', 'Z'
            }
            times[r] = m_multiTime; // shared, not copied
            q->bindStatic(base + 1, times[r]);
            q->bindStatic(base + 2, utf8Of(e.user)); // NOT NULL: a null string is empty text
            q->bindStatic(base + 3, utf8Of(e.action));
            q->bindStatic(base + 4, utf8Of(e.entity));
            q->bind(base + 5, e.rowId);
            if (e.projectId)
                q->bind(base + 6, e.projectId);
            else
                q->bindNull(base + 6);
            if (!in.labelUtf8)
                bindOrNull(*q, base + 7, e.rowLabel);
            else if (!in.labelUtf8->data())
                q->bindNull(base + 7);
            else
                q->bindStatic(base + 7, *in.labelUtf8);
            bindOrNull(*q, base + 8, e.field);
            bindOrNull(*q, base + 9, e.oldValue);
            q->bindStatic(base + 10, in.newValueUtf8);
        }
        const bool ok = q->exec();
        if (!ok)
            m_error = q->error();
        q->reset(); // also when it failed: kept for the next change
        if (!ok)
            return false;
        done += n;
    }
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
