// The item models follow the ledger: edits, additions, removals, undo and redo, checked with
// QAbstractItemModelTester and against the stored rows.

#include "clock.h"
#include "demo.h"
#include "entitymodel.h"
#include "ledger.h"
#include "lights.h"
#include "projectmodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
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

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Ledger> m_ledger;
    int m_file = 0;

    qint64 sqlCount(Entity e, qint64 projectId = 0) const
    {
        QSqlQuery q(m_ledger->database());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM %1%2").arg(tableName(e),
                  projectId ? QStringLiteral(" WHERE project_id = ?") : QString()));
        if (projectId)
            q.addBindValue(projectId);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

    // The project with the most rows of this entity, so there is something to edit and remove.
    qint64 busiestProject(Entity e) const
    {
        QSqlQuery q(m_ledger->database());
        q.exec(QStringLiteral("SELECT project_id FROM %1 GROUP BY project_id ORDER BY COUNT(*) DESC, project_id LIMIT 1")
                       .arg(tableName(e)));
        return q.next() ? q.value(0).toLongLong() : 0;
    }

    // Input values of a new row of the entity, owned by projectId where it has an owner.
    QVariantList newRow(Entity e, qint64 projectId) const
    {
        QVariantList v(qsizetype(entityDef(e).columns.size()));
        const auto set = [&](const char *name, const char *value) { v[col(e, name)] = QString::fromUtf8(value); };
        if (e == Entity::Project) {
            set("code", "TEST-0001"), set("name", "测试新增项目"), set("total_investment", "1,234.5");
        } else if (e == Entity::Milestone) {
            set("title", "测试节点"), set("planned_date", "2026-09-30");
        } else if (e == Entity::Requirement) {
            set("description", "测试资金需求"), set("quantity", "12.5");
            v[col(e, "kind_id")] = m_ledger->findByName(Entity::RequirementKind, QStringLiteral("资金"));
        } else if (e == Entity::Progress) {
            set("period", "2019-01"), set("progress", "测试进展");
        } else if (e == Entity::Supervision) {
            set("visit_date", "2026-06-01"), set("kind", "督导"), set("findings", "测试问题");
        } else if (e == Entity::Leader) {
            set("name", "测试领导"), set("title", "副市长");
        }
        if (entityDef(e).parentColumn == 0)
            v[0] = projectId;
        return v;
    }

    static const char *editColumn(Entity e)
    {
        return e == Entity::Milestone ? "title" : e == Entity::Requirement ? "description"
                : e == Entity::Progress ? "progress" : e == Entity::Supervision ? "findings" : "name";
    }

    qint64 greenProject(const ProjectModel &model) const
    {
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.index(r, model.lightColumn()).data(ProjectModel::LightRole).toInt() == int(Light::Green))
                return model.idAt(r);
        return 0;
    }

    qint64 addOverdueMilestone(qint64 projectId, const QString &title)
    {
        QString error;
        QVariantList v = newRow(Entity::Milestone, projectId);
        v[col(Entity::Milestone, "title")] = title;
        v[col(Entity::Milestone, "planned_date")] = QDate(2026, 6, 1);
        const qint64 id = m_ledger->addRow(Entity::Milestone, v, &error);
        if (!id)
            qWarning("addRow failed: %s", qPrintable(error));
        return id;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Clock::setToday(kToday);
    }

    void init()
    {
        QString error;
        m_ledger = Ledger::create(m_dir.filePath(QStringLiteral("m%1.tzdb").arg(++m_file)), &error);
        QVERIFY2(m_ledger, qPrintable(error));
        QCOMPARE(fillDemoLedger(*m_ledger, 40, 3, kToday), QString());
    }

    void cleanup() { m_ledger.reset(); }

    void followsLedger_data()
    {
        QTest::addColumn<int>("entity");
        QTest::addColumn<bool>("perProject");
        const std::tuple<const char *, Entity, bool> cases[] = {
            { "projects", Entity::Project, false }, { "leaders", Entity::Leader, false },
            { "milestones/all", Entity::Milestone, false }, { "milestones/project", Entity::Milestone, true },
            { "requirements/all", Entity::Requirement, false }, { "requirements/project", Entity::Requirement, true },
            { "progress/all", Entity::Progress, false }, { "progress/project", Entity::Progress, true },
            { "supervision/all", Entity::Supervision, false }, { "supervision/project", Entity::Supervision, true },
        };
        for (const auto &[name, e, perProject] : cases)
            QTest::newRow(name) << int(e) << perProject;
    }

    void followsLedger()
    {
        QFETCH(int, entity);
        QFETCH(bool, perProject);
        const Entity e = Entity(entity);
        const qint64 pid = perProject ? busiestProject(e) : 0;
        const qint64 owner = entityDef(e).parentColumn == 0 ? (pid ? pid : busiestProject(e)) : 0;
        std::unique_ptr<EntityModel> model;
        if (e == Entity::Project)
            model = std::make_unique<ProjectModel>(m_ledger.get());
        else if (e == Entity::Milestone)
            model = std::make_unique<MilestoneModel>(m_ledger.get(), pid);
        else
            model = std::make_unique<EntityModel>(m_ledger.get(), e, pid);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QUndoStack *undo = m_ledger->undoStack();

        QVERIFY(model->rowCount() > 0);
        QCOMPARE(model->rowCount(), int(sqlCount(e, pid)));
        if (perProject) { // the owner column hidden, only the project's rows
            QCOMPARE(model->columnCount(), int(entityDef(e).columns.size()) - 1 + (e == Entity::Milestone));
            QVERIFY(model->rowCount() < int(sqlCount(e)));
        }

        // An edit through setData reaches the ledger and the model's display.
        const int ec = col(e, editColumn(e));
        const qint64 editedId = model->idAt(0);
        const auto cell = [&] { return model->index(model->rowOf(editedId), model->modelColumn(ec)); };
        QVERIFY(model->setData(cell(), QStringLiteral("改过的值")));
        QCOMPARE(m_ledger->row(e, editedId)->text(ec), QStringLiteral("改过的值"));
        QCOMPARE(cell().data().toString(), QStringLiteral("改过的值"));

        // Adding a row through the ledger grows the model by one.
        const int before = model->rowCount();
        QString error;
        const qint64 added = m_ledger->addRow(e, newRow(e, owner), &error);
        QVERIFY2(added > 0, qPrintable(error));
        QCOMPARE(model->rowCount(), before + 1);
        QCOMPARE(model->idAt(model->rowOf(added)), added);
        QCOMPARE(model->index(model->rowOf(added), 0).data(EntityModel::IdRole).toLongLong(), added);
        QCOMPARE(model->rowCount(), int(sqlCount(e, pid)));

        // Removing: leaders still hold projects, so remove the new one; otherwise the edited row.
        const qint64 victim = e == Entity::Leader ? added : editedId;
        const Row saved = *m_ledger->row(e, victim);
        QCOMPARE(m_ledger->removeRow(e, victim), QString());
        QCOMPARE(model->rowOf(victim), -1);
        QCOMPARE(model->rowCount(), before);
        QCOMPARE(sqlCount(e, pid), qint64(before));

        // Undo brings it back with the same id and values; redo removes it again.
        undo->undo();
        QCOMPARE(model->rowCount(), before + 1);
        QVERIFY(model->rowOf(victim) >= 0);
        QCOMPARE(model->rowAt(model->rowOf(victim)).values, saved.values);
        QCOMPARE(m_ledger->row(e, victim)->values, saved.values);
        undo->redo();
        QCOMPARE(model->rowOf(victim), -1);
        QCOMPARE(model->rowCount(), int(sqlCount(e, pid)));
        undo->undo();
        QCOMPARE(model->rowCount(), int(sqlCount(e, pid)));

        // Undo the addition, then the edit; redo both.
        undo->undo();
        QCOMPARE(model->rowOf(added), -1);
        QCOMPARE(model->rowCount(), before);
        undo->undo();
        QVERIFY(cell().data().toString() != QStringLiteral("改过的值"));
        QVERIFY(m_ledger->row(e, editedId)->text(ec) != QStringLiteral("改过的值"));
        undo->redo();
        undo->redo();
        QCOMPARE(model->rowAt(model->rowOf(added)).values, m_ledger->row(e, added)->values);
        QCOMPARE(cell().data().toString(), QStringLiteral("改过的值"));
        QCOMPARE(model->rowCount(), int(sqlCount(e, pid)));
    }

    void lightColumn()
    {
        ProjectModel model(m_ledger.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.headerData(model.lightColumn(), Qt::Horizontal).toString(), QStringLiteral("预警"));
        int red = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex i = model.index(r, model.lightColumn());
            QCOMPARE(i.data(Qt::DecorationRole).typeId(), int(QMetaType::QColor));
            const auto light = Light(i.data(ProjectModel::LightRole).toInt());
            QCOMPARE(i.data(Qt::DecorationRole).value<QColor>(), lightColor(light));
            const LightResult result = model.light(model.idAt(r));
            QVERIFY(!result.reasons.isEmpty());
            for (const QString &reason : result.reasons)
                QVERIFY(i.data(Qt::ToolTipRole).toString().contains(reason));
            red += light == Light::Red;
        }
        QVERIFY2(red > 0, "the demo ledger should have red projects");
    }

    void overdueMilestoneTurnsRed()
    {
        ProjectModel model(m_ledger.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 pid = greenProject(model);
        QVERIFY(pid);
        const int row = model.rowOf(pid);
        QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(addOverdueMilestone(pid, QStringLiteral("测试逾期节点")));
        const QModelIndex light = model.index(row, model.lightColumn());
        QCOMPARE(light.data(ProjectModel::LightRole).toInt(), int(Light::Red));
        QVERIFY(light.data(Qt::ToolTipRole).toString().contains(QStringLiteral("测试逾期节点")));
        bool signalled = false;
        for (const auto &args : spy) {
            const auto tl = args.at(0).value<QModelIndex>(), br = args.at(1).value<QModelIndex>();
            signalled |= tl.row() <= row && row <= br.row() && tl.column() <= light.column()
                    && light.column() <= br.column();
        }
        QVERIFY(signalled);
        m_ledger->undoStack()->undo();
        QCOMPARE(light.data(ProjectModel::LightRole).toInt(), int(Light::Green));
    }

    // Moving a milestone to another project must re-judge both projects and leave the first
    // project's milestone list.
    void movedMilestoneFollows()
    {
        ProjectModel projects(m_ledger.get());
        const qint64 from = greenProject(projects);
        QVERIFY(from);
        const qint64 milestone = addOverdueMilestone(from, QStringLiteral("搬走的节点"));
        QVERIFY(milestone);
        qint64 to = 0;
        for (int r = 0; r < projects.rowCount() && !to; ++r)
            if (projects.idAt(r) != from && projects.index(r, projects.lightColumn()).data(ProjectModel::LightRole).toInt() == int(Light::Green))
                to = projects.idAt(r);
        QVERIFY(to);
        MilestoneModel fromList(m_ledger.get(), from);
        QAbstractItemModelTester tester(&fromList, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_ledger->setField(Entity::Milestone, milestone, col(Entity::Milestone, "project_id"), to), QString());
        QCOMPARE(computeLight(*m_ledger, to, kToday).light, Light::Red);
        QCOMPARE(projects.index(projects.rowOf(to), projects.lightColumn()).data(ProjectModel::LightRole).toInt(), int(Light::Red));
        QCOMPARE(fromList.rowCount(), int(sqlCount(Entity::Milestone, from)));
    }

    void renamedUnitShows()
    {
        ProjectModel model(m_ledger.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int unitColumn = model.modelColumn(col(Entity::Project, "unit_id"));
        const QModelIndex cell = model.index(0, unitColumn);
        const qint64 unitId = model.rowAt(0).integer(col(Entity::Project, "unit_id"));
        QCOMPARE(cell.data().toString(), m_ledger->rowTitle(Entity::Unit, unitId));
        QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
        QCOMPARE(m_ledger->setField(Entity::Unit, unitId, 0, QStringLiteral("改名后的区")), QString());
        QCOMPARE(cell.data().toString(), QStringLiteral("改名后的区"));
        QVERIFY(spy.count() > 0);
        m_ledger->undoStack()->undo();
        QCOMPARE(cell.data().toString(), m_ledger->rowTitle(Entity::Unit, unitId));
        QVERIFY(cell.data().toString() != QStringLiteral("改名后的区"));
    }

    void rejectsInvalidEdits_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("negative money") << QStringLiteral("total_investment") << QVariant(QStringLiteral("-1"));
        QTest::newRow("not money") << QStringLiteral("planned_investment") << QVariant(QStringLiteral("十二"));
        QTest::newRow("empty name") << QStringLiteral("name") << QVariant(QString());
        QTest::newRow("blank name") << QStringLiteral("name") << QVariant(QStringLiteral("   "));
        QTest::newRow("duplicate code") << QStringLiteral("code") << QVariant(QStringLiteral("KJ2026-0002"));
        QTest::newRow("bad date") << QStringLiteral("start_date") << QVariant(QStringLiteral("2026-02-30"));
    }

    void rejectsInvalidEdits()
    {
        QFETCH(QString, column);
        QFETCH(QVariant, value);
        ProjectModel model(m_ledger.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int c = columnIndex(Entity::Project, column);
        const QModelIndex cell = model.index(0, model.modelColumn(c));
        const QVariant before = m_ledger->row(Entity::Project, model.idAt(0))->value(c);
        const QString shown = cell.data().toString();
        QSignalSpy rejected(&model, &EntityModel::editRejected);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(!model.setData(cell, value));
        QCOMPARE(rejected.count(), 1);
        QVERIFY(!rejected.at(0).at(0).toString().isEmpty());
        QCOMPARE(model.lastError(), rejected.at(0).at(0).toString());
        QCOMPARE(changed.count(), 0);
        QCOMPARE(m_ledger->row(Entity::Project, model.idAt(0))->value(c), before);
        QCOMPARE(cell.data().toString(), shown);
        QCOMPARE(m_ledger->undoStack()->count(), 0);
    }

    void milestoneStates()
    {
        ProjectModel projects(m_ledger.get());
        const qint64 pid = greenProject(projects);
        const qint64 id = addOverdueMilestone(pid, QStringLiteral("测试逾期节点"));
        QVERIFY(id);
        MilestoneModel model(m_ledger.get(), pid);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.headerData(model.stateColumn(), Qt::Horizontal).toString(), QStringLiteral("状态"));
        const QModelIndex state = model.index(model.rowOf(id), model.stateColumn());
        QCOMPARE(state.data().toString(), QStringLiteral("逾期"));
        QCOMPARE(model.stateAt(model.rowOf(id)), MilestoneState::Overdue);
        QCOMPARE(state.data(Qt::ForegroundRole).value<QColor>(), lightColor(Light::Red));
        // Done late once an actual date after the plan is entered.
        QVERIFY(model.setData(model.index(model.rowOf(id), model.modelColumn(col(Entity::Milestone, "actual_date"))),
                              QDate(2026, 6, 10)));
        QCOMPARE(state.data().toString(), QStringLiteral("逾期完成"));
        QCOMPARE(projects.index(projects.rowOf(pid), projects.lightColumn()).data(ProjectModel::LightRole).toInt(),
                 int(Light::Green));
    }

    // Views ask for the root index's flags (drops) and data; that is no misuse to warn about.
    void rootIndexIsQuiet()
    {
        ProjectModel model(m_ledger.get());
        static int warnings = 0;
        warnings = 0;
        const QtMessageHandler previous = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) { ++warnings; });
        const Qt::ItemFlags flags = model.flags(QModelIndex());
        const QVariant data = model.data(QModelIndex());
        qInstallMessageHandler(previous);
        QVERIFY(!(flags & Qt::ItemIsEditable));
        QVERIFY(!data.isValid());
        QCOMPARE(warnings, 0);
    }

    void sortsMoneyNumerically()
    {
        ProjectModel model(m_ledger.get());
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(EntityModel::SortRole);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int c = model.modelColumn(col(Entity::Project, "total_investment"));
        for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            proxy.sort(c, order);
            QCOMPARE(proxy.rowCount(), 40);
            // The stored cents of each shown row, read past the proxy.
            const auto cents = [&](int r) {
                return model.rowAt(proxy.mapToSource(proxy.index(r, c)).row()).integer(col(Entity::Project, "total_investment"));
            };
            for (int r = 1; r < proxy.rowCount(); ++r) {
                const qint64 a = cents(r - 1);
                const qint64 b = cents(r);
                QVERIFY2(order == Qt::AscendingOrder ? a <= b : a >= b,
                         qPrintable(proxy.index(r - 1, c).data().toString() + QStringLiteral(" / ") + proxy.index(r, c).data().toString()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "test_models.moc"
