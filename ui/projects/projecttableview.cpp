#include "projecttableview.h"

#include "money.h"
#include "projectmodel.h"
#include "widgets/lightdelegate.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tz::ui {

ProjectTableView::ProjectTableView(QWidget *parent)
    : QWidget(parent),
      m_proxy(new QSortFilterProxyModel(this)),
      m_table(new QTableView(this)),
      m_search(new QLineEdit(this)),
      m_footer(new QLabel(this))
{
    m_search->setPlaceholderText(tr("搜索项目编号、名称、建设单位、分包领导…"));
    m_search->setClearButtonEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(EntityModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_footer);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
    });
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_proxy, signal, this, &ProjectTableView::updateFooter);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ProjectTableView::updateFooter);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ProjectTableView::updateFooter);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &ProjectTableView::updateFooter);
}

void ProjectTableView::setModel(ProjectModel *model)
{
    m_model = model;
    m_proxy->setSourceModel(model);
    if (!model)
        return;
    const int light = model->lightColumn();
    m_table->setItemDelegateForColumn(light, new LightDelegate(m_table));
    // The light first, then code and name: what a reader scans for.
    m_table->horizontalHeader()->moveSection(light, 0);
    for (const char *hidden : { "content", "annual_goal", "notes", "light_override", "light_override_reason",
                                "contact_phone", "location" })
        m_table->setColumnHidden(model->modelColumn(columnIndex(Entity::Project, QString::fromLatin1(hidden))), true);
    m_table->sortByColumn(model->modelColumn(columnIndex(Entity::Project, QStringLiteral("code"))),
                          Qt::AscendingOrder);
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(model->modelColumn(columnIndex(Entity::Project, QStringLiteral("name"))),
                            m_table->fontMetrics().horizontalAdvance(QStringLiteral("中")) * 22);
    connect(model, &EntityModel::editRejected, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("无法修改"), message);
    });
    updateFooter();
}

QString ProjectTableView::footerText() const
{
    return m_footer->text();
}

void ProjectTableView::updateFooter()
{
    if (!m_model) {
        m_footer->clear();
        return;
    }
    const int total = m_model->modelColumn(columnIndex(Entity::Project, QStringLiteral("total_investment")));
    const int planned = m_model->modelColumn(columnIndex(Entity::Project, QStringLiteral("planned_investment")));
    const int done = m_model->modelColumn(columnIndex(Entity::Project, QStringLiteral("completed_investment")));
    Money sumTotal, sumPlanned, sumDone;
    const int rows = m_proxy->rowCount();
    for (int r = 0; r < rows; ++r) {
        const auto cents = [&](int column) {
            return Money::fromCents(m_proxy->index(r, column).data(EntityModel::StoredRole).toLongLong());
        };
        sumTotal += cents(total);
        sumPlanned += cents(planned);
        sumDone += cents(done);
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
