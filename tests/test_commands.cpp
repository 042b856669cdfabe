#include "changelog.h"
#include "changelogmodel.h"
#include "commands.h"
#include "ledger.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace tz;

namespace {

QString S(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

int col(Entity e, const char *name)
{
    return columnIndex(e, QString::fromLatin1(name));
}

QString key(Entity e, qint64 id)
{
    return tableName(e) + u'#' + QString::number(id);
}

// Every stored row and setting, keyed "table#id" / "settings/key", cells in column order.
using Dump = QMap<QString, QStringList>;

Dump dump(const Ledger &l)
{
    Dump d;
    for (Entity e : allEntities())
        for (const Row &r : l.rows(e)) {
            QStringList cells;
            for (const QVariant &v : r.values)
                cells << (v.isValid() && !v.isNull() ? v.toString() : S("NULL"));
            d.insert(key(e, r.id), cells);
        }
    QSqlQuery q(l.database());
    q.exec(S("SELECT key, value FROM settings"));
    while (q.next())
        d.insert(S("settings/") + q.value(0).toString(), { q.value(1).toString() });
    return d;
}

QStringList lines(const Dump &d)
{
    QStringList out;
    for (auto it = d.cbegin(); it != d.cend(); ++it)
        out << it.key() + S(": ") + it.value().join(S(" | "));
    return out;
}

QString logLine(const ChangeEntry &e)
{
    return QStringList { e.user, e.action, e.entity, e.field, e.oldValue, e.newValue }.join(u'|');
}

QString eventLine(const ChangeEvent &e)
{
    static const char *kinds[] = { "Inserted", "Updated", "Removed", "Reset" };
    return S("%1 %2 col %3 project %4")
        .arg(QLatin1String(kinds[e.kind]), key(e.entity, e.id))
        .arg(e.column)
        .arg(e.projectId);
}

} // namespace

// The state right after the change, after undo, and after redo again.
#define CHECK_UNDO_REDO(before, after)                                                             \
    do {                                                                                           \
        QCOMPARE(lines(dump(*m_ledger)), lines(after));                                            \
        m_ledger->undoStack()->undo();                                                             \
        QCOMPARE(lines(dump(*m_ledger)), lines(before));                                           \
        m_ledger->undoStack()->redo();                                                             \
        QCOMPARE(lines(dump(*m_ledger)), lines(after));                                            \
    } while (false)

class TestCommands : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void setField_data();
    void setField();
    void addRowEveryEntity();
    void removeProjectWithChildren();
    void setSettingExistingKey();
    void setSettingNewKeyUndoesToAbsent();
    void sameFieldMerges();
    void differentFieldsDoNotMerge();
    void editBackToOriginalLeavesNothing();
    void failedEditDoesNotMergeIntoPrevious();
    void validationErrorsPushNothing();
    void removingUsedUnitIsRefused();
    void changeLogRecordsEveryChange();
    void historyShowsWholeRowsAsLabelsAndValues();
    void changedSignalAfterCommit();
    void largeCommitIsOneReset();
    void readOnlyLedgerRefuses();
    void crossFieldRules();

private:
    qint64 add(Entity e, const QVariantList &values)
    {
        QString error;
        const qint64 id = m_ledger->addRow(e, values, &error);
        if (id <= 0)
            qWarning("addRow(%s) failed: %s", qPrintable(tableName(e)), qPrintable(error));
        return id;
    }
    QString setP(const char *column, const QVariant &v)
    {
        return m_ledger->setField(Entity::Project, m_project, col(Entity::Project, column), v);
    }
    QString lastLog() const
    {
        const auto log = ChangeLog::read(m_ledger->database(), 0, 1);
        return log.empty() ? QString() : logLine(log.front());
    }
    size_t logSize() const { return ChangeLog::read(m_ledger->database()).size(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Ledger> m_ledger;
    QString m_path;
    qint64 m_unit1 = 0, m_unit2 = 0, m_leader = 0, m_project = 0;
};

void TestCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(S("t.tzdb"));
    QString error;
    m_ledger = Ledger::create(m_path, &error);
    QVERIFY2(m_ledger, qPrintable(error));
    m_ledger->setUserName(S("tester"));
    m_unit1 = add(Entity::Unit, { S("高新区"), S("区县") });
    m_unit2 = add(Entity::Unit, { S("市科技局"), S("市直部门") });
    m_leader = add(Entity::Leader, { S("王建国"), S("副市长") });
    QVariantList project(qsizetype(entityDef(Entity::Project).columns.size()));
    project[col(Entity::Project, "code")] = S("XM-001");
    project[col(Entity::Project, "name")] = S("智能装备研究院");
    project[col(Entity::Project, "unit_id")] = m_unit1;
    project[col(Entity::Project, "leader_id")] = m_leader;
    m_project = add(Entity::Project, project);
    QVERIFY(m_unit1 && m_unit2 && m_leader && m_project);
    m_ledger->undoStack()->clear();
}

void TestCommands::cleanup()
{
    m_ledger.reset(); // before its folder goes
    m_dir.reset();
}

void TestCommands::setField_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QVariant>("input");
    QTest::addColumn<QString>("stored");
    QTest::newRow("money") << S("total_investment") << QVariant(S("12,500.5")) << S("1250050");
    QTest::newRow("date text") << S("start_date") << QVariant(S("2023年5月1日")) << S("2023-05-01");
    QTest::newRow("QDate") << S("planned_end_date") << QVariant(QDate(2024, 6, 30))
                           << S("2024-06-30");
    QTest::newRow("ref") << S("unit_id") << QVariant(qint64(2)) << S("2"); // m_unit2
    QTest::newRow("long text") << S("light_override_reason") << QVariant(S(" 已协调 "))
                               << S("已协调");
}

