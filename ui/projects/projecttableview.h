#pragma once

#include "projectfilter.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace tz {
class ProjectModel;
}

namespace tz::ui {

// The project table: filters by unit, leader, category, phase and light, search as you type
// (pinyin initials too), sortable and movable columns the user can hide (remembered), the
// light as a marker, and a footer with the count and investment totals of the rows shown.
class ProjectTableView : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectTableView(QWidget *parent = nullptr);
    ~ProjectTableView() override;
    void setModel(ProjectModel *model);
    QTableView *table() const { return m_table; }
    QLineEdit *searchBox() const { return m_search; }
    ProjectFilter *proxy() const { return m_proxy; }
    QComboBox *filterBox(int which) const; // 0 unit, 1 leader, 2 category, 3 phase, 4 light
    // The footer as shown once pending changes are summed.
    QString footerText();
    qint64 currentProjectId() const;
    // The selected projects in the order shown (for printing several 督导单 at once).
    std::vector<qint64> selectedProjectIds() const;
    void selectProject(qint64 id);
    // Shows the projects of a chart item (0 / nullopt: any): sets the unit, leader, phase and
    // light filters, clears the category and the search.
    void showFiltered(qint64 unit, qint64 leader, qint64 phase, std::optional<Light> light);

signals:
    void currentProjectChanged(qint64 id);

private:
    void updateFooter();
    void reloadFilters();
    void applyFilters();
    void restoreSelection();
    void showHeaderMenu(const QPoint &pos);
    void saveColumns();

    ProjectModel *m_model = nullptr;
    ProjectFilter *m_proxy;
    QTableView *m_table;
    QLineEdit *m_search;
    std::vector<QComboBox *> m_filters;
    bool m_filtersStale = false; // what the filter lists show changed; reloaded after the commit
    QLabel *m_footer;
    bool m_rowsLeaving = false;
    // The current and selected projects across a reset of the rows (restoreSelection).
    qint64 m_keptCurrent = 0;
    std::vector<qint64> m_keptSelection;
    QTimer m_footerTimer;
};

} // namespace tz::ui
