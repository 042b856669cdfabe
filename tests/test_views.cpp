// The cross-project pages of the main window, driven offscreen over a demo ledger: what each
// page lists is checked against the stored rows (read through a connection of the test's own),
// and edits made in a page reach the file and come back with undo.

#include "clock.h"
#include "crossprojectproxy.h"
#include "deadlinefilter.h"
#include "demo.h"
#include "entitymodel.h"
#include "ledger.h"
#include "lights.h"
#include "mainwindow.h"
#include "projectmodel.h"
#include "projects/projecttableview.h"
#include "requirementmatrix.h"
#include "settings/settingsview.h"
#include "settings/warningsettings.h"
#include "views/crossprojecttable.h"
#include "views/leadersview.h"
#include "views/milestonesview.h"
#include "views/rectificationsview.h"
#include "views/requirementsboard.h"
#include "widgets/entitytable.h"
#include "widgets/reffiltercombo.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QListWidget>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace tz;

namespace {

const QDate kToday(2026, 6, 15);

int col(Entity e, const char *name)
{
    return columnIndex(e, QString::fromLatin1(name));
}

// Runs a query on the file through a connection of its own, as another program would, and
// returns every row's values.
QList<QVariantList> query(const QString &path, const QString &sql, const QVariantList &binds = {})
{
    const QString name = QStringLiteral("test-views-reader");
    QList<QVariantList> out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(sql);
            for (const QVariant &b : binds)
                q.addBindValue(b);
            if (q.exec()) {
                while (q.next()) {
                    QVariantList row;
                    for (int i = 0; i < q.record().count(); ++i)
                        row << q.value(i);
                    out << row;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

QSet<qint64> idsIn(const QList<QVariantList> &rows)
{
    QSet<qint64> ids;
    for (const QVariantList &r : rows)
        ids.insert(r.value(0).toLongLong());
    return ids;
}

QSet<qint64> idsShown(const QAbstractItemModel *model)
{
    QSet<qint64> ids;
    for (int r = 0; r < model->rowCount(); ++r)
        ids.insert(model->index(r, 0).data(EntityModel::IdRole).toLongLong());
    return ids;
}

} // namespace

class TestViews : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Ledger> m_ledger;

    static QModelIndex cell(ui::CrossProjectTable *t, int row, int column) { return t->model()->index(row, column); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TaizhangTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_views"));
        Clock::setToday(kToday);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("视图测试.tzdb"));
        QString error;
        m_ledger = Ledger::create(m_path, &error);
        QVERIFY2(m_ledger, qPrintable(error));
        QCOMPARE(fillDemoLedger(*m_ledger, 60, 2, kToday), QString());
    }

    void init()
    {
        m_ledger->undoStack()->clear();
    }

    // Each test starts from the demo ledger as it was made.
    void cleanup()
    {
        while (m_ledger->undoStack()->canUndo())
            m_ledger->undoStack()->undo();
    }

    void modelsPassTheTester()
    {
        ProjectModel projects(m_ledger.get());
        EntityModel milestones(m_ledger.get(), Entity::Milestone);
        CrossProjectProxy columns(&projects);
        columns.setSourceModel(&milestones);
        columns.setDeadline(col(Entity::Milestone, "planned_date"), col(Entity::Milestone, "actual_date"));
        DeadlineFilter filter;
        filter.setSourceModel(&columns);
        filter.sort(columns.extraColumn(CrossProjectProxy::DaysColumn));
        EntityModel requirements(m_ledger.get(), Entity::Requirement);
        RequirementMatrix matrix(&requirements);
        using T = QAbstractItemModelTester;
        T t1(&columns, T::FailureReportingMode::QtTest);
        T t2(&filter, T::FailureReportingMode::QtTest);
        T t3(&matrix, T::FailureReportingMode::QtTest);
        filter.setScope(DeadlineFilter::Overdue);
        const qint64 project = projects.idAt(0);
        const int name = col(Entity::Project, "name");
        QCOMPARE(m_ledger->setField(Entity::Project, project, name, QStringLiteral("测试改名项目")), QString());
        QString error;
        const qint64 added = m_ledger->addRow(Entity::Milestone, { project, QStringLiteral("新增节点"), QStringLiteral("2026-06-01") }, &error);
        QVERIFY2(added, qPrintable(error));
        QVERIFY(idsShown(&filter).contains(added));
        QCOMPARE(m_ledger->removeRow(Entity::Project, projects.idAt(1)), QString());
        QCOMPARE(m_ledger->addRow(Entity::RequirementKind, { QStringLiteral("电力") }, &error) != 0, true);
        while (m_ledger->undoStack()->canUndo())
            m_ledger->undoStack()->undo();
        QVERIFY(!idsShown(&filter).contains(added));
        QCOMPARE(matrix.rowCount(), 6); // five kinds and the total
    }

    void milestonesOverdueScope()
    {
        ProjectModel projects(m_ledger.get());
        ui::MilestonesView view(&projects);
        auto *table = view.table();
        QCOMPARE(table->model()->rowCount(), int(m_ledger->count(Entity::Milestone)));

        QSet<qint64> overdue;
        const int warning = m_ledger->lightSettings().warningDays;
        for (const Row &m : m_ledger->rows(Entity::Milestone))
            if (milestoneState(storedDate(m.value(col(Entity::Milestone, "planned_date"))),
                               storedDate(m.value(col(Entity::Milestone, "actual_date"))), kToday, warning)
                == MilestoneState::Overdue)
                overdue.insert(m.id);
        QVERIFY(overdue.size() >= 3);

        QTest::mouseClick(view.scopeButton(DeadlineFilter::Overdue), Qt::LeftButton);
        QCOMPARE(idsShown(table->model()), overdue);
        QCOMPARE(view.scopeButton(DeadlineFilter::Overdue)->text(), QStringLiteral("逾期 %1").arg(overdue.size()));
        // Every row reads 逾期 in the state column, longest overdue first.
        const int state = static_cast<MilestoneModel *>(table->entityModel())->stateColumn();
        const int planned = table->column("planned_date");
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            QCOMPARE(cell(table, r, state).data().toString(), QStringLiteral("逾期"));
            if (r > 0)
                QVERIFY(cell(table, r - 1, planned).data(EntityModel::StoredRole).toString()
                        <= cell(table, r, planned).data(EntityModel::StoredRole).toString());
        }

        // Entering the actual date in the page writes the file, and the row leaves the scope.
        const qint64 id = cell(table, 0, 0).data(EntityModel::IdRole).toLongLong();
        const QModelIndex actual = cell(table, 0, table->column("actual_date"));
        QVERIFY(actual.flags() & Qt::ItemIsEditable);
        QVERIFY(table->model()->setData(actual, QStringLiteral("2026年6月12日")));
        const QString sql = QStringLiteral("SELECT actual_date FROM milestones WHERE id = ?");
        QCOMPARE(query(m_path, sql, { id }).value(0).value(0).toString(), QStringLiteral("2026-06-12"));
        QVERIFY(!idsShown(table->model()).contains(id));
        QCOMPARE(table->model()->rowCount(), overdue.size() - 1);
        // The counts on the buttons follow once the burst of changes is over.
        QTRY_COMPARE(view.scopeButton(DeadlineFilter::Overdue)->text(), QStringLiteral("逾期 %1").arg(overdue.size() - 1));
        m_ledger->undoStack()->undo();
        QVERIFY(query(m_path, sql, { id }).value(0).value(0).isNull());
        QCOMPARE(idsShown(table->model()), overdue);

        // The project column is shown by name and is not edited here.
        QVERIFY(!(cell(table, 0, table->column("project_id")).flags() & Qt::ItemIsEditable));
    }

