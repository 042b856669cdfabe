#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class QToolButton;

namespace tz {
class ProjectModel;
class RequirementMatrix;
} // namespace tz

namespace tz::ui {

class CrossProjectTable;

// 要素保障: what is blocking which project, and whose turn it is. A board of counts, factor
// kind by status (with how many are past their deadline unresolved); a click on a cell lists
// those requirements below — project, need, quantity, the department that must resolve it,
// deadline, status and days overdue — unresolved ones past their deadline first. Status and
// the other stored cells edit in place.
class RequirementsBoard : public QWidget
{
    Q_OBJECT
public:
    explicit RequirementsBoard(ProjectModel *projects, QWidget *parent = nullptr);

    RequirementMatrix *matrix() const { return m_matrix; }
    QTableView *matrixView() const { return m_matrixView; }
    CrossProjectTable *table() const { return m_table; }
    // Lists the requirements of one cell of the board; kind 0 or an empty status: any.
    void showCell(qint64 kindId, const QString &status);
    QString listTitle() const;

signals:
    void projectRequested(qint64 projectId);

private:
    void fitMatrix();
    void updateTexts();

    CrossProjectTable *m_table;
    RequirementMatrix *m_matrix;
    QTableView *m_matrixView;
    QLabel *m_summary;
    QLabel *m_listTitle;
    QToolButton *m_showAll;
    QToolButton *m_open;
    qint64 m_kind = 0;
    QString m_status;
};

} // namespace tz::ui
