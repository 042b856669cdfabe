#include "projectfilter.h"

#include "pinyin.h"
#include "projectmodel.h"

#include <QElapsedTimer>

#include <algorithm>

namespace tz {

ProjectFilter::ProjectFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(EntityModel::SortRole);
    setSortLocaleAware(true);
    m_warmTimer.setSingleShot(true);
    m_warmTimer.setInterval(0);
    connect(&m_warmTimer, &QTimer::timeout, this, &ProjectFilter::warmSearchKeys);
}

void ProjectFilter::warmSearchKeys()
{
    if (!m_projects)
        return;
    // A slice stops after a few milliseconds, so input between slices is never kept
    // waiting; bounded by time rather than rows, ten thousand keys take a handful of slices
    // and are ready before anyone types. After the search keys come the collation keys of
    // the name column, the one offices sort by, unless the table is sorted by another
    // column already (its keys are the ones in use then).
    QElapsedTimer slice;
    slice.start();
    const int rows = m_projects->rowCount();
    const int name = m_projects->modelColumn(columnIndex(Entity::Project, QStringLiteral("name")));
    const bool names = m_sortKeyColumn < 0 || m_sortKeyColumn == name;
    const int end = names ? 2 * rows : rows;
    while (m_warmRow < end) {
        const int row = m_warmRow++;
        if (row < rows)
            searchKey(row);
        else
            sortKey(m_projects->index(row - rows, name));
        if ((m_warmRow & 63) == 0 && slice.elapsed() >= 8)
            break;
    }
    if (m_warmRow < end)
        m_warmTimer.start();
}

void ProjectFilter::setSourceModel(QAbstractItemModel *model)
{
    if (m_projects)
        disconnect(m_projects, nullptr, this, nullptr);
    m_projects = qobject_cast<ProjectModel *>(model);
    m_keys.clear();
    if (m_projects) {
        const auto col = [](const char *name) { return columnIndex(Entity::Project, QString::fromLatin1(name)); };
        m_unitCol = col("unit_id");
        m_leaderCol = col("leader_id");
        m_categoryCol = col("category_id");
        m_phaseCol = col("phase_id");
        m_searchColumns.clear();
        for (const char *name : { "code", "name", "owner", "leader_id" })
            m_searchColumns.push_back(m_projects->modelColumn(col(name)));
        // Only a change to a searched column drops keys: recomputed lights (a new day, new
        // warning settings) change every row's light column, and dropping all keys for them
        // made the next keystroke rebuild ten thousand.
        connect(m_projects, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &from, const QModelIndex &to) {
                    if (std::none_of(m_searchColumns.begin(), m_searchColumns.end(),
                                     [&](int c) { return c >= from.column() && c <= to.column(); }))
                        return;
                    for (int r = from.row(); r <= to.row(); ++r)
                        m_keys.remove(m_projects->idAt(r));
                });
        // Search keys are by project id, and SQLite gives an id back once its project is
        // gone (an undone addition, an import undone and made again): a row that comes or
        // goes takes its id's key with it.
        const auto dropIds = [this](const QModelIndex &, int first, int last) {
            for (int r = first; r <= last; ++r)
                m_keys.remove(m_projects->idAt(r));
        };
        connect(m_projects, &QAbstractItemModel::rowsInserted, this, dropIds);
        connect(m_projects, &QAbstractItemModel::rowsAboutToBeRemoved, this, dropIds);
        connect(m_projects, &QAbstractItemModel::modelReset, this, [this] {
            m_keys.clear();
            m_warmRow = 0;
            m_warmTimer.start();
        });
        // Connected before the proxy's own handlers, so a changed or new row is sorted with
        // a fresh key. Keys are by source row: any insertion or removal drops them all.
        connect(m_projects, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &from, const QModelIndex &to) {
                    if (m_sortKeyColumn < from.column() || m_sortKeyColumn > to.column())
                        return;
                    for (int r = from.row(); r <= to.row() && size_t(r) < m_sortKeys.size(); ++r)
                        m_sortKeys[size_t(r)] = SortKey();
                    m_ranks.clear();
                });
        const auto drop = [this] { dropSortKeys(); };
        for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
            connect(m_projects, signal, this, drop);
        connect(m_projects, &QAbstractItemModel::rowsMoved, this, drop);
        connect(m_projects, &QAbstractItemModel::modelReset, this, drop);
        connect(m_projects, &QAbstractItemModel::layoutChanged, this, drop);
    }
    dropSortKeys();
    QSortFilterProxyModel::setSourceModel(model);
    m_warmRow = 0;
    if (m_projects)
        m_warmTimer.start();
    else
        m_warmTimer.stop();
}

void ProjectFilter::dropSortKeys() const
{
    m_sortKeys.clear();
    m_ranks.clear();
    m_sortKeyColumn = -1;
}

