#include "commands.h"

#include "ledger.h"

#include <QCoreApplication>

#include <algorithm>

namespace tz {

LedgerCommand::LedgerCommand(Ledger *ledger, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_ledger(ledger)
{
}

// Once a write of a change has failed, nothing more of it is attempted: after a full disk or an
// I/O error SQLite may already have rolled the transaction back, and a later write would then
// commit on its own, leaving half a change in the file.
void LedgerCommand::redo()
{
    bool ok = m_ledger->beginChange() && apply(true);
    if (ok)
        QUndoCommand::redo(); // children, in order, inside our transaction
    ok = m_ledger->endChange(ok);
    if (!ok && !m_done)
        setObsolete(true);
    m_done = m_done || ok;
}

void LedgerCommand::undo()
{
    bool ok = m_ledger->beginChange();
    if (ok)
        QUndoCommand::undo(); // children, in reverse order
    ok = ok && !m_ledger->changeFailed() && apply(false);
    m_ledger->endChange(ok);
}

SetFieldCommand::SetFieldCommand(Ledger *ledger, Entity e, qint64 id, int column, QVariant oldValue,
                                 QVariant newValue, QUndoCommand *parent)
    : LedgerCommand(ledger,
                    QCoreApplication::translate("tz::commands", "修改%1“%2”的%3")
                            .arg(entityLabel(e), ledger->rowTitle(e, id), columnLabel(e, column)),
                    parent),
      m_entity(e),
      m_rowId(id),
      m_column(column),
      m_old(std::move(oldValue)),
      m_new(std::move(newValue))
{
}

bool SetFieldCommand::apply(bool forward)
{
    return ledger()->writeField(m_entity, m_rowId, m_column, forward ? m_new : m_old);
}

bool SetFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = dynamic_cast<const SetFieldCommand *>(other);
    // QUndoStack offers a command for merging before it drops a failed (obsolete) one.
    if (!o || o->isObsolete() || o->m_entity != m_entity || o->m_rowId != m_rowId || o->m_column != m_column
        || childCount() || o->childCount())
        return false;
    m_new = o->m_new;
    // Typing a value and then typing the old one back leaves nothing to undo.
    setObsolete(m_new == m_old);
    return true;
}

RowsCommand::RowsCommand(Ledger *ledger, const QString &text, Mode mode,
                         std::vector<std::pair<Entity, Row>> rows, QUndoCommand *parent)
    : LedgerCommand(ledger, text, parent), m_mode(mode), m_rows(std::move(rows))
{
}

bool RowsCommand::apply(bool forward)
{
    return (m_mode == Insert) == forward ? insertAll() : removeAll();
}

bool RowsCommand::insertAll()
{
    // Rows with their ids given and no reference to a row of this list (an import) can all be
    // encoded ahead of their writing; the others are written one by one, each learning the ids
    // of those before it.
    const bool independent = std::all_of(m_rows.begin(), m_rows.end(), [](const auto &entry) {
        const auto &cols = entityDef(entry.first).columns;
        for (size_t c = 0; c < cols.size(); ++c) {
            const QVariant &v = entry.second.values.at(qsizetype(c));
            if (cols[c].type == ColumnType::Ref && v.isValid() && v.toLongLong() < 0)
                return false;
        }
        return entry.second.id != 0;
    });
    if (independent)
        return ledger()->writeInserts(m_rows);
    std::vector<qint64> ids;
    ids.reserve(m_rows.size());
    for (auto &[entity, row] : m_rows) {
        const auto &cols = entityDef(entity).columns;
        for (size_t c = 0; c < cols.size(); ++c) {
            QVariant &v = row.values[qsizetype(c)];
            if (cols[c].type == ColumnType::Ref && v.isValid() && v.toLongLong() < 0) {
                const size_t k = size_t(-v.toLongLong() - 1);
                if (k >= ids.size())
                    return false;
                v = ids[k];
            }
        }
        if (!ledger()->writeInsert(entity, row))
            return false;
        ids.push_back(row.id);
    }
    return true;
}

bool RowsCommand::removeAll()
{
    // Children were listed after their parents: remove from the end.
    for (auto it = m_rows.rbegin(); it != m_rows.rend(); ++it)
        if (!ledger()->writeRemove(it->first, it->second))
            return false;
    return true;
}

SetSettingCommand::SetSettingCommand(Ledger *ledger, const QString &key,
                                     std::optional<QString> oldValue, QString newValue)
    : LedgerCommand(ledger,
                    QCoreApplication::translate("tz::commands", "修改设置“%1”").arg(key)),
      m_key(key),
      m_old(std::move(oldValue)),
      m_new(std::move(newValue))
{
}

bool SetSettingCommand::apply(bool forward)
{
    if (forward)
        return ledger()->writeSetting(m_key, m_new, m_old);
    return ledger()->writeSetting(m_key, m_old, m_new);
}

} // namespace tz
