#include "ledger.h"

#include "backup.h"
#include "changelog.h"
#include "commands.h"
#include "migrations.h"
#include "rowjson.h"
#include "rowstore.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUndoStack>

#include <utility>

namespace tz {

namespace {

// One RowStore per connection, kept with the connection's name.
QHash<QString, RowStore *> &stores()
{
    static QHash<QString, RowStore *> s;
    return s;
}

RowStore &storeFor(const QString &connection)
{
    RowStore *&s = stores()[connection];
    if (!s)
        s = new RowStore(QSqlDatabase::database(connection, false));
    return *s;
}

void dropStore(const QString &connection)
{
    delete stores().take(connection);
}

} // namespace

QString systemUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME"); // Windows
    if (name.isEmpty())
        name = qEnvironmentVariable("LOGNAME");
    return name.isEmpty() ? QStringLiteral("unknown") : name;
}

Ledger::Ledger(const QString &path, const QString &connection, bool readOnly)
    : m_path(path), m_connection(connection), m_readOnly(readOnly), m_userName(systemUserName())
{
    qRegisterMetaType<tz::ChangeEvent>();
    m_undo = new QUndoStack(this);
    if (!readOnly)
        m_log = std::make_unique<ChangeLog>(database());
}

Ledger::~Ledger()
{
    // A check still reading the file finishes before the connection and file go.
    if (m_integrity.valid())
        m_integrity.wait();
    // The undo stack holds commands that point back here: clear it before the connection goes.
    m_undo->clear();
    m_log.reset();
    dropStore(m_connection);
    closeConnection(m_connection);
}

QSqlDatabase Ledger::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

std::unique_ptr<Ledger> Ledger::create(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (info.exists()) {
        if (error)
            *error = tr("文件“%1”已存在，不会覆盖。").arg(QDir::toNativeSeparators(info.absoluteFilePath()));
        return nullptr;
    }
    QString err;
    const QString conn = openConnection(path, false, &err);
    if (conn.isEmpty()) {
        if (error)
            *error = tr("无法创建“%1”：%2").arg(QDir::toNativeSeparators(info.absoluteFilePath()), err);
        return nullptr;
    }
    QSqlDatabase db = QSqlDatabase::database(conn, false);
    QSqlQuery q(db);
    err = q.exec(QStringLiteral("PRAGMA application_id = %1").arg(LedgerApplicationId))
            ? migrate(db)
            : q.lastError().text();
    if (err.isEmpty() && db.transaction()) {
        // The dictionaries and settings every new ledger starts with.
        const auto seed = [&](const QString &sql, const QVariantList &binds) {
            q.prepare(sql);
            for (const QVariant &b : binds)
                q.addBindValue(b);
            if (!q.exec() && err.isEmpty())
                err = q.lastError().text();
        };
        for (const QString &c : words::defaultCategories())
            seed(QStringLiteral("INSERT INTO categories (name) VALUES (?)"), { c });
        const QStringList phases = words::defaultPhases();
        for (int i = 0; i < phases.size(); ++i)
            seed(QStringLiteral("INSERT INTO phases (name, started) VALUES (?, ?)"),
                 { phases[i], i >= 2 ? 1 : 0 });
        for (const QString &k : words::defaultRequirementKinds())
            seed(QStringLiteral("INSERT INTO requirement_kinds (name) VALUES (?)"), { k });
        const LightSettings d;
        const QList<std::pair<QString, QVariant>> settings = {
            { QStringLiteral("warning_days"), d.warningDays },
            { QStringLiteral("lag_yellow_points"), d.lagYellowPoints },
            { QStringLiteral("lag_red_points"), d.lagRedPoints },
            { QStringLiteral("start_late_yellow_months"), d.startLateYellowMonths },
            { QStringLiteral("start_late_red_months"), d.startLateRedMonths },
        };
        for (const auto &[k, v] : settings)
            seed(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"), { k, v.toString() });
        q.finish();
        if (err.isEmpty())
            db.commit();
        else
            db.rollback();
    }
    q = QSqlQuery();
    db = QSqlDatabase();
    if (!err.isEmpty()) {
        closeConnection(conn);
        QFile::remove(path);
        if (error)
            *error = tr("无法创建“%1”：%2").arg(QDir::toNativeSeparators(info.absoluteFilePath()), err);
        return nullptr;
    }
    return std::unique_ptr<Ledger>(new Ledger(path, conn, false));
}

QString Ledger::damagedMessage(const QString &path, const QString &problems)
{
    return tr("“%1”已损坏，未通过完整性检查，没有打开。可以从备份恢复。\n%2")
            .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()), problems);
}

