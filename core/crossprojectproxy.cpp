#include "crossprojectproxy.h"

#include "clock.h"
#include "projectmodel.h"

#include <QColor>
#include <QItemSelection>

namespace tz {

CrossProjectProxy::CrossProjectProxy(ProjectModel *projects, QObject *parent)
    : QIdentityProxyModel(parent), m_projects(projects)
{
    const auto col = [projects](const char *name) {
        return projects->modelColumn(columnIndex(Entity::Project, QString::fromLatin1(name)));
    };
    m_codeColumn = col("code");
    m_nameColumn = col("name");
    m_unitColumn = col("unit_id");
    m_leaderColumn = col("leader_id");
    connect(projects, &QAbstractItemModel::dataChanged, this, &CrossProjectProxy::onProjectsChanged);
    // After a reload of the projects everything shown from them may differ.
    connect(projects, &QAbstractItemModel::modelReset, this, [this] { emitForRows(0, rowCount() - 1); });
}

void CrossProjectProxy::setSourceModel(QAbstractItemModel *source)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = qobject_cast<EntityModel *>(source);
    Q_ASSERT(!source || m_source);
    m_projectColumn = m_source ? entityDef(m_source->entity()).parentColumn : -1;
    m_sourceColumns = m_source ? m_source->columnCount() : 0;
    if (m_source) {
        // Connected before the base class forwards these signals, so the models above find
        // the deadlines of new or changed rows already in place when they sort them.
        connect(m_source, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
            std::vector<Due> fresh;
            for (int r = first; r <= last; ++r)
                fresh.push_back(computeDue(r));
            m_due.insert(m_due.begin() + first, fresh.begin(), fresh.end());
        });
        connect(m_source, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &, int first, int last) {
            m_due.erase(m_due.begin() + first, m_due.begin() + last + 1);
        });
        connect(m_source, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
            if (touchesDue(from, to))
                for (int r = from.row(); r <= to.row(); ++r)
                    m_due[size_t(r)] = computeDue(r);
        });
        connect(m_source, &QAbstractItemModel::modelReset, this, &CrossProjectProxy::rebuildDue);
    }
    rebuildDue();
    QIdentityProxyModel::setSourceModel(m_source);
    if (m_source)
        connect(m_source, &QAbstractItemModel::dataChanged, this, &CrossProjectProxy::onSourceChanged);
}

void CrossProjectProxy::setDeadline(int deadlineColumn, int doneColumn, const QStringList &doneWords)
{
    m_deadlineColumn = deadlineColumn;
    m_doneColumn = doneColumn;
    m_doneWords = doneWords;
    rebuildDue();
    emitForRows(0, rowCount() - 1);
}

CrossProjectProxy::Due CrossProjectProxy::computeDue(int row) const
{
    Due d;
    const Row &r = m_source->rowAt(row);
    if (m_deadlineColumn >= 0) {
        const QDate deadline = storedDate(r.value(m_deadlineColumn));
        if (deadline.isValid())
            d.day = deadline.toJulianDay();
    }
    if (m_doneColumn >= 0)
        d.open = m_doneWords.isEmpty() ? r.isNull(m_doneColumn) : !m_doneWords.contains(r.text(m_doneColumn));
    return d;
}

void CrossProjectProxy::rebuildDue()
{
    m_due.clear();
    const int rows = m_source ? m_source->rowCount() : 0;
    m_due.reserve(size_t(rows));
    for (int r = 0; r < rows; ++r)
        m_due.push_back(computeDue(r));
}

int CrossProjectProxy::extraColumn(Extra e) const
{
    return m_sourceColumns + int(e);
}

int CrossProjectProxy::column(const QString &entityColumnName) const
{
    return m_source ? m_source->modelColumn(columnIndex(m_source->entity(), entityColumnName)) : -1;
}

qint64 CrossProjectProxy::projectIdAt(int row) const
{
    return m_source && m_projectColumn >= 0 ? m_source->rowAt(row).integer(m_projectColumn) : 0;
}

const Row *CrossProjectProxy::projectRow(qint64 projectId) const
{
    const int r = m_projects->rowOf(projectId);
    return r >= 0 ? &m_projects->rowAt(r) : nullptr;
}

int CrossProjectProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_source ? 0 : m_source->rowCount();
}

int CrossProjectProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_source ? 0 : m_sourceColumns + ExtraCount;
}

bool CrossProjectProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

QModelIndex CrossProjectProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    if (column < m_sourceColumns)
        return QIdentityProxyModel::index(row, column, parent);
    return createIndex(row, column);
}

QModelIndex CrossProjectProxy::sibling(int row, int column, const QModelIndex &idx) const
{
    return idx.isValid() ? index(row, column) : QModelIndex();
}

QModelIndex CrossProjectProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.column() >= m_sourceColumns)
        return {};
    return QIdentityProxyModel::mapToSource(proxyIndex);
}

QItemSelection CrossProjectProxy::mapSelectionToSource(const QItemSelection &selection) const
{
    // The appended columns have no source: keep the part of each range that has.
    QItemSelection out;
    for (const QItemSelectionRange &range : selection) {
        if (range.left() >= m_sourceColumns)
            continue;
        const QModelIndex from = mapToSource(range.topLeft());
        const QModelIndex to = mapToSource(index(range.bottom(), qMin(range.right(), m_sourceColumns - 1)));
        if (from.isValid() && to.isValid())
            out.append(QItemSelectionRange(from, to));
    }
    return out;
}

