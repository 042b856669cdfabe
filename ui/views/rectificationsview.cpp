#include "rectificationsview.h"

#include "clock.h"
#include "crossprojectproxy.h"
#include "crossprojecttable.h"
#include "deadlinefilter.h"
#include "projectmodel.h"
#include "widgets/reffiltercombo.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tz::ui {

namespace {
int supervisionColumn(const char *name)
{
    return columnIndex(Entity::Supervision, QString::fromLatin1(name));
}
} // namespace

RectificationsView::RectificationsView(ProjectModel *projects, QWidget *parent)
    : QWidget(parent),
      // Open while 整改中; 已整改 and 无需整改 close a finding.
      m_table(new CrossProjectTable(new EntityModel(projects->ledger(), Entity::Supervision), projects,
                                    supervisionColumn("rectification_deadline"), supervisionColumn("status"),
                                    words::rectificationStatuses().mid(1), this)),
      m_leader(new RefFilterCombo(projects->ledger(), Entity::Leader, tr("全部分包领导"), this)),
      m_unit(new RefFilterCombo(projects->ledger(), Entity::Unit, tr("全部责任单位"), this)),
      m_done(new QToolButton(this)),
      m_open(new QToolButton(this)),
      m_summary(new QLabel(this)),
      m_summaryTimer(new QTimer(this))
{
    DeadlineFilter *filter = m_table->filter();
    filter->setMatch(supervisionColumn("status"), words::rectificationStatuses().value(0));
    filter->setClosedLast(true);

    m_done->setText(tr("整改完成…"));
    m_done->setToolTip(tr("填写整改完成日期并把所选记录标为“已整改”（一步，可撤销）"));
    m_done->setEnabled(false);
    m_open->setText(tr("打开项目"));
    m_open->setToolTip(tr("在项目台账中打开所选记录的项目（也可双击项目编号或名称）"));
    m_open->setEnabled(false);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_leader);
    bar->addWidget(m_unit);
    bar->addStretch(1);
    bar->addWidget(m_done);
    bar->addWidget(m_open);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);

    const auto extra = [this](CrossProjectProxy::Extra e) { return m_table->columns()->extraColumn(e); };
    m_table->arrange({ { extra(CrossProjectProxy::CodeColumn), 0 },
                       { m_table->column("project_id"), 12 },
                       { extra(CrossProjectProxy::UnitColumn), 0 },
                       { m_table->column("visit_date"), 6 },
                       { m_table->column("kind"), 3 },
                       { m_table->column("findings"), 12 },
                       { m_table->column("rectification"), 12 },
                       { m_table->column("rectification_deadline"), 6 },
                       { m_table->daysColumn(), 6 },
                       { m_table->column("status"), 4 },
                       { m_table->column("rectified_date"), 6 },
                       { m_table->column("accountability"), 0 } });

    connect(m_leader, &RefFilterCombo::idChanged, filter, &DeadlineFilter::setLeader);
    connect(m_unit, &RefFilterCombo::idChanged, filter, &DeadlineFilter::setUnit);
    connect(m_done, &QToolButton::clicked, this, &RectificationsView::onMarkRectified);
    connect(m_open, &QToolButton::clicked, this, [this] {
        if (const qint64 id = m_table->currentProjectId())
            emit projectRequested(id);
    });
    connect(m_table, &CrossProjectTable::projectRequested, this, &RectificationsView::projectRequested);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const bool any = m_table->currentId() != 0;
        m_open->setEnabled(any);
        m_done->setEnabled(any && !m_table->entityModel()->ledger()->isReadOnly());
    });
    // Once per burst of changes: a new filter sends a signal per range of rows.
    m_summaryTimer->setSingleShot(true);
    m_summaryTimer->setInterval(0);
    connect(m_summaryTimer, &QTimer::timeout, this, &RectificationsView::updateSummary);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(filter, signal, m_summaryTimer, qOverload<>(&QTimer::start));
    connect(filter, &QAbstractItemModel::modelReset, m_summaryTimer, qOverload<>(&QTimer::start));
    connect(filter, &QAbstractItemModel::dataChanged, m_summaryTimer, qOverload<>(&QTimer::start));
    updateSummary();
}

QString RectificationsView::summaryText() const
{
    return m_summary->text();
}

void RectificationsView::updateSummary()
{
    m_summaryTimer->stop();
    // Only the open records pass the filter: a pass over them is short.
    const auto counts = m_table->filter()->scopeCounts();
    m_summary->setText(tr("整改中 %1 项，其中 %2 项已超过整改时限　超期在前，其余按整改时限排列")
                               .arg(counts[DeadlineFilter::All])
                               .arg(counts[DeadlineFilter::Overdue]));
}

QString RectificationsView::markRectified(qint64 supervisionId, QDate date)
{
    Ledger *ledger = m_table->entityModel()->ledger();
    if (ledger->isReadOnly())
        return tr("台账以只读方式打开，不能修改。");
    if (!date.isValid())
        return tr("请填写整改完成日期。");
    // Two fields, one step: undo brings the record back as it was, still 整改中.
    ledger->undoStack()->beginMacro(tr("整改完成：%1").arg(ledger->rowTitle(Entity::Supervision, supervisionId)));
    QString error = ledger->setField(Entity::Supervision, supervisionId, supervisionColumn("rectified_date"), date);
    if (error.isEmpty())
        error = ledger->setField(Entity::Supervision, supervisionId, supervisionColumn("status"),
                                 words::rectificationStatuses().value(1));
    ledger->undoStack()->endMacro();
    return error;
}

void RectificationsView::onMarkRectified()
{
    const qint64 id = m_table->currentId();
    if (!id)
        return;
    QDate date = Clock::today();
    if (!askDate(m_table->entityModel()->ledger()->rowTitle(Entity::Supervision, id), &date))
        return;
    const QString error = markRectified(id, date);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("无法修改"), error);
}

bool RectificationsView::askDate(const QString &title, QDate *date)
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("整改完成"));
    auto *edit = new QDateEdit(*date, &dialog);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *what = new QLabel(title, &dialog);
    what->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("存在问题："), what);
    form->addRow(tr("整改完成日期："), edit);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *date = edit->date();
    return true;
}

} // namespace tz::ui