QString Ledger::awaitIntegrityCheck()
{
    if (!m_integrity.valid())
        return {};
    const QString problems = m_integrity.get();
    return problems.isEmpty() ? QString() : damagedMessage(m_path, problems);
}

std::unique_ptr<Ledger> Ledger::open(const QString &path, bool readOnly, FileCheck *check, Check mode)
{
    FileCheck c = inspectLedgerFile(path);
    if (c.error == OpenError::None) {
        const bool ro = readOnly || !c.writable;
        if (ro && c.schemaVersion < currentSchemaVersion()) {
            c.error = OpenError::IoError;
            c.message = tr("“%1”是旧版本的台账，需要升级格式，但文件是只读的。")
                                .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
        } else {
            const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
            QString err;
            const QString conn = openConnection(path, ro, &err);
            // Damage is found before anything is shown, rather than on a later query in the
            // middle of someone's work (quick_check: the page structure, not every index). A file
            // to upgrade is checked first, always: a damaged one must not be migrated.
            const bool upgrade = !ro && c.schemaVersion < currentSchemaVersion();
            const bool concurrent = mode == Check::Concurrent && !upgrade && !conn.isEmpty();
            QString problems = conn.isEmpty() || concurrent ? QString() : integrityProblems(conn, true);
            if (!conn.isEmpty() && problems.isEmpty() && upgrade) {
                // A format upgrade rewrites tables: the old file is kept first.
                err = backupFile(path, BackupReason::Migration, 0);
                if (err.isEmpty()) {
                    QSqlDatabase db = QSqlDatabase::database(conn, false);
                    err = migrate(db);
                }
            }
            if (!problems.isEmpty()) {
                closeConnection(conn);
                c.error = OpenError::Damaged;
                c.message = damagedMessage(path, problems);
            } else if (conn.isEmpty() || !err.isEmpty()) {
                closeConnection(conn);
                c.error = OpenError::Damaged;
                c.message = tr("无法打开“%1”：%2").arg(shown, err);
            } else {
                if (check)
                    *check = c;
                std::unique_ptr<Ledger> ledger(new Ledger(path, conn, ro));
                if (concurrent)
                    ledger->m_integrity = std::async(std::launch::async, quickCheckFile, path);
                return ledger;
            }
        }
    }
    if (check)
        *check = c;
    return nullptr;
}

// ---------------------------------------------------------------- reading

std::optional<Row> Ledger::row(Entity e, qint64 id) const
{
    return storeFor(m_connection).fetch(e, id);
}

std::vector<Row> Ledger::rows(Entity e) const
{
    return storeFor(m_connection).fetchWhere(e);
}

std::vector<Row> Ledger::childRows(Entity e, qint64 parentId) const
{
    const EntityDef &d = entityDef(e);
    if (d.parentColumn < 0)
        return {};
    return storeFor(m_connection)
            .fetchWhere(e, QString::fromLatin1(d.columns[size_t(d.parentColumn)].name), parentId);
}

qint64 Ledger::count(Entity e) const
{
    return storeFor(m_connection).count(e);
}

QString Ledger::rowTitle(Entity e, qint64 id) const
{
    if (id == 0)
        return {};
    const auto r = row(e, id);
    if (!r)
        return {};
    return r->text(entityDef(e).titleColumn);
}

qint64 Ledger::findByName(Entity e, const QString &name) const
{
    const EntityDef &d = entityDef(e);
    const auto found = storeFor(m_connection)
                               .fetchWhere(e, QString::fromLatin1(d.columns[size_t(d.titleColumn)].name),
                                           name.trimmed());
    return found.empty() ? 0 : found.front().id;
}

qint64 Ledger::projectIdByCode(const QString &code) const
{
    const auto found = storeFor(m_connection).fetchWhere(Entity::Project, QStringLiteral("code"),
                                                         code.trimmed());
    return found.empty() ? 0 : found.front().id;
}

qint64 Ledger::projectOf(Entity e, const Row &r) const
{
    if (e == Entity::Project)
        return r.id;
    const EntityDef &d = entityDef(e);
    if (d.parentColumn < 0)
        return 0;
    const qint64 parent = r.integer(d.parentColumn);
    if (d.parent == Entity::Project)
        return parent;
    if (const auto p = row(d.parent, parent))
        return projectOf(d.parent, *p);
    return 0;
}

QString Ledger::setting(const QString &key) const
{
    const auto it = m_settingsCache.constFind(key);
    if (it != m_settingsCache.constEnd())
        return *it;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    QString v;
    if (q.exec() && q.next())
        v = q.value(0).toString();
    m_settingsCache.insert(key, v);
    return v;
}

