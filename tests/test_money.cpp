#include "money.h"

#include <QRandomGenerator>
#include <QTest>

using tz::Money;

class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void parseAccepts_data();
    void parseAccepts();
    void parseRejects_data();
    void parseRejects();
    void toStrings_data();
    void toStrings();
    void displayStringParsesBack();
    void summingIsExact();
    void fromDoubleRounds_data();
    void fromDoubleRounds();
    void fromDoubleDecimalHalves();
    void fromDoubleAsTenDecimals();
    void comparisons();
};

void TestMoney::parseAccepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("plain") << QStringLiteral("12500") << qint64(1250000);
    QTest::newRow("grouping, one decimal") << QStringLiteral("12,500.5") << qint64(1250050);
    QTest::newRow("grouping, two decimals") << QStringLiteral("1,234,567.89") << qint64(123456789);
    QTest::newRow("full-width digits") << QStringLiteral("１２５００") << qint64(1250000);
    QTest::newRow("full-width comma and dot")
        << QStringLiteral("１２，５００．５") << qint64(1250050);
    QTest::newRow("surrounding spaces") << QStringLiteral(" 3.14 ") << qint64(314);
    QTest::newRow("negative") << QStringLiteral("-7.05") << qint64(-705);
    QTest::newRow("explicit plus") << QStringLiteral("+2") << qint64(200);
    QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
    QTest::newRow("tenth") << QStringLiteral("0.1") << qint64(10);
    QTest::newRow("hundredth") << QStringLiteral("0.01") << qint64(1);
}

void TestMoney::parseAccepts()
{
    QFETCH(QString, text);
    QFETCH(qint64, cents);
    const auto m = Money::parse(text);
    QVERIFY2(m.has_value(), qPrintable(text));
    QCOMPARE(m->cents(), cents);
}

void TestMoney::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("three decimals") << QStringLiteral("1.234");
    QTest::newRow("letters") << QStringLiteral("abc");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
    QTest::newRow("two dots") << QStringLiteral("1.2.3");
    QTest::newRow("trailing letter") << QStringLiteral("12a");
    QTest::newRow("exponent") << QStringLiteral("1e5");
    QTest::newRow("sign only") << QStringLiteral("-");
    QTest::newRow("dot only") << QStringLiteral(".");
    QTest::newRow("unit suffix") << QStringLiteral("12500万元");
    // Digits of other scripts are digits to QChar::isDigit but not amounts anyone types here.
    QTest::newRow("arabic-indic digits") << QStringLiteral("١٢");
}

void TestMoney::parseRejects()
{
    QFETCH(QString, text);
    const auto m = Money::parse(text);
    QVERIFY2(!m.has_value(),
        qPrintable(QStringLiteral("accepted “%1” as %2").arg(text, m ? m->toString() : QString())));
}

void TestMoney::toStrings_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("plain");
    QTest::addColumn<QString>("display");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0.00") << QStringLiteral("0.00");
    QTest::newRow("cents only") << qint64(5) << QStringLiteral("0.05") << QStringLiteral("0.05");
    QTest::newRow("negative cents")
        << qint64(-5) << QStringLiteral("-0.05") << QStringLiteral("-0.05");
    QTest::newRow("three digits") << qint64(99999) << QStringLiteral("999.99")
                                  << QStringLiteral("999.99");
    QTest::newRow("four digits") << qint64(100000) << QStringLiteral("1000.00")
                                 << QStringLiteral("1,000.00");
    QTest::newRow("12500.5") << qint64(1250050) << QStringLiteral("12500.50")
                             << QStringLiteral("12,500.50");
    QTest::newRow("millions") << qint64(123456789) << QStringLiteral("1234567.89")
                              << QStringLiteral("1,234,567.89");
    QTest::newRow("negative millions")
        << qint64(-123456789) << QStringLiteral("-1234567.89") << QStringLiteral("-1,234,567.89");
}

void TestMoney::toStrings()
{
    QFETCH(qint64, cents);
    QFETCH(QString, plain);
    QFETCH(QString, display);
    const Money m = Money::fromCents(cents);
    QCOMPARE(m.toString(), plain);
    QCOMPARE(m.toDisplayString(), display);
}

void TestMoney::displayStringParsesBack()
{
    for (qint64 c : { qint64(0), qint64(1), qint64(-1), qint64(100000), qint64(1250050),
             qint64(-98765432101) }) {
        const Money m = Money::fromCents(c);
        QCOMPARE(Money::parse(m.toDisplayString())->cents(), c);
        QCOMPARE(Money::parse(m.toString())->cents(), c);
    }
}

