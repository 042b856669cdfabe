#include "projecttableview.h"

#include "money.h"
#include "projectfilter.h"
#include "projectmodel.h"
#include "widgets/entitydelegate.h"
#include "widgets/lightdelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace tz::ui {

namespace {
const Entity kFilterEntities[] = { Entity::Unit, Entity::Leader, Entity::Category, Entity::Phase };
QString columnsKey()
{
    return QStringLiteral("projectTable/header");
}
} // namespace

ProjectTableView::ProjectTableView(QWidget *parent)
    : QWidget(parent),
      m_proxy(new ProjectFilter(this)),
      m_table(new QTableView(this)),
      m_search(new QLineEdit(this)),
      m_footer(new QLabel(this))
{
    m_search->setPlaceholderText(tr("搜索项目编号、名称、建设单位、分包领导（可用拼音首字母，如 jqr）"));
    m_search->setClearButtonEnabled(true);
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new EntityDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionsMovable(true);
    // Fitting columns to their contents lays out the text of every sampled cell; the rows a
    // first screen shows and a few pages more are enough (Qt's default samples 1,000 rows).
    m_table->horizontalHeader()->setResizeContentsPrecision(100);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this,
            &ProjectTableView::showHeaderMenu);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    const QStringList labels = { tr("全部责任单位"), tr("全部分包领导"), tr("全部类别"), tr("全部阶段"),
                                 tr("全部灯色") };
    for (const QString &l : labels) {
        auto *box = new QComboBox(this);
        box->setAccessibleName(l);
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        box->addItem(l, 0);
        filters->addWidget(box, 1);
        m_filters.push_back(box);
        connect(box, &QComboBox::activated, this, &ProjectTableView::applyFilters);
    }
    QComboBox *light = m_filters.back();
    light->addItem(tr("红灯"), int(Light::Red) + 1);
    light->addItem(tr("黄灯"), int(Light::Yellow) + 1);
    light->addItem(tr("绿灯"), int(Light::Green) + 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_footer);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &ProjectFilter::setSearchText);
    // A filter change removes rows in many runs; the totals are summed once afterwards.
    m_footerTimer.setSingleShot(true);
    m_footerTimer.setInterval(0);
    connect(&m_footerTimer, &QTimer::timeout, this, &ProjectTableView::updateFooter);
    const auto later = [this] { m_footerTimer.start(); };
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_proxy, signal, this, later);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, later);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, later);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, later);
    // Rows leaving the filter (a fixed project is no longer red) move the current row; the
    // project being edited stays shown until the user picks another one.
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { m_rowsLeaving = true; });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] { m_rowsLeaving = false; });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (!m_rowsLeaving)
            emit currentProjectChanged(currentProjectId());
    });
    // A reset of the rows (a large import, its undo) clears the current row and the selection
    // without a signal: they are kept by project id across it, and whoever follows the
    // current project hears when it is gone.
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keptCurrent = currentProjectId();
        m_keptSelection = selectedProjectIds();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ProjectTableView::restoreSelection);
}

void ProjectTableView::restoreSelection()
{
    const qint64 current = std::exchange(m_keptCurrent, 0);
    const std::vector<qint64> selected = std::exchange(m_keptSelection, {});
    const auto proxyRow = [this](qint64 id) {
        const int row = m_model ? m_model->rowOf(id) : -1;
        return row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    };
    QItemSelection selection;
    for (const qint64 id : selected)
        if (const QModelIndex i = proxyRow(id); i.isValid())
            selection.select(i, i);
    QItemSelectionModel *model = m_table->selectionModel();
    model->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (const QModelIndex i = current ? proxyRow(current) : QModelIndex(); i.isValid()) {
        model->setCurrentIndex(i, QItemSelectionModel::NoUpdate);
        m_table->scrollTo(i);
    } else if (current) {
        emit currentProjectChanged(0); // the project shown below is gone
    }
}

ProjectTableView::~ProjectTableView()
{
    saveColumns();
}

QComboBox *ProjectTableView::filterBox(int which) const
{
    return m_filters.at(size_t(which));
}

void ProjectTableView::setModel(ProjectModel *model)
{
    if (m_model)
        saveColumns();
    m_model = model;
    m_proxy->setSourceModel(model);
    if (!model)
        return;
    const int light = model->lightColumn();
    m_table->setItemDelegateForColumn(light, new LightDelegate(m_table));
    const QByteArray state = QSettings().value(columnsKey()).toByteArray();
    if (state.isEmpty() || !m_table->horizontalHeader()->restoreState(state)) {
        // The light first, then code and name: what a reader scans for.
        m_table->horizontalHeader()->moveSection(light, 0);
        for (const char *hidden : { "content", "annual_goal", "notes", "light_override",
                                    "light_override_reason", "contact_phone", "location", "contact" })
            m_table->setColumnHidden(model->modelColumn(columnIndex(Entity::Project, QString::fromLatin1(hidden))), true);
        m_table->resizeColumnsToContents();
        m_table->setColumnWidth(model->modelColumn(columnIndex(Entity::Project, QStringLiteral("name"))),
                                m_table->fontMetrics().horizontalAdvance(QStringLiteral("中")) * 22);
        m_table->sortByColumn(model->modelColumn(columnIndex(Entity::Project, QStringLiteral("code"))),
                              Qt::AscendingOrder);
    }
    connect(model, &EntityModel::editRejected, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("无法修改"), message);
    });
    // The filter lists again once per commit that touched what they list: an import adds
    // units and leaders by the hundred.
    connect(model->ledger(), &Ledger::changed, this, [this](const ChangeEvent &e) {
        if (e.kind == ChangeEvent::Reset
            || (e.entity != Entity::Project && std::find(std::begin(kFilterEntities), std::end(kFilterEntities), e.entity) != std::end(kFilterEntities)))
            m_filtersStale = true;
    });
    connect(model->ledger(), &Ledger::changesDone, this, [this] {
        if (std::exchange(m_filtersStale, false))
            reloadFilters();
    });
    reloadFilters();
    updateFooter();
}

