#include "changelog.h"
#include "ledger.h"
#include "migrations.h"
#include "rowjson.h"
#include "utf8.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>
#include <QUndoStack>

using namespace tz;

Q_DECLARE_METATYPE(tz::OpenError)

namespace {

// Everything about a file (and its folder) that opening it must not change.
struct FileState
{
    QByteArray bytes;
    QDateTime modified;
    QStringList folder;
    bool operator==(const FileState &o) const
    {
        return bytes == o.bytes && modified == o.modified && folder == o.folder;
    }
};

FileState stateOf(const QString &path)
{
    QFile f(path);
    FileState s;
    if (f.open(QIODevice::ReadOnly))
        s.bytes = f.readAll();
    s.modified = QFileInfo(path).lastModified();
    s.folder = QFileInfo(path).dir().entryList(QDir::Files | QDir::Hidden, QDir::Name);
    return s;
}

// Backdates the file so that any write, however quick, shows in its mtime.
void backdate(const QString &path)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.setFileTime(
        QDateTime(QDate(2020, 1, 2), QTime(3, 4, 5), Qt::UTC), QFileDevice::FileModificationTime));
}

// Runs statements on a plain connection that is none of Taizhang's.
void rawExec(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-") + QFileInfo(path).fileName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements)
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

int pragma(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), qint64(bytes.size()));
}

} // namespace

class TestStorage : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void createSetsIdAndVersion();
    void createRefusesExistingPath();
    void defaultDictionaries();
    void reopenOwnFile();
    void missingFile();
    void refusedFilesAreUntouched_data();
    void refusedFilesAreUntouched();
    void newerVersionIsUntouched();
    void readOnlyRefusesChanges();
    void migrateRollsBackFailingStep();
    void schemaMatchesMetadata();
    void foreignKeysAreOn();
    void saveCopyIsWholeAndSafe();
    void rowJsonAsQtWritesIt();
    void historyTimeAsQtWritesIt();
    void failedInsertLeavesStoreUsable();
    void insertStoresNullsAsQtSqlWould();
    void utf8AsQtWritesIt();
    void reusedInsertsRebindEveryRow();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const char *name) const { return m_dir->filePath(QString::fromLatin1(name)); }
};

void TestStorage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStorage::createSetsIdAndVersion()
{
    QString error;
    const auto ledger = Ledger::create(path("a.tzdb"), &error);
    QVERIFY2(ledger, qPrintable(error));
    QVERIFY(QFileInfo::exists(path("a.tzdb")));
    QCOMPARE(pragma(ledger->database(), QStringLiteral("application_id")), LedgerApplicationId);
    QCOMPARE(pragma(ledger->database(), QStringLiteral("user_version")), currentSchemaVersion());
    QVERIFY(!ledger->isReadOnly());
}

