#include "requirementsboard.h"

#include "crossprojectproxy.h"
#include "crossprojecttable.h"
#include "deadlinefilter.h"
#include "projectmodel.h"
#include "requirementmatrix.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace tz::ui {

namespace {
int requirementColumn(const char *name)
{
    return columnIndex(Entity::Requirement, QString::fromLatin1(name));
}
} // namespace

RequirementsBoard::RequirementsBoard(ProjectModel *projects, QWidget *parent)
    : QWidget(parent),
      // Only 已解决 closes a need: one that cannot be resolved still blocks its project, and
      // the light rule keeps it red once its deadline has passed.
      m_table(new CrossProjectTable(new EntityModel(projects->ledger(), Entity::Requirement), projects,
                                    requirementColumn("deadline"), requirementColumn("status"),
                                    { words::requirementStatuses().value(2) }, this)),
      m_matrix(new RequirementMatrix(m_table->entityModel(), this)),
      m_matrixView(new QTableView(this)),
      m_summary(new QLabel(this)),
      m_listTitle(new QLabel(this)),
      m_showAll(new QToolButton(this)),
      m_open(new QToolButton(this))
{
    m_table->filter()->setClosedLast(true);

    m_matrixView->setModel(m_matrix);
    m_matrixView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrixView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrixView->setCornerButtonEnabled(false);
    m_matrixView->setFocusPolicy(Qt::NoFocus);
    m_matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_matrixView->horizontalHeader()->setDefaultSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("中")) * 8);
    m_matrixView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_matrixView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_matrixView->verticalHeader()->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("中")) * 5);
    m_matrixView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_matrixView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_matrixView->setToolTip(tr("点击格子，下方清单只列该类型、该状态的需求；点击“合计”按一项筛选"));

    auto *heading = new QLabel(tr("<b>要素保障需求</b>（类型 × 状态，红字为已过解决时限仍未解决的项数）"), this);
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *board = new QHBoxLayout;
    board->addWidget(m_matrixView);
    board->addSpacing(16);
    board->addWidget(m_summary, 1);

    m_showAll->setText(tr("显示全部需求"));
    m_open->setText(tr("打开项目"));
    m_open->setToolTip(tr("在项目台账中打开所选需求的项目（也可双击项目编号或名称）"));
    m_open->setEnabled(false);
    auto *listBar = new QHBoxLayout;
    listBar->addWidget(m_listTitle, 1);
    listBar->addWidget(m_showAll);
    listBar->addWidget(m_open);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(heading);
    layout->addLayout(board);
    layout->addSpacing(6);
    layout->addLayout(listBar);
    layout->addWidget(m_table, 1);

    const auto extra = [this](CrossProjectProxy::Extra e) { return m_table->columns()->extraColumn(e); };
    m_table->arrange({ { extra(CrossProjectProxy::CodeColumn), 0 },
                       { m_table->column("project_id"), 14 },
                       { m_table->column("kind_id"), 3 },
                       { m_table->column("description"), 14 },
                       { m_table->column("quantity"), 4 },
                       { m_table->column("measure"), 3 },
                       { m_table->column("department"), 10 },
                       { m_table->column("deadline"), 6 },
                       { m_table->column("status"), 4 },
                       { m_table->daysColumn(), 6 },
                       { m_table->column("resolved_date"), 6 },
                       { m_table->column("resolution"), 0 } });

    connect(m_matrixView, &QAbstractItemView::clicked, this, [this](const QModelIndex &i) {
        showCell(i.data(RequirementMatrix::KindRole).toLongLong(), i.data(RequirementMatrix::StatusRole).toString());
    });
    connect(m_showAll, &QToolButton::clicked, this, [this] { showCell(0, QString()); });
    connect(m_open, &QToolButton::clicked, this, [this] {
        if (const qint64 id = m_table->currentProjectId())
            emit projectRequested(id);
    });
    connect(m_table, &CrossProjectTable::projectRequested, this, &RequirementsBoard::projectRequested);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_open->setEnabled(m_table->currentProjectId() != 0); });
    connect(m_matrix, &QAbstractItemModel::modelReset, this, [this] {
        // The kinds changed: a chosen kind that is gone no longer filters.
        bool known = !m_kind;
        for (int r = 0; r < m_matrix->rowCount(); ++r)
            known = known || m_matrix->index(r, 0).data(RequirementMatrix::KindRole).toLongLong() == m_kind;
        showCell(known ? m_kind : 0, m_status);
        fitMatrix();
    });
    connect(m_matrix, &QAbstractItemModel::dataChanged, this, &RequirementsBoard::updateTexts);
    fitMatrix();
    showCell(0, QString());
}

void RequirementsBoard::fitMatrix()
{
    // The board is small and always whole: no scroll bars, no empty space below it.
    QHeaderView *h = m_matrixView->horizontalHeader();
    QHeaderView *v = m_matrixView->verticalHeader();
    const int frame = 2 * m_matrixView->frameWidth();
    m_matrixView->setFixedSize(v->sizeHint().width() + h->length() + frame,
                               h->sizeHint().height() + v->length() + frame);
}

void RequirementsBoard::showCell(qint64 kindId, const QString &status)
{
    m_kind = kindId;
    m_status = status;
    DeadlineFilter *filter = m_table->filter();
    filter->setMatch(requirementColumn("kind_id"), kindId ? QVariant(kindId) : QVariant());
    filter->setMatch(requirementColumn("status"), status.isEmpty() ? QVariant() : QVariant(status));
    // Mark the cell the list shows, the grand total when it shows everything.
    for (int r = 0; r < m_matrix->rowCount(); ++r)
        for (int c = 0; c < m_matrix->columnCount(); ++c) {
            const QModelIndex i = m_matrix->index(r, c);
            if (i.data(RequirementMatrix::KindRole).toLongLong() == kindId
                && i.data(RequirementMatrix::StatusRole).toString() == status)
                m_matrixView->setCurrentIndex(i);
        }
    updateTexts();
}

QString RequirementsBoard::listTitle() const
{
    return m_listTitle->text();
}

void RequirementsBoard::updateTexts()
{
    QString kind = tr("全部类型");
    for (int r = 0; r < m_matrix->rowCount() - 1; ++r)
        if (m_matrix->index(r, 0).data(RequirementMatrix::KindRole).toLongLong() == m_kind)
            kind = m_matrix->headerData(r, Qt::Vertical).toString();
    const QString status = m_status.isEmpty() ? tr("全部状态") : m_status;
    const int shown = m_matrix->count(m_kind, m_status);
    const int late = m_matrix->overdue(m_kind, m_status);
    m_listTitle->setText(late ? tr("<b>%1 · %2</b>：%3 项，其中 %4 项已过解决时限（排在前面）").arg(kind, status).arg(shown).arg(late)
                              : tr("<b>%1 · %2</b>：%3 项").arg(kind, status).arg(shown));
    m_showAll->setEnabled(m_kind || !m_status.isEmpty());

    const QString resolved = words::requirementStatuses().value(2);
    const int total = m_matrix->count(0, QString());
    const int open = total - m_matrix->count(0, resolved);
    m_summary->setText(tr("共 %1 项要素保障需求，未解决 %2 项，其中 <span style=\"color:#d93025\"><b>%3 项已过解决时限</b></span>。")
                               .arg(total)
                               .arg(open)
                               .arg(m_matrix->overdue(0, QString())));
}

} // namespace tz::ui
