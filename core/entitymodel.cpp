#include "entitymodel.h"

#include "money.h"

#include <QBrush>
#include <QPointer>

namespace tz {

EntityModel::EntityModel(Ledger *ledger, Entity entity, qint64 parentId, QObject *parent)
    : QAbstractTableModel(parent), m_ledger(ledger), m_entity(entity), m_parentId(parentId)
{
    const EntityDef &d = entityDef(entity);
    for (int c = 0; c < int(d.columns.size()); ++c)
        if (!(parentId && c == d.parentColumn))
            m_columns.push_back(c);
    connect(ledger, &Ledger::changed, this, &EntityModel::onChanged);
    reload();
}

void EntityModel::reload()
{
    beginResetModel();
    m_rows = m_parentId ? m_ledger->childRows(m_entity, m_parentId) : m_ledger->rows(m_entity);
    m_index.clear();
    for (int i = 0; i < int(m_rows.size()); ++i)
        m_index.insert(m_rows[size_t(i)].id, i);
    for (int e = 0; e < EntityCount; ++e) {
        m_titles[e].clear();
        m_titlesLoaded[e] = false;
    }
    rowsReloaded();
    endResetModel();
}

qint64 EntityModel::idAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].id : 0;
}

int EntityModel::rowOf(qint64 id) const
{
    return m_index.value(id, -1);
}

int EntityModel::modelColumn(int entityColumn) const
{
    for (int i = 0; i < int(m_columns.size()); ++i)
        if (m_columns[size_t(i)] == entityColumn)
            return i;
    return -1;
}

int EntityModel::entityColumn(int modelColumn) const
{
    return modelColumn >= 0 && modelColumn < int(m_columns.size()) ? m_columns[size_t(modelColumn)] : -1;
}

QModelIndex EntityModel::index(int row, int column, const QModelIndex &parent) const
{
    // The bounds checked here directly: Qt's own index() asks rowCount() and columnCount()
    // through virtual calls, and a proxy sorting a hundred thousand projects makes two
    // indexes per comparison, millions in all.
    if (parent.isValid() || row < 0 || column < 0 || size_t(row) >= m_rows.size()
        || column >= int(m_columns.size()) + computedColumnCount())
        return {};
    return createIndex(row, column);
}

int EntityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EntityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size()) + computedColumnCount();
}

QString EntityModel::refTitle(Entity e, qint64 id) const
{
    // Dictionaries are small; load each one whole, once, on first use.
    if (!m_titlesLoaded[int(e)]) {
        const int title = entityDef(e).titleColumn;
        for (const Row &r : m_ledger->rows(e))
            m_titles[int(e)].insert(r.id, r.text(title));
        m_titlesLoaded[int(e)] = true;
    }
    return m_titles[int(e)].value(id);
}

QVariant EntityModel::data(const QModelIndex &index, int role) const
{
    // Views ask about the root index routinely: not an error, just nothing there.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int c = entityColumn(index.column());
    if (c < 0)
        return computedData(index.row(), index.column() - int(m_columns.size()), role);
    const Row &r = m_rows[size_t(index.row())];
    const ColumnDef &def = entityDef(m_entity).columns[size_t(c)];
    const QVariant &v = r.values.at(c);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (def.type == ColumnType::Ref)
            return r.isNull(c) ? QString() : refTitle(def.ref, v.toLongLong());
        return displayText(def, v);
    case Qt::EditRole:
        if (def.type == ColumnType::Date)
            return storedDate(v);
        if (def.type == ColumnType::Ref || def.type == ColumnType::Integer)
            return v;
        return plainText(def, v);
    case Qt::TextAlignmentRole:
        if (def.type == ColumnType::Money || def.type == ColumnType::Decimal || def.type == ColumnType::Integer)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return r.id;
    case SortRole:
        if (def.type == ColumnType::Ref)
            return r.isNull(c) ? QString() : refTitle(def.ref, v.toLongLong());
        return v;
    case StoredRole:
        return v;
    default:
        return {};
    }
}