void ProjectFilter::rankColumn(int column)
{
    if (!m_projects || column < 0 || !isSortLocaleAware()
        || (column == m_sortKeyColumn && !m_ranks.empty()))
        return;
    const int rows = m_projects->rowCount();
    std::vector<std::pair<const QCollatorSortKey *, int>> keyed;
    keyed.reserve(size_t(rows));
    for (int r = 0; r < rows; ++r)
        if (const QCollatorSortKey *key = sortKey(m_projects->index(r, column)))
            keyed.emplace_back(key, r);
    std::sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first->compare(*b.first) < 0; });
    std::vector<int> ranks(size_t(rows), -1);
    int rank = 0;
    for (size_t i = 0; i < keyed.size(); ++i) {
        // Equal keys share a rank, so neither is less than the other, as with the keys.
        if (i > 0 && keyed[i - 1].first->compare(*keyed[i].first) != 0)
            ++rank;
        ranks[size_t(keyed[i].second)] = rank;
    }
    m_ranks = std::move(ranks);
}

void ProjectFilter::sort(int column, Qt::SortOrder order)
{
    rankColumn(column);
    QSortFilterProxyModel::sort(column, order);
}

const QCollatorSortKey *ProjectFilter::sortKey(const QModelIndex &source) const
{
    if (source.column() != m_sortKeyColumn) {
        m_sortKeys.clear();
        m_ranks.clear();
        m_sortKeyColumn = source.column();
    }
    const size_t row = size_t(source.row());
    if (m_sortKeys.size() <= row)
        m_sortKeys.resize(qMax(size_t(sourceModel()->rowCount()), row + 1));
    SortKey &key = m_sortKeys[row];
    if (!key.known) {
        const QVariant v = source.data(sortRole());
        if (v.metaType().id() == QMetaType::QString)
            key.key = m_collator.sortKey(v.toString());
        key.known = true;
    }
    return key.key ? &*key.key : nullptr;
}

bool ProjectFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (isSortLocaleAware() && left.column() == right.column()) {
        if (left.column() == m_sortKeyColumn && size_t(qMax(left.row(), right.row())) < m_ranks.size()) {
            const int l = m_ranks[size_t(left.row())], r = m_ranks[size_t(right.row())];
            if (l >= 0 && r >= 0)
                return l < r;
        }
        const QCollatorSortKey *l = sortKey(left);
        const QCollatorSortKey *r = sortKey(right);
        if (l && r)
            return l->compare(*r) < 0;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

const QString &ProjectFilter::searchKey(int sourceRow) const
{
    const qint64 id = m_projects->idAt(sourceRow);
    auto it = m_keys.find(id);
    if (it != m_keys.end())
        return *it;
    QStringList parts;
    for (const int c : m_searchColumns)
        parts << m_projects->index(sourceRow, c).data().toString();
    QString key = parts.join(u'\x1f').toLower();
    // Initials of the name, the owner and the leader, for "jqr" -> 机器人.
    key += u'\x1f' + pinyinInitials(parts[1]) + u'\x1f' + pinyinInitials(parts[2]) + u'\x1f'
            + pinyinInitials(parts[3]);
    return *m_keys.insert(id, key);
}

bool ProjectFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!m_projects)
        return true;
    // Straight from the model's row: a filter pass over ten thousand projects should not
    // build a model index and a QVariant per criterion per row.
    const Row &row = m_projects->rowAt(sourceRow);
    const auto stored = [&](int column) { return row.integer(column); };
    if ((m_unit && stored(m_unitCol) != m_unit) || (m_leader && stored(m_leaderCol) != m_leader)
        || (m_category && stored(m_categoryCol) != m_category) || (m_phase && stored(m_phaseCol) != m_phase))
        return false;
    if (m_light && m_projects->light(m_projects->idAt(sourceRow)).light != *m_light)
        return false;
    if (m_search.isEmpty())
        return true;
    const QString &key = searchKey(sourceRow);
    // Every word typed must match somewhere: "高新 机器人" narrows step by step.
    for (const QString &word : m_words)
        if (!key.contains(word))
            return false;
    return true;
}

void ProjectFilter::refilter()
{
    // Rebuilt whole, announced as one layout change: invalidateFilter() reports every run
    // of rows leaving or coming back separately, and a view answers each with a pass over
    // all its rows — thousands of runs when a keystroke thins ten thousand projects.
    rankColumn(sortColumn());
    invalidate();
}

void ProjectFilter::setSearchText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == m_search)
        return;
    m_search = t;
    m_words = t.split(u' ', Qt::SkipEmptyParts); // split once, not once per row
    refilter();
}

void ProjectFilter::setUnit(qint64 id)
{
    if (id == m_unit)
        return; // the filter boxes set every criterion at each change: refilter for real ones only
    m_unit = id;
    refilter();
}

void ProjectFilter::setLeader(qint64 id)
{
    if (id == m_leader)
        return; // the filter boxes set every criterion at each change: refilter for real ones only
    m_leader = id;
    refilter();
}

void ProjectFilter::setCategory(qint64 id)
{
    if (id == m_category)
        return; // the filter boxes set every criterion at each change: refilter for real ones only
    m_category = id;
    refilter();
}

void ProjectFilter::setPhase(qint64 id)
{
    if (id == m_phase)
        return; // the filter boxes set every criterion at each change: refilter for real ones only
    m_phase = id;
    refilter();
}

void ProjectFilter::setLight(std::optional<Light> light)
{
    if (light == m_light)
        return;
    m_light = light;
    refilter();
}

} // namespace tz
