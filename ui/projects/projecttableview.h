#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace tz {
class ProjectModel;
}

namespace tz::ui {

// The project table: search as you type, sortable columns, the light as a marker, and a
// footer with the count and investment totals of the rows shown.
class ProjectTableView : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectTableView(QWidget *parent = nullptr);
    void setModel(ProjectModel *model);
    QTableView *table() const { return m_table; }
    QLineEdit *searchBox() const { return m_search; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QString footerText() const;

private:
    void updateFooter();

    ProjectModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_search;
    QLabel *m_footer;
};

} // namespace tz::ui