QVariant EntityModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, o, role);
    const int c = entityColumn(section);
    if (c < 0)
        return computedHeader(section - int(m_columns.size()), role);
    if (role == Qt::DisplayRole)
        return columnLabel(m_entity, c);
    return {};
}

Qt::ItemFlags EntityModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (!m_ledger->isReadOnly() && entityColumn(index.column()) >= 0)
        f |= Qt::ItemIsEditable;
    return f;
}

bool EntityModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const int c = entityColumn(index.column());
    if (c < 0)
        return false;
    // The change may make a view drop this model (a filtered list loses the row and shows
    // another project): touch no member once the ledger has answered, unless still alive.
    QPointer<EntityModel> alive(this);
    const QString error = m_ledger->setField(m_entity, idAt(index.row()), c, value);
    if (!alive)
        return error.isEmpty();
    m_lastError = error;
    if (!error.isEmpty()) {
        emit editRejected(error);
        return false;
    }
    return true; // the change event updates the row
}

QVariant EntityModel::computedData(int, int, int) const
{
    return {};
}

QVariant EntityModel::computedHeader(int, int) const
{
    return {};
}

bool EntityModel::belongs(const Row &row) const
{
    const int pc = entityDef(m_entity).parentColumn;
    return !m_parentId || (pc >= 0 && row.integer(pc) == m_parentId);
}

void EntityModel::removeAt(int at)
{
    beginRemoveRows({}, at, at);
    m_index.remove(m_rows[size_t(at)].id);
    m_rows.erase(m_rows.begin() + at);
    for (int i = at; i < int(m_rows.size()); ++i)
        m_index[m_rows[size_t(i)].id] = i;
    endRemoveRows();
}

void EntityModel::onChanged(const ChangeEvent &ev)
{
    if (ev.kind == ChangeEvent::Reset) {
        reload();
        return;
    }
    if (ev.entity != m_entity) {
        if (m_titlesLoaded[int(ev.entity)]) {
            // A referenced row was renamed, added or removed: refresh its names.
            m_titles[int(ev.entity)].clear();
            m_titlesLoaded[int(ev.entity)] = false;
            for (int i = 0; i < int(m_columns.size()); ++i) {
                const ColumnDef &def = entityDef(m_entity).columns[size_t(m_columns[size_t(i)])];
                if (def.type == ColumnType::Ref && def.ref == ev.entity && !m_rows.empty())
                    emit dataChanged(index(0, i), index(rowCount() - 1, i));
            }
        }
        if (ev.projectId)
            projectTouched(ev.projectId);
        return;
    }
    const int at = rowOf(ev.id);
    if (ev.kind == ChangeEvent::Removed) {
        if (at < 0)
            return;
        removeAt(at);
    } else {
        const auto fresh = m_ledger->row(m_entity, ev.id);
        if (!fresh)
            return;
        if (at < 0) {
            if (!belongs(*fresh))
                return;
            // Keep id order: undo of a removal puts the row back where it was.
            auto pos = std::lower_bound(m_rows.begin(), m_rows.end(), fresh->id,
                                        [](const Row &r, qint64 id) { return r.id < id; });
            const int row = int(pos - m_rows.begin());
            beginInsertRows({}, row, row);
            m_rows.insert(pos, *fresh);
            for (int i = row; i < int(m_rows.size()); ++i)
                m_index[m_rows[size_t(i)].id] = i;
            endInsertRows();
        } else if (!belongs(*fresh)) {
            // Moved to another owner: it leaves this list.
            removeAt(at);
        } else {
            m_rows[size_t(at)] = *fresh;
            const int mc = modelColumn(ev.column);
            if (mc >= 0)
                emit dataChanged(index(at, mc), index(at, mc));
        }
    }
    if (m_titlesLoaded[int(m_entity)]) {
        m_titles[int(m_entity)].clear();
        m_titlesLoaded[int(m_entity)] = false;
    }
    if (ev.projectId)
        projectTouched(ev.projectId);
}

} // namespace tz
