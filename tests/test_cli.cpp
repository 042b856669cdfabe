// The command-line contract of taizhang-cli: output, exit codes, files left untouched.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

const QStringList kToday = { QStringLiteral("--today"), QStringLiteral("2026-06-15") };

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Runs SQL on a file through a connection of its own, closed before returning.
QVariant sql(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("test-cli-sql");
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            for (const QString &s : statements) {
                if (!q.exec(s))
                    qWarning("SQL failed: %s", qPrintable(s));
                if (q.isSelect() && q.next())
                    result = q.value(0);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    Run run(const QStringList &args) const
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TAIZHANG_LANG"), QStringLiteral("zh_CN"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TZ_CLI_PATH), args);
        Run r;
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
            return r;
        r.code = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    // A demo ledger made through the command line itself.
    QString demo(const QString &name, int projects = 50, int seed = 7) const
    {
        const QString file = path(name);
        if (!QFile::exists(file)) {
            const Run r = run(QStringList { QStringLiteral("new"), file, QStringLiteral("--demo"),
                                            QString::number(projects), QStringLiteral("--seed"),
                                            QString::number(seed) } + kToday);
            if (r.code != 0)
                qWarning("new failed: %s", r.err.constData());
        }
        return file;
    }

    QByteArray exportJson(const QString &ledger, const QString &out) const
    {
        const Run r = run(QStringList { QStringLiteral("export"), ledger, path(out) } + kToday);
        return r.code == 0 ? readAll(path(out)) : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(QStringLiteral(TZ_CLI_PATH)), TZ_CLI_PATH);
    }

    void versionAndHelp()
    {
        Run r = run({ QStringLiteral("--version") });
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("taizhang-cli " TZ_VERSION "\n"));

        r = run({ QStringLiteral("--help") });
        QCOMPARE(r.code, 0);
        const QString help = QString::fromUtf8(r.out);
        QVERIFY2(help.contains(QStringLiteral("用法")), r.out.constData());
        for (const char *cmd : { "new", "check", "stats", "export" })
            QVERIFY2(help.contains(QLatin1String(cmd)), cmd);
        QVERIFY(help.contains(QStringLiteral("退出码")));
    }

    void usageErrors()
    {
        Run r = run({});
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.isEmpty());

        r = run({ QStringLiteral("frobnicate"), path(QStringLiteral("u.tzdb")) });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QVERIFY(QString::fromUtf8(r.err).contains(QStringLiteral("frobnicate")));
        QVERIFY(!QFile::exists(path(QStringLiteral("u.tzdb"))));

        r = run({ QStringLiteral("--no-such-option") });
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());

        r = run({ QStringLiteral("new"), path(QStringLiteral("bad.tzdb")), QStringLiteral("--demo"),
                  QStringLiteral("abc") });
        QCOMPARE(r.code, 2);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!QFile::exists(path(QStringLiteral("bad.tzdb"))));

        r = run({ QStringLiteral("export"), demo(QStringLiteral("usage.tzdb"), 3) });
        QCOMPARE(r.code, 2); // no output file named
    }

    void newRefusesToOverwrite()
    {
        const QString file = path(QStringLiteral("x.tzdb"));
        Run r = run(QStringList { QStringLiteral("new"), file } + kToday);
        QCOMPARE(r.code, 0);
        QVERIFY(QFile::exists(file));
        QVERIFY(readAll(file).startsWith("SQLite format 3"));
        const QByteArray before = readAll(file);

        r = run(QStringList { QStringLiteral("new"), file, QStringLiteral("--demo"), QStringLiteral("5") } + kToday);
        QCOMPARE(r.code, 3);
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(readAll(file), before);
    }

    void demoIsDeterministic()
    {
        const QByteArray a = exportJson(demo(QStringLiteral("a.tzdb"), 50, 7), QStringLiteral("a.json"));
        const QByteArray b = exportJson(demo(QStringLiteral("b.tzdb"), 50, 7), QStringLiteral("b.json"));
        const QByteArray c = exportJson(demo(QStringLiteral("c.tzdb"), 50, 8), QStringLiteral("c.json"));
        QVERIFY(!a.isEmpty());
        QCOMPARE(a, b);
        QVERIFY(a != c);
        QCOMPARE(QJsonDocument::fromJson(a)[QStringLiteral("projects")].toArray().size(), 50);
    }

    void checkHealthyDemo()
    {
        const QString file = demo(QStringLiteral("healthy.tzdb"));
        const QByteArray before = readAll(file);
        const Run r = run(QStringList { QStringLiteral("check"), file } + kToday);
        QVERIFY2(r.code == 0, r.out.constData());
        QVERIFY(!r.out.isEmpty());
        QCOMPARE(readAll(file), before); // check is read-only
    }

    void checkRefusesForeignFiles()
    {
        const QString text = path(QStringLiteral("notes.txt"));
        {
            QFile f(text);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("项目编号,项目名称\nKJ-1,测试\n");
        }
        const QByteArray textBytes = readAll(text);
        Run r = run(QStringList { QStringLiteral("check"), text } + kToday);
        QCOMPARE(r.code, 3);
        QVERIFY(QString::fromUtf8(r.err).contains(QStringLiteral("notes.txt")));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(readAll(text), textBytes);

        const QString foreign = path(QStringLiteral("foreign.sqlite"));
        sql(foreign, { QStringLiteral("CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT)"),
                       QStringLiteral("INSERT INTO things (name) VALUES ('a')") });
        const QByteArray foreignBytes = readAll(foreign);
        QVERIFY(foreignBytes.startsWith("SQLite format 3"));
        r = run(QStringList { QStringLiteral("check"), foreign } + kToday);
        QCOMPARE(r.code, 3);
        QVERIFY(QString::fromUtf8(r.err).contains(QStringLiteral("foreign.sqlite")));
        QCOMPARE(readAll(foreign), foreignBytes);
        QVERIFY(!QFile::exists(foreign + QStringLiteral("-journal")));

        r = run(QStringList { QStringLiteral("check"), path(QStringLiteral("missing.tzdb")) } + kToday);
        QCOMPARE(r.code, 3);
        QVERIFY(!QFile::exists(path(QStringLiteral("missing.tzdb"))));
    }

    void checkFindsCorruptValues()
    {
        const QString file = path(QStringLiteral("corrupt.tzdb"));
        QVERIFY(QFile::copy(demo(QStringLiteral("healthy.tzdb")), file));
        const QString code = sql(file, { QStringLiteral("SELECT code FROM projects ORDER BY id LIMIT 1 OFFSET 2") }).toString();
        const QString mcode = sql(file, { QStringLiteral("SELECT p.code FROM milestones m JOIN projects p ON p.id = m.project_id "
                                                         "ORDER BY m.id DESC LIMIT 1") }).toString();
        QVERIFY(!code.isEmpty() && !mcode.isEmpty() && code != mcode);
        sql(file, { QStringLiteral("UPDATE projects SET total_investment = -5 WHERE code = '%1'").arg(code),
                    QStringLiteral("UPDATE milestones SET planned_date = '2026-13-45' WHERE id = (SELECT MAX(id) FROM milestones)") });

        const Run r = run(QStringList { QStringLiteral("check"), file } + kToday);
        QCOMPARE(r.code, 1);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(code), r.out.constData());
        QVERIFY2(out.contains(mcode), r.out.constData());
        QVERIFY(out.contains(QStringLiteral("2026-13-45")));
        QVERIFY(!r.err.isEmpty());
    }

    void statsJson()
    {
        const QString file = demo(QStringLiteral("healthy.tzdb"));
        const Run r = run(QStringList { QStringLiteral("stats"), file, QStringLiteral("--json") } + kToday);
        QCOMPARE(r.code, 0);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        for (const char *key : { "counts", "projects_by_light", "projects_by_unit", "projects_by_leader",
                                 "projects_by_phase" })
            QVERIFY2(o.value(QLatin1String(key)).isObject(), key);
        const int projects = o[QStringLiteral("counts")][QStringLiteral("projects")].toInt();
        QCOMPARE(projects, 50);
        const QJsonObject lights = o[QStringLiteral("projects_by_light")].toObject();
        const QStringList lightKeys = lights.keys();
        QCOMPARE(QSet<QString>(lightKeys.begin(), lightKeys.end()),
                 (QSet<QString> { QStringLiteral("red"), QStringLiteral("yellow"), QStringLiteral("green") }));
        int sum = 0;
        for (const auto &v : lights)
            sum += v.toInt();
        QCOMPARE(sum, projects);
        for (const char *key : { "projects_by_unit", "projects_by_leader", "projects_by_phase" }) {
            int total = 0;
            for (const auto &v : o[QLatin1String(key)].toObject())
                total += v.toInt();
            QCOMPARE(total, projects);
        }
        QCOMPARE(qint64(o[QStringLiteral("counts")][QStringLiteral("milestones")].toInteger()),
                 sql(file, { QStringLiteral("SELECT COUNT(*) FROM milestones") }).toLongLong());
    }

    void exportContract()
    {
        const QString file = demo(QStringLiteral("healthy.tzdb"));
        const QByteArray json = exportJson(file, QStringLiteral("export.json"));
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(json, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(root[QStringLiteral("projects")].isArray());
        QVERIFY(root[QStringLiteral("leaders")].isArray());
        QVERIFY(root[QStringLiteral("units")].isArray());
        QVERIFY(!root[QStringLiteral("leaders")].toArray().isEmpty());

        const auto isDateOrNull = [](const QJsonValue &v) {
            return v.isNull() || (v.isString() && v.toString().size() == 10
                                  && QDate::fromString(v.toString(), Qt::ISODate).isValid());
        };
        const QSet<QString> lights = { QStringLiteral("red"), QStringLiteral("yellow"), QStringLiteral("green") };
        const QSet<QString> kinds = { QStringLiteral("资金"), QStringLiteral("土地"), QStringLiteral("用工"),
                                      QStringLiteral("环评"), QStringLiteral("其他") };
        qint64 cents = 0;
        int requirements = 0;
        const QJsonArray projects = root[QStringLiteral("projects")].toArray();
        QCOMPARE(projects.size(), 50);
        for (const QJsonValue &pv : projects) {
            const QJsonObject p = pv.toObject();
            for (const char *key : { "code", "name", "category", "owner", "unit", "leader", "leader_title", "phase" })
                QVERIFY2(p.value(QLatin1String(key)).isString(), key);
            for (const char *key : { "total_investment", "planned_investment", "completed_investment" })
                QVERIFY2(p.value(QLatin1String(key)).isDouble(), key);
            QVERIFY(isDateOrNull(p[QStringLiteral("start_date")]));
            QVERIFY(isDateOrNull(p[QStringLiteral("planned_end_date")]));
            QVERIFY2(lights.contains(p[QStringLiteral("light")].toString()), qPrintable(p[QStringLiteral("light")].toString()));
            QVERIFY(p[QStringLiteral("progress")].isArray());
            QVERIFY(p[QStringLiteral("supervision")].isArray());
            const QJsonArray milestones = p[QStringLiteral("milestones")].toArray();
            QVERIFY(!milestones.isEmpty());
            for (const QJsonValue &mv : milestones) {
                const QJsonObject m = mv.toObject();
                QVERIFY(m[QStringLiteral("title")].isString());
                QVERIFY(m[QStringLiteral("planned_date")].isString() && isDateOrNull(m[QStringLiteral("planned_date")]));
                QVERIFY(isDateOrNull(m[QStringLiteral("actual_date")]));
                QVERIFY(m[QStringLiteral("state")].isString() && !m[QStringLiteral("state")].toString().isEmpty());
            }
            for (const QJsonValue &rv : p[QStringLiteral("requirements")].toArray()) {
                const QJsonObject r = rv.toObject();
                ++requirements;
                QVERIFY2(kinds.contains(r[QStringLiteral("kind")].toString()), qPrintable(r[QStringLiteral("kind")].toString()));
                for (const char *key : { "description", "quantity", "measure", "department", "deadline", "status" })
                    QVERIFY2(r.contains(QLatin1String(key)), key);
                QVERIFY(r[QStringLiteral("quantity")].isDouble());
                QVERIFY(isDateOrNull(r[QStringLiteral("deadline")]));
                QVERIFY(!r[QStringLiteral("status")].toString().isEmpty());
            }
            cents += qRound64(p[QStringLiteral("total_investment")].toDouble() * 100);
        }
        QCOMPARE(qint64(requirements), sql(file, { QStringLiteral("SELECT COUNT(*) FROM requirements") }).toLongLong());
        QCOMPARE(cents, sql(file, { QStringLiteral("SELECT SUM(total_investment) FROM projects") }).toLongLong());
    }

    void exportToUnwritablePath()
    {
        const QString file = demo(QStringLiteral("healthy.tzdb"));
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("adir")));
        Run r = run(QStringList { QStringLiteral("export"), file, path(QStringLiteral("adir")) } + kToday);
        QCOMPARE(r.code, 3);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(QFileInfo(path(QStringLiteral("adir"))).isDir());

        r = run(QStringList { QStringLiteral("export"), file, QStringLiteral("/proc/x.json") } + kToday);
        QCOMPARE(r.code, 3);
        QVERIFY(!r.err.isEmpty());

        r = run(QStringList { QStringLiteral("export"), path(QStringLiteral("nothere.tzdb")),
                              path(QStringLiteral("n.json")) } + kToday);
        QCOMPARE(r.code, 3);
        QVERIFY(!QFile::exists(path(QStringLiteral("n.json"))));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
