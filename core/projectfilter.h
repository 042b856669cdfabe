#pragma once

#include "rules.h"

#include <QCollator>
#include <QHash>
#include <QSortFilterProxyModel>
#include <QTimer>

#include <optional>
#include <vector>

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
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // Text columns compare by collation keys made once per row, not by a collation per
    // comparison: sorting ten thousand names is then a sort of byte strings.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const QString &searchKey(int sourceRow) const;
    // The key of a source cell, made on first use; null when the cell is not text.
    const QCollatorSortKey *sortKey(const QModelIndex &source) const;
    void refilter();
    void dropSortKeys() const;
    // Ranks every row of the sort column by its key, so a full sort compares two integers:
    // Qt's proxy sort calls lessThan n log n times, and looking up and comparing two keys
    // each time was most of a sort of a hundred thousand projects.
    void rankColumn(int column);
    // Builds the search keys, then the name column's collation keys, a slice at a time while
    // the program is idle after a (re)load, so the first keystroke scans ready keys and the
    // first sort by name sorts ready keys instead of making ten thousand of them.
    void warmSearchKeys();

    ProjectModel *m_projects = nullptr;
    QString m_search;
    QStringList m_words; // m_search split into words
    qint64 m_unit = 0, m_leader = 0, m_category = 0, m_phase = 0;
    std::optional<Light> m_light;
    int m_unitCol = -1, m_leaderCol = -1, m_categoryCol = -1, m_phaseCol = -1; // entity columns
    std::vector<int> m_searchColumns; // model columns of code, name, owner and leader
    mutable QHash<qint64, QString> m_keys;
    QTimer m_warmTimer;
    int m_warmRow = 0;
    QCollator m_collator;
    mutable int m_sortKeyColumn = -1;
    struct SortKey
    {
        bool known = false;
        std::optional<QCollatorSortKey> key;
    };
    mutable std::vector<SortKey> m_sortKeys; // by source row
    // By source row, for m_sortKeyColumn, while every key is current (cleared when any key
    // is dropped); -1 for a cell that is not text.
    mutable std::vector<int> m_ranks;
};

} // namespace tz