void TestCommands::setField()
{
    QFETCH(QString, column);
    QFETCH(QVariant, input);
    QFETCH(QString, stored);
    const Dump before = dump(*m_ledger);
    const int c = columnIndex(Entity::Project, column);
    QCOMPARE(m_ledger->setField(Entity::Project, m_project, c, input), QString());
    QCOMPARE(m_ledger->undoStack()->count(), 1);
    Dump after = before;
    after[key(Entity::Project, m_project)][c] = stored;
    CHECK_UNDO_REDO(before, after);
}

void TestCommands::addRowEveryEntity()
{
    const QString p = QString::number(m_project), u2 = QString::number(m_unit2), N = S("NULL");
    const qint64 category = m_ledger->findByName(Entity::Category, S("平台建设"));
    const qint64 phase = m_ledger->findByName(Entity::Phase, S("在建"));
    const qint64 land = m_ledger->findByName(Entity::RequirementKind, S("土地"));
    QVERIFY(category && phase && land);
    struct Case
    {
        Entity entity;
        QVariantList input;
        QStringList stored;
    };
    const std::vector<Case> cases = {
        { Entity::Unit, { S("洛龙区"), S("区县"), S("张三"), S("0379-1234") },
            { S("洛龙区"), S("区县"), S("张三"), S("0379-1234") } },
        { Entity::Leader, { S("李明"), S("秘书长") }, { S("李明"), S("秘书长"), N, N } },
        { Entity::Project,
            { S("XM-002"), S("新材料中试基地"), category, S("某公司"), S("中试线"), S("伊滨区"),
                S("12,500"), S("3000.5"), {}, QDate(2023, 3, 1), S("2024/12/31"), phase, m_unit2,
                m_leader },
            { S("XM-002"), S("新材料中试基地"), QString::number(category), S("某公司"), S("中试线"),
                S("伊滨区"), S("1250000"), S("300050"), N, S("2023-03-01"), S("2024-12-31"),
                QString::number(phase), u2, QString::number(m_leader), N, N, N, N, N, N } },
        { Entity::Milestone, { m_project, S("土地摘牌"), S("2023.3.31") },
            { p, S("土地摘牌"), S("2023-03-31"), N, N, N } },
        { Entity::Requirement,
            { m_project, land, S("新增用地"), S("50"), S("亩"), S("自然资源局"), S("2023-06-30") },
            { p, QString::number(land), S("新增用地"), S("5000"), S("亩"), S("自然资源局"),
                S("2023-06-30"), S("待协调"), N, N } },
        { Entity::Progress, { m_project, S("2023-05"), S("1,200"), S("主体封顶") },
            { p, S("2023-05"), S("120000"), S("主体封顶"), N, N, N, N } },
        { Entity::Supervision,
            { m_project, S("2023-05-10"), S("督导"), S("张三"), S("滞后"), S("加快"),
                S("2023-06-30"), S("整改中") },
            { p, S("2023-05-10"), S("督导"), S("张三"), S("滞后"), S("加快"), S("2023-06-30"),
                S("整改中"), N, N } },
        { Entity::Duban,
            { S("DB-1"), m_project, {}, S("办公会"), S("加快报批"), m_unit2, S("自然资源局"),
                S("2023-07-31") },
            { S("DB-1"), p, N, S("办公会"), S("加快报批"), u2, S("自然资源局"), S("2023-07-31"),
                S("交办") } },
    };
    for (const Case &c : cases) {
        const Dump before = dump(*m_ledger);
        const int steps = m_ledger->undoStack()->count();
        QString error;
        const qint64 id = m_ledger->addRow(c.entity, c.input, &error);
        QVERIFY2(id > 0, qPrintable(tableName(c.entity) + u' ' + error));
        QCOMPARE(m_ledger->undoStack()->count(), steps + 1);
        Dump after = before;
        after.insert(key(c.entity, id), c.stored);
        CHECK_UNDO_REDO(before, after);
    }
}

