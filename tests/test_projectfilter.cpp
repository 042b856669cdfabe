// The project table's filter and sort (ProjectFilter) on a real ledger: Chinese names in pinyin
// order from cached collation keys that follow edits, insertions and undo; filters, search by
// pinyin initials, and a whole-model rebuild per change, checked with QAbstractItemModelTester.

#include "clock.h"
#include "demo.h"
#include "entitymodel.h"
#include "ledger.h"
#include "projectfilter.h"
#include "projectmodel.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace tz;

namespace {

const QDate kToday(2026, 6, 15);

int col(const char *name)
{
    return columnIndex(Entity::Project, QString::fromLatin1(name));
}

} // namespace

class TestProjectFilter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<ProjectModel> m_model;
    std::unique_ptr<ProjectFilter> m_filter;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    int m_nameColumn = -1; // in the model
    int m_file = 0;

    QStringList shownNames() const
    {
        QStringList names;
        for (int r = 0; r < m_filter->rowCount(); ++r)
            names << m_filter->index(r, m_nameColumn).data().toString();
        return names;
    }

    // The shown names are in the order a fresh collator of the same locale gives, compared
    // pairwise: nothing cached may survive a change it should not.
    void verifySortedByName(Qt::SortOrder order)
    {
        QCollator collator;
        const QStringList names = shownNames();
        for (int i = 1; i < names.size(); ++i) {
            const int c = collator.compare(names[i - 1], names[i]);
            QVERIFY2(order == Qt::AscendingOrder ? c <= 0 : c >= 0,
                     qPrintable(QStringLiteral("%1 before %2").arg(names[i - 1], names[i])));
        }
    }

    qint64 idOfName(const QString &name) const
    {
        for (int r = 0; r < m_model->rowCount(); ++r)
            if (m_model->index(r, m_nameColumn).data().toString() == name)
                return m_model->idAt(r);
        return 0;
    }

