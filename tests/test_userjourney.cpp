// The "done when", as a user would do it in the window: open the demo ledger, find one
// leader's red projects, fix a milestone date, add a land requirement, undo both — and check
// the ledger file (through a second, read-only connection) after every step.

#include "clock.h"
#include "demo.h"
#include "entitymodel.h"
#include "ledger.h"
#include "mainwindow.h"
#include "projects/projectdetail.h"
#include "projects/projecttableview.h"
#include "widgets/entityform.h"
#include "widgets/entitytable.h"
#include "widgets/fieldeditor.h"
#include "widgets/newrowdialog.h"

#include <QComboBox>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace tz;

class TestUserJourney : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void overdueOfOneLeaderFixedAndUndone();

private:
    // What the file holds now, read by a separate connection as another program would.
    std::optional<Row> stored(Entity e, qint64 id)
    {
        FileCheck check;
        auto reader = Ledger::open(m_path, true, &check);
        return reader ? reader->row(e, id) : std::nullopt;
    }
    qint64 storedCount(Entity e)
    {
        FileCheck check;
        auto reader = Ledger::open(m_path, true, &check);
        return reader ? reader->count(e) : -1;
    }
    QTemporaryDir m_dir;
    QString m_path;
};

void TestUserJourney::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TaizhangTest"));
    QCoreApplication::setApplicationName(QStringLiteral("journey"));
    Clock::setToday(QDate(2026, 6, 15));
    m_path = m_dir.filePath(QStringLiteral("demo.tzdb"));
    QString error;
    auto ledger = Ledger::create(m_path, &error);
    QVERIFY(ledger);
    QCOMPARE(fillDemoLedger(*ledger, 200, 1, Clock::today()), QString());
}

void TestUserJourney::overdueOfOneLeaderFixedAndUndone()
{
    ui::MainWindow window;
    QVERIFY(window.openLedger(m_path));
    window.show();
    auto *view = window.projectView();

    // Find the leader holding the most projects, then show only that leader's red projects.
    QComboBox *leaders = view->filterBox(1);
    QComboBox *lights = view->filterBox(4);
    int leaderIndex = -1;
    int reds = 0;
    for (int i = 1; i < leaders->count() && reds == 0; ++i) {
        leaders->setCurrentIndex(i);
        emit leaders->activated(i);
        lights->setCurrentIndex(lights->findText(QStringLiteral("红灯")));
        emit lights->activated(lights->currentIndex());
        reds = view->table()->model()->rowCount();
        leaderIndex = i;
    }
    QVERIFY2(reds > 0, "the demo ledger has red projects for some leader");
    const qint64 leaderId = leaders->itemData(leaderIndex).toLongLong();
    for (int r = 0; r < reds; ++r) {
        const QModelIndex i = view->table()->model()->index(r, 0);
        const qint64 id = i.data(EntityModel::IdRole).toLongLong();
        QCOMPARE(stored(Entity::Project, id)->integer(columnIndex(Entity::Project, QStringLiteral("leader_id"))), leaderId);
    }

    // Open a red project with an overdue milestone and move the milestone's date.
    qint64 projectId = 0;
    ui::EntityTable *milestones = nullptr;
    int overdueRow = -1;
    for (int r = 0; r < reds && overdueRow < 0; ++r) {
        view->table()->selectRow(r);
        QTRY_VERIFY(window.projectDetail()->projectId() == view->currentProjectId());
        projectId = window.projectDetail()->projectId();
        milestones = window.projectDetail()->table(Entity::Milestone);
        QVERIFY(milestones);
        QAbstractItemModel *m = milestones->view()->model();
        for (int i = 0; i < m->rowCount(); ++i)
            if (m->index(i, m->columnCount() - 1).data().toString() == QStringLiteral("逾期"))
                overdueRow = i;
    }
    QVERIFY2(overdueRow >= 0, "a red project of the leader has an overdue milestone");
    QAbstractItemModel *m = milestones->view()->model();
    const qint64 milestoneId = m->index(overdueRow, 0).data(EntityModel::IdRole).toLongLong();
    const int plannedCol = milestones->model()->modelColumn(columnIndex(Entity::Milestone, QStringLiteral("planned_date")));
    const QString before = stored(Entity::Milestone, milestoneId)->text(2);
    QVERIFY(m->setData(m->index(overdueRow, plannedCol), QStringLiteral("2026年7月31日")));
    QCOMPARE(stored(Entity::Milestone, milestoneId)->text(2), QStringLiteral("2026-07-31"));

    // Add a land requirement through the same dialog the 新增 button opens.
    const qint64 requirementsBefore = storedCount(Entity::Requirement);
    ui::NewRowDialog dialog(window.ledger(), Entity::Requirement, &window);
    dialog.setFixed(0, projectId);
    auto *kind = qobject_cast<QComboBox *>(dialog.form()->editor(1)->focusWidget());
    QVERIFY(kind);
    kind->setCurrentIndex(kind->findText(QStringLiteral("土地")));
    auto *description = dialog.form()->editor(2)->focusWidget();
    QTest::mouseClick(description, Qt::LeftButton);
    QTest::keyClicks(description, QStringLiteral("land 30 mu"));
    dialog.accept();
    QVERIFY(dialog.createdId() > 0);
    QCOMPARE(storedCount(Entity::Requirement), requirementsBefore + 1);
    const auto need = stored(Entity::Requirement, dialog.createdId());
    QCOMPARE(need->integer(0), projectId);
    QCOMPARE(window.ledger()->rowTitle(Entity::RequirementKind, need->integer(1)), QStringLiteral("土地"));

    // Undo both, as Ctrl+Z would: the file is as it was.
    window.ledger()->undoStack()->undo();
    QCOMPARE(storedCount(Entity::Requirement), requirementsBefore);
    window.ledger()->undoStack()->undo();
    QCOMPARE(stored(Entity::Milestone, milestoneId)->text(2), before);
    QCOMPARE(window.ledger()->undoStack()->index(), 0);
}

QTEST_MAIN(TestUserJourney)
#include "test_userjourney.moc"
