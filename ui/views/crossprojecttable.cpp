#include "crossprojecttable.h"

#include "crossprojectproxy.h"
#include "deadlinefilter.h"
#include "entitymodel.h"
#include "widgets/entitydelegate.h"

#include <QHeaderView>
#include <QMessageBox>

namespace tz::ui {

CrossProjectTable::CrossProjectTable(EntityModel *model, ProjectModel *projects, int deadlineColumn,
                                     int doneColumn, const QStringList &doneWords, QWidget *parent)
    : QTableView(parent),
      m_model(model),
      m_columns(new CrossProjectProxy(projects, this)),
      m_filter(new DeadlineFilter(this))
{
    model->setParent(this);
    m_columns->setSourceModel(model);
    m_columns->setDeadline(deadlineColumn, doneColumn, doneWords);
    m_filter->setSourceModel(m_columns);
    setModel(m_filter);
    setItemDelegate(new EntityDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    // The urgency order is set before sorting is switched on, so a large ledger sorts once.
    horizontalHeader()->setSortIndicator(daysColumn(), Qt::AscendingOrder);
    setSortingEnabled(true);

    connect(this, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_columns->mapToSource(m_filter->mapToSource(index));
        const bool projectCell = index.column() == m_columns->extraColumn(CrossProjectProxy::CodeColumn)
                || (source.isValid() && m_model->entityColumn(source.column()) == entityDef(m_model->entity()).parentColumn);
        if (projectCell)
            emit projectRequested(index.data(CrossProjectProxy::ProjectIdRole).toLongLong());
    });
    connect(model, &EntityModel::editRejected, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("无法修改"), message);
    });
}

int CrossProjectTable::column(const char *entityColumnName) const
{
    return m_columns->column(QString::fromLatin1(entityColumnName));
}

int CrossProjectTable::daysColumn() const
{
    return m_columns->extraColumn(CrossProjectProxy::DaysColumn);
}

void CrossProjectTable::arrange(const std::vector<std::pair<int, int>> &columns)
{
    QHeaderView *header = horizontalHeader();
    const int em = fontMetrics().horizontalAdvance(QStringLiteral("中"));
    for (int c = 0; c < m_filter->columnCount(); ++c)
        setColumnHidden(c, true);
    int visual = 0;
    for (const auto &[c, chars] : columns) {
        if (c < 0)
            continue;
        setColumnHidden(c, false);
        header->moveSection(header->visualIndex(c), visual++);
        if (chars > 0)
            setColumnWidth(c, chars * em + 16);
        else
            resizeColumnToContents(c);
    }
}

qint64 CrossProjectTable::currentId() const
{
    const QModelIndex i = currentIndex();
    return i.isValid() ? i.data(EntityModel::IdRole).toLongLong() : 0;
}

qint64 CrossProjectTable::currentProjectId() const
{
    const QModelIndex i = currentIndex();
    return i.isValid() ? i.data(CrossProjectProxy::ProjectIdRole).toLongLong() : 0;
}

bool CrossProjectTable::selectId(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    // The first column on screen: column 0 may be hidden or moved.
    const QModelIndex i = m_filter->mapFromSource(m_columns->index(row, horizontalHeader()->logicalIndex(0)));
    if (!i.isValid())
        return false;
    setCurrentIndex(i);
    scrollTo(i);
    return true;
}

} // namespace tz::ui