bool Ledger::hasSetting(const QString &key) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() && q.value(0).toInt() > 0;
}

LightSettings Ledger::lightSettings() const
{
    LightSettings s;
    const auto get = [this](const char *key, int &target) {
        bool ok = false;
        const int v = setting(QString::fromLatin1(key)).toInt(&ok);
        if (ok && v >= 0)
            target = v;
    };
    get("warning_days", s.warningDays);
    get("lag_yellow_points", s.lagYellowPoints);
    get("lag_red_points", s.lagRedPoints);
    get("start_late_yellow_months", s.startLateYellowMonths);
    get("start_late_red_months", s.startLateRedMonths);
    return s;
}

// ---------------------------------------------------------------- changing

std::optional<Row> Ledger::prepareRow(Entity e, const QVariantList &values, qint64 exceptId,
                                      QString *error) const
{
    const EntityDef &d = entityDef(e);
    Row r = emptyRow(e);
    r.id = exceptId;
    for (size_t i = 0; i < d.columns.size(); ++i) {
        const ColumnDef &c = d.columns[i];
        QString err;
        const QVariant input = qsizetype(i) < values.size() ? values.at(qsizetype(i)) : QVariant();
        QVariant v = toStorage(c, input, &err);
        if (!err.isEmpty()) {
            if (error)
                *error = QStringLiteral("%1：%2").arg(columnLabel(e, int(i)), err);
            return std::nullopt;
        }
        if (!v.isValid() && c.type == ColumnType::Choice && c.required)
            v = c.choices.value(0);
        if (!v.isValid() && c.required) {
            if (error)
                *error = tr("%1不能为空").arg(columnLabel(e, int(i)));
            return std::nullopt;
        }
        if (v.isValid() && c.type == ColumnType::Ref
            && (v.toLongLong() <= 0 || !row(c.ref, v.toLongLong()))) {
            if (error)
                *error = tr("%1：找不到所指的%2").arg(columnLabel(e, int(i)), entityLabel(c.ref));
            return std::nullopt;
        }
        if (v.isValid() && c.unique) {
            for (const Row &other : storeFor(m_connection).fetchWhere(e, QString::fromLatin1(c.name), v)) {
                if (other.id != exceptId) {
                    if (error)
                        *error = tr("%1“%2”已存在").arg(columnLabel(e, int(i)), v.toString());
                    return std::nullopt;
                }
            }
        }
        r.values[qsizetype(i)] = v;
    }
    if (e == Entity::Project) {
        const auto cents = [&](const char *column) {
            const QVariant &v = r.values.at(columnIndex(e, QString::fromLatin1(column)));
            return v.isValid() ? std::optional<qint64>(v.toLongLong()) : std::nullopt;
        };
        const auto total = cents("total_investment");
        const auto planned = cents("planned_investment");
        if (total && planned && *planned > *total) {
            if (error)
                *error = tr("%1：不能大于总投资").arg(columnLabel(e, columnIndex(e, QStringLiteral("planned_investment"))));
            return std::nullopt;
        }
        const int startCol = columnIndex(e, QStringLiteral("start_date"));
        const int endCol = columnIndex(e, QStringLiteral("planned_end_date"));
        if (!r.isNull(startCol) && !r.isNull(endCol) && r.text(endCol) < r.text(startCol)) {
            if (error)
                *error = tr("%1：不能早于%2").arg(columnLabel(e, endCol), columnLabel(e, startCol));
            return std::nullopt;
        }
        // A light set by hand must say why, so the override can be answered for later.
        const int light = columnIndex(e, QStringLiteral("light_override"));
        const int reason = columnIndex(e, QStringLiteral("light_override_reason"));
        if (!r.isNull(light) && r.text(reason).trimmed().isEmpty()) {
            if (error)
                *error = tr("%1：请先填写%2").arg(columnLabel(e, light), columnLabel(e, reason));
            return std::nullopt;
        }
    }
    return r;
}

QString Ledger::setField(Entity e, qint64 id, int column, const QVariant &value)
{
    if (m_readOnly)
        return tr("台账以只读方式打开，不能修改。");
    const auto current = row(e, id);
    if (!current)
        return tr("找不到要修改的%1").arg(entityLabel(e));
    QVariantList values = current->values;
    values[column] = value;
    // Validate the whole row as it would be, so required and unique rules hold.
    QString error;
    const auto next = prepareRow(e, values, id, &error);
    if (!next)
        return error;
    const QVariant &newValue = next->values.at(column);
    const QVariant &oldValue = current->values.at(column);
    if (newValue == oldValue && newValue.isValid() == oldValue.isValid())
        return {};
    if (!push(new SetFieldCommand(this, e, id, column, oldValue, newValue)))
        return m_lastError;
    return {};
}