void TestStorage::createRefusesExistingPath()
{
    writeFile(path("exists.tzdb"), "keep me");
    QString error;
    QVERIFY(!Ledger::create(path("exists.tzdb"), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(stateOf(path("exists.tzdb")).bytes, QByteArray("keep me"));

    // Nor over a ledger.
    QVERIFY(Ledger::create(path("b.tzdb"), &error));
    const FileState before = stateOf(path("b.tzdb"));
    error.clear();
    QVERIFY(!Ledger::create(path("b.tzdb"), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(stateOf(path("b.tzdb")).bytes, before.bytes);
}

void TestStorage::defaultDictionaries()
{
    QString error;
    const auto ledger = Ledger::create(path("d.tzdb"), &error);
    QVERIFY2(ledger, qPrintable(error));
    const auto names = [&](Entity e) {
        QStringList out;
        for (const Row &r : ledger->rows(e))
            out << r.text(0);
        return out;
    };
    QCOMPARE(names(Entity::Category).size(), 5);
    QCOMPARE(names(Entity::Category), words::defaultCategories());
    QCOMPARE(names(Entity::Phase).size(), 6);
    QCOMPARE(names(Entity::Phase), words::defaultPhases());
    QCOMPARE(names(Entity::RequirementKind).size(), 5);
    QCOMPARE(names(Entity::RequirementKind), words::defaultRequirementKinds());
    // 谋划 and 前期 are before the start of construction; 在建 onwards are started.
    const auto phases = ledger->rows(Entity::Phase);
    const int started = columnIndex(Entity::Phase, QStringLiteral("started"));
    QCOMPARE(phases.at(1).integer(started), qint64(0));
    QCOMPARE(phases.at(2).integer(started), qint64(1));
    QCOMPARE(ledger->count(Entity::Project), qint64(0));
    QCOMPARE(ledger->setting(QStringLiteral("warning_days")), QStringLiteral("7"));
    QCOMPARE(ledger->lightSettings().lagRedPoints, 30);
}

void TestStorage::reopenOwnFile()
{
    QString error;
    qint64 unit = 0;
    {
        auto ledger = Ledger::create(path("r.tzdb"), &error);
        QVERIFY2(ledger, qPrintable(error));
        unit = ledger->addRow(Entity::Unit, { QStringLiteral("高新区") }, &error);
        QVERIFY2(unit > 0, qPrintable(error));
    }
    FileCheck check;
    const auto ledger = Ledger::open(path("r.tzdb"), false, &check);
    QVERIFY2(ledger, qPrintable(check.message));
    QCOMPARE(check.error, OpenError::None);
    QCOMPARE(check.schemaVersion, currentSchemaVersion());
    QCOMPARE(ledger->rowTitle(Entity::Unit, unit), QStringLiteral("高新区"));
}

void TestStorage::missingFile()
{
    FileCheck check;
    QVERIFY(!Ledger::open(path("nothing.tzdb"), false, &check));
    QCOMPARE(check.error, OpenError::NotFound);
    QVERIFY(!QFileInfo::exists(path("nothing.tzdb")));
}

void TestStorage::refusedFilesAreUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<OpenError>("expected");
    QTest::newRow("foreign sqlite") << QStringLiteral("foreign") << OpenError::ForeignDatabase;
    QTest::newRow("text file") << QStringLiteral("text") << OpenError::NotSQLite;
    QTest::newRow("empty file") << QStringLiteral("empty") << OpenError::NotSQLite;
    QTest::newRow("damaged sqlite") << QStringLiteral("damaged") << OpenError::Damaged;
}

void TestStorage::refusedFilesAreUntouched()
{
    QFETCH(QString, kind);
    QFETCH(OpenError, expected);
    const QString file = path("victim.db");
    if (kind == QStringLiteral("foreign"))
        rawExec(file,
            { QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"),
                QStringLiteral("INSERT INTO notes (body) VALUES ('hello')") });
    else if (kind == QStringLiteral("text"))
        writeFile(file, "项目编号,项目名称\nP-1,测试\n");
    else if (kind == QStringLiteral("empty"))
        writeFile(file, QByteArray());
    else
        writeFile(file, QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\x5a'));
    backdate(file);
    const FileState before = stateOf(file);

    for (bool readOnly : { false, true }) {
        FileCheck check;
        QVERIFY(!Ledger::open(file, readOnly, &check));
        QCOMPARE(check.error, expected);
        QVERIFY(!check.message.isEmpty());
        QVERIFY(stateOf(file) == before);
    }
    QCOMPARE(inspectLedgerFile(file).error, expected);
    QVERIFY(stateOf(file) == before);
}

void TestStorage::newerVersionIsUntouched()
{
    QString error;
    QVERIFY2(Ledger::create(path("new.tzdb"), &error), qPrintable(error));
    rawExec(path("new.tzdb"),
        { QStringLiteral("PRAGMA user_version = %1").arg(currentSchemaVersion() + 1) });
    backdate(path("new.tzdb"));
    const FileState before = stateOf(path("new.tzdb"));

    FileCheck check;
    QVERIFY(!Ledger::open(path("new.tzdb"), false, &check));
    QCOMPARE(check.error, OpenError::NewerVersion);
    QCOMPARE(check.schemaVersion, currentSchemaVersion() + 1);
    QVERIFY(stateOf(path("new.tzdb")) == before);
}

void TestStorage::readOnlyRefusesChanges()
{
    const QString file = path("ro.tzdb");
    QString error;
    qint64 unit = 0;
    {
        auto ledger = Ledger::create(file, &error);
        QVERIFY2(ledger, qPrintable(error));
        unit = ledger->addRow(Entity::Unit, { QStringLiteral("涧西区") }, &error);
        QVERIFY(unit > 0);
    }
    QVERIFY(QFile::setPermissions(
        file, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    backdate(file);
    const FileState before = stateOf(file);

    // As root permissions do not stop writes, so the file still looks writable: then the
    // caller's read-only request is what must hold.
    const bool permissionsBite = !QFileInfo(file).isWritable();
    FileCheck check;
    auto ledger = Ledger::open(file, !permissionsBite, &check);
    QVERIFY2(ledger, qPrintable(check.message));
    QVERIFY(ledger->isReadOnly());

    QVERIFY(!ledger->setField(Entity::Unit, unit, 0, QStringLiteral("洛龙区")).isEmpty());
    QVERIFY(ledger->addRow(Entity::Unit, { QStringLiteral("伊滨区") }, &error) == 0);
    QVERIFY(!error.isEmpty());
    QVERIFY(!ledger->removeRow(Entity::Unit, unit).isEmpty());
    QVERIFY(!ledger->setSetting(QStringLiteral("warning_days"), QStringLiteral("3")).isEmpty());
    QCOMPARE(ledger->undoStack()->count(), 0);
    QCOMPARE(ledger->rowTitle(Entity::Unit, unit), QStringLiteral("涧西区"));
    ledger.reset();
    QVERIFY(stateOf(file) == before);
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestStorage::migrateRollsBackFailingStep()
{
    const QString file = path("m.db");
    const QString name = QStringLiteral("migrate-test");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        const std::vector<Migration> broken = {
            { 1, { QStringLiteral("CREATE TABLE a (x INTEGER)") } },
            { 2,
                { QStringLiteral("CREATE TABLE b (y INTEGER)"),
                    QStringLiteral("INSERT INTO a VALUES (1)"),
                    QStringLiteral("THIS IS NOT SQL") } },
        };
        QVERIFY(!migrate(db, broken).isEmpty());
        QCOMPARE(pragma(db, QStringLiteral("user_version")), 1);
        QVERIFY(db.tables().contains(QStringLiteral("a")));
        QVERIFY(!db.tables().contains(QStringLiteral("b")));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM a")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q.finish();

        // Fixed, the same list carries on from version 1 without redoing step 1.
        const std::vector<Migration> fixed
            = { broken[0], { 2, { QStringLiteral("CREATE TABLE b (y INTEGER)") } } };
        QCOMPARE(migrate(db, fixed), QString());
        QCOMPARE(pragma(db, QStringLiteral("user_version")), 2);
        QVERIFY(db.tables().contains(QStringLiteral("b")));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestStorage::schemaMatchesMetadata()
{
    QString error;
    const auto ledger = Ledger::create(path("s.tzdb"), &error);
    QVERIFY2(ledger, qPrintable(error));
    for (Entity e : allEntities()) {
        QStringList expected { QStringLiteral("id") };
        for (const ColumnDef &c : entityDef(e).columns)
            expected << QString::fromLatin1(c.name);
        QStringList actual;
        QSqlQuery q(ledger->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(tableName(e))));
        while (q.next())
            actual << q.value(1).toString();
        expected.sort();
        actual.sort();
        QVERIFY2(actual == expected,
            qPrintable(tableName(e) + QStringLiteral(": table has ") + actual.join(u',')
                + QStringLiteral("; metadata says ") + expected.join(u',')));
    }
}

void TestStorage::foreignKeysAreOn()
{
    QString error;
    const auto ledger = Ledger::create(path("fk.tzdb"), &error);
    QVERIFY2(ledger, qPrintable(error));
    QCOMPARE(pragma(ledger->database(), QStringLiteral("foreign_keys")), 1);
    QSqlQuery q(ledger->database());
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO milestones (project_id, title, planned_date)"
                                   " VALUES (999, 'x', '2023-01-01')")));

    FileCheck check;
    const auto reopened = Ledger::open(path("fk.tzdb"), true, &check);
    QVERIFY2(reopened, qPrintable(check.message));
    QCOMPARE(pragma(reopened->database(), QStringLiteral("foreign_keys")), 1);
}

void TestStorage::saveCopyIsWholeAndSafe()
{
    QString error;
    auto ledger = tz::Ledger::create(path("a.tzdb"), &error);
    QVERIFY(ledger);
    QVERIFY(ledger->addRow(tz::Entity::Unit, { QStringLiteral("高新区"), QStringLiteral("区县") }, &error) > 0);
    QVERIFY(!ledger->saveCopy(path("a.tzdb")).isEmpty()); // not onto itself
    // An existing file under the target name is replaced whole.
    QFile old(path("b.tzdb"));
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old contents");
    old.close();
    QCOMPARE(ledger->saveCopy(path("b.tzdb")), QString());
    tz::FileCheck check;
    auto copy = tz::Ledger::open(path("b.tzdb"), true, &check);
    QVERIFY2(copy, qPrintable(check.message));
    QCOMPARE(copy->count(tz::Entity::Unit), qint64(1));
    QCOMPARE(copy->rows(tz::Entity::Unit).front().text(0), QStringLiteral("高新区"));
    // No temporary file is left beside it.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".tmp")).size(), 0);
    // A folder that does not exist: an error, nothing written.
    QVERIFY(!ledger->saveCopy(path("missing/c.tzdb")).isEmpty());
}

// The history's JSON of a row is written by hand; it must read back as QJsonDocument would have
// written it, byte for byte, whatever the text holds.
void TestStorage::rowJsonAsQtWritesIt()
{
    const QString tricky[] = {
        QStringLiteral("高新区“智能制造”产业园"), QStringLiteral("a\"b\\c/d"),
        QStringLiteral("第一行\n第二行\r\n\t缩进"), QString(QChar(0x01)) + QChar(0x1f) + QChar(0x7f),
        QStringLiteral("𠀀生僻字"), QString(), QStringLiteral("=SUM(A1)"),
    };
    for (const QString &text : tricky) {
        Row r = emptyRow(Entity::Project);
        r.id = 7;
        r.values[columnIndex(Entity::Project, QStringLiteral("name"))] = text;
        r.values[columnIndex(Entity::Project, QStringLiteral("notes"))] = text + QStringLiteral("备注");
        r.values[columnIndex(Entity::Project, QStringLiteral("total_investment"))] = qint64(-1234567);
        r.values[columnIndex(Entity::Project, QStringLiteral("start_date"))] = QStringLiteral("2023-03-31");
        QJsonObject o;
        const auto &cols = entityDef(Entity::Project).columns;
        for (size_t i = 0; i < cols.size(); ++i) {
            const QString v = plainText(cols[i], r.values.at(qsizetype(i)));
            if (!v.isEmpty())
                o.insert(QString::fromLatin1(cols[i].name), v);
        }
        QCOMPARE(rowJson(Entity::Project, r), QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    }
    QCOMPARE(rowJson(Entity::Unit, emptyRow(Entity::Unit)).left(1), QStringLiteral("{"));
}

// The time of a history entry is formatted by hand: it must be the text Qt writes, so that
// the filters (which compare text) and ChangeLog::read keep working.
void TestStorage::historyTimeAsQtWritesIt()
{
    QString error;
    auto ledger = Ledger::create(path("a.tzdb"), &error);
    QVERIFY2(ledger, qPrintable(error));
    ChangeLog log(ledger->database());
    const QDateTime times[] = {
        QDateTime(QDate(2023, 5, 1), QTime(8, 30, 0, 250), Qt::UTC),
        QDateTime(QDate(2024, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(2024, 1, 1), QTime(0, 0, 0, 5), QTimeZone("Asia/Shanghai")), // a local time
    };
    for (const QDateTime &at : times) {
        ChangeEntry e;
        e.at = at;
        e.user = QStringLiteral("张三");
        e.action = QStringLiteral("update");
        e.entity = QStringLiteral("projects");
        e.rowId = 1;
        QVERIFY2(log.append(e), qPrintable(log.lastError()));
        QSqlQuery q(ledger->database());
        QVERIFY(q.exec(QStringLiteral("SELECT changed_at FROM change_log ORDER BY id DESC LIMIT 1")) && q.next());
        QCOMPARE(q.value(0).toString(), at.toUTC().toString(Qt::ISODateWithMs));
        QCOMPARE(ChangeLog::read(ledger->database(), 0, 1).front().at, at.toUTC());
    }
}

// Inserts go through statements kept for reuse: one that fails (a unique name taken) reports
// why, and the next insert through the same statement works.
void TestStorage::failedInsertLeavesStoreUsable()
{
    QString error;
    auto ledger = Ledger::create(path("a.tzdb"), &error);
    QVERIFY2(ledger, qPrintable(error));
    Row unit = emptyRow(Entity::Unit);
    unit.values[0] = QStringLiteral("高新区");
    unit.values[1] = QStringLiteral("区县");
    QVERIFY(ledger->beginChange());
    QVERIFY(ledger->writeInsert(Entity::Unit, unit));
    QVERIFY(ledger->endChange(true));
    const qint64 first = unit.id;
    QVERIFY(first > 0);
    Row again = unit;
    again.id = first; // the same id again: the primary key refuses it
    QVERIFY(ledger->beginChange());
    QVERIFY(!ledger->writeInsert(Entity::Unit, again));
    QVERIFY(!ledger->lastError().isEmpty());
    QVERIFY(!ledger->endChange(false));
    QCOMPARE(ledger->count(Entity::Unit), qint64(1));
    Row other = emptyRow(Entity::Unit);
    other.values[0] = QStringLiteral("经开区");
    other.values[1] = QStringLiteral("区县");
    QVERIFY(ledger->beginChange());
    QVERIFY2(ledger->writeInsert(Entity::Unit, other), qPrintable(ledger->lastError()));
    QVERIFY(ledger->endChange(true));
    QCOMPARE(other.id, first + 1);
    QCOMPARE(ledger->count(Entity::Unit), qint64(2));
    QCOMPARE(ChangeLog::read(ledger->database(), 0, 1).front().rowLabel, QStringLiteral("经开区"));
}

void TestStorage::insertStoresNullsAsQtSqlWould()
{
    // Inserts bind straight to SQLite: a null string or an invalid date held in a QVariant must
    // still be NULL (as Qt's driver binds it), never '' — a unique code column takes any number
    // of NULLs but one ''. An empty, non-null string stays ''.
    QString error;
    auto ledger = Ledger::create(path("nulls.tzdb"), &error);
    QVERIFY2(ledger, qPrintable(error));
    const auto col = [](const char *name) { return columnIndex(Entity::Project, QString::fromLatin1(name)); };
    Row p = emptyRow(Entity::Project);
    p.values[col("code")] = QStringLiteral("KJ-NULL-1");
    p.values[col("name")] = QStringLiteral("空值项目");
    p.values[col("notes")] = QVariant(QString());
    p.values[col("start_date")] = QVariant(QDate());
    p.values[col("owner")] = QVariant(QStringLiteral(""));
    QVERIFY(ledger->beginChange());
    QVERIFY2(ledger->writeInsert(Entity::Project, p), qPrintable(ledger->lastError()));
    QVERIFY(ledger->endChange(true));
    QSqlQuery q(ledger->database());
    QVERIFY(q.exec(QStringLiteral("SELECT notes IS NULL, start_date IS NULL, owner IS NULL, owner = ''"
                                  " FROM projects WHERE id = %1").arg(p.id)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QCOMPARE(q.value(1).toInt(), 1);
    QCOMPARE(q.value(2).toInt(), 0);
    QCOMPARE(q.value(3).toInt(), 1);
    const auto back = ledger->row(Entity::Project, p.id);
    QVERIFY(back);
    QVERIFY(back->isNull(col("notes")));
    QVERIFY(back->isNull(col("start_date")));
}

namespace {

// Random text of the code units that matter to an encoder: ASCII, controls, quotes and
// backslashes, CJK, pairs for characters beyond the BMP, and lone surrogate halves.
QString randomText(QRandomGenerator &g)
{
    static const char16_t pool[] = { u'a', u'Z', u'0', u' ', u'"', u'\\', u'/', 0x01, 0x1f, u'\n',
                                     u'\t', 0x7f, 0xe9, 0x7ff, 0x800, u'高', u'新', 0xfffd, 0xffff,
                                     0xd840, 0xdc00, 0xdbff, 0xdfff };
    QString s;
    const int n = int(g.bounded(12));
    for (int i = 0; i < n; ++i) {
        const char16_t c = pool[g.bounded(int(std::size(pool)))];
        s += QChar(c);
        if (QChar::isHighSurrogate(c) && g.bounded(2))
            s += QChar(char16_t(0xdc00 + g.bounded(0x400))); // a valid pair, half the time
    }
    return s;
}

// The text with every lone surrogate as U+FFFD, as the history has always stored it.
QString loneAsReplacement(const QString &s)
{
    QString out;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            out += c;
            out += s.at(++i);
        } else {
            out += c.isSurrogate() ? QChar(QChar::ReplacementCharacter) : c;
        }
    }
    return out;
}

QString jsonOf(Entity e, const Row &r)
{
    QJsonObject o;
    const auto &cols = entityDef(e).columns;
    for (size_t i = 0; i < cols.size(); ++i) {
        const QString v = plainText(cols[i], r.values.at(qsizetype(i)));
        if (!v.isEmpty())
            o.insert(QString::fromLatin1(cols[i].name), loneAsReplacement(v));
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

// Texts are encoded by hand into buffers kept for reuse: the bytes must be QString::toUtf8's
// (what the file has always held), and a JSON string QJsonDocument's, whatever the text.
void TestStorage::utf8AsQtWritesIt()
{
    QRandomGenerator g(20261202);
    QByteArray reused;
    for (int round = 0; round < 20000; ++round) {
        const QString s = randomText(g);
        reused.resize(0);
        appendUtf8(&reused, s);
        QCOMPARE(reused, s.toUtf8());
        QByteArray json("[");
        appendJsonString(&json, s);
        json += ']';
        QCOMPARE(json, QJsonDocument(QJsonArray { loneAsReplacement(s) }).toJson(QJsonDocument::Compact));
    }
}

// One prepared insert per table, rebound for every row: a short text after a long one, a NULL
// after a text, an empty text after a NULL must each be stored as given, and each row's
// history entry must hold that row's JSON, never a value left from the row before.
void TestStorage::reusedInsertsRebindEveryRow()
{
    QString error;
    auto ledger = Ledger::create(path("reuse.tzdb"), &error);
    QVERIFY2(ledger, qPrintable(error));
    const auto col = [](const char *name) { return columnIndex(Entity::Project, QString::fromLatin1(name)); };
    QRandomGenerator g(7);
    const QVariant choices[] = { QVariant(), QVariant(QString()), QVariant(QStringLiteral("")),
                                 QVariant(QStringLiteral("短")), QVariant(QString(300, QChar(u'长'))),
                                 QVariant(QStringLiteral("a\"b\\c\n")) };
    std::vector<Row> written;
    QVERIFY(ledger->beginChange());
    for (int i = 0; i < 200; ++i) {
        Row p = emptyRow(Entity::Project);
        p.values[col("code")] = QStringLiteral("KJ-%1").arg(i);
        p.values[col("name")] = randomText(g) + QString::number(i);
        p.values[col("owner")] = choices[g.bounded(int(std::size(choices)))];
        p.values[col("notes")] = choices[g.bounded(int(std::size(choices)))];
        p.values[col("contact")] = randomText(g);
        p.values[col("total_investment")] = g.bounded(3) ? QVariant(qint64(g.bounded(2000000)) - 1000000) : QVariant();
        QVERIFY2(ledger->writeInsert(Entity::Project, p), qPrintable(ledger->lastError()));
        written.push_back(p);
    }
    QVERIFY(ledger->endChange(true));
    const auto history = ChangeLog::read(ledger->database()); // newest first
    QCOMPARE(history.size(), written.size());
    QSqlQuery q(ledger->database());
    for (size_t i = 0; i < written.size(); ++i) {
        const Row &p = written[i];
        for (const char *name : { "name", "owner", "notes", "contact", "total_investment" }) {
            const QVariant &given = p.values.at(col(name));
            const bool null = !given.isValid() || given.isNull() || (given.typeId() == QMetaType::QString && given.toString().isNull());
            // The bytes in the file, as QString::toUtf8 writes them (a lone surrogate as '?').
            QVERIFY(q.exec(QStringLiteral("SELECT %1 IS NULL, CAST(%1 AS BLOB) FROM projects WHERE id = %2")
                                   .arg(QString::fromLatin1(name))
                                   .arg(p.id)));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), int(null));
            if (!null)
                QCOMPARE(q.value(1).toByteArray(), given.toString().toUtf8());
        }
        QCOMPARE(history[written.size() - 1 - i].rowId, p.id);
        QVERIFY(q.exec(QStringLiteral("SELECT CAST(new_value AS BLOB) FROM change_log"
                                      " WHERE entity = 'projects' AND row_id = %1").arg(p.id)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toByteArray(), jsonOf(Entity::Project, p).toUtf8());
        QCOMPARE(rowJson(Entity::Project, p), jsonOf(Entity::Project, p));
    }
}

QTEST_GUILESS_MAIN(TestStorage)
#include "test_storage.moc"