void TestMoney::summingIsExact()
{
    const Money tenth = *Money::parse(QStringLiteral("0.10"));
    Money sum;
    double doubleSum = 0;
    for (int i = 0; i < 10000; ++i) {
        sum += tenth;
        doubleSum += 0.10;
    }
    QCOMPARE(sum.cents(), qint64(100000));
    QCOMPARE(sum, *Money::parse(QStringLiteral("1000.00")));
    QCOMPARE(sum.toString(), QStringLiteral("1000.00"));
    // The drift Money exists to avoid: without it the total would not be 1000.
    QVERIFY(doubleSum != 1000.0);
}

void TestMoney::fromDoubleRounds_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("exact") << 12500.5 << qint64(1250050);
    QTest::newRow("integer") << 3.0 << qint64(300);
    QTest::newRow("half up (binary exact)") << 0.125 << qint64(13);
    QTest::newRow("half away from zero, negative") << -0.125 << qint64(-13);
    QTest::newRow("below half") << 1234.5649 << qint64(123456);
    QTest::newRow("above half") << 1234.5651 << qint64(123457);
    QTest::newRow("0.1 + 0.2") << (0.1 + 0.2) << qint64(30);
    QTest::newRow("tiny") << 0.004 << qint64(0);
    QTest::newRow("large") << 98765432.1 << qint64(9876543210);
}

void TestMoney::fromDoubleRounds()
{
    QFETCH(double, value);
    QFETCH(qint64, cents);
    QCOMPARE(Money::fromDouble(value).cents(), cents);
}

void TestMoney::fromDoubleDecimalHalves()
{
    // A cell showing 0.285 holds the nearest double, 0.28499999999999998; 0.285 * 100 is
    // 28.499999999999996. Excel's and LibreOffice's ROUND(0.285, 2) give 0.29: what the office
    // typed is a decimal half, and the header promises half away from zero.
    QCOMPARE(Money::fromDouble(0.285).cents(), qint64(29));
    QCOMPARE(Money::fromDouble(1.005).cents(), qint64(101));
    QCOMPARE(Money::fromDouble(2.675).cents(), qint64(268)); // 267.5 exactly after * 100
}

// fromDouble rounds most values without formatting them: it must give exactly what rounding
// the ten-decimal text gives, for whole amounts, amounts in hundredths, half cents and noise.
void TestMoney::fromDoubleAsTenDecimals()
{
    const auto byText = [](double value) {
        const QString s = QString::number(value < 0 ? -value : value, 'f', 10);
        const qsizetype dot = s.indexOf(u'.');
        qint64 cents = s.left(dot).toLongLong() * 100 + s.mid(dot + 1, 2).toLongLong();
        if (s.at(dot + 3) >= u'5')
            ++cents;
        return value < 0 ? -cents : cents;
    };
    QRandomGenerator g(42);
    for (int i = 0; i < 200000; ++i) {
        const qint64 n = qint64(g.bounded(200000000)) - 100000000;
        double v = 0;
        switch (i % 6) {
        case 0: v = double(n); break;
        case 1: v = double(n) / 100; break;
        case 2: v = double(n) / 1000; break; // half cents: 0.285, 1.005
        case 3: v = (double(n) + 0.5) / 100 + (g.generateDouble() - 0.5) * 1e-9; break;
        case 4: v = g.generateDouble() * 1e6; break;
        default: v = double(n) * 10 + double(g.bounded(1000)) / 1000 * (g.bounded(2) ? 1 : -1); break;
        }
        QCOMPARE(Money::fromDouble(v).cents(), byText(v));
    }
    for (double v : { 0.0, -0.0, 0.005, 0.015, 0.285, 1.005, 2.675, 999999999.995, 1e9, 1e9 + 0.005, 12345678901.235 })
        QCOMPARE(Money::fromDouble(v).cents(), byText(v));
}

void TestMoney::comparisons()
{
    const Money a = Money::fromCents(100);
    const Money b = Money::fromCents(250);
    QVERIFY(a < b && a <= b && b > a && b >= a && a != b);
    QCOMPARE((a + b).cents(), qint64(350));
    QCOMPARE((a - b).cents(), qint64(-150));
    QCOMPARE(Money().cents(), qint64(0));
    QCOMPARE(Money::parse(QStringLiteral("2.5"))->toDouble(), 2.5);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "test_money.moc"