qint64 Ledger::addRow(Entity e, const QVariantList &values, QString *error)
{
    if (m_readOnly) {
        if (error)
            *error = tr("台账以只读方式打开，不能修改。");
        return 0;
    }
    const auto r = prepareRow(e, values, 0, error);
    if (!r)
        return 0;
    auto *cmd = new RowsCommand(this, tr("新增%1“%2”").arg(entityLabel(e), r->text(entityDef(e).titleColumn)),
                                RowsCommand::Insert, { { e, *r } });
    if (!push(cmd)) {
        if (error)
            *error = m_lastError;
        return 0;
    }
    return cmd->rows().front().second.id;
}

std::vector<std::pair<Entity, Row>> Ledger::collectTree(Entity e, qint64 id) const
{
    std::vector<std::pair<Entity, Row>> out;
    const auto r = row(e, id);
    if (!r)
        return out;
    out.emplace_back(e, *r);
    // Children come after their parent, grouped by entity in creation order.
    for (size_t i = 0; i < out.size(); ++i) {
        const Entity parent = out[i].first;
        const qint64 parentId = out[i].second.id;
        for (Entity child : childEntities(parent))
            for (Row &c : childRows(child, parentId))
                out.emplace_back(child, std::move(c));
    }
    return out;
}

QString Ledger::removeRow(Entity e, qint64 id)
{
    if (m_readOnly)
        return tr("台账以只读方式打开，不能修改。");
    auto tree = collectTree(e, id);
    if (tree.empty())
        return tr("找不到要删除的%1").arg(entityLabel(e));
    // Refuse when a row outside the tree still points at one inside it (a unit still
    // responsible for projects): deleting would leave the ledger pointing at nothing.
    QSet<QPair<int, qint64>> inTree;
    for (const auto &[te, tr0] : tree)
        inTree.insert({ int(te), tr0.id });
    for (const auto &[te, trow] : tree) {
        for (Entity other : allEntities()) {
            const EntityDef &od = entityDef(other);
            for (size_t c = 0; c < od.columns.size(); ++c) {
                if (od.columns[c].type != ColumnType::Ref || od.columns[c].ref != te)
                    continue;
                int outside = 0;
                for (const Row &ref : storeFor(m_connection).fetchWhere(other, QString::fromLatin1(od.columns[c].name), trow.id))
                    outside += inTree.contains({ int(other), ref.id }) ? 0 : 1;
                if (outside)
                    return tr("%1“%2”仍被 %3 条%4使用，不能删除。")
                            .arg(entityLabel(te), trow.text(entityDef(te).titleColumn))
                            .arg(outside)
                            .arg(entityLabel(other));
            }
        }
    }
    const QString title = tree.front().second.text(entityDef(e).titleColumn);
    if (!push(new RowsCommand(this, tr("删除%1“%2”").arg(entityLabel(e), title), RowsCommand::Remove,
                              std::move(tree))))
        return m_lastError;
    return {};
}

QString Ledger::setSetting(const QString &key, const QString &value)
{
    if (m_readOnly)
        return tr("台账以只读方式打开，不能修改。");
    const std::optional<QString> old = hasSetting(key) ? std::optional<QString>(setting(key)) : std::nullopt;
    if (old && *old == value)
        return {};
    if (!push(new SetSettingCommand(this, key, old, value)))
        return m_lastError;
    return {};
}