    void milestonesOtherScopesAndFilters()
    {
        ProjectModel projects(m_ledger.get());
        ui::MilestonesView view(&projects);
        auto *table = view.table();
        const QString today = kToday.toString(Qt::ISODate);
        const QString weekEnd = kToday.addDays(7).toString(Qt::ISODate);

        // Due in three days, and one due in eight: only the first is due this week.
        QString error;
        const qint64 first = m_ledger->rows(Entity::Project).front().id;
        const qint64 soon = m_ledger->addRow(Entity::Milestone, { first, QStringLiteral("本周节点"), kToday.addDays(3) }, &error);
        const qint64 later = m_ledger->addRow(Entity::Milestone, { first, QStringLiteral("下周节点"), kToday.addDays(8) }, &error);
        QVERIFY2(soon && later, qPrintable(error));
        QTest::mouseClick(view.scopeButton(DeadlineFilter::DueWithinWeek), Qt::LeftButton);
        QVERIFY(idsShown(table->model()).contains(soon));
        QVERIFY(!idsShown(table->model()).contains(later));
        QCOMPARE(idsShown(table->model()),
                 idsIn(query(m_path, QStringLiteral("SELECT id FROM milestones WHERE actual_date IS NULL"
                                                    " AND planned_date >= ? AND planned_date <= ?"),
                             { today, weekEnd })));
        QTest::mouseClick(view.scopeButton(DeadlineFilter::Open), Qt::LeftButton);
        const auto open = idsIn(query(m_path, QStringLiteral("SELECT id FROM milestones WHERE actual_date IS NULL")));
        QCOMPARE(idsShown(table->model()), open);
        QVERIFY(open.contains(soon) && open.contains(later));

        // By leader, then by unit as well: exactly the open milestones of those projects.
        const qint64 leader = m_ledger->rows(Entity::Leader).front().id;
        view.leaderBox()->setCurrentId(leader);
        QCOMPARE(idsShown(table->model()),
                 idsIn(query(m_path, QStringLiteral("SELECT m.id FROM milestones m JOIN projects p ON p.id = m.project_id"
                                                    " WHERE m.actual_date IS NULL AND p.leader_id = ?"),
                             { leader })));
        const qint64 unit = query(m_path, QStringLiteral("SELECT unit_id FROM projects WHERE leader_id = ? LIMIT 1"), { leader })
                                    .value(0).value(0).toLongLong();
        view.unitBox()->setCurrentId(unit);
        const auto both = idsIn(query(m_path, QStringLiteral("SELECT m.id FROM milestones m JOIN projects p ON p.id = m.project_id"
                                                             " WHERE m.actual_date IS NULL AND p.leader_id = ? AND p.unit_id = ?"),
                                      { leader, unit }));
        QCOMPARE(idsShown(table->model()), both);
        // The unit, leader and code columns come from the project.
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            QCOMPARE(cell(table, r, table->columns()->extraColumn(CrossProjectProxy::LeaderColumn)).data().toString(),
                     m_ledger->rowTitle(Entity::Leader, leader));
            QCOMPARE(cell(table, r, table->columns()->extraColumn(CrossProjectProxy::UnitColumn)).data().toString(),
                     m_ledger->rowTitle(Entity::Unit, unit));
        }

