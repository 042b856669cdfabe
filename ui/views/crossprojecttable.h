#pragma once

#include <QTableView>

#include <utility>
#include <vector>

namespace tz {
class CrossProjectProxy;
class DeadlineFilter;
class EntityModel;
class ProjectModel;
} // namespace tz

namespace tz::ui {

// The table the cross-project views share: one entity's rows from every project beside the
// project's code, unit and leader (a CrossProjectProxy), filtered and ordered by a
// DeadlineFilter — overdue first. Stored cells edit in place through EntityDelegate, so every
// edit is a ledger command; a double-click on the project's code or name asks to open it.
class CrossProjectTable : public QTableView
{
    Q_OBJECT
public:
    // Takes ownership of model, an EntityModel over all projects' rows. The deadline rule is
    // that of CrossProjectProxy::setDeadline, given here so that the first sort already has
    // it and a large ledger is sorted once, not twice.
    CrossProjectTable(EntityModel *model, ProjectModel *projects, int deadlineColumn, int doneColumn,
                      const QStringList &doneWords = {}, QWidget *parent = nullptr);

    EntityModel *entityModel() const { return m_model; }
    CrossProjectProxy *columns() const { return m_columns; }
    DeadlineFilter *filter() const { return m_filter; }

    // Model column of an entity column by name (see CrossProjectProxy::column).
    int column(const char *entityColumnName) const;
    int daysColumn() const;
    // Shows these columns in this order, each (column, width in Chinese characters; 0: fit
    // the contents), and hides the rest.
    void arrange(const std::vector<std::pair<int, int>> &columns);

    qint64 currentId() const; // the row's own id
    qint64 currentProjectId() const;
    // Selects the row of this id when it is shown; false when the filter hides it.
    bool selectId(qint64 id);

signals:
    void projectRequested(qint64 projectId);

private:
    EntityModel *m_model;
    CrossProjectProxy *m_columns;
    DeadlineFilter *m_filter;
};

} // namespace tz::ui