void TestCommands::removeProjectWithChildren()
{
    const qint64 kind = m_ledger->findByName(Entity::RequirementKind, S("资金"));
    const qint64 m1 = add(Entity::Milestone, { m_project, S("开工"), S("2023-03-01") });
    const qint64 m2 = add(Entity::Milestone, { m_project, S("竣工"), S("2023-12-31") });
    const qint64 r = add(Entity::Requirement, { m_project, kind, S("贴息资金") });
    const qint64 s = add(Entity::Supervision, { m_project, S("2023-05-10"), S("观摩") });
    const qint64 d = add(Entity::Duban, { S("DB-1"), m_project, s, {}, S("限期整改") });
    const qint64 st = add(Entity::DubanStep, { d, S("交办"), S("2023-05-11") });
    QVERIFY(m1 && m2 && r && s && d && st);
    const Dump before = dump(*m_ledger);
    QCOMPARE(m_ledger->removeRow(Entity::Project, m_project), QString());
    Dump after = before;
    for (const QString &k : { key(Entity::Project, m_project), key(Entity::Milestone, m1),
             key(Entity::Milestone, m2), key(Entity::Requirement, r), key(Entity::Supervision, s),
             key(Entity::Duban, d), key(Entity::DubanStep, st) })
        QVERIFY(after.remove(k) == 1);
    CHECK_UNDO_REDO(before, after);
}

void TestCommands::setSettingExistingKey()
{
    QSignalSpy spy(m_ledger.get(), &Ledger::settingsChanged);
    const Dump before = dump(*m_ledger);
    QCOMPARE(m_ledger->setSetting(S("warning_days"), S("10")), QString());
    QCOMPARE(spy.count(), 1);
    Dump after = before;
    after[S("settings/warning_days")] = QStringList { S("10") };
    CHECK_UNDO_REDO(before, after);
    QCOMPARE(m_ledger->lightSettings().warningDays, 10);
    m_ledger->undoStack()->undo();
    QCOMPARE(m_ledger->lightSettings().warningDays, 7); // no stale cached value
}

void TestCommands::setSettingNewKeyUndoesToAbsent()
{
    const Dump before = dump(*m_ledger);
    QCOMPARE(m_ledger->setSetting(S("report_title"), S("2023年台账")), QString());
    m_ledger->undoStack()->undo();
    QCOMPARE(lines(dump(*m_ledger)), lines(before));
}

void TestCommands::sameFieldMerges()
{
    const Dump before = dump(*m_ledger);
    QCOMPARE(setP("name", S("智能")), QString());
    QCOMPARE(setP("name", S("智能装备")), QString());
    QCOMPARE(m_ledger->undoStack()->count(), 1);
    Dump after = before;
    after[key(Entity::Project, m_project)][col(Entity::Project, "name")] = S("智能装备");
    CHECK_UNDO_REDO(before, after);
}