        // Moving a project to another leader takes its milestones out of this leader's list.
        if (table->model()->rowCount() > 0) {
            const qint64 project = cell(table, 0, 0).data(CrossProjectProxy::ProjectIdRole).toLongLong();
            const qint64 other = m_ledger->rows(Entity::Leader).back().id;
            QVERIFY(other != leader);
            QCOMPARE(m_ledger->setField(Entity::Project, project, col(Entity::Project, "leader_id"), other), QString());
            for (int r = 0; r < table->model()->rowCount(); ++r)
                QVERIFY(cell(table, r, 0).data(CrossProjectProxy::ProjectIdRole).toLongLong() != project);
            m_ledger->undoStack()->undo();
            QCOMPARE(idsShown(table->model()), both);
        }
    }

    void milestonesOpenTheProject()
    {
        ui::MainWindow window;
        QVERIFY(window.openLedger(m_path));
        // The pages in the order of the Page enum, each present.
        auto *nav = window.findChild<QListWidget *>();
        QVERIFY(nav);
        QCOMPARE(nav->count(), int(ui::MainWindow::HistoryPage) + 1);
        for (int p = 0; p < nav->count(); ++p) {
            QCOMPARE(nav->item(p)->data(Qt::UserRole + 1).toInt(), p);
            QVERIFY(window.page(ui::MainWindow::Page(p)));
        }
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(ui::MainWindow::MilestonesPage);
        auto *view = qobject_cast<ui::MilestonesView *>(window.page(ui::MainWindow::MilestonesPage));
        QVERIFY(view);
        auto *table = view->table();
        const QModelIndex name = cell(table, 3, table->column("project_id"));
        const qint64 project = name.data(CrossProjectProxy::ProjectIdRole).toLongLong();
        QVERIFY(project);
        QCOMPARE(name.data().toString(), m_ledger->rowTitle(Entity::Project, project));
        QTRY_VERIFY(table->isVisible() && table->viewport()->height() > 100);
        table->scrollTo(name);
        QSignalSpy requested(view, &ui::MilestonesView::projectRequested);
        const QPoint at = table->visualRect(name).center();
        // As a person does it: a click, then a double click on the same cell.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toLongLong(), project);
        QCOMPARE(window.projectView()->currentProjectId(), project);
        QCOMPARE(window.page(ui::MainWindow::ProjectsPage)->isVisible(), true);
    }

    void requirementsBoard()
    {
        ProjectModel projects(m_ledger.get());
        ui::RequirementsBoard board(&projects);
        board.resize(1200, 800);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        RequirementMatrix *matrix = board.matrix();

        const auto counted = query(m_path, QStringLiteral("SELECT kind_id, status, COUNT(*) FROM requirements GROUP BY kind_id, status"));
        QVERIFY(counted.size() >= 4);
        const QStringList statuses = words::requirementStatuses();
        int total = 0;
        for (const Row &k : m_ledger->rows(Entity::RequirementKind)) {
            for (const QString &s : statuses) {
                int expected = 0;
                for (const QVariantList &c : counted)
                    if (c[0].toLongLong() == k.id && c[1].toString() == s)
                        expected = c[2].toInt();
                QCOMPARE(matrix->count(k.id, s), expected);
                total += expected;
            }
        }
        QCOMPARE(matrix->count(0, QString()), total);

        // A click on the cell with the most rows lists exactly those requirements.
        QModelIndex busiest;
        for (int r = 0; r < matrix->rowCount() - 1; ++r)
            for (int c = 0; c < int(statuses.size()); ++c)
                if (!busiest.isValid() || matrix->index(r, c).data(RequirementMatrix::CountRole).toInt()
                            > busiest.data(RequirementMatrix::CountRole).toInt())
                    busiest = matrix->index(r, c);
        const qint64 kind = busiest.data(RequirementMatrix::KindRole).toLongLong();
        const QString status = busiest.data(RequirementMatrix::StatusRole).toString();
        QTest::mouseClick(board.matrixView()->viewport(), Qt::LeftButton, {},
                          board.matrixView()->visualRect(busiest).center());
        auto *table = board.table();
        const QString sql = QStringLiteral("SELECT id FROM requirements WHERE kind_id = ? AND status = ?");
        QCOMPARE(idsShown(table->model()), idsIn(query(m_path, sql, { kind, status })));
        QVERIFY2(board.listTitle().contains(QString::number(busiest.data(RequirementMatrix::CountRole).toInt())),
                 qPrintable(board.listTitle()));

        // Status edited in place: the file changes, the row moves to another cell of the board.
        const QString other = status == statuses[1] ? statuses[0] : statuses[1];
        const int before = matrix->count(kind, other);
        const qint64 id = cell(table, 0, 0).data(EntityModel::IdRole).toLongLong();
        QVERIFY(table->model()->setData(cell(table, 0, table->column("status")), other));
        QCOMPARE(query(m_path, QStringLiteral("SELECT status FROM requirements WHERE id = ?"), { id }).value(0).value(0).toString(), other);
        QVERIFY(!idsShown(table->model()).contains(id));
        QCOMPARE(matrix->count(kind, other), before + 1);
        m_ledger->undoStack()->undo();
        QCOMPARE(idsShown(table->model()), idsIn(query(m_path, sql, { kind, status })));

        // The whole list: unresolved requirements past their deadline first.
        board.showCell(0, QString());
        QCOMPARE(table->model()->rowCount(), total);
        const QModelIndex totalCell = matrix->index(matrix->rowCount() - 1, matrix->columnCount() - 1);
        const int late = totalCell.data(RequirementMatrix::OverdueRole).toInt();
        QCOMPARE(late, query(m_path, QStringLiteral("SELECT COUNT(*) FROM requirements WHERE status <> '已解决' AND deadline < ?"),
                             { kToday.toString(Qt::ISODate) }).value(0).value(0).toInt());
        QVERIFY(late > 0);
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            const QVariant days = cell(table, r, table->daysColumn()).data(CrossProjectProxy::DaysLeftRole);
            QCOMPARE(r < late, days.isValid() && days.toInt() < 0);
        }
    }

    void rectifications()
    {
        ProjectModel projects(m_ledger.get());
        ui::RectificationsView view(&projects);
        auto *table = view.table();
        const QString open = QStringLiteral("SELECT id FROM supervisions WHERE status = '整改中'");
        QCOMPARE(idsShown(table->model()), idsIn(query(m_path, open)));
        QVERIFY(table->model()->rowCount() > 0);
        // Overdue in red, days counted from today.
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            const QModelIndex days = cell(table, r, table->daysColumn());
            const QDate deadline = storedDate(cell(table, r, table->column("rectification_deadline")).data(EntityModel::StoredRole));
            QCOMPARE(days.data(CrossProjectProxy::DaysLeftRole).toInt(), int(kToday.daysTo(deadline)));
            if (deadline < kToday)
                QCOMPARE(days.data(Qt::ForegroundRole).value<QColor>(), lightColor(Light::Red));
        }

        // 整改完成: date and status in one undo step; the record leaves the list.
        const qint64 id = cell(table, 0, 0).data(EntityModel::IdRole).toLongLong();
        const int steps = m_ledger->undoStack()->count();
        QCOMPARE(view.markRectified(id, QDate(2026, 6, 14)), QString());
        QCOMPARE(m_ledger->undoStack()->count(), steps + 1);
        const QString sql = QStringLiteral("SELECT status, rectified_date FROM supervisions WHERE id = ?");
        QCOMPARE(query(m_path, sql, { id }).value(0), (QVariantList { QStringLiteral("已整改"), QStringLiteral("2026-06-14") }));
        QVERIFY(!idsShown(table->model()).contains(id));
        m_ledger->undoStack()->undo();
        const QVariantList back = query(m_path, sql, { id }).value(0);
        QCOMPARE(back.value(0).toString(), QStringLiteral("整改中"));
        QVERIFY(back.value(1).isNull());
        QCOMPARE(idsShown(table->model()), idsIn(query(m_path, open)));

        // The status edited in place does the same, field by field.
        QVERIFY(table->model()->setData(cell(table, 0, table->column("status")), QStringLiteral("无需整改")));
        QCOMPARE(idsShown(table->model()), idsIn(query(m_path, open)));
        m_ledger->undoStack()->undo();
    }

    void leaders()
    {
        ProjectModel projects(m_ledger.get());
        ui::LeadersView view(&projects);
        QCOMPARE(view.projectView()->proxy()->sourceModel(), &projects);
        const QHash<qint64, LightResult> lights = computeLights(*m_ledger, kToday);
        for (const Row &leader : m_ledger->rows(Entity::Leader)) {
            view.selectLeader(leader.id);
            QCOMPARE(view.currentLeader(), leader.id);
            const auto held = idsIn(query(m_path, QStringLiteral("SELECT id FROM projects WHERE leader_id = ?"), { leader.id }));
            QCOMPARE(idsShown(view.projectView()->proxy()), held);
            int red = 0;
            for (qint64 p : held)
                red += lights.value(p).light == Light::Red;
            const QString header = view.headerText();
            QVERIFY2(header.contains(leader.text(col(Entity::Leader, "name"))), qPrintable(header));
            QVERIFY2(header.contains(QStringLiteral("分包 %1 个项目").arg(held.size())), qPrintable(header));
            QVERIFY2(header.contains(QStringLiteral("红灯 %1").arg(red)), qPrintable(header));
        }
        // Another filter of the project table keeps the leader.
        QComboBox *light = view.projectView()->filterBox(4);
        light->setCurrentIndex(1); // 红灯
        emit light->activated(1);
        for (int r = 0; r < view.projectView()->proxy()->rowCount(); ++r) {
            const qint64 p = view.projectView()->proxy()->index(r, 0).data(EntityModel::IdRole).toLongLong();
            QCOMPARE(m_ledger->row(Entity::Project, p)->integer(col(Entity::Project, "leader_id")), view.currentLeader());
        }
    }

    void settings()
    {
        ui::SettingsView view(m_ledger.get());
        for (Entity e : { Entity::Unit, Entity::Category, Entity::Phase, Entity::RequirementKind })
            QCOMPARE(view.dictionary(e)->model()->rowCount(), int(m_ledger->count(e)));
        QCOMPARE(view.tabs()->count(), 5);

        ui::WarningSettings *w = view.warnings();
        QSpinBox *days = w->spinBox(QStringLiteral("warning_days"));
        QVERIFY(days);
        QCOMPARE(days->value(), 7);
        days->setValue(10);
        QCOMPARE(m_ledger->setting(QStringLiteral("warning_days")), QStringLiteral("10"));
        QCOMPARE(query(m_path, QStringLiteral("SELECT value FROM settings WHERE key = ?"), { QStringLiteral("warning_days") })
                         .value(0).value(0).toString(),
                 QStringLiteral("10"));
        QCOMPARE(m_ledger->undoStack()->count(), 1);
        m_ledger->undoStack()->undo();
        QCOMPARE(m_ledger->setting(QStringLiteral("warning_days")), QStringLiteral("7"));
        QCOMPARE(days->value(), 7);
        m_ledger->undoStack()->redo();
        QCOMPARE(days->value(), 10);
        m_ledger->undoStack()->undo();

        // A yellow line above the red one is refused, and the box goes back.
        QSpinBox *yellow = w->spinBox(QStringLiteral("lag_yellow_points"));
        yellow->setValue(40);
        QCOMPARE(m_ledger->lightSettings().lagYellowPoints, 10);
        QCOMPARE(yellow->value(), 10);
        QVERIFY(w->message().contains(QStringLiteral("不能高于红灯线")));
        QCOMPARE(m_ledger->undoStack()->count(), 1); // only the undone warning_days step

        // The 已开工 flag of a phase toggles with the space bar, as one ledger step.
        ui::EntityTable *phases = view.dictionary(Entity::Phase);
        view.tabs()->setCurrentIndex(2);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const int started = phases->model()->modelColumn(col(Entity::Phase, "started"));
        const QModelIndex first = phases->proxy()->index(0, started);
        const qint64 phase = first.data(EntityModel::IdRole).toLongLong();
        const qint64 was = m_ledger->row(Entity::Phase, phase)->integer(col(Entity::Phase, "started"));
        phases->view()->setFocus();
        phases->view()->setCurrentIndex(first);
        QTest::keyClick(phases->view(), Qt::Key_Space);
        QCOMPARE(m_ledger->row(Entity::Phase, phase)->integer(col(Entity::Phase, "started")), was ? 0 : 1);
        m_ledger->undoStack()->undo();
        QCOMPARE(m_ledger->row(Entity::Phase, phase)->integer(col(Entity::Phase, "started")), was);
    }
};

QTEST_MAIN(TestViews)
#include "test_views.moc"
