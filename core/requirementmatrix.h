#pragma once

#include "ledger.h"

#include <QAbstractTableModel>

#include <vector>

namespace tz {

class EntityModel;

// The 要素保障 board: how many factor requirements there are of each kind (the office's
// requirement_kinds dictionary, one row each) in each status (待协调 协调中 已解决 无法解决,
// one column each), with a total row and a total column. A cell also knows how many of its
// requirements are past their deadline unresolved — what turns a project's light red.
//
// Counted from the requirement model's rows in memory and recounted when that model changes
// (a few thousand integers: cheaper than any query); the kinds follow the ledger.
class RequirementMatrix : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        KindRole = Qt::UserRole + 1, // qint64 kind id; 0 on the total row
        StatusRole, // QString; empty in the total column
        CountRole, // int
        OverdueRole, // int
    };

    // requirements: an EntityModel of Entity::Requirement over all projects.
    explicit RequirementMatrix(EntityModel *requirements, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    int count(qint64 kindId, const QString &status) const; // 0 / empty: all
    int overdue(qint64 kindId, const QString &status) const;

private:
    struct Cell
    {
        int count = 0;
        int overdue = 0;
    };
    void reloadKinds();
    void recount();
    const Cell &cell(int row, int column) const;
    const Cell *find(qint64 kindId, const QString &status) const;

    EntityModel *m_requirements;
    std::vector<std::pair<qint64, QString>> m_kinds; // id, name, in dictionary order
    QStringList m_statuses;
    // (kinds + 1) x (statuses + 1): the last row and column are the totals.
    std::vector<Cell> m_cells;
    int m_kindColumn;
    int m_statusColumn;
    int m_deadlineColumn;
};

} // namespace tz
