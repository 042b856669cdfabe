#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;

namespace tz {
class Ledger;
}

namespace tz::ui {

class ProjectTableView;
class TimelineChart;

// 进度甘特图: the milestone timeline of the projects the ledger page shows (its filters and
// search, in its order) or of the one project selected there, zoomed by month, quarter or
// year, exported as PNG or PDF and printed. Follows the ledger page: reloaded when shown and
// after changes while shown.
class TimelineView : public QWidget
{
    Q_OBJECT
public:
    enum Source { FilteredProjects, CurrentProject };

    TimelineView(Ledger *ledger, ProjectTableView *projects, QWidget *parent = nullptr);

    TimelineChart *chart() const { return m_chart; }
    QComboBox *sourceBox() const { return m_source; }
    QButtonGroup *zoomButtons() const { return m_zoom; }
    // Reads the projects again; returns the milliseconds it took.
    qint64 reload();

signals:
    void projectRequested(qint64 projectId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    std::vector<qint64> projectIds() const;
    QString title() const;
    void exportPng();
    void exportPdf();
    void print();

    Ledger *m_ledger;
    // The ledger page may go first when the window closes or switches ledgers.
    QPointer<ProjectTableView> m_projects;
    TimelineChart *m_chart;
    QComboBox *m_source;
    QButtonGroup *m_zoom;
    QLabel *m_summary;
    QTimer m_reloadTimer;
    bool m_shownOnce = false;
};

} // namespace tz::ui