QVariant CrossProjectProxy::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_source)
        return {};
    const int row = index.row();
    switch (role) {
    case ProjectIdRole:
        return projectIdAt(row);
    case OpenRole:
        return isOpen(row);
    case DaysLeftRole: {
        const Due &d = due(row);
        if (!d.open || d.day == Due::None)
            return {};
        return int(d.day - Clock::today().toJulianDay());
    }
    case EntityModel::IdRole:
        return m_source->idAt(row);
    default:
        break;
    }
    if (index.column() >= m_sourceColumns)
        return extraData(row, Extra(index.column() - m_sourceColumns), role);
    if (m_source->entityColumn(index.column()) == m_projectColumn
        && (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == EntityModel::SortRole))
        return projectText(row, m_nameColumn);
    return QIdentityProxyModel::data(index, role);
}

QMap<int, QVariant> CrossProjectProxy::itemData(const QModelIndex &index) const
{
    // Role by role through data(), so the columns shown from the projects answer here too.
    return QAbstractItemModel::itemData(index);
}

QVariant CrossProjectProxy::projectText(int row, int projectColumn) const
{
    const int r = m_projects->rowOf(projectIdAt(row));
    return r >= 0 ? m_projects->index(r, projectColumn).data() : QVariant(QString());
}

QVariant CrossProjectProxy::extraData(int row, Extra column, int role) const
{
    if (column != DaysColumn) {
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != EntityModel::SortRole)
            return {};
        const int source = column == CodeColumn ? m_codeColumn
                : column == UnitColumn          ? m_unitColumn
                                                : m_leaderColumn;
        return projectText(row, source);
    }
    const QVariant days = data(index(row, m_sourceColumns + DaysColumn), DaysLeftRole);
    const int d = days.toInt();
    switch (role) {
    case Qt::DisplayRole:
        if (!days.isValid())
            return QString();
        if (d < 0)
            return tr("逾期 %1 天").arg(-d);
        return d == 0 ? tr("今天到期") : tr("剩 %1 天").arg(d);
    case Qt::ForegroundRole:
        if (days.isValid() && d < 0)
            return lightColor(Light::Red);
        if (days.isValid() && d <= m_source->ledger()->lightSettings().warningDays)
            return QColor(0xb3, 0x7a, 0x00);
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case EntityModel::SortRole:
        // Open rows by days left, then open rows without a deadline, then closed ones.
        if (days.isValid())
            return qint64(d);
        return isOpen(row) ? qint64(std::numeric_limits<int>::max())
                           : std::numeric_limits<qint64>::max();
    default:
        return {};
    }
}

QVariant CrossProjectProxy::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || section < m_sourceColumns || section >= columnCount())
        return QIdentityProxyModel::headerData(section, o, role);
    if (role != Qt::DisplayRole)
        return {};
    switch (Extra(section - m_sourceColumns)) {
    case CodeColumn:
        return tr("项目编号");
    case UnitColumn:
        return tr("责任单位");
    case LeaderColumn:
        return tr("分包领导");
    case DaysColumn:
    case ExtraCount:
        break;
    }
    return tr("剩余/逾期");
}

Qt::ItemFlags CrossProjectProxy::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !m_source)
        return Qt::NoItemFlags;
    if (index.column() >= m_sourceColumns)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    Qt::ItemFlags f = QIdentityProxyModel::flags(index);
    if (m_source->entityColumn(index.column()) == m_projectColumn)
        f &= ~Qt::ItemIsEditable;
    return f;
}

void CrossProjectProxy::onProjectsChanged(const QModelIndex &from, const QModelIndex &to)
{
    bool shown = false;
    for (int c : { m_codeColumn, m_nameColumn, m_unitColumn, m_leaderColumn })
        shown = shown || (c >= from.column() && c <= to.column());
    if (!shown || !m_source)
        return;
    if (from.row() != to.row()) {
        // A unit or leader renamed: the column changes for every project.
        emitForRows(0, rowCount() - 1);
        return;
    }
    // One project edited: a plain scan of the rows in memory finds its rows.
    const qint64 id = m_projects->idAt(from.row());
    for (int r = 0; r < rowCount(); ++r)
        if (projectIdAt(r) == id)
            emitForRows(r, r);
}

bool CrossProjectProxy::touchesDue(const QModelIndex &from, const QModelIndex &to) const
{
    const auto touches = [&](int entityColumn) {
        const int c = m_source->modelColumn(entityColumn);
        return c >= 0 && c >= from.column() && c <= to.column();
    };
    return touches(m_deadlineColumn) || touches(m_doneColumn);
}

void CrossProjectProxy::onSourceChanged(const QModelIndex &from, const QModelIndex &to)
{
    if (touchesDue(from, to)) {
        const int days = m_sourceColumns + DaysColumn;
        emit dataChanged(index(from.row(), days), index(to.row(), days));
    }
}

void CrossProjectProxy::emitForRows(int first, int last)
{
    if (first <= last && first >= 0)
        emit dataChanged(index(first, 0), index(last, columnCount() - 1));
}

} // namespace tz
