#pragma once

#include "rules.h"

#include <QHash>
#include <QSortFilterProxyModel>

#include <optional>

namespace tz {

class ProjectModel;

// Filters projects by unit, leader, category, phase and light, and by a search text matched
// against code, name, owner enterprise and leader — also by pinyin initials ("jqr" finds
// 机器人). Search keys are built once per project and dropped only when it changes, so a
// keystroke over ten thousand projects is a scan of prepared strings.
class ProjectFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ProjectFilter(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    void setSearchText(const QString &text);
    // 0 clears a filter.
    void setUnit(qint64 id);
    void setLeader(qint64 id);
    void setCategory(qint64 id);
    void setPhase(qint64 id);
    void setLight(std::optional<Light> light);
    QString searchText() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    const QString &searchKey(int sourceRow) const;
    void refilter();

    ProjectModel *m_projects = nullptr;
    QString m_search;
    QStringList m_words; // m_search split into words
    qint64 m_unit = 0, m_leader = 0, m_category = 0, m_phase = 0;
    std::optional<Light> m_light;
    int m_unitCol = -1, m_leaderCol = -1, m_categoryCol = -1, m_phaseCol = -1;
    mutable QHash<qint64, QString> m_keys;
};

} // namespace tz