void TestCommands::differentFieldsDoNotMerge()
{
    QCOMPARE(setP("name", S("甲")), QString());
    QCOMPARE(setP("owner", S("乙")), QString());
    QCOMPARE(m_ledger->undoStack()->count(), 2);
    const int contact = col(Entity::Unit, "contact");
    QCOMPARE(m_ledger->setField(Entity::Unit, m_unit1, contact, S("张三")), QString());
    QCOMPARE(m_ledger->setField(Entity::Unit, m_unit2, contact, S("李四")), QString()); // other row
    QCOMPARE(m_ledger->undoStack()->count(), 4);
    m_ledger->undoStack()->undo();
    QCOMPARE(m_ledger->row(Entity::Unit, m_unit1)->text(contact), S("张三"));
    QVERIFY(m_ledger->row(Entity::Unit, m_unit2)->isNull(contact));
}

void TestCommands::editBackToOriginalLeavesNothing()
{
    const Dump before = dump(*m_ledger);
    QCOMPARE(setP("name", S("临时名称")), QString());
    QCOMPARE(setP("name", S("智能装备研究院")), QString());
    QCOMPARE(m_ledger->undoStack()->count(), 0);
    QCOMPARE(m_ledger->undoStack()->index(), 0);
    QCOMPARE(lines(dump(*m_ledger)), lines(before));
}

void TestCommands::failedEditDoesNotMergeIntoPrevious()
{
    QCOMPARE(setP("unit_id", m_unit2), QString());
    const Dump edited = dump(*m_ledger);
    // Validation refuses ids that point nowhere...
    QVERIFY(!setP("unit_id", qint64(-5)).isEmpty());
    QCOMPARE(m_ledger->undoStack()->count(), 1);
    // ...so push a command past it: the foreign key refuses it inside its transaction, and
    // the failed command must not merge its value into the previous step.
    const int unitCol = col(Entity::Project, "unit_id");
    QVERIFY(!m_ledger->push(new tz::SetFieldCommand(m_ledger.get(), Entity::Project, m_project,
        unitCol, QVariant(m_unit2), QVariant(qint64(999999)))));
    QCOMPARE(lines(dump(*m_ledger)), lines(edited));
    QCOMPARE(m_ledger->undoStack()->count(), 1);
    m_ledger->undoStack()->undo();
    QCOMPARE(m_ledger->row(Entity::Project, m_project)->integer(col(Entity::Project, "unit_id")),
        m_unit1);
    m_ledger->undoStack()->redo();
    QCOMPARE(lines(dump(*m_ledger)), lines(edited));
}

void TestCommands::validationErrorsPushNothing()
{
    const qint64 other = add(Entity::Project, { S("XM-002"), S("第二个项目") });
    const qint64 kind = m_ledger->findByName(Entity::RequirementKind, S("资金"));
    QCOMPARE(setP("light_override_reason", S("理由")), QString()); // so only the word is wrong
    m_ledger->undoStack()->clear();
    const Dump before = dump(*m_ledger);
    const size_t logged = logSize();
    const auto addE = [&](Entity e, const QVariantList &values) {
        QString error;
        return m_ledger->addRow(e, values, &error) == 0 ? error : QString();
    };
    const QList<QPair<const char *, QString>> attempts = {
        { "empty name", setP("name", S("")) },
        { "blank name", setP("name", S("   ")) },
        { "new project without name", addE(Entity::Project, { S("XM-003") }) },
        { "duplicate code on add", addE(Entity::Project, { S("XM-001"), S("重复") }) },
        { "duplicate code on edit", m_ledger->setField(Entity::Project, other, 0, S(" XM-001 ")) },
        { "negative money", setP("total_investment", S("-5")) },
        { "three decimals", setP("total_investment", S("1.234")) },
        { "bad date", setP("start_date", S("2023-13-45")) },
        { "words as date", setP("start_date", S("明年")) },
        { "unknown light", setP("light_override", S("蓝")) },
        { "light without reason",
            m_ledger->setField(
                Entity::Project, other, col(Entity::Project, "light_override"), S("红")) },
        { "unknown status",
            addE(Entity::Requirement, { m_project, kind, S("x"), {}, {}, {}, {}, S("完成") }) },
        { "missing planned date", addE(Entity::Milestone, { m_project, S("节点") }) },
        { "unknown unit", setP("unit_id", qint64(999)) },
        { "unknown project", addE(Entity::Milestone, { qint64(999), S("节点"), S("2023-01-01") }) },
    };
    for (const auto &[what, message] : attempts)
        QVERIFY2(!message.isEmpty(), what);
    QCOMPARE(m_ledger->undoStack()->count(), 0);
    QCOMPARE(lines(dump(*m_ledger)), lines(before));
    QCOMPARE(logSize(), logged);
}

