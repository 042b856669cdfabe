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

    static QString actionText(const QString &action);
    static QString fieldText(const QString &table, const QString &field);

private:
    Ledger *m_ledger;
    qint64 m_projectId;
    std::vector<ChangeEntry> m_entries;
};

} // namespace tz
