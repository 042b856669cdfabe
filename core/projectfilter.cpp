#include "projectfilter.h"

#include "pinyin.h"
#include "projectmodel.h"

namespace tz {

ProjectFilter::ProjectFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(EntityModel::SortRole);
    setSortLocaleAware(true);
}

void ProjectFilter::setSourceModel(QAbstractItemModel *model)
{
    if (m_projects)
        disconnect(m_projects, nullptr, this, nullptr);
    m_projects = qobject_cast<ProjectModel *>(model);
    m_keys.clear();
    if (m_projects) {
        const auto col = [this](const char *name) {
            return m_projects->modelColumn(columnIndex(Entity::Project, QString::fromLatin1(name)));
        };
        m_unitCol = col("unit_id");
        m_leaderCol = col("leader_id");
        m_categoryCol = col("category_id");
        m_phaseCol = col("phase_id");
        connect(m_projects, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &from, const QModelIndex &to) {
                    for (int r = from.row(); r <= to.row(); ++r)
                        m_keys.remove(m_projects->idAt(r));
                });
        connect(m_projects, &QAbstractItemModel::modelReset, this, [this] { m_keys.clear(); });
    }
    QSortFilterProxyModel::setSourceModel(model);
}

const QString &ProjectFilter::searchKey(int sourceRow) const
{
    const qint64 id = m_projects->idAt(sourceRow);
    auto it = m_keys.find(id);
    if (it != m_keys.end())
        return *it;
    QStringList parts;
    for (const char *name : { "code", "name", "owner", "leader_id" }) {
        const int c = m_projects->modelColumn(columnIndex(Entity::Project, QString::fromLatin1(name)));
        parts << m_projects->index(sourceRow, c).data().toString();
    }
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
    const auto stored = [&](int column) {
        return m_projects->index(sourceRow, column).data(EntityModel::StoredRole).toLongLong();
    };
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
    invalidateFilter();
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
    m_unit = id;
    refilter();
}

void ProjectFilter::setLeader(qint64 id)
{
    m_leader = id;
    refilter();
}

void ProjectFilter::setCategory(qint64 id)
{
    m_category = id;
    refilter();
}

void ProjectFilter::setPhase(qint64 id)
{
    m_phase = id;
    refilter();
}

void ProjectFilter::setLight(std::optional<Light> light)
{
    m_light = light;
    refilter();
}

} // namespace tz