void TestCommands::removingUsedUnitIsRefused()
{
    const Dump before = dump(*m_ledger);
    QVERIFY(m_ledger->removeRow(Entity::Unit, m_unit1).contains(S("高新区")));
    QVERIFY(!m_ledger->removeRow(Entity::Leader, m_leader).isEmpty());
    QCOMPARE(m_ledger->undoStack()->count(), 0);
    QCOMPARE(lines(dump(*m_ledger)), lines(before));
    QCOMPARE(m_ledger->removeRow(Entity::Unit, m_unit2), QString()); // unused: fine
    QVERIFY(!m_ledger->row(Entity::Unit, m_unit2));
}

void TestCommands::changeLogRecordsEveryChange()
{
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);
    QCOMPARE(setP("total_investment", S("12500.5")), QString());
    const ChangeEntry first = ChangeLog::read(m_ledger->database(), m_project, 1).at(0);
    QVERIFY(first.at >= start && first.at <= QDateTime::currentDateTimeUtc().addSecs(1));
    QCOMPARE(first.rowId, m_project);
    QCOMPARE(first.rowLabel, S("智能装备研究院"));
    QCOMPARE(lastLog(), S("tester|update|projects|total_investment||12500.50"));
    m_ledger->undoStack()->undo(); // writes the old value back, and says so
    QCOMPARE(lastLog(), S("tester|update|projects|total_investment|12500.50|"));
    m_ledger->undoStack()->redo();
    QCOMPARE(lastLog(), S("tester|update|projects|total_investment||12500.50"));

    const qint64 m = add(Entity::Milestone, { m_project, S("土地摘牌"), S("2023-03-31") });
    const ChangeEntry insert = ChangeLog::read(m_ledger->database(), 0, 1).at(0);
    QCOMPARE(insert.action, S("insert"));
    QCOMPARE(insert.rowId, m);
    QCOMPARE(insert.projectId, m_project);
    QVERIFY(insert.newValue.contains(S("土地摘牌")));
    m_ledger->undoStack()->undo();
    const ChangeEntry undone = ChangeLog::read(m_ledger->database(), 0, 1).at(0);
    QCOMPARE(undone.action, S("delete"));
    QCOMPARE(undone.rowId, m);
    QVERIFY(undone.oldValue.contains(S("2023-03-31")));

    QCOMPARE(m_ledger->setSetting(S("warning_days"), S("10")), QString());
    QCOMPARE(lastLog(), S("tester|setting|settings|warning_days|7|10"));
    m_ledger->undoStack()->undo();
    QCOMPARE(lastLog(), S("tester|setting|settings|warning_days|10|7"));

    QVERIFY(add(Entity::Milestone, { m_project, S("竣工"), S("2023-12-31") }));
    const size_t n = logSize();
    QCOMPARE(m_ledger->removeRow(Entity::Project, m_project), QString());
    QCOMPARE(logSize(), n + 2); // the milestone, then the project
    const auto log = ChangeLog::read(m_ledger->database(), m_project, 2);
    QCOMPARE(log.at(0).action + u' ' + log.at(0).entity, S("delete projects"));
    QCOMPARE(log.at(1).action + u' ' + log.at(1).entity, S("delete milestones"));
    QVERIFY(log.at(1).oldValue.contains(S("竣工"))); // the history keeps what was deleted
}

