// Values as offices type them: every spelling DOMAIN.md lists, and the ones that must fail.

#include "importing/cellparsers.h"

#include <QTest>

using namespace tz;

class TestCellParsers : public QObject
{
    Q_OBJECT
private slots:
    void dates_data();
    void dates();
    void amounts_data();
    void amounts();
    void people();
    void schedule();
    void scheduleExplicitYearAndWords();
    void scheduleSeparatorsAndNumbering();
    void years();
};

void TestCellParsers::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("iso") << QStringLiteral("2023-05-01") << QDate(2023, 5, 1);
    QTest::newRow("slash") << QStringLiteral("2023/5/1") << QDate(2023, 5, 1);
    QTest::newRow("dots") << QStringLiteral("2023.05.01") << QDate(2023, 5, 1);
    QTest::newRow("chinese") << QStringLiteral("2023年5月1日") << QDate(2023, 5, 1);
    QTest::newRow("chinese spaced") << QStringLiteral(" 2023 年 5 月 1 日 ") << QDate(2023, 5, 1);
    QTest::newRow("full-width") << QStringLiteral("２０２３年５月１日") << QDate(2023, 5, 1);
    QTest::newRow("compact") << QStringLiteral("20230501") << QDate(2023, 5, 1);
    QTest::newRow("month") << QStringLiteral("2023年5月") << QDate(2023, 5, 31);
    QTest::newRow("month end") << QStringLiteral("2023年2月底") << QDate(2023, 2, 28);
    QTest::newRow("mid month") << QStringLiteral("2024年2月中旬") << QDate(2024, 2, 20);
    QTest::newRow("leap") << QStringLiteral("2024-02-29") << QDate(2024, 2, 29);
    QTest::newRow("not leap") << QStringLiteral("2023-02-29") << QDate();
    QTest::newRow("month 13") << QStringLiteral("2023年13月") << QDate();
    QTest::newRow("words") << QStringLiteral("年底前") << QDate();
    QTest::newRow("empty") << QString() << QDate();
}

void TestCellParsers::dates()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    const auto d = parseDateText(text);
    QCOMPARE(d.has_value(), expected.isValid());
    if (d)
        QCOMPARE(*d, expected);
}

void TestCellParsers::amounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("scale");
    QTest::addColumn<qint64>("cents"); // hundredths of 万元, -1 when refused
    QTest::newRow("plain") << QStringLiteral("12500") << 1 << qint64(1250000);
    QTest::newRow("grouped") << QStringLiteral("12,500.5") << 1 << qint64(1250050);
    QTest::newRow("full-width") << QStringLiteral("１２，５００") << 1 << qint64(1250000);
    QTest::newRow("yi suffix") << QStringLiteral("1.2亿元") << 1 << qint64(1200000);
    QTest::newRow("yi short") << QStringLiteral("3亿") << 1 << qint64(3000000);
    QTest::newRow("yi fine") << QStringLiteral("0.000001亿") << 1 << qint64(1);
    QTest::newRow("wan suffix") << QStringLiteral("500万元") << 10000 << qint64(50000);
    QTest::newRow("yi column") << QStringLiteral("2.5") << 10000 << qint64(2500000);
    QTest::newRow("yuan") << QStringLiteral("5000元") << 1 << qint64(-1);
    QTest::newRow("three decimals") << QStringLiteral("1.234") << 1 << qint64(-1);
    QTest::newRow("text") << QStringLiteral("待定") << 1 << qint64(-1);
    // Found by fuzz_parsers: a run of digits in a 亿元 column overflowed the cents.
    QTest::newRow("overflow in yi column") << QStringLiteral("202315002315011") << 10000 << qint64(-1);
    QTest::newRow("overflow with yi") << QStringLiteral("9999999999999999亿") << 1 << qint64(-1);
    QTest::newRow("overflow in wan") << QStringLiteral("900000000000000000") << 1 << qint64(-1);
}

void TestCellParsers::amounts()
{
    QFETCH(QString, text);
    QFETCH(int, scale);
    QFETCH(qint64, cents);
    const auto m = parseAmountText(text, scale);
    QCOMPARE(m.has_value(), cents >= 0);
    if (m)
        QCOMPARE(m->cents(), cents);
    QCOMPARE(amountFromNumber(1.25, 10000).cents(), qint64(1250000));
}

