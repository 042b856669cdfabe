#pragma once

#include "ledger.h"

#include <QAbstractTableModel>

namespace tz {

// A table of one entity's rows, live with the ledger: edits go through Ledger::setField (an
// undo command), and the model follows the ledger's change events instead of re-querying.
// With a parent id it shows one owner's rows (a project's milestones) without the owner column.
class EntityModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        IdRole = Qt::UserRole + 1, // qint64 row id
        SortRole, // the stored value: numbers as numbers, dates as ISO text
        StoredRole, // storage form, for code that compares values
    };

    EntityModel(Ledger *ledger, Entity entity, qint64 parentId = 0, QObject *parent = nullptr);

    Entity entity() const { return m_entity; }
    Ledger *ledger() const { return m_ledger; }
    qint64 parentId() const { return m_parentId; }
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    // Model column of an entity column, or -1 when it is not shown.
    int modelColumn(int entityColumn) const;
    int entityColumn(int modelColumn) const; // -1 for computed columns
    QString lastError() const { return m_lastError; }
    const Row &rowAt(int row) const { return m_rows.at(size_t(row)); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    void reload();

signals:
    // An edit the ledger refused, with the reason (translated), for the view to show.
    void editRejected(const QString &message);

protected:
    // Computed columns after the stored ones (a milestone's state, a project's light).
    virtual int computedColumnCount() const { return 0; }
    virtual QVariant computedData(int row, int column, int role) const;
    virtual QVariant computedHeader(int column, int role) const;
    virtual void rowsReloaded() { }
    virtual void projectTouched(qint64) { }
    QString refTitle(Entity e, qint64 id) const;

private:
    void onChanged(const ChangeEvent &event);
    bool belongs(const Row &row) const;
    void removeAt(int row);

    Ledger *m_ledger;
    Entity m_entity;
    qint64 m_parentId;
    std::vector<int> m_columns; // entity columns shown, in order
    std::vector<Row> m_rows;
    QHash<qint64, int> m_index; // id -> row, rebuilt lazily after removals
    mutable QHash<qint64, QString> m_titles[EntityCount];
    mutable bool m_titlesLoaded[EntityCount] = {};
    QString m_lastError;
};

} // namespace tz