// A new or deleted row is kept as JSON; the history page shows it as a clerk reads it.
void TestCommands::historyShowsWholeRowsAsLabelsAndValues()
{
    QVariantList project(qsizetype(entityDef(Entity::Project).columns.size()));
    project[col(Entity::Project, "code")] = S("XM-002");
    project[col(Entity::Project, "name")] = S("轴承数字化车间");
    project[col(Entity::Project, "unit_id")] = m_unit2;
    project[col(Entity::Project, "total_investment")] = S("12500.5");
    const qint64 added = add(Entity::Project, project);
    QVERIFY(add(Entity::Milestone, { added, S("竣工"), S("2023-12-31") }));
    QCOMPARE(m_ledger->removeRow(Entity::Project, added), QString());

    ChangeLogModel model(m_ledger.get());
    QStringList inserted;
    QStringList deleted;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString action = model.index(r, ChangeLogModel::Action).data().toString();
        if (action == S("新增"))
            inserted << model.index(r, ChangeLogModel::NewValue).data().toString();
        else if (action == S("删除"))
            deleted << model.index(r, ChangeLogModel::OldValue).data().toString();
    }
    const QString label = columnLabel(Entity::Project, col(Entity::Project, "name"));
    const QString money = columnLabel(Entity::Project, col(Entity::Project, "total_investment"));
    const QString expected = columnLabel(Entity::Project, col(Entity::Project, "code")) + S("：XM-002；") + label
            + S("：轴承数字化车间");
    QVERIFY2(inserted.filter(expected).size() == 1, qPrintable(inserted.join(u'\n')));
    QVERIFY2(inserted.filter(money + S("：12,500.50")).size() == 1, qPrintable(inserted.join(u'\n')));
    QVERIFY2(deleted.filter(S("：竣工；")).size() == 1, qPrintable(deleted.join(u'\n')));
    for (const QString &text : inserted + deleted)
        QVERIFY2(!text.contains(u'{') && !text.contains(S("_id")), qPrintable(text));

    // The CSV export is the record: the rows whole, ids included.
    const QString csv = m_dir->filePath(S("history.csv"));
    QCOMPARE(model.exportCsv(csv), QString());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(S("\"\"name\"\":\"\"轴承数字化车间\"\"")) && text.contains(S("\"\"project_id\"\":")),
             qPrintable(text.left(2000)));
}

void TestCommands::changedSignalAfterCommit()
{
    // Another connection sees only committed data: what it reads in the slot proves the commit.
    QSqlDatabase observer = QSqlDatabase::addDatabase(S("QSQLITE"), S("observer"));
    observer.setDatabaseName(m_path);
    QVERIFY(observer.open());
    QStringList seen;
    connect(m_ledger.get(), &Ledger::changed, this, [&](const ChangeEvent &ev) {
        QSqlQuery q(observer);
        const QString extra = ev.entity == Entity::Project ? S("MAX(total_investment)") : S("0");
        q.prepare(S("SELECT COUNT(*), %1 FROM %2 WHERE id = ?").arg(extra, tableName(ev.entity)));
        q.addBindValue(ev.id);
        seen << (q.exec() && q.next() ? q.value(0).toString() + u'/' + q.value(1).toString()
                                      : S("error"));
    });
    QSignalSpy spy(m_ledger.get(), &Ledger::changed);
    const auto event = [&](int i) { return eventLine(spy.at(i).at(0).value<ChangeEvent>()); };
    const QString p = QString::number(m_project);

    QCOMPARE(setP("total_investment", S("100")), QString());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(event(0),
        S("Updated projects#%1 col %2 project %1")
            .arg(p)
            .arg(col(Entity::Project, "total_investment")));
    QCOMPARE(seen.last(), S("1/10000"));

    const qint64 m = add(Entity::Milestone, { m_project, S("开工"), S("2023-03-01") });
    QCOMPARE(spy.count(), 2);
    QCOMPARE(event(1), S("Inserted milestones#%1 col -1 project %2").arg(m).arg(p));
    QCOMPARE(seen.last(), S("1/0"));

    m_ledger->undoStack()->undo();
    QCOMPARE(spy.count(), 3);
    QCOMPARE(event(2), S("Removed milestones#%1 col -1 project %2").arg(m).arg(p));
    QCOMPARE(seen.last(), S("0/0"));

    QVERIFY(!setP("total_investment", S("-1")).isEmpty());
    QCOMPARE(spy.count(), 3); // nothing changed, nothing said
    disconnect(m_ledger.get(), &Ledger::changed, this, nullptr);
    observer.close();
    observer = QSqlDatabase();
    QSqlDatabase::removeDatabase(S("observer"));
}