void TestCellParsers::people()
{
    auto p = parsePersonTitle(QStringLiteral("王建国（副市长）"));
    QCOMPARE(p.name, QStringLiteral("王建国"));
    QCOMPARE(p.title, QStringLiteral("副市长"));
    p = parsePersonTitle(QStringLiteral("李红梅(市委常委、秘书长)"));
    QCOMPARE(p.name, QStringLiteral("李红梅"));
    QCOMPARE(p.title, QStringLiteral("市委常委、秘书长"));
    p = parsePersonTitle(QStringLiteral("张志强 副市长"));
    QCOMPARE(p.name, QStringLiteral("张志强"));
    QCOMPARE(p.title, QStringLiteral("副市长"));
    p = parsePersonTitle(QStringLiteral("赵卫东"));
    QCOMPARE(p.name, QStringLiteral("赵卫东"));
    QVERIFY(p.title.isEmpty());
}

void TestCellParsers::schedule()
{
    const auto s = parseSchedule(QStringLiteral("3月底前完成土地摘牌；6月底前开工建设；9月15日前主体完工"), 2023);
    QCOMPARE(s.items.size(), size_t(3));
    QVERIFY(s.unparsed.isEmpty());
    QCOMPARE(s.items[0].due, QDate(2023, 3, 31));
    QCOMPARE(s.items[0].title, QStringLiteral("完成土地摘牌"));
    QCOMPARE(s.items[1].due, QDate(2023, 6, 30));
    QCOMPARE(s.items[1].title, QStringLiteral("开工建设"));
    QCOMPARE(s.items[2].due, QDate(2023, 9, 15));
    QCOMPARE(s.items[2].title, QStringLiteral("主体完工"));
}

void TestCellParsers::scheduleExplicitYearAndWords()
{
    const auto s = parseSchedule(QStringLiteral("1.2024年2月底前完成备案。\n2、十二月底前竣工验收；年内争取投产"), 2023);
    QCOMPARE(s.items.size(), size_t(2));
    QCOMPARE(s.items[0].due, QDate(2024, 2, 29));
    QCOMPARE(s.items[0].title, QStringLiteral("完成备案"));
    QCOMPARE(s.items[1].due, QDate(2023, 12, 31));
    QCOMPARE(s.unparsed, QStringList { QStringLiteral("年内争取投产") });
}

// Runs of separators leave no empty clause; numbering "(2)" "（3）" "4." goes, and a clause that
// merely starts with a digit keeps it (its month).
void TestCellParsers::scheduleSeparatorsAndNumbering()
{
    const auto s = parseSchedule(QStringLiteral("；；(2)3月底前完成土地摘牌;;。\r\n\n（3）6月开工建设\r4.9月15日前主体完工；10月上旬试运行。\n；"), 2023);
    QCOMPARE(s.items.size(), size_t(4));
    QVERIFY(s.unparsed.isEmpty());
    QCOMPARE(s.items[0].title, QStringLiteral("完成土地摘牌"));
    QCOMPARE(s.items[1].due, QDate(2023, 6, 30));
    QCOMPARE(s.items[1].title, QStringLiteral("开工建设"));
    QCOMPARE(s.items[2].due, QDate(2023, 9, 15));
    QCOMPARE(s.items[3].due, QDate(2023, 10, 10));
    QCOMPARE(s.items[3].title, QStringLiteral("试运行"));
    QCOMPARE(parseSchedule(QStringLiteral("；;。\n"), 2023).items.size(), size_t(0));
    QCOMPARE(parseSchedule(QStringLiteral("；;。\n"), 2023).unparsed, QStringList());
}

void TestCellParsers::years()
{
    QCOMPARE(yearFromText(QStringLiteral("2023年全市重大科技创新项目推进台账")), 2023);
    QCOMPARE(yearFromText(QStringLiteral("2024年计划投资（万元）")), 2024);
    QCOMPARE(yearFromText(QStringLiteral("项目名称")), 0);
}

QTEST_GUILESS_MAIN(TestCellParsers)
#include "test_cellparsers.moc"
