#include "deadlinefilter.h"

#include "clock.h"
#include "crossprojectproxy.h"

namespace tz {

DeadlineFilter::DeadlineFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(EntityModel::SortRole);
    setSortLocaleAware(true);
    m_unitColumn = columnIndex(Entity::Project, QStringLiteral("unit_id"));
    m_leaderColumn = columnIndex(Entity::Project, QStringLiteral("leader_id"));
    refreshToday();
}

void DeadlineFilter::setSourceModel(QAbstractItemModel *source)
{
    m_source = qobject_cast<CrossProjectProxy *>(source);
    Q_ASSERT(!source || m_source);
    QSortFilterProxyModel::setSourceModel(source);
}

void DeadlineFilter::refreshToday()
{
    m_today = Clock::today().toJulianDay();
}

void DeadlineFilter::refilter()
{
    refreshToday();
    invalidateFilter();
}

void DeadlineFilter::setScope(Scope scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    refilter();
}

void DeadlineFilter::setLeader(qint64 leaderId)
{
    if (leaderId == m_leader)
        return;
    m_leader = leaderId;
    refilter();
}

void DeadlineFilter::setUnit(qint64 unitId)
{
    if (unitId == m_unit)
        return;
    m_unit = unitId;
    refilter();
}

void DeadlineFilter::setMatch(int entityColumn, const QVariant &stored)
{
    if (stored.isValid() && !stored.isNull())
        m_matches.insert(entityColumn, stored);
    else if (!m_matches.remove(entityColumn))
        return;
    refilter();
}

void DeadlineFilter::setClosedLast(bool closedLast)
{
    m_closedLast = closedLast;
    invalidate();
}

void DeadlineFilter::sort(int column, Qt::SortOrder order)
{
    refreshToday();
    QSortFilterProxyModel::sort(column, order);
}

bool DeadlineFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    return !m_source || (acceptsOthers(sourceRow) && inScope(sourceRow, m_scope));
}

std::array<int, 4> DeadlineFilter::scopeCounts() const
{
    std::array<int, 4> counts = {};
    if (!m_source)
        return counts;
    for (int r = 0; r < m_source->rowCount(); ++r) {
        if (!acceptsOthers(r))
            continue;
        for (Scope s : { All, Overdue, DueWithinWeek, Open })
            counts[size_t(s)] += inScope(r, s) ? 1 : 0;
    }
    return counts;
}

bool DeadlineFilter::acceptsOthers(int sourceRow) const
{
    const Row &row = m_source->entityModel()->rowAt(sourceRow);
    for (auto it = m_matches.cbegin(); it != m_matches.cend(); ++it) {
        const QVariant &v = row.value(it.key());
        // Refs and integers are qint64 in a row; the wanted value may come as int.
        const bool numeric = it->typeId() != QMetaType::QString;
        if (row.isNull(it.key())
            || (numeric ? v.toLongLong() != it->toLongLong() : v.toString() != it->toString()))
            return false;
    }
    if (m_leader || m_unit) {
        const Row *project = m_source->projectRow(m_source->projectIdAt(sourceRow));
        if (!project || (m_leader && project->integer(m_leaderColumn) != m_leader)
            || (m_unit && project->integer(m_unitColumn) != m_unit))
            return false;
    }
    return true;
}

bool DeadlineFilter::inScope(int sourceRow, Scope scope) const
{
    if (scope == All)
        return true;
    const CrossProjectProxy::Due &d = m_source->due(sourceRow);
    if (!d.open)
        return false;
    switch (scope) {
    case Overdue:
        return d.day < m_today; // no deadline is None, the largest day
    case DueWithinWeek:
        return d.day >= m_today && d.day <= m_today + 7;
    case Open:
    case All:
        break;
    }
    return true;
}

int DeadlineFilter::rank(const CrossProjectProxy::Due &d) const
{
    if (d.open && d.day < m_today)
        return 0;
    return m_closedLast && !d.open ? 2 : 1;
}

bool DeadlineFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_source || left.column() != m_source->extraColumn(CrossProjectProxy::DaysColumn))
        return QSortFilterProxyModel::lessThan(left, right);
    // The urgency order: overdue first, then by deadline (none last), then by id for a
    // stable order between equal deadlines.
    const CrossProjectProxy::Due &a = m_source->due(left.row());
    const CrossProjectProxy::Due &b = m_source->due(right.row());
    const int ra = rank(a);
    const int rb = rank(b);
    if (ra != rb)
        return ra < rb;
    if (a.day != b.day)
        return a.day < b.day;
    const EntityModel *model = m_source->entityModel();
    return model->idAt(left.row()) < model->idAt(right.row());
}

} // namespace tz
