#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QTimer;
class QToolButton;

namespace tz {
class ProjectModel;
}

namespace tz::ui {

class CrossProjectTable;
class RefFilterCombo;

// 整改督办: every supervision finding still being rectified (整改中), across all projects:
// project, visit, findings, rectification demanded, deadline and the days left or overdue
// (overdue in red, first). Cells edit in place; 整改完成 records the completion date and
// 已整改 as one undo step, and the record leaves the list.
class RectificationsView : public QWidget
{
    Q_OBJECT
public:
    explicit RectificationsView(ProjectModel *projects, QWidget *parent = nullptr);

    CrossProjectTable *table() const { return m_table; }
    RefFilterCombo *leaderBox() const { return m_leader; }
    RefFilterCombo *unitBox() const { return m_unit; }
    QString summaryText() const;
    // Marks a record rectified on date: 整改完成日期 and 已整改, one undo step. Returns the
    // ledger's reason when it refuses, empty on success.
    QString markRectified(qint64 supervisionId, QDate date);

signals:
    void projectRequested(qint64 projectId);

private:
    void onMarkRectified();
    bool askDate(const QString &title, QDate *date);
    void updateSummary();

    CrossProjectTable *m_table;
    RefFilterCombo *m_leader;
    RefFilterCombo *m_unit;
    QToolButton *m_done;
    QToolButton *m_open;
    QLabel *m_summary;
    QTimer *m_summaryTimer;
};

} // namespace tz::ui
