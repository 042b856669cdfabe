#pragma once

#include "changelog.h"

#include <QAbstractTableModel>

namespace tz {

class Ledger;
struct ChangeEvent;

// The change history as a read-only table, newest first; for one project or the whole ledger.
// It follows the ledger: each change adds its lines at the top.
class ChangeLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, User, Action, What, Field, OldValue, NewValue, ColumnCount };
    ChangeLogModel(Ledger *ledger, qint64 projectId = 0, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    void reload();

    // The whole ledger's history only: which entries to show (the project form's history is
    // always one project's).
    void setFilter(const ChangeFilter &filter);
    ChangeFilter filter() const { return m_filter; }
    // The model shows the newest 5000; this many entries match the filter in all.
    int shownLimit() const { return m_projectId ? -1 : 5000; }

    // Every entry matching the filter (not only those shown) as CSV, UTF-8 with BOM, with the
    // columns as shown, except that a new or deleted row is given whole, as the ledger keeps it
    // (its JSON, ids included): the export is the record. Returns a translated error or empty.
    QString exportCsv(const QString &path) const;

    // What a column shows. A new or deleted row's values read as labels and values on
    // screen; `whole` gives them as the ledger keeps them (JSON, ids included), for the CSV.
    static QString cellText(const ChangeEntry &entry, int column, bool whole = false);
    static QString actionText(const QString &action);
    static QString fieldText(const QString &table, const QString &field);

private:
    Ledger *m_ledger;
    qint64 m_projectId;
    bool m_stale = false; // a change concerning it was committed; reloaded when it is done
    ChangeFilter m_filter;
    std::vector<ChangeEntry> m_entries;
};

} // namespace tz
