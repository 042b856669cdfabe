// Importing office ledgers: the same city ledger saved by different programs imports to the
// same projects; an import is one undo step; problems name sheet, row and column; bad rows are
// imported only when asked.

#include "importing/importapply.h"
#include "importing/workbookreader.h"
#include "ledger.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace tz;

namespace {

QString S(const char *s)
{
    return QString::fromUtf8(s);
}

// Projects with their milestones and needs, as comparable lines.
QStringList snapshot(const Ledger &l)
{
    QStringList out;
    for (const Row &p : l.rows(Entity::Project)) {
        QString line = QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8")
                               .arg(p.text(0), p.text(1), p.text(columnIndex(Entity::Project, S("total_investment"))),
                                    p.text(columnIndex(Entity::Project, S("start_date"))),
                                    p.text(columnIndex(Entity::Project, S("planned_end_date"))),
                                    l.rowTitle(Entity::Unit, p.integer(columnIndex(Entity::Project, S("unit_id")))),
                                    l.rowTitle(Entity::Leader, p.integer(columnIndex(Entity::Project, S("leader_id")))))
                               .arg(p.text(columnIndex(Entity::Project, S("planned_investment"))));
        for (const Row &m : l.childRows(Entity::Milestone, p.id))
            line += QStringLiteral("|M:%1@%2").arg(m.text(1), m.text(2));
        for (const Row &r : l.childRows(Entity::Requirement, p.id))
            line += QStringLiteral("|R:%1:%2:%3").arg(l.rowTitle(Entity::RequirementKind, r.integer(1)), r.text(2), r.text(7));
        out << line;
    }
    return out;
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT
private slots:
    void sameLedgerFromEveryProgram_data();
    void sameLedgerFromEveryProgram();
    void oneUndoStep();
    void reimportMergesByCode();
    void badRowsNamedAndOptional();
    void largeSheetProblemsInRowOrder();
    void headerWordsAndUnits();
    void columnValuesOnePerColumnInOrder();

private:
    std::unique_ptr<Ledger> fresh(const QString &name)
    {
        QString error;
        auto l = Ledger::create(m_dir.filePath(name), &error);
        if (!l)
            qFatal("%s", qPrintable(error));
        return l;
    }
    ImportPreview plan(const Ledger &l, const QString &path, int year = 0)
    {
        QString error;
        const auto wb = readWorkbook(path, &error);
        if (!wb)
            qFatal("%s", qPrintable(error));
        ImportOptions o;
        o.year = year;
        return planImport(l, wb->sheets.at(wb->firstVisibleSheet()), path, o);
    }
    QString writeCsv(const QString &name, const QString &text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(text.toUtf8());
        return path;
    }
    QTemporaryDir m_dir;
};

void TestImport::sameLedgerFromEveryProgram_data()
{
    QTest::addColumn<QString>("file");
    for (const char *f : { "ledger_lo.xlsx", "ledger_lo.xls", "ledger_gb18030.csv", "ledger_lo.csv",
                           "ledger_openpyxl.xlsx", "ledger_xlsxwriter.xlsx" })
        QTest::newRow(f) << QStringLiteral(TZ_TEST_DATA "/sheets/") + S(f);
}

void TestImport::sameLedgerFromEveryProgram()
{
    QFETCH(QString, file);
    auto l = fresh(QFileInfo(file).fileName() + S(".tzdb"));
    const ImportPreview p = plan(*l, file);
    QCOMPARE(p.year, 2023); // from the title row
    QCOMPARE(p.added(), 5);
    QCOMPARE(p.rowsWithErrors(), 0);
    const ImportResult r = applyImport(*l, p, false);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const QStringList expected = {
        S("GX-2023-001|洛阳智能装备创新中心|12500050|2023-05-01|2024-12-31|高新区|王建国|3000000"
          "|M:完成土地摘牌@2023-03-31|M:开工建设@2023-06-30|M:主体完工@2023-09-30"
          "|R:资金:资金需求 5000万元:待协调|R:土地:120亩:待协调|R:环评:已批复:已解决"),
        S("GX-2023-002|新材料中试基地|1250000|2023-03-15|2023-12-31|高新区|李卫东|420000|R:用工:80人:待协调"),
        S("GX-2023-003|工业软件适配验证平台|860000|2023-05-31|2024-06-30|高新区|王建国|260000"
          "|R:资金:资金需求 800万元:待协调"),
        S("JX-2023-001|轴承数字化车间改造|3600000|2022-11-20|2023-10-31|涧西区|赵红梅|900000"
          "|M:完成设备安装@2023-06-30|R:土地:35亩:待协调|R:环评:待审批:待协调"),
        S("JX-2023-002|耐火材料国家重点实验室扩建|1580000|2023-07-10|2025-03-31|涧西区|赵红梅|520000"),
    };
    QCOMPARE(snapshot(*l), expected);
    // The leader's title came from "王建国（副市长）".
    QCOMPARE(l->row(Entity::Leader, l->findByName(Entity::Leader, S("王建国")))->text(1), S("副市长"));
}

void TestImport::oneUndoStep()
{
    auto l = fresh(S("undo.tzdb"));
    const QString file = QStringLiteral(TZ_TEST_DATA "/sheets/ledger_lo.xlsx");
    const QStringList empty = snapshot(*l);
    const qint64 units = l->count(Entity::Unit);
    QVERIFY(applyImport(*l, plan(*l, file), false).ok());
    const QStringList imported = snapshot(*l);
    QCOMPARE(l->undoStack()->count(), 1);
    l->undoStack()->undo();
    QCOMPARE(snapshot(*l), empty);
    QCOMPARE(l->count(Entity::Unit), units); // the units it created went too
    QCOMPARE(l->count(Entity::Milestone), 0);
    l->undoStack()->redo();
    QCOMPARE(snapshot(*l), imported);
}

void TestImport::reimportMergesByCode()
{
    auto l = fresh(S("merge.tzdb"));
    const QString file = QStringLiteral(TZ_TEST_DATA "/sheets/ledger_lo.xlsx");
    QVERIFY(applyImport(*l, plan(*l, file), false).ok());
    const QStringList once = snapshot(*l);
    ImportPreview again = plan(*l, file);
    QCOMPARE(again.added(), 0);
    QCOMPARE(again.unchanged(), 5);
    // Someone edited a total in the ledger; the district's sheet brings its figure back.
    const qint64 id = l->projectIdByCode(S("GX-2023-002"));
    QCOMPARE(l->setField(Entity::Project, id, columnIndex(Entity::Project, S("total_investment")), S("13000")), QString());
    again = plan(*l, file);
    QCOMPARE(again.changed(), 1);
    QVERIFY(again.projects[1].changes.join(u';').contains(S("13,000.00 → 12,500.00")));
    const int steps = l->undoStack()->count();
    const ImportResult r = applyImport(*l, again, false);
    QVERIFY(r.ok());
    QCOMPARE(r.updated, 1);
    QCOMPARE(r.added, 0);
    QCOMPARE(snapshot(*l), once); // nothing duplicated: milestones and needs matched
    QCOMPARE(l->undoStack()->count(), steps + 1);
}

void TestImport::badRowsNamedAndOptional()
{
    auto l = fresh(S("bad.tzdb"));
    const QString file = writeCsv(S("bad.csv"),
                                  S("项目编号,项目名称,总投资（万元）,开工时间\n"
                                    "A-1,好项目一,100,2023-01-01\n"
                                    "A-2,坏日期项目,200,明年春天\n"
                                    "A-3,,300,2023-02-01\n"
                                    "A-4,好项目二,1.234,2023-03-01\n"
                                    "A-5,好项目三,400,2023/4/1\n"));
    const ImportPreview p = plan(*l, file);
    QCOMPARE(p.rowsWithErrors(), 3);
    QCOMPARE(p.added(), 2);
    QStringList messages;
    for (const ImportProblem &pr : p.problems)
        messages << pr.message;
    const QString all = messages.join(u'\n');
    QVERIFY2(all.contains(S("“bad.csv”")) && all.contains(S("第 3 行 D 列")) && all.contains(S("明年春天")), qPrintable(all));
    QVERIFY2(all.contains(S("第 4 行")) && all.contains(S("缺少项目名称")), qPrintable(all));
    QVERIFY2(all.contains(S("第 5 行 C 列")), qPrintable(all));
    // Without consent nothing is imported at all.
    const ImportResult none = applyImport(*l, p, false);
    QVERIFY(!none.ok());
    QCOMPARE(l->count(Entity::Project), 0);
    QCOMPARE(l->undoStack()->count(), 0);
    const ImportResult good = applyImport(*l, p, true);
    QVERIFY(good.ok());
    QCOMPARE(good.added, 2);
    QStringList codes;
    for (const Row &r : l->rows(Entity::Project))
        codes << r.text(0);
    QCOMPARE(codes, (QStringList { S("A-1"), S("A-5") }));
}

void TestImport::largeSheetProblemsInRowOrder()
{
    // Enough rows that the planner reads the second half on another core: the problems must
    // still come in the order of the rows, each row's own in column order and a code taken
    // twice after them, also when the first use of the code is in the other half.
    auto l = fresh(S("large.tzdb"));
    QString csv = S("项目编号,项目名称,总投资（万元）,开工时间\n");
    const int rows = 3000;
    for (int i = 1; i <= rows; ++i) {
        QString code = S("P-%1").arg(i), name = S("项目%1").arg(i), amount = S("100"), date = S("2023-01-01");
        if (i == 10)
            code = S("P-2990"); // first use; the row holding P-2990 is the one in error
        if (i == 1600)
            date = S("明年春天");
        if (i == 2500) {
            code = S("P-5");
            name.clear();
            amount = S("很多");
        }
        csv += code + u',' + name + u',' + amount + u',' + date + u'\n';
    }
    const QString file = writeCsv(S("large.csv"), csv);
    const ImportPreview p = plan(*l, file);
    QCOMPARE(int(p.projects.size()), rows);
    QStringList got;
    for (const ImportProblem &pr : p.problems)
        got << S("%1/%2/%3").arg(pr.row).arg(pr.column).arg(pr.error);
    // Sheet rows are 0-based with the header at 0: data row i is sheet row i.
    QCOMPARE(got, (QStringList { S("1600/3/1"), S("2500/2/1"), S("2500/-1/1"), S("2500/-1/1"), S("2990/-1/1") }));
    QVERIFY2(p.problems[0].message.contains(S("第 1601 行 D 列")) && p.problems[0].message.contains(S("明年春天")),
             qPrintable(p.problems[0].message));
    QVERIFY2(p.problems[2].message.contains(S("缺少项目名称")), qPrintable(p.problems[2].message));
    QVERIFY2(p.problems[3].message.contains(S("“P-5”在表中重复出现")), qPrintable(p.problems[3].message));
    QVERIFY2(p.problems[4].message.contains(S("第 2991 行")) && p.problems[4].message.contains(S("“P-2990”在表中重复出现")),
             qPrintable(p.problems[4].message));
    QCOMPARE(p.rowsWithErrors(), 3);
    for (int i = 0; i < rows; ++i)
        QCOMPARE(p.projects[size_t(i)].hasError, i + 1 == 1600 || i + 1 == 2500 || i + 1 == 2990);
    QCOMPARE(p.projects.back().code(), S("P-3000")); // the halves joined in order
    // A late row in error: without consent nothing at all is written.
    const ImportResult none = applyImport(*l, p, false);
    QCOMPARE(none.error, S("有 3 行存在错误，未导入任何内容。"));
    QCOMPARE(l->count(Entity::Project), 0);
    QCOMPARE(l->undoStack()->count(), 0);
    const ImportResult good = applyImport(*l, p, true);
    QVERIFY2(good.ok(), qPrintable(good.error));
    QCOMPARE(good.added, rows - 3);
    QCOMPARE(l->undoStack()->count(), 1);
    l->undoStack()->undo(); // one step takes it all away
    QCOMPARE(l->count(Entity::Project), 0);
}

void TestImport::headerWordsAndUnits()
{
    auto l = fresh(S("words.tzdb"));
    // A district's own sheet: its words, amounts in 亿元, no codes, schedule needing a year.
    const QString file = writeCsv(S("district.csv"),
                                  S("序号,项目名,牵头单位,联系领导,总投资（亿元）,推进计划\n"
                                    "1,机器人产业园,伊滨区,孙志强(副市长),1.25,4月底前完成设计；十月底前开工\n"));
    ImportPreview p = plan(*l, file);
    QCOMPARE(p.rowsWithErrors(), 1); // no year anywhere: the schedule cannot be dated
    p = plan(*l, file, 2024);
    QCOMPARE(p.rowsWithErrors(), 0);
    QVERIFY(applyImport(*l, p, false).ok());
    const Row proj = l->rows(Entity::Project).front();
    QCOMPARE(proj.text(0), S("2024-0001")); // a code made up for a row without one
    QCOMPARE(proj.integer(columnIndex(Entity::Project, S("total_investment"))), qint64(1250000));
    QCOMPARE(l->rowTitle(Entity::Unit, proj.integer(columnIndex(Entity::Project, S("unit_id")))), S("伊滨区"));
    const auto ms = l->childRows(Entity::Milestone, proj.id);
    QCOMPARE(ms.size(), size_t(2));
    QCOMPARE(ms[1].text(2), S("2024-10-31"));
}

QTEST_GUILESS_MAIN(TestImport)
void TestImport::columnValuesOnePerColumnInOrder()
{
    ColumnValues<QString> v;
    QVERIFY(v.isEmpty());
    v.insert(7, S("七"));
    v.insert(2, S("二"));
    v.insert(7, S("柒")); // replaces, as QHash::insert did
    v.insert(4, S("四"));
    QCOMPARE(v.size(), 3);
    QVERIFY(v.contains(2) && v.contains(4) && v.contains(7) && !v.contains(3));
    QCOMPARE(v.value(7), S("柒"));
    QCOMPARE(v.value(5), QString());
    QList<int> order;
    for (const auto &[column, value] : v)
        order << column;
    QCOMPARE(order, QList<int>({ 2, 4, 7 }));
}

#include "test_import.moc"