void ProjectTableView::reloadFilters()
{
    bool lost = false; // a chosen unit, leader ... is gone: the table must stop filtering by it
    for (int i = 0; i < 4; ++i) {
        QComboBox *box = m_filters[size_t(i)];
        const QVariant current = box->currentData();
        while (box->count() > 1)
            box->removeItem(1);
        if (!m_model)
            continue;
        const Entity e = kFilterEntities[i];
        for (const Row &r : m_model->ledger()->rows(e))
            box->addItem(r.text(entityDef(e).titleColumn), r.id);
        const int at = box->findData(current);
        lost = lost || (at < 0 && current.toLongLong() != 0);
        box->setCurrentIndex(qMax(0, at));
    }
    if (lost)
        applyFilters();
}

void ProjectTableView::applyFilters()
{
    m_proxy->setUnit(m_filters[0]->currentData().toLongLong());
    m_proxy->setLeader(m_filters[1]->currentData().toLongLong());
    m_proxy->setCategory(m_filters[2]->currentData().toLongLong());
    m_proxy->setPhase(m_filters[3]->currentData().toLongLong());
    const int light = m_filters[4]->currentData().toInt();
    m_proxy->setLight(light ? std::optional<Light>(Light(light - 1)) : std::nullopt);
}

void ProjectTableView::showFiltered(qint64 unit, qint64 leader, qint64 phase, std::optional<Light> light)
{
    const qint64 ids[] = { unit, leader, 0, phase };
    for (int i = 0; i < 4; ++i)
        m_filters[size_t(i)]->setCurrentIndex(qMax(0, m_filters[size_t(i)]->findData(ids[i])));
    m_filters[4]->setCurrentIndex(qMax(0, m_filters[4]->findData(light ? int(*light) + 1 : 0)));
    m_search->clear();
    applyFilters();
}

void ProjectTableView::showHeaderMenu(const QPoint &pos)
{
    if (!m_model)
        return;
    QMenu menu(this);
    for (int c = 0; c < m_model->columnCount(); ++c) {
        QAction *a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!m_table->isColumnHidden(c));
        connect(a, &QAction::toggled, this, [this, c](bool on) { m_table->setColumnHidden(c, !on); });
    }
    menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
}

void ProjectTableView::saveColumns()
{
    if (m_model)
        QSettings().setValue(columnsKey(), m_table->horizontalHeader()->saveState());
}

std::vector<qint64> ProjectTableView::selectedProjectIds() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    std::vector<qint64> ids;
    for (const QModelIndex &i : rows)
        ids.push_back(i.data(EntityModel::IdRole).toLongLong());
    return ids;
}

qint64 ProjectTableView::currentProjectId() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.data(EntityModel::IdRole).toLongLong() : 0;
}

void ProjectTableView::selectProject(qint64 id)
{
    if (!m_model)
        return;
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex i = m_proxy->mapFromSource(m_model->index(row, 0));
    if (i.isValid()) {
        m_table->setCurrentIndex(i);
        m_table->scrollTo(i);
    }
}

QString ProjectTableView::footerText()
{
    if (m_footerTimer.isActive()) {
        m_footerTimer.stop();
        updateFooter();
    }
    return m_footer->text();
}

void ProjectTableView::updateFooter()
{
    if (!m_model) {
        m_footer->clear();
        return;
    }
    const int total = columnIndex(Entity::Project, QStringLiteral("total_investment"));
    const int planned = columnIndex(Entity::Project, QStringLiteral("planned_investment"));
    const int done = columnIndex(Entity::Project, QStringLiteral("completed_investment"));
    Money sumTotal, sumPlanned, sumDone;
    const int rows = m_proxy->rowCount();
    // Straight from the model's rows: three QVariants through the proxy per project made
    // this sum, run after every keystroke, cost as much as the filtering itself.
    for (int r = 0; r < rows; ++r) {
        const Row &row = m_model->rowAt(m_proxy->mapToSource(m_proxy->index(r, 0)).row());
        sumTotal += Money::fromCents(row.integer(total));
        sumPlanned += Money::fromCents(row.integer(planned));
        sumDone += Money::fromCents(row.integer(done));
    }
    const QString rate = sumTotal.cents() > 0
            ? QString::number(double(sumDone.cents()) * 100.0 / double(sumTotal.cents()), 'f', 1) + u'%'
            : QStringLiteral("—");
    m_footer->setText(tr("共 %1 个项目　总投资 %2 万元　年度计划 %3 万元　累计完成 %4 万元　完成率 %5")
                              .arg(rows)
                              .arg(sumTotal.toDisplayString(), sumPlanned.toDisplayString(),
                                   sumDone.toDisplayString(), rate));
}

} // namespace tz::ui