QString Ledger::saveCopy(const QString &target) const
{
    const QFileInfo to(target);
    if (to.absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
        return tr("不能把台账另存为它自己：“%1”。").arg(QDir::toNativeSeparators(to.absoluteFilePath()));
    return writeCheckedCopy(m_connection, target);
}

bool Ledger::push(QUndoCommand *command)
{
    if (m_readOnly) {
        delete command;
        m_lastError = tr("台账以只读方式打开，不能修改。");
        return false;
    }
    m_lastError.clear();
    m_failed = false;
    m_undo->push(command); // runs redo(); a failed command is obsolete and dropped
    return !m_failed;
}

bool Ledger::beginChange()
{
    if (m_depth++ == 0) {
        m_failed = false;
        m_pending.clear();
        if (!database().transaction()) {
            m_failed = true;
            m_lastError = database().lastError().text();
        }
    }
    return !m_failed;
}

bool Ledger::endChange(bool ok)
{
    if (!ok)
        m_failed = true;
    if (--m_depth > 0)
        return !m_failed;
    QSqlDatabase db = database();
    if (!m_failed && !db.commit()) {
        m_failed = true;
        m_lastError = db.lastError().text();
    }
    if (m_failed) {
        db.rollback();
        m_pending.clear();
        m_settingsCache.clear();
        if (m_lastError.isEmpty())
            m_lastError = tr("写入台账失败，已撤回本次修改。");
        else if (const QString storage = describeWriteError(m_path, m_lastError); !storage.isEmpty())
            m_lastError = storage; // a full disk or a lost share, said so in words
        return false;
    }
    const auto events = std::move(m_pending);
    m_pending.clear();
    if (events.size() > kEventsBeforeReset) {
        ChangeEvent reset;
        reset.kind = ChangeEvent::Reset;
        emit changed(reset);
    } else {
        for (const ChangeEvent &ev : events)
            emit changed(ev);
    }
    const bool settings = m_settingsDirty;
    m_settingsDirty = false;
    if (settings)
        emit settingsChanged();
    if (!events.empty() || settings)
        emit changesDone();
    return true;
}

void Ledger::queue(const ChangeEvent &event)
{
    m_pending.push_back(event);
}

bool Ledger::writeField(Entity e, qint64 id, int column, const QVariant &stored)
{
    if (m_failed)
        return false;
    RowStore &store = storeFor(m_connection);
    const auto before = store.fetch(e, id);
    if (!before || !store.update(e, id, column, stored)) {
        m_lastError = store.lastError();
        return false;
    }
    const ColumnDef &c = entityDef(e).columns[size_t(column)];
    ChangeEntry entry;
    entry.at = QDateTime::currentDateTimeUtc();
    entry.user = m_userName;
    entry.action = QStringLiteral("update");
    entry.entity = tableName(e);
    entry.rowId = id;
    entry.projectId = projectOf(e, *before);
    entry.rowLabel = before->text(entityDef(e).titleColumn);
    entry.field = QString::fromLatin1(c.name);
    entry.oldValue = plainText(c, before->values.at(column));
    entry.newValue = plainText(c, stored);
    if (!m_log->append(entry)) {
        m_lastError = m_log->lastError();
        return false;
    }
    queue({ ChangeEvent::Updated, e, id, column, entry.projectId });
    // A row moved to another project changes that project too (its light, its lists).
    Row after = *before;
    after.values[column] = stored;
    const qint64 newProject = projectOf(e, after);
    if (newProject && newProject != entry.projectId)
        queue({ ChangeEvent::Updated, e, id, column, newProject });
    return true;
}

RowStore &Ledger::rowStore() const
{
    return storeFor(m_connection);
}

bool Ledger::writeRemove(Entity e, const Row &r)
{
    if (m_failed)
        return false;
    ChangeEntry entry;
    entry.at = QDateTime::currentDateTimeUtc();
    entry.user = m_userName;
    entry.action = QStringLiteral("delete");
    entry.entity = tableName(e);
    entry.rowId = r.id;
    entry.projectId = projectOf(e, r); // before the row and its parents are gone
    entry.rowLabel = r.text(entityDef(e).titleColumn);
    entry.oldValue = rowJson(e, r); // the history keeps what was deleted
    RowStore &store = storeFor(m_connection);
    if (!store.remove(e, r.id)) {
        m_lastError = store.lastError();
        return false;
    }
    if (!m_log->append(entry)) {
        m_lastError = m_log->lastError();
        return false;
    }
    queue({ ChangeEvent::Removed, e, r.id, -1, entry.projectId });
    return true;
}

bool Ledger::writeSetting(const QString &key, const std::optional<QString> &value,
                          const std::optional<QString> &oldValue)
{
    if (m_failed)
        return false;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
    q.addBindValue(key);
    bool ok = q.exec();
    if (ok && value) {
        q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
        q.addBindValue(key);
        q.addBindValue(*value);
        ok = q.exec();
    }
    if (!ok) {
        m_lastError = q.lastError().text();
        return false;
    }
    m_settingsCache.remove(key);
    m_settingsDirty = true;
    ChangeEntry entry;
    entry.at = QDateTime::currentDateTimeUtc();
    entry.user = m_userName;
    entry.action = QStringLiteral("setting");
    entry.entity = QStringLiteral("settings");
    entry.field = key;
    entry.oldValue = oldValue.value_or(QString());
    entry.newValue = value.value_or(QString());
    if (!m_log->append(entry)) {
        m_lastError = m_log->lastError();
        return false;
    }
    return true;
}

} // namespace tz
