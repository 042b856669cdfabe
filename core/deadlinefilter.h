#pragma once

#include "crossprojectproxy.h"

#include <QHash>
#include <QSortFilterProxyModel>

#include <array>

namespace tz {

// Filters and orders the rows of a CrossProjectProxy the way a project office chases
// deadlines: quick scopes (overdue, due within a week, not done), by the project's leader or
// unit, by the value of a column (a requirement's kind, a rectification's status); sorted by
// the days column, overdue open rows come first, then by deadline.
//
// Everything is decided on what the models already hold in memory — the deadlines the
// CrossProjectProxy keeps per row, the project looked up in the project model — so filtering
// and sorting fifty thousand milestones never touches the database. "Today" is taken from
// Clock when the filter or the order is set; refreshToday() judges again on another day.
class DeadlineFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum Scope {
        All,
        Overdue, // open and past the deadline
        DueWithinWeek, // open, due today or within the next 7 days
        Open, // not done, whatever the deadline
    };

    explicit DeadlineFilter(QObject *parent = nullptr);

    // source must be a CrossProjectProxy.
    void setSourceModel(QAbstractItemModel *source) override;
    CrossProjectProxy *crossProject() const { return m_source; }

    void setScope(Scope scope);
    Scope scope() const { return m_scope; }
    void setLeader(qint64 leaderId); // 0: any
    void setUnit(qint64 unitId); // 0: any
    // Keeps only rows whose entity column holds this stored value; an invalid value clears it.
    void setMatch(int entityColumn, const QVariant &stored);
    QVariant matchedValue(int entityColumn) const { return m_matches.value(entityColumn); }
    // Whether closed rows go after all open ones in the urgency order (requirements), or
    // only overdue rows are lifted to the top and the rest keep deadline order (milestones).
    void setClosedLast(bool closedLast);
    void refreshToday();
    // How many rows each scope would show under the other filters, indexed by Scope: one pass
    // over the rows, for the counts on the scope buttons.
    std::array<int, 4> scopeCounts() const;

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool acceptsOthers(int sourceRow) const; // everything but the scope
    bool inScope(int sourceRow, Scope scope) const;
    int rank(const CrossProjectProxy::Due &due) const;
    void refilter();

    CrossProjectProxy *m_source = nullptr;
    Scope m_scope = All;
    qint64 m_leader = 0;
    qint64 m_unit = 0;
    QHash<int, QVariant> m_matches;
    bool m_closedLast = false;
    qint64 m_today = 0; // Julian day
    int m_unitColumn = -1; // entity columns of a project row
    int m_leaderColumn = -1;
};

} // namespace tz
