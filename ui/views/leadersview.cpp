#include "leadersview.h"

#include "projectmodel.h"
#include "projects/projecttableview.h"
#include "widgets/entitytable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace tz::ui {

namespace {
// The leader filter box of ProjectTableView (0 unit, 1 leader, ...).
constexpr int kLeaderBox = 1;
// No project has this leader: the list stays empty until a leader is chosen.
constexpr qint64 kNobody = -1;
} // namespace

LeadersView::LeadersView(ProjectModel *projects, QWidget *parent)
    : QWidget(parent),
      m_model(projects),
      m_leaders(new EntityTable(new EntityModel(projects->ledger(), Entity::Leader))),
      m_projects(new ProjectTableView),
      m_header(new QLabel(this)),
      m_open(new QToolButton(this)),
      m_headerTimer(new QTimer(this))
{
    m_projects->setModel(projects);
    // The leader is chosen on the left; the box would only contradict it.
    m_projects->filterBox(kLeaderBox)->hide();
    m_header->setTextFormat(Qt::RichText);
    m_open->setText(tr("打开项目"));
    m_open->setToolTip(tr("在项目台账中打开所选项目"));
    m_open->setEnabled(false);

    auto *right = new QWidget;
    auto *top = new QHBoxLayout;
    top->setContentsMargins(6, 6, 6, 0);
    top->addWidget(m_header, 1);
    top->addWidget(m_open);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(top);
    rightLayout->addWidget(m_projects, 1);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    leftLayout->addWidget(m_leaders);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 440, 900 });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_leaders->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showLeader(m_leaders->currentId()); });
    connect(m_projects, &ProjectTableView::currentProjectChanged, this,
            [this](qint64 id) { m_open->setEnabled(id != 0); });
    connect(m_open, &QToolButton::clicked, this, [this] {
        if (const qint64 id = m_projects->currentProjectId())
            emit projectRequested(id);
    });
    // Counting is a pass over the leader's projects: once per burst of changes — a new
    // filter removes and inserts rows range by range, hundreds of signals — not per signal.
    m_headerTimer->setSingleShot(true);
    m_headerTimer->setInterval(0);
    connect(m_headerTimer, &QTimer::timeout, this, &LeadersView::updateHeader);
    QSortFilterProxyModel *shown = m_projects->proxy();
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(shown, signal, m_headerTimer, qOverload<>(&QTimer::start));
    connect(shown, &QAbstractItemModel::modelReset, m_headerTimer, qOverload<>(&QTimer::start));
    connect(shown, &QAbstractItemModel::layoutChanged, m_headerTimer, qOverload<>(&QTimer::start));
    // Lights change through dataChanged (a milestone done, a setting changed).
    connect(shown, &QAbstractItemModel::dataChanged, m_headerTimer, qOverload<>(&QTimer::start));
    // A leader renamed or removed changes the header too.
    connect(m_leaders->model(), &QAbstractItemModel::dataChanged, m_headerTimer, qOverload<>(&QTimer::start));
    connect(m_leaders->model(), &QAbstractItemModel::rowsRemoved, this,
            [this] { showLeader(m_leaders->currentId()); });

    if (m_leaders->model()->rowCount() > 0)
        m_leaders->view()->selectRow(0);
    else
        showLeader(0);
}

void LeadersView::selectLeader(qint64 id)
{
    const int row = m_leaders->model()->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex i = m_leaders->proxy()->mapFromSource(m_leaders->model()->index(row, 0));
    m_leaders->view()->setCurrentIndex(i);
    m_leaders->view()->scrollTo(i);
}

void LeadersView::showLeader(qint64 id)
{
    m_leader = id;
    // The hidden box keeps the same leader, so choosing another filter there keeps it too.
    QComboBox *box = m_projects->filterBox(kLeaderBox);
    box->setCurrentIndex(qMax(0, box->findData(id)));
    m_projects->proxy()->setLeader(id ? id : kNobody);
    // Without a leader its other filters would show every project: nothing to choose there.
    m_projects->setEnabled(id != 0);
    updateHeader();
}

QString LeadersView::headerText() const
{
    return m_header->text();
}

void LeadersView::updateHeader()
{
    m_headerTimer->stop();
    if (!m_leader) {
        m_header->setText(tr("请在左侧选择一位分包领导，这里列出他分包的项目。"));
        return;
    }
    int counts[3] = {};
    QSortFilterProxyModel *shown = m_projects->proxy();
    for (int r = 0; r < shown->rowCount(); ++r)
        ++counts[int(m_model->light(shown->index(r, 0).data(EntityModel::IdRole).toLongLong()).light)];
    const auto dot = [](Light l, int n) {
        return QStringLiteral("<span style=\"color:%1\">●</span> %2 %3")
                .arg(lightColor(l).name(), lightText(l))
                .arg(n);
    };
    // The leader's name and title from the table on the left, already in memory.
    const EntityModel *leaders = m_leaders->model();
    const int row = leaders->rowOf(m_leader);
    if (row < 0)
        return;
    const Row &leader = leaders->rowAt(row);
    const QString name = leader.text(columnIndex(Entity::Leader, QStringLiteral("name"))).toHtmlEscaped();
    const QString title = leader.text(columnIndex(Entity::Leader, QStringLiteral("title")));
    m_header->setText(tr("<b>%1</b>%2 分包 %3 个项目：%4　%5　%6")
                              .arg(name, title.isEmpty() ? QString() : tr("（%1）").arg(title.toHtmlEscaped()))
                              .arg(shown->rowCount())
                              .arg(dot(Light::Red, counts[int(Light::Red)]),
                                   dot(Light::Yellow, counts[int(Light::Yellow)]),
                                   dot(Light::Green, counts[int(Light::Green)])));
}

} // namespace tz::ui
