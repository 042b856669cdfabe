#pragma once

#include "ledgerfile.h"
#include "rules.h"
#include "values.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>

#include <future>
#include <memory>
#include <vector>

class QUndoStack;
class QUndoCommand;

namespace tz {

class ChangeLog;
struct ChangeEntry;
class RowStore;
class EncodedRows;

// What changed, sent once per row after the change is committed.
struct ChangeEvent
{
    enum Kind { Inserted, Updated, Removed, Reset };
    Kind kind = Updated;
    Entity entity = Entity::Project;
    qint64 id = 0;
    int column = -1; // for Updated
    qint64 projectId = 0; // the project the row belongs to, when it belongs to one
};

// One open ledger file: the document of the application. Owns the database connection and
// the undo stack; every change goes through an undo command pushed here, and every change is
// written to the change history in the same transaction.
class Ledger : public QObject
{
    Q_OBJECT
public:
    ~Ledger() override;

    // Creates a new ledger file (refuses an existing path) with the default dictionaries.
    static std::unique_ptr<Ledger> create(const QString &path, QString *error);
    // Opens an existing ledger; a file that is not writable opens read-only. Foreign, damaged
    // or newer files are refused and left untouched (FileCheck says why).
    // Concurrent: the integrity check (PRAGMA quick_check, a read of the whole file) runs on
    // another thread while the caller loads its views; the caller must then ask
    // awaitIntegrityCheck() before it shows anything, and drop the ledger if it answers.
    enum class Check { Before, Concurrent };
    static std::unique_ptr<Ledger> open(const QString &path, bool readOnly, FileCheck *check,
                                        Check mode = Check::Before);
    // Empty when the file passed the integrity check (at once for Check::Before), else the
    // translated message of a damaged file. Waits for a concurrent check to finish.
    QString awaitIntegrityCheck();

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    QSqlDatabase database() const;
    QString connectionName() const { return m_connection; }
    QUndoStack *undoStack() const { return m_undo; }

    // Who the change history names; defaults to the operating-system user.
    QString userName() const { return m_userName; }
    void setUserName(const QString &name) { m_userName = name; }

    // ---- reading
    std::optional<Row> row(Entity e, qint64 id) const;
    std::vector<Row> rows(Entity e) const;
    std::vector<Row> childRows(Entity e, qint64 parentId) const;
    qint64 count(Entity e) const;
    // The name a person knows a row by (unit name, leader name, project name ...).
    QString rowTitle(Entity e, qint64 id) const;
    // id of a dictionary-like row by its name (units, leaders, categories ...), 0 if none.
    qint64 findByName(Entity e, const QString &name) const;
    qint64 projectIdByCode(const QString &code) const;
    qint64 projectOf(Entity e, const Row &row) const;

    LightSettings lightSettings() const;
    QString setting(const QString &key) const;
    bool hasSetting(const QString &key) const;

    // ---- changing: each pushes one undo step; an error comes back translated, nothing written
    QString setField(Entity e, qint64 id, int column, const QVariant &value);
    // Adds a row (values in any accepted input form); returns its id, or 0 with *error set.
    qint64 addRow(Entity e, const QVariantList &values, QString *error);
    // Removes a row and everything that belongs to it (a project's milestones ...).
    QString removeRow(Entity e, qint64 id);
    QString setSetting(const QString &key, const QString &value);
    // Writes a consistent copy of the whole ledger to target (replacing it): VACUUM INTO a
    // temporary name beside it, synced and integrity-checked, then renamed, so a failed copy
    // never leaves a half-written file under the target's name. Returns an error or empty.
    QString saveCopy(const QString &target) const;
    // Pushes any command; false when it failed and was rolled back (see lastError()).
    bool push(QUndoCommand *command);
    QString lastError() const { return m_lastError; }

    // Validates and converts a full row of input values; checks required and unique columns.
    std::optional<Row> prepareRow(Entity e, const QVariantList &values, qint64 exceptId,
                                  QString *error) const;

    // ---- used by undo commands (inside their transaction)
    bool writeField(Entity e, qint64 id, int column, const QVariant &stored);
    bool writeInsert(Entity e, Row &row); // row.id 0: assign
    // Inserts rows, each with its id given and its references resolved (an import), parents
    // listed before their children: the values and history JSON of the next rows are encoded on
    // another core meanwhile. Within each chunk the rows go in a table at a time, parents'
    // tables first, several per statement; their history and change events follow the list.
    bool writeInserts(std::vector<std::pair<Entity, Row>> &rows);
    bool writeRemove(Entity e, const Row &row);
    // value empty optional: remove the key.
    bool writeSetting(const QString &key, const std::optional<QString> &value,
                      const std::optional<QString> &oldValue);
    // Everything a removal must take with it, parents first.
    std::vector<std::pair<Entity, Row>> collectTree(Entity e, qint64 id) const;
    bool beginChange();
    bool endChange(bool ok);
    // True once a write of the change in progress failed: no further write is attempted.
    bool changeFailed() const { return m_failed; }
    void setLastError(const QString &message) { m_lastError = message; }

    // A commit of more changes than this (an import, its undo) is told as one Reset event:
    // following ten thousand rows one by one cost the views far more than reloading once.
    static constexpr size_t kEventsBeforeReset = 200;

signals:
    // After a commit, its changes in the order they were made (or one Reset, see above).
    void changed(const tz::ChangeEvent &event);
    void settingsChanged();
    // After the events of one commit: for views that reload whatever changed once per
    // commit rather than once per row.
    void changesDone();

private:
    Ledger(const QString &path, const QString &connection, bool readOnly);
    static QString damagedMessage(const QString &path, const QString &problems);
    void queue(const ChangeEvent &event);
    bool writeEncoded(Entity e, Row &row, const EncodedRows &encoded, size_t j);
    // The history entry of inserting `row`, but its values: who, when, what, which project.
    ChangeEntry insertEntry(Entity e, const Row &row) const;
    RowStore &rowStore() const; // the statements kept for this ledger's connection
    bool writeEncodedChunk(const std::vector<std::pair<Entity, Row>> &rows, size_t begin,
                           const EncodedRows &encoded);

    QString m_path;
    QString m_connection;
    bool m_readOnly = false;
    QUndoStack *m_undo = nullptr;
    std::unique_ptr<ChangeLog> m_log;
    QString m_userName;
    QString m_lastError;
    int m_depth = 0;
    bool m_failed = false;
    bool m_settingsDirty = false;
    std::vector<ChangeEvent> m_pending;
    mutable QHash<QString, QString> m_settingsCache;
    std::future<QString> m_integrity; // a concurrent open's check, until awaited
};

QString systemUserName();

} // namespace tz

Q_DECLARE_METATYPE(tz::ChangeEvent)
