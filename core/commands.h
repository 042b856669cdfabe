#pragma once

#include "values.h"

#include <QUndoCommand>

#include <optional>
#include <vector>

namespace tz {

class Ledger;

// Base of every change: runs its own effect and its children's inside one transaction of the
// ledger, so a command is applied whole or not at all. A command whose first redo fails
// marks itself obsolete, and QUndoStack::push then drops it.
class LedgerCommand : public QUndoCommand
{
public:
    LedgerCommand(Ledger *ledger, const QString &text, QUndoCommand *parent = nullptr);
    void redo() final;
    void undo() final;

protected:
    virtual bool apply(bool forward) = 0;
    Ledger *ledger() const { return m_ledger; }

private:
    Ledger *m_ledger;
    bool m_done = false;
};

// A group of commands applied as one step (an import, a merge): a parent with children.
class MacroCommand : public LedgerCommand
{
public:
    MacroCommand(Ledger *ledger, const QString &text) : LedgerCommand(ledger, text) { }

protected:
    bool apply(bool) override { return true; }
};

// Swaps one field's value; consecutive edits of the same field merge into one step.
class SetFieldCommand : public LedgerCommand
{
public:
    SetFieldCommand(Ledger *ledger, Entity e, qint64 id, int column, QVariant oldValue,
                    QVariant newValue, QUndoCommand *parent = nullptr);
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;

protected:
    bool apply(bool forward) override;

private:
    Entity m_entity;
    qint64 m_rowId;
    int m_column;
    QVariant m_old;
    QVariant m_new;
};

// Inserts (or, reversed, removes) a list of rows in order. A Ref value below zero in an
// inserted row points at an earlier row of the same list: -1 is the first row, -2 the second,
// so an import can add a project and its milestones in one command.
class RowsCommand : public LedgerCommand
{
public:
    enum Mode { Insert, Remove };
    RowsCommand(Ledger *ledger, const QString &text, Mode mode,
                std::vector<std::pair<Entity, Row>> rows, QUndoCommand *parent = nullptr);
    const std::vector<std::pair<Entity, Row>> &rows() const { return m_rows; }

protected:
    bool apply(bool forward) override;

private:
    bool insertAll();
    bool removeAll();
    Mode m_mode;
    std::vector<std::pair<Entity, Row>> m_rows;
};

class SetSettingCommand : public LedgerCommand
{
public:
    // oldValue empty optional: the key did not exist, and undo removes it again.
    SetSettingCommand(Ledger *ledger, const QString &key, std::optional<QString> oldValue,
                      QString newValue);

protected:
    bool apply(bool forward) override;

private:
    QString m_key;
    std::optional<QString> m_old;
    QString m_new;
};

} // namespace tz
