#pragma once

#include "entitymodel.h"

#include <QIdentityProxyModel>

#include <limits>
#include <vector>

namespace tz {

class ProjectModel;

// Rows of one entity from every project (milestones, factor requirements, supervision records)
// with what a reader of a cross-project list needs beside them: the project's code, its
// responsible unit and leader, and the days left to the row's deadline — appended as columns
// after the source's own. Project facts are read from the ProjectModel the main page already
// keeps in memory (and which follows the ledger), so no cell asks the database, and the
// entity model never loads its own copy of ten thousand project names.
//
// The source's own columns pass through untouched, so EntityDelegate still edits them in place;
// the project column is shown by name and is read-only here (moving a row to another project
// belongs in the project's own page).
class CrossProjectProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    enum Roles {
        ProjectIdRole = EntityModel::StoredRole + 20, // qint64, on every column
        DaysLeftRole, // int, negative when overdue; invalid when closed or without deadline
        OpenRole, // bool
    };
    enum Extra { CodeColumn, UnitColumn, LeaderColumn, DaysColumn, ExtraCount };

    explicit CrossProjectProxy(ProjectModel *projects, QObject *parent = nullptr);

    // source must be an EntityModel of an entity owned by a project.
    void setSourceModel(QAbstractItemModel *source) override;
    // The date the days column counts down to, and what closes a row: one of doneWords in
    // doneColumn, or with no words any value there (a milestone's actual date).
    void setDeadline(int deadlineColumn, int doneColumn, const QStringList &doneWords = {});

    EntityModel *entityModel() const { return m_source; }
    ProjectModel *projects() const { return m_projects; }
    int extraColumn(Extra e) const;
    // Model column of an entity column (the same here as in the entity model), -1 if hidden.
    int column(const QString &entityColumnName) const;

    // Where a row stands against its deadline, kept per row beside the source's rows so that
    // sorting fifty thousand rows compares integers, not dates parsed from text each time.
    struct Due
    {
        static constexpr qint64 None = std::numeric_limits<qint64>::max();
        qint64 day = None; // Julian day of the deadline
        bool open = true;
    };

    // For the filter above, by source row: plain reads of what is in memory.
    qint64 projectIdAt(int row) const;
    const Due &due(int row) const { return m_due[size_t(row)]; }
    bool isOpen(int row) const { return due(row).open; }
    const Row *projectRow(qint64 projectId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QItemSelection mapSelectionToSource(const QItemSelection &selection) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QMap<int, QVariant> itemData(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QVariant extraData(int row, Extra column, int role) const;
    QVariant projectText(int row, int projectColumn) const;
    void onProjectsChanged(const QModelIndex &from, const QModelIndex &to);
    void onSourceChanged(const QModelIndex &from, const QModelIndex &to);
    void emitForRows(int first, int last);
    Due computeDue(int row) const;
    bool touchesDue(const QModelIndex &from, const QModelIndex &to) const;
    void rebuildDue();

    ProjectModel *m_projects;
    EntityModel *m_source = nullptr;
    int m_sourceColumns = 0;
    int m_projectColumn = -1; // entity column of the owning project
    int m_deadlineColumn = -1;
    int m_doneColumn = -1;
    QStringList m_doneWords;
    std::vector<Due> m_due; // one per source row, in source order
    // Project model columns whose change shows here.
    int m_codeColumn, m_nameColumn, m_unitColumn, m_leaderColumn;
};

} // namespace tz
