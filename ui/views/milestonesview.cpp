#include "milestonesview.h"

#include "crossprojectproxy.h"
#include "crossprojecttable.h"
#include "projectmodel.h"
#include "widgets/reffiltercombo.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace tz::ui {

MilestonesView::MilestonesView(ProjectModel *projects, QWidget *parent)
    : QWidget(parent),
      // A milestone is done once it has an actual date; its deadline is the planned date.
      m_table(new CrossProjectTable(new MilestoneModel(projects->ledger()), projects,
                                    columnIndex(Entity::Milestone, QStringLiteral("planned_date")),
                                    columnIndex(Entity::Milestone, QStringLiteral("actual_date")), {}, this)),
      m_scopes(new QButtonGroup(this)),
      m_leader(new RefFilterCombo(projects->ledger(), Entity::Leader, tr("全部分包领导"), this)),
      m_unit(new RefFilterCombo(projects->ledger(), Entity::Unit, tr("全部责任单位"), this)),
      m_open(new QToolButton(this)),
      m_summary(new QLabel(this)),
      m_countTimer(new QTimer(this))
{
    DeadlineFilter *filter = m_table->filter();
    filter->setClosedLast(false);

    auto *bar = new QHBoxLayout;
    for (int s : { DeadlineFilter::All, DeadlineFilter::Overdue, DeadlineFilter::DueWithinWeek,
                   DeadlineFilter::Open }) {
        auto *b = new QToolButton(this);
        b->setCheckable(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_scopes->addButton(b, s);
        bar->addWidget(b);
    }
    m_scopes->button(DeadlineFilter::All)->setChecked(true);
    m_scopes->button(DeadlineFilter::DueWithinWeek)->setToolTip(tr("未完成、计划完成时间在今天起 7 天之内的节点"));
    bar->addSpacing(12);
    bar->addWidget(m_leader);
    bar->addWidget(m_unit);
    bar->addStretch(1);
    m_open->setText(tr("打开项目"));
    m_open->setToolTip(tr("在项目台账中打开所选节点的项目（也可双击项目编号或名称）"));
    m_open->setEnabled(false);
    bar->addWidget(m_open);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);

    auto *model = static_cast<MilestoneModel *>(m_table->entityModel());
    m_table->arrange({ { m_table->columns()->extraColumn(CrossProjectProxy::CodeColumn), 0 },
                       { m_table->column("project_id"), 16 },
                       { m_table->columns()->extraColumn(CrossProjectProxy::UnitColumn), 0 },
                       { m_table->columns()->extraColumn(CrossProjectProxy::LeaderColumn), 0 },
                       { m_table->column("title"), 12 },
                       { m_table->column("planned_date"), 6 },
                       { m_table->column("actual_date"), 6 },
                       { model->stateColumn(), 5 },
                       { m_table->daysColumn(), 6 },
                       { m_table->column("responsible"), 5 },
                       { m_table->column("notes"), 0 } });

    connect(m_scopes, &QButtonGroup::idClicked, filter,
            [filter](int id) { filter->setScope(DeadlineFilter::Scope(id)); });
    connect(m_leader, &RefFilterCombo::idChanged, filter, &DeadlineFilter::setLeader);
    connect(m_unit, &RefFilterCombo::idChanged, filter, &DeadlineFilter::setUnit);
    connect(m_open, &QToolButton::clicked, this, [this] {
        if (const qint64 id = m_table->currentProjectId())
            emit projectRequested(id);
    });
    connect(m_table, &CrossProjectTable::projectRequested, this, &MilestonesView::projectRequested);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_open->setEnabled(m_table->currentProjectId() != 0); });

    // Counting is a pass over every milestone: once per burst of changes (an import sends
    // thousands), not once per change.
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(0);
    connect(m_countTimer, &QTimer::timeout, this, &MilestonesView::updateCounts);
    // The source tells of changes to rows the filter hides; the filter of its own changes.
    for (QAbstractItemModel *m : { static_cast<QAbstractItemModel *>(m_table->columns()),
                                   static_cast<QAbstractItemModel *>(filter) }) {
        for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
            connect(m, signal, m_countTimer, qOverload<>(&QTimer::start));
        connect(m, &QAbstractItemModel::modelReset, m_countTimer, qOverload<>(&QTimer::start));
        connect(m, &QAbstractItemModel::layoutChanged, m_countTimer, qOverload<>(&QTimer::start));
        connect(m, &QAbstractItemModel::dataChanged, m_countTimer, qOverload<>(&QTimer::start));
    }
    updateCounts();
}

QAbstractButton *MilestonesView::scopeButton(DeadlineFilter::Scope scope) const
{
    return m_scopes->button(scope);
}

QString MilestonesView::summaryText() const
{
    return m_summary->text();
}

void MilestonesView::updateCounts()
{
    m_countTimer->stop();
    const auto counts = m_table->filter()->scopeCounts();
    const QString labels[] = { tr("全部 %1"), tr("逾期 %1"), tr("本周到期 %1"), tr("未完成 %1") };
    for (int s = 0; s < 4; ++s)
        m_scopes->button(s)->setText(labels[s].arg(counts[size_t(s)]));
    m_summary->setText(tr("显示 %1 个时间节点　逾期在前，其余按计划完成时间排列；双击项目编号或名称打开项目")
                               .arg(m_table->filter()->rowCount()));
}

} // namespace tz::ui
