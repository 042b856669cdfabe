#include "requirementmatrix.h"

#include "clock.h"
#include "entitymodel.h"
#include "projectmodel.h"

#include <QColor>
#include <QFont>

#include <algorithm>

namespace tz {

RequirementMatrix::RequirementMatrix(EntityModel *requirements, QObject *parent)
    : QAbstractTableModel(parent),
      m_requirements(requirements),
      m_statuses(words::requirementStatuses()),
      m_kindColumn(columnIndex(Entity::Requirement, QStringLiteral("kind_id"))),
      m_statusColumn(columnIndex(Entity::Requirement, QStringLiteral("status"))),
      m_deadlineColumn(columnIndex(Entity::Requirement, QStringLiteral("deadline")))
{
    Q_ASSERT(requirements->entity() == Entity::Requirement && !requirements->parentId());
    connect(requirements->ledger(), &Ledger::changed, this, [this](const ChangeEvent &e) {
        if (e.kind == ChangeEvent::Reset || e.entity == Entity::RequirementKind)
            reloadKinds();
    });
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(requirements, signal, this, &RequirementMatrix::recount);
    connect(requirements, &QAbstractItemModel::modelReset, this, &RequirementMatrix::recount);
    connect(requirements, &QAbstractItemModel::dataChanged, this, &RequirementMatrix::recount);
    reloadKinds();
}

void RequirementMatrix::reloadKinds()
{
    beginResetModel();
    m_kinds.clear();
    const int name = entityDef(Entity::RequirementKind).titleColumn;
    for (const Row &r : m_requirements->ledger()->rows(Entity::RequirementKind))
        m_kinds.emplace_back(r.id, r.text(name));
    m_cells.assign((m_kinds.size() + 1) * size_t(m_statuses.size() + 1), Cell());
    endResetModel();
    recount();
}

void RequirementMatrix::recount()
{
    const int columns = int(m_statuses.size()) + 1;
    std::vector<Cell> cells((m_kinds.size() + 1) * size_t(columns));
    QHash<qint64, int> kindRow;
    for (int k = 0; k < int(m_kinds.size()); ++k)
        kindRow.insert(m_kinds[size_t(k)].first, k);
    const int totalRow = int(m_kinds.size());
    const QString today = Clock::today().toString(Qt::ISODate);
    const QString resolved = m_statuses.value(2); // 已解决
    for (int i = 0; i < m_requirements->rowCount(); ++i) {
        const Row &r = m_requirements->rowAt(i);
        const QString status = r.text(m_statusColumn);
        const QString deadline = r.text(m_deadlineColumn);
        // The light rule: anything not resolved counts once its deadline has passed.
        const bool late = status != resolved && !deadline.isEmpty() && deadline < today;
        const int s = int(m_statuses.indexOf(status));
        const int k = kindRow.value(r.integer(m_kindColumn), -1);
        for (int row : { k, totalRow }) {
            for (int column : { s, columns - 1 }) {
                if (row < 0 || column < 0)
                    continue;
                Cell &c = cells[size_t(row * columns + column)];
                ++c.count;
                c.overdue += late ? 1 : 0;
            }
        }
    }
    m_cells = std::move(cells);
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

const RequirementMatrix::Cell &RequirementMatrix::cell(int row, int column) const
{
    return m_cells[size_t(row * columnCount() + column)];
}

int RequirementMatrix::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_kinds.size()) + 1;
}

int RequirementMatrix::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_statuses.size()) + 1;
}

const RequirementMatrix::Cell *RequirementMatrix::find(qint64 kindId, const QString &status) const
{
    int row = int(m_kinds.size());
    if (kindId) {
        const auto it = std::find_if(m_kinds.cbegin(), m_kinds.cend(),
                                     [kindId](const auto &k) { return k.first == kindId; });
        if (it == m_kinds.cend())
            return nullptr;
        row = int(it - m_kinds.cbegin());
    }
    const int column = status.isEmpty() ? int(m_statuses.size()) : int(m_statuses.indexOf(status));
    return column < 0 ? nullptr : &cell(row, column);
}

int RequirementMatrix::count(qint64 kindId, const QString &status) const
{
    const Cell *c = find(kindId, status);
    return c ? c->count : 0;
}

int RequirementMatrix::overdue(qint64 kindId, const QString &status) const
{
    const Cell *c = find(kindId, status);
    return c ? c->overdue : 0;
}

QVariant RequirementMatrix::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Cell &c = cell(index.row(), index.column());
    const bool total = index.row() == int(m_kinds.size()) || index.column() == int(m_statuses.size());
    switch (role) {
    case Qt::DisplayRole:
        return c.overdue ? tr("%1（逾期 %2）").arg(c.count).arg(c.overdue) : QString::number(c.count);
    case Qt::ToolTipRole:
        return c.overdue ? tr("%1 项，其中 %2 项已过解决时限仍未解决").arg(c.count).arg(c.overdue)
                         : tr("%1 项").arg(c.count);
    case Qt::ForegroundRole:
        if (c.overdue)
            return lightColor(Light::Red);
        return c.count ? QVariant() : QVariant(QColor(0x9a, 0x9a, 0x9a));
    case Qt::FontRole:
        if (total) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case KindRole:
        return index.row() < int(m_kinds.size()) ? m_kinds[size_t(index.row())].first : qint64(0);
    case StatusRole:
        return m_statuses.value(index.column());
    case CountRole:
        return c.count;
    case OverdueRole:
        return c.overdue;
    default:
        return {};
    }
}

QVariant RequirementMatrix::headerData(int section, Qt::Orientation o, int role) const
{
    if (role != Qt::DisplayRole || section < 0)
        return QAbstractTableModel::headerData(section, o, role);
    if (o == Qt::Horizontal)
        return section < int(m_statuses.size()) ? m_statuses[section] : tr("合计");
    if (section < int(m_kinds.size()))
        return m_kinds[size_t(section)].second;
    return section == int(m_kinds.size()) ? tr("合计") : QVariant();
}

Qt::ItemFlags RequirementMatrix::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace tz