// A commit of many rows (removing a project with hundreds of children, its undo; an import)
// is told as one Reset, and every commit ends with one changesDone: the history view reloads
// once per commit, not once per row.
void TestCommands::largeCommitIsOneReset()
{
    const qint64 small = add(Entity::Project, { S("XM-002"), S("小项目") });
    QVERIFY(add(Entity::Milestone, { small, S("开工"), S("2023-03-01") }));
    QVERIFY(add(Entity::Milestone, { small, S("竣工"), S("2023-12-31") }));
    const int children = int(Ledger::kEventsBeforeReset) + 50;
    for (int i = 0; i < children; ++i)
        QVERIFY(add(Entity::Milestone, { m_project, S("节点%1").arg(i), S("2023-03-01") }));

    ChangeLogModel history(m_ledger.get(), 0);
    ChangeLogModel projectHistory(m_ledger.get(), m_project);
    QCOMPARE(projectHistory.rowCount(), children + 1);
    QSignalSpy events(m_ledger.get(), &Ledger::changed);
    QSignalSpy done(m_ledger.get(), &Ledger::changesDone);
    QSignalSpy reloads(&history, &QAbstractItemModel::modelReset);
    QSignalSpy projectReloads(&projectHistory, &QAbstractItemModel::modelReset);
    const auto kindAt = [&](int i) { return events.at(i).at(0).value<ChangeEvent>().kind; };

    // A small commit: its three events one by one, then done; the history reloads once.
    QCOMPARE(m_ledger->removeRow(Entity::Project, small), QString());
    QCOMPARE(events.count(), 3);
    QCOMPARE(kindAt(0), ChangeEvent::Removed);
    QCOMPARE(done.count(), 1);
    QCOMPARE(reloads.count(), 1);
    QCOMPARE(projectReloads.count(), 0); // another project's
    QCOMPARE(history.data(history.index(0, ChangeLogModel::Action)).toString(), S("删除"));

    // A large one: one Reset, one done, one reload of each history.
    const int before = history.rowCount();
    QCOMPARE(m_ledger->removeRow(Entity::Project, m_project), QString());
    QCOMPARE(events.count(), 4);
    QCOMPARE(kindAt(3), ChangeEvent::Reset);
    QCOMPARE(done.count(), 2);
    QCOMPARE(reloads.count(), 2);
    QCOMPARE(projectReloads.count(), 1);
    QCOMPARE(history.rowCount(), before + children + 1);
    QCOMPARE(projectHistory.rowCount(), 2 * (children + 1));

    // Its undo likewise.
    m_ledger->undoStack()->undo();
    QCOMPARE(events.count(), 5);
    QCOMPARE(kindAt(4), ChangeEvent::Reset);
    QCOMPARE(done.count(), 3);
    QCOMPARE(reloads.count(), 3);
    QCOMPARE(m_ledger->childRows(Entity::Milestone, m_project).size(), size_t(children));
}

void TestCommands::readOnlyLedgerRefuses()
{
    m_ledger.reset();
    FileCheck check;
    m_ledger = Ledger::open(m_path, true, &check);
    QVERIFY2(m_ledger, qPrintable(check.message));
    const Dump before = dump(*m_ledger);
    QString error;
    QVERIFY(!setP("name", S("改名")).isEmpty());
    QCOMPARE(m_ledger->addRow(Entity::Unit, { S("伊滨区") }, &error), qint64(0));
    QVERIFY(!error.isEmpty());
    QVERIFY(!m_ledger->removeRow(Entity::Project, m_project).isEmpty());
    QVERIFY(!m_ledger->setSetting(S("warning_days"), S("1")).isEmpty());
    QCOMPARE(m_ledger->undoStack()->count(), 0);
    QCOMPARE(lines(dump(*m_ledger)), lines(before));
}

void TestCommands::crossFieldRules()
{
    // Validation sees the other stored amounts as they are (hundredths), not scaled again.
    QCOMPARE(setP("total_investment", QStringLiteral("1000")), QString());
    QCOMPARE(setP("planned_investment", QStringLiteral("999.99")), QString());
    QVERIFY(!setP("planned_investment", QStringLiteral("1000.01")).isEmpty());
    QVERIFY(!setP("total_investment", QStringLiteral("900")).isEmpty());
    QCOMPARE(setP("total_investment", QStringLiteral("1200")), QString());
    QCOMPARE(setP("start_date", QStringLiteral("2023-05-01")), QString());
    QVERIFY(!setP("planned_end_date", QStringLiteral("2023-04-30")).isEmpty());
    QCOMPARE(setP("planned_end_date", QStringLiteral("2023-05-01")), QString());
    QCOMPARE(m_ledger->row(Entity::Project, m_project)->integer(col(Entity::Project, "planned_investment")), qint64(99999));
}

QTEST_GUILESS_MAIN(TestCommands)
#include "test_commands.moc"