private slots:
    void initTestCase()
    {
        // Pinyin order is the Chinese locale's collation; the tests run under LANG=C.
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        Clock::setToday(kToday);
    }

    void init()
    {
        QString error;
        m_ledger = Ledger::create(m_dir.filePath(QStringLiteral("f%1.tzdb").arg(++m_file)), &error);
        QVERIFY2(m_ledger, qPrintable(error));
        QCOMPARE(fillDemoLedger(*m_ledger, 40, 7, kToday), QString());
        // Three names whose pinyin order differs from their code point order (城 < 北 < 安 there).
        const auto projects = m_ledger->rows(Entity::Project);
        const QStringList names = { QStringLiteral("城市大脑一期"), QStringLiteral("北斗导航应用"),
                                    QStringLiteral("安全监测平台") };
        for (int i = 0; i < names.size(); ++i)
            QCOMPARE(m_ledger->setField(Entity::Project, projects[size_t(i)].id, col("name"), names[i]), QString());
        m_ledger->undoStack()->clear();
        m_model = std::make_unique<ProjectModel>(m_ledger.get());
        m_filter = std::make_unique<ProjectFilter>();
        m_filter->setSourceModel(m_model.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_filter.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_nameColumn = m_model->modelColumn(col("name"));
        m_filter->sort(m_nameColumn, Qt::AscendingOrder);
    }

    void cleanup()
    {
        m_tester.reset();
        m_filter.reset();
        m_model.reset();
        m_ledger.reset();
    }

    void chineseNamesSortInPinyinOrder()
    {
        verifySortedByName(Qt::AscendingOrder);
        const QStringList names = shownNames();
        const qsizetype an = names.indexOf(QStringLiteral("安全监测平台"));
        const qsizetype bei = names.indexOf(QStringLiteral("北斗导航应用"));
        const qsizetype cheng = names.indexOf(QStringLiteral("城市大脑一期"));
        QVERIFY(an >= 0 && bei >= 0 && cheng >= 0);
        QVERIFY(an < bei);
        QVERIFY(bei < cheng);
        m_filter->sort(m_nameColumn, Qt::DescendingOrder);
        verifySortedByName(Qt::DescendingOrder);
        QVERIFY(shownNames().indexOf(QStringLiteral("城市大脑一期")) < shownNames().indexOf(QStringLiteral("安全监测平台")));
    }

    void editsInsertionsAndUndoKeepTheOrder()
    {
        // A rename moves the project to where its new name belongs (安 → 智: near the end).
        const qint64 an = idOfName(QStringLiteral("安全监测平台"));
        QVERIFY(an);
        QCOMPARE(m_ledger->setField(Entity::Project, an, col("name"), QStringLiteral("智能制造示范")), QString());
        verifySortedByName(Qt::AscendingOrder);
        QVERIFY(shownNames().indexOf(QStringLiteral("智能制造示范")) > shownNames().indexOf(QStringLiteral("城市大脑一期")));

        // A new project is placed by its name, among rows whose keys were made before it came.
        QVariantList v(qsizetype(entityDef(Entity::Project).columns.size()));
        v[col("code")] = QStringLiteral("TEST-0001");
        v[col("name")] = QStringLiteral("白沙湾新材料");
        QString error;
        const qint64 added = m_ledger->addRow(Entity::Project, v, &error);
        QVERIFY2(added > 0, qPrintable(error));
        verifySortedByName(Qt::AscendingOrder);
        QVERIFY(shownNames().indexOf(QStringLiteral("白沙湾新材料")) < shownNames().indexOf(QStringLiteral("北斗导航应用")));

        // Undoing both puts the names back where they were.
        m_ledger->undoStack()->undo();
        m_ledger->undoStack()->undo();
        QVERIFY(!shownNames().contains(QStringLiteral("白沙湾新材料")));
        verifySortedByName(Qt::AscendingOrder);
        QVERIFY(shownNames().indexOf(QStringLiteral("安全监测平台")) < shownNames().indexOf(QStringLiteral("北斗导航应用")));

        // Full re-sorts after the edits (a search typed and cleared, the other order, another
        // column and back) rank the current keys afresh; two projects with one name stay
        // side by side.
        const qint64 twin = idOfName(QStringLiteral("城市大脑一期")) + 1;
        QCOMPARE(m_ledger->setField(Entity::Project, twin, col("name"), QStringLiteral("城市大脑一期")), QString());
        m_filter->setSearchText(QStringLiteral("一"));
        m_filter->setSearchText(QString());
        verifySortedByName(Qt::AscendingOrder);
        m_filter->sort(m_nameColumn, Qt::DescendingOrder);
        verifySortedByName(Qt::DescendingOrder);
        m_filter->sort(m_model->modelColumn(col("code")), Qt::AscendingOrder);
        m_filter->sort(m_nameColumn, Qt::AscendingOrder);
        verifySortedByName(Qt::AscendingOrder);
        const qsizetype first = shownNames().indexOf(QStringLiteral("城市大脑一期"));
        QCOMPARE(shownNames().value(first + 1), QStringLiteral("城市大脑一期"));
        // ... in the ledger's order, as a stable sort leaves equal names.
        const auto sourceRow = [&](int row) {
            return m_model->rowOf(m_filter->index(row, 0).data(EntityModel::IdRole).toLongLong());
        };
        QVERIFY(sourceRow(int(first)) < sourceRow(int(first) + 1));
    }

    void filtersAndSearchRebuildOnceAndOnlyWhenChanged()
    {
        const int all = m_filter->rowCount();
        QSignalSpy layouts(m_filter.get(), &QAbstractItemModel::layoutChanged);
        QSignalSpy removed(m_filter.get(), &QAbstractItemModel::rowsRemoved);

        // Pinyin initials: "bd" finds 北斗导航应用 (and whatever else has b…d… initials).
        m_filter->setSearchText(QStringLiteral("bd"));
        QVERIFY(m_filter->rowCount() < all);
        QVERIFY(shownNames().contains(QStringLiteral("北斗导航应用")));
        QVERIFY(!shownNames().contains(QStringLiteral("城市大脑一期")));
        // The rows left are announced as one layout change, not row by row.
        QCOMPARE(layouts.size(), 1);
        QCOMPARE(removed.size(), 0);
        verifySortedByName(Qt::AscendingOrder);

        // Every project shown matches the words typed, by text or by initials.
        m_filter->setSearchText(QStringLiteral("北斗 导航应用"));
        QCOMPARE(shownNames(), QStringList{ QStringLiteral("北斗导航应用") });
        m_filter->setSearchText(QStringLiteral("aqjcpt")); // 安全监测平台 by its initials
        QCOMPARE(shownNames(), QStringList{ QStringLiteral("安全监测平台") });

        // A unit filter keeps exactly the unit's projects; setting the same unit again is no change.
        m_filter->setSearchText(QString());
        QCOMPARE(m_filter->rowCount(), all);
        const qint64 unit = m_model->rowAt(0).integer(col("unit_id"));
        QVERIFY(unit);
        int ofUnit = 0;
        for (int r = 0; r < m_model->rowCount(); ++r)
            ofUnit += m_model->rowAt(r).integer(col("unit_id")) == unit;
        m_filter->setUnit(unit);
        QCOMPARE(m_filter->rowCount(), ofUnit);
        const qsizetype before = layouts.size();
        m_filter->setUnit(unit);
        m_filter->setLeader(0);
        m_filter->setLight(std::nullopt);
        QCOMPARE(layouts.size(), before);
        m_filter->setUnit(0);
        QCOMPARE(m_filter->rowCount(), all);
        verifySortedByName(Qt::AscendingOrder);
    }
    void searchFollowsEditsOfEverySearchedColumn()
    {
        // A leader renamed in their own table: every project they hold is found by the new
        // name and no longer by the old one (search keys hold the leader's name).
        const qint64 leader = m_model->rowAt(0).integer(col("leader_id"));
        QVERIFY(leader);
        const int title = entityDef(Entity::Leader).titleColumn;
        QCOMPARE(m_ledger->setField(Entity::Leader, leader, title, QStringLiteral("欧阳修远")), QString());
        m_filter->setSearchText(QStringLiteral("欧阳修远"));
        int held = 0;
        for (int r = 0; r < m_model->rowCount(); ++r)
            held += m_model->rowAt(r).integer(col("leader_id")) == leader;
        QCOMPARE(m_filter->rowCount(), held);
        m_filter->setSearchText(QStringLiteral("oyxy")); // and by the initials of the new name
        QCOMPARE(m_filter->rowCount(), held);

        // Recomputed lights change every row's light column, which is not searched: the
        // results stay; an owner edited afterwards is found at once.
        m_model->recomputeLights();
        QCOMPARE(m_filter->rowCount(), held);
        const qint64 project = m_model->idAt(m_model->rowCount() - 1);
        QCOMPARE(m_ledger->setField(Entity::Project, project, col("owner"), QStringLiteral("青山光电有限公司")),
                 QString());
        m_filter->setSearchText(QStringLiteral("青山光电"));
        QCOMPARE(m_filter->rowCount(), 1);
        QCOMPARE(m_filter->index(0, 0).data(EntityModel::IdRole).toLongLong(), project);
        m_filter->setSearchText(QStringLiteral("qsgd"));
        QCOMPARE(m_filter->rowCount(), 1);
    }
    void keysMadeWhileIdleServeTheFirstSortAndFollowEdits()
    {
        // A filter that has not sorted yet makes the name keys while idle; sorting then, and
        // after a rename, gives the collator's order.
        ProjectFilter fresh;
        fresh.setSourceModel(m_model.get());
        QAbstractItemModelTester tester(&fresh, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTest::qWait(200);
        fresh.sort(m_nameColumn, Qt::AscendingOrder);
        const auto names = [&] {
            QStringList out;
            for (int r = 0; r < fresh.rowCount(); ++r)
                out << fresh.index(r, m_nameColumn).data().toString();
            return out;
        };
        const auto sorted = [](const QStringList &list) {
            QCollator collator;
            for (int i = 1; i < list.size(); ++i)
                if (collator.compare(list[i - 1], list[i]) > 0)
                    return false;
            return true;
        };
        QCOMPARE(fresh.rowCount(), m_model->rowCount());
        QVERIFY(sorted(names()));
        const qint64 an = idOfName(QStringLiteral("安全监测平台"));
        QCOMPARE(m_ledger->setField(Entity::Project, an, col("name"), QStringLiteral("智能制造示范")), QString());
        QVERIFY(sorted(names()));
        QVERIFY(names().indexOf(QStringLiteral("智能制造示范")) > names().indexOf(QStringLiteral("城市大脑一期")));
    }
    void aReusedIdIsSearchedByItsNewProject()
    {
        // Add a project and find it; undo the addition and add another: SQLite gives it the
        // same id, and the search finds it by its own name, not the first one's.
        QVariantList v(qsizetype(entityDef(Entity::Project).columns.size()));
        v[col("code")] = QStringLiteral("TEST-0001");
        v[col("name")] = QStringLiteral("白沙湾新材料");
        QString error;
        const qint64 first = m_ledger->addRow(Entity::Project, v, &error);
        QVERIFY2(first > 0, qPrintable(error));
        m_filter->setSearchText(QStringLiteral("白沙湾"));
        QCOMPARE(m_filter->rowCount(), 1);
        m_filter->setSearchText(QString());
        m_ledger->undoStack()->undo();
        v[col("code")] = QStringLiteral("TEST-0002");
        v[col("name")] = QStringLiteral("青龙山数据中心");
        const qint64 second = m_ledger->addRow(Entity::Project, v, &error);
        QCOMPARE(second, first);
        m_filter->setSearchText(QStringLiteral("青龙山"));
        QCOMPARE(m_filter->rowCount(), 1);
        m_filter->setSearchText(QStringLiteral("白沙湾"));
        QCOMPARE(m_filter->rowCount(), 0);
    }

    void aLeaderRenamedAfterSearchingIsFoundByTheNewName()
    {
        // Keys made with the old name first; the rename must replace them.
        const qint64 leader = m_model->rowAt(0).integer(col("leader_id"));
        QVERIFY(leader);
        const QString old = m_model->index(0, m_model->modelColumn(col("leader_id"))).data().toString();
        m_filter->setSearchText(old);
        const int held = m_filter->rowCount();
        QVERIFY(held > 0);
        const int title = entityDef(Entity::Leader).titleColumn;
        QCOMPARE(m_ledger->setField(Entity::Leader, leader, title, QStringLiteral("欧阳修远")), QString());
        m_filter->setSearchText(QStringLiteral("欧阳修远"));
        QCOMPARE(m_filter->rowCount(), held);
        m_filter->setSearchText(old);
        QCOMPARE(m_filter->rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestProjectFilter)
#include "test_projectfilter.moc"
