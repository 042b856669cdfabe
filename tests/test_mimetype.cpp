// The ledger MIME type of packaging/taizhang-mime.xml as a desktop sees it: the XML is compiled
// by update-mime-database, as the package's trigger does, and Qt's QMimeDatabase, which reads
// the same shared-mime-info database as file managers, must know a ledger by its extension and
// by its content (the application_id in the SQLite header), and must not take other SQLite
// files for ledgers.

#include "ledger.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString LedgerType = QStringLiteral("application/x-taizhang-ledger");
}

class TestMimeType : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(path(QStringLiteral("share/mime/packages"))));
        // One database with the standard types and ours, as the package's trigger builds
        // /usr/share/mime. (Qt 6.4 lets a later database directory override an earlier one's
        // better magic match, so two separate directories would not model the installed system.)
        QVERIFY(QFile::copy(QStringLiteral(TZ_MIME_XML), path(QStringLiteral("share/mime/packages/taizhang.xml"))));
        QVERIFY(QFile::copy(QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml"),
                            path(QStringLiteral("share/mime/packages/freedesktop.org.xml"))));
        qputenv("XDG_DATA_DIRS", path(QStringLiteral("share")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", path(QStringLiteral("home")).toLocal8Bit());
        QProcess update;
        update.start(QStringLiteral("update-mime-database"), { path(QStringLiteral("share/mime")) });
        QVERIFY2(update.waitForFinished(60000), "update-mime-database did not run");
        const QByteArray errors = update.readAllStandardError();
        QVERIFY2(update.exitCode() == 0 && errors.isEmpty(), errors.constData());
        QVERIFY(QFile::exists(path(QStringLiteral("share/mime/mime.cache"))));

        QString error;
        QVERIFY2(tz::Ledger::create(path(QStringLiteral("city.tzdb")), &error), qPrintable(error));
        QVERIFY(QFile::copy(path(QStringLiteral("city.tzdb")), path(QStringLiteral("renamed.dat"))));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
            db.setDatabaseName(path(QStringLiteral("plain.dat")));
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t(x)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("plain"));
    }

    void typeIsKnown()
    {
        const QMimeType type = QMimeDatabase().mimeTypeForName(LedgerType);
        QVERIFY(type.isValid());
        QVERIFY(type.inherits(QStringLiteral("application/vnd.sqlite3")));
        QCOMPARE(type.globPatterns(), QStringList { QStringLiteral("*.tzdb") });
        QCOMPARE(type.iconName(), QStringLiteral("application-x-taizhang-ledger"));
    }

    void ledgerByName()
    {
        QCOMPARE(QMimeDatabase().mimeTypeForFile(QStringLiteral("/nowhere/区县台账.tzdb"), QMimeDatabase::MatchExtension).name(),
                 LedgerType);
    }

    void ledgerByContent()
    {
        QCOMPARE(QMimeDatabase().mimeTypeForFile(path(QStringLiteral("city.tzdb")), QMimeDatabase::MatchContent).name(),
                 LedgerType);
        // Renamed, or received as a mail attachment without its extension: still a ledger.
        QCOMPARE(QMimeDatabase().mimeTypeForFile(path(QStringLiteral("renamed.dat"))).name(), LedgerType);
    }

    void otherSqliteIsNotALedger()
    {
        QCOMPARE(QMimeDatabase().mimeTypeForFile(path(QStringLiteral("plain.dat"))).name(),
                 QStringLiteral("application/vnd.sqlite3"));
    }
};

QTEST_GUILESS_MAIN(TestMimeType)
#include "test_mimetype.moc"
