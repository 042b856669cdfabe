#include "changelogmodel.h"

#include "rowjson.h"

#include "exporting/csvexport.h"
#include "ledger.h"

#include <QDir>
#include <QSaveFile>

#include <optional>
#include <utility>

namespace tz {

ChangeLogModel::ChangeLogModel(Ledger *ledger, qint64 projectId, QObject *parent)
    : QAbstractTableModel(parent), m_ledger(ledger), m_projectId(projectId)
{
    reload();
    // Reloaded once per commit that concerns it, which keeps the order exact: reloading the
    // last 5,000 entries for each of an import's rows took minutes.
    connect(ledger, &Ledger::changed, this, [this](const ChangeEvent &e) {
        if (!m_projectId || e.projectId == m_projectId || e.kind == ChangeEvent::Reset)
            m_stale = true;
    });
    connect(ledger, &Ledger::settingsChanged, this, [this] {
        if (!m_projectId)
            m_stale = true;
    });
    connect(ledger, &Ledger::changesDone, this, [this] {
        if (std::exchange(m_stale, false))
            reload();
    });
}

void ChangeLogModel::reload()
{
    beginResetModel();
    ChangeFilter f = m_filter;
    f.projectId = m_projectId ? m_projectId : m_filter.projectId;
    m_entries = ChangeLog::read(m_ledger->database(), f, shownLimit());
    endResetModel();
}

void ChangeLogModel::setFilter(const ChangeFilter &filter)
{
    m_filter = filter;
    reload();
}

QString ChangeLogModel::exportCsv(const QString &path) const
{
    ChangeFilter f = m_filter;
    f.projectId = m_projectId ? m_projectId : m_filter.projectId;
    const auto entries = ChangeLog::read(m_ledger->database(), f);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("无法写入“%1”：%2").arg(QDir::toNativeSeparators(path), file.errorString());
    QString text = QStringLiteral("\uFEFF");
    QStringList fields;
    for (int c = 0; c < ColumnCount; ++c)
        fields << csvField(headerData(c, Qt::Horizontal).toString(), true);
    text += fields.join(u',') + QStringLiteral("\r\n");
    for (const ChangeEntry &e : entries) {
        fields.clear();
        for (int c = 0; c < ColumnCount; ++c)
            fields << csvField(cellText(e, c, true), true);
        text += fields.join(u',') + QStringLiteral("\r\n");
    }
    file.write(text.toUtf8());
    if (!file.commit())
        return tr("无法写入“%1”：%2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

int ChangeLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ChangeLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ChangeLogModel::actionText(const QString &action)
{
    if (action == QStringLiteral("insert"))
        return tr("新增");
    if (action == QStringLiteral("update"))
        return tr("修改");
    if (action == QStringLiteral("delete"))
        return tr("删除");
    if (action == QStringLiteral("setting"))
        return tr("设置");
    return action;
}

namespace {

// The entity a change log entry's table name stands for; none for settings and old names.
std::optional<Entity> entityOfTable(const QString &table)
{
    for (Entity e : allEntities())
        if (tableName(e) == table)
            return e;
    return std::nullopt;
}

} // namespace

QString ChangeLogModel::fieldText(const QString &table, const QString &field)
{
    const std::optional<Entity> e = entityOfTable(table);
    if (!e)
        return field;
    const int c = columnIndex(*e, field);
    return c >= 0 ? columnLabel(*e, c) : field;
}

QVariant ChangeLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid) || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    return cellText(m_entries[size_t(index.row())], index.column());
}

QString ChangeLogModel::cellText(const ChangeEntry &e, int column, bool whole)
{
    switch (column) {
    case When:
        return e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case User:
        return e.user;
    case Action:
        return actionText(e.action);
    case What: {
        const std::optional<Entity> en = entityOfTable(e.entity);
        QString entity = en ? entityLabel(*en) : e.entity;
        if (e.action == QStringLiteral("setting"))
            entity = tr("设置");
        return e.rowLabel.isEmpty() ? entity : QStringLiteral("%1“%2”").arg(entity, e.rowLabel);
    }
    case Field:
        return e.field.isEmpty() ? QString() : fieldText(e.entity, e.field);
    case OldValue:
    case NewValue: {
        // A new or deleted row is kept whole, as JSON: shown as labels and values.
        const QString &value = column == OldValue ? e.oldValue : e.newValue;
        const std::optional<Entity> en = entityOfTable(e.entity);
        if (!whole && en && e.field.isEmpty() && (e.action == u"insert" || e.action == u"delete"))
            return rowJsonSummary(*en, value);
        return value;
    }
    default:
        return {};
    }
}

QVariant ChangeLogModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case When:
        return tr("时间");
    case User:
        return tr("修改人");
    case Action:
        return tr("操作");
    case What:
        return tr("对象");
    case Field:
        return tr("字段");
    case OldValue:
        return tr("原值");
    case NewValue:
        return tr("新值");
    default:
        return {};
    }
}

} // namespace tz
