#pragma once

#include "deadlinefilter.h"

#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QTimer;
class QToolButton;

namespace tz {
class ProjectModel;
}

namespace tz::ui {

class CrossProjectTable;
class RefFilterCombo;

// 时间节点: every milestone of every project with its project, unit and leader and its state,
// overdue first, then by planned date. Quick scopes 全部 / 逾期 / 本周到期 / 未完成 with their
// counts, and filters by leader and unit; dates and the rest edit in place.
class MilestonesView : public QWidget
{
    Q_OBJECT
public:
    explicit MilestonesView(ProjectModel *projects, QWidget *parent = nullptr);

    CrossProjectTable *table() const { return m_table; }
    QAbstractButton *scopeButton(DeadlineFilter::Scope scope) const;
    RefFilterCombo *leaderBox() const { return m_leader; }
    RefFilterCombo *unitBox() const { return m_unit; }
    QString summaryText() const;

signals:
    void projectRequested(qint64 projectId);

private:
    void updateCounts();

    CrossProjectTable *m_table;
    QButtonGroup *m_scopes;
    RefFilterCombo *m_leader;
    RefFilterCombo *m_unit;
    QToolButton *m_open;
    QLabel *m_summary;
    QTimer *m_countTimer;
};

} // namespace tz::ui
