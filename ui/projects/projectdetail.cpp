#include "projectdetail.h"

#include "changelogmodel.h"
#include "clock.h"
#include "lights.h"
#include "projectmodel.h"
#include "widgets/entityform.h"
#include "widgets/entitytable.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace tz::ui {

ProjectDetail::ProjectDetail(Ledger *ledger, QWidget *parent)
    : QWidget(parent), m_ledger(ledger), m_header(new QLabel(this)), m_tabs(new QTabWidget(this))
{
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 6);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    connect(ledger, &Ledger::changed, this, [this](const ChangeEvent &e) {
        if (m_id && (e.projectId == m_id || e.kind == ChangeEvent::Reset))
            updateHeader();
    });
    rebuild(0);
}

EntityTable *ProjectDetail::table(Entity e) const
{
    for (EntityTable *t : m_tables)
        if (t->model()->entity() == e)
            return t;
    return nullptr;
}

void ProjectDetail::showProject(qint64 id)
{
    // Called from signals of views inside this widget too: rebuild once control is back in
    // the event loop, never while one of the models being replaced is still on the stack.
    QMetaObject::invokeMethod(this, [this, id] { rebuild(id); }, Qt::QueuedConnection);
}

void ProjectDetail::rebuild(qint64 id)
{
    if (id == m_id && m_tabs->count())
        return;
    const int tab = m_tabs->currentIndex();
    m_id = id;
    while (m_tabs->count()) {
        QWidget *w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete w;
    }
    m_tables.clear();
    updateHeader();
    if (!id || !m_ledger->row(Entity::Project, id))
        return;

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(new EntityForm(m_ledger, Entity::Project, id));
    m_tabs->addTab(scroll, tr("基本信息"));

    const auto addTable = [&](EntityModel *model, const QString &title) {
        auto *t = new EntityTable(model);
        m_tables.push_back(t);
        m_tabs->addTab(t, title);
    };
    addTable(new MilestoneModel(m_ledger, id), tr("时间节点"));
    addTable(new EntityModel(m_ledger, Entity::Requirement, id), tr("要素保障"));
    addTable(new EntityModel(m_ledger, Entity::Progress, id), tr("进展调度"));
    addTable(new EntityModel(m_ledger, Entity::Supervision, id), tr("督导记录"));
    addTable(new EntityModel(m_ledger, Entity::InvestmentPlan, id), tr("投资计划"));

    auto *history = new QTableView;
    history->setModel(new ChangeLogModel(m_ledger, id, history));
    history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    history->setSelectionBehavior(QAbstractItemView::SelectRows);
    history->verticalHeader()->hide();
    history->horizontalHeader()->setStretchLastSection(true);
    history->resizeColumnsToContents();
    m_tabs->addTab(history, tr("修改记录"));
    m_tabs->setCurrentIndex(qMax(0, tab));
}

void ProjectDetail::updateHeader()
{
    const auto row = m_id ? m_ledger->row(Entity::Project, m_id) : std::nullopt;
    if (!row) {
        m_header->setText(tr("<p style='color:#666'>在上方表格中选择一个项目，查看和编辑它的全部信息。</p>"));
        return;
    }
    const LightResult light = computeLight(*m_ledger, m_id, Clock::today());
    QStringList reasons;
    for (const QString &r : light.reasons)
        reasons << r.toHtmlEscaped();
    m_header->setText(QStringLiteral("<b style='font-size:large'>%1　%2</b>　"
                                     "<span style='color:%3'>●</span> <b>%4</b><br><span>%5</span>")
                              .arg(row->text(0).toHtmlEscaped(), row->text(1).toHtmlEscaped(),
                                   lightColor(light.light).name(), lightText(light.light),
                                   reasons.join(QStringLiteral("；"))));
}

} // namespace tz::ui
