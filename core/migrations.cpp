#include "migrations.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tz {

namespace {

// Standard SQL types and constraints only, so that the same statements serve PostgreSQL
// (with INTEGER PRIMARY KEY spelled as an identity column there).
QStringList version1()
{
    return {
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)"),
        QStringLiteral("CREATE TABLE units (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
                       " kind TEXT NOT NULL, contact TEXT, phone TEXT)"),
        QStringLiteral("CREATE TABLE leaders (id INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                       " title TEXT, organisation TEXT, phone TEXT)"),
        QStringLiteral("CREATE TABLE categories (id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE)"),
        QStringLiteral("CREATE TABLE phases (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
                       " started INTEGER)"),
        QStringLiteral("CREATE TABLE requirement_kinds (id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE)"),
        QStringLiteral(
                "CREATE TABLE projects (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE,"
                " name TEXT NOT NULL, category_id INTEGER REFERENCES categories(id),"
                " owner TEXT, content TEXT, location TEXT, total_investment INTEGER,"
                " planned_investment INTEGER, completed_investment INTEGER, start_date TEXT,"
                " planned_end_date TEXT, phase_id INTEGER REFERENCES phases(id),"
                " unit_id INTEGER REFERENCES units(id), leader_id INTEGER REFERENCES leaders(id),"
                " contact TEXT, contact_phone TEXT, annual_goal TEXT, notes TEXT,"
                " light_override TEXT, light_override_reason TEXT)"),
        QStringLiteral("CREATE TABLE milestones (id INTEGER PRIMARY KEY,"
                       " project_id INTEGER NOT NULL REFERENCES projects(id),"
                       " title TEXT NOT NULL, planned_date TEXT NOT NULL, actual_date TEXT,"
                       " responsible TEXT, notes TEXT)"),
        QStringLiteral("CREATE TABLE requirements (id INTEGER PRIMARY KEY,"
                       " project_id INTEGER NOT NULL REFERENCES projects(id),"
                       " kind_id INTEGER NOT NULL REFERENCES requirement_kinds(id),"
                       " description TEXT NOT NULL, quantity INTEGER, measure TEXT,"
                       " department TEXT, deadline TEXT, status TEXT NOT NULL,"
                       " resolution TEXT, resolved_date TEXT)"),
        QStringLiteral("CREATE TABLE progress_reports (id INTEGER PRIMARY KEY,"
                       " project_id INTEGER NOT NULL REFERENCES projects(id),"
                       " period TEXT NOT NULL, completed_to_date INTEGER, progress TEXT,"
                       " problems TEXT, coordination TEXT, next_steps TEXT, percent INTEGER)"),
        QStringLiteral("CREATE TABLE investment_plans (id INTEGER PRIMARY KEY,"
                       " project_id INTEGER NOT NULL REFERENCES projects(id),"
                       " year INTEGER NOT NULL, month INTEGER NOT NULL,"
                       " cumulative_plan INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE supervisions (id INTEGER PRIMARY KEY,"
                       " project_id INTEGER NOT NULL REFERENCES projects(id),"
                       " visit_date TEXT NOT NULL, kind TEXT NOT NULL, inspectors TEXT,"
                       " findings TEXT, rectification TEXT, rectification_deadline TEXT,"
                       " status TEXT NOT NULL, accountability TEXT, rectified_date TEXT)"),
        QStringLiteral("CREATE TABLE duban_items (id INTEGER PRIMARY KEY,"
                       " number TEXT NOT NULL UNIQUE,"
                       " project_id INTEGER REFERENCES projects(id),"
                       " supervision_id INTEGER REFERENCES supervisions(id), source TEXT,"
                       " demand TEXT NOT NULL, lead_unit_id INTEGER REFERENCES units(id),"
                       " helper_units TEXT, deadline TEXT, status TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE duban_steps (id INTEGER PRIMARY KEY,"
                       " duban_id INTEGER NOT NULL REFERENCES duban_items(id),"
                       " step TEXT NOT NULL, step_date TEXT NOT NULL, new_deadline TEXT,"
                       " note TEXT)"),
        QStringLiteral("CREATE TABLE change_log (id INTEGER PRIMARY KEY,"
                       " changed_at TEXT NOT NULL, user_name TEXT NOT NULL,"
                       " action TEXT NOT NULL, entity TEXT NOT NULL, row_id INTEGER NOT NULL,"
                       " project_id INTEGER, row_label TEXT, field TEXT, old_value TEXT,"
                       " new_value TEXT)"),
        QStringLiteral("CREATE INDEX milestones_project ON milestones(project_id)"),
        QStringLiteral("CREATE INDEX requirements_project ON requirements(project_id)"),
        QStringLiteral("CREATE INDEX progress_project ON progress_reports(project_id, period)"),
        QStringLiteral("CREATE INDEX plans_project ON investment_plans(project_id, year, month)"),
        QStringLiteral("CREATE INDEX supervisions_project ON supervisions(project_id)"),
        QStringLiteral("CREATE INDEX duban_project ON duban_items(project_id)"),
        QStringLiteral("CREATE INDEX duban_steps_item ON duban_steps(duban_id)"),
        QStringLiteral("CREATE INDEX change_log_row ON change_log(entity, row_id)"),
        QStringLiteral("CREATE INDEX change_log_project ON change_log(project_id)"),
    };
}

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> steps = { { 1, version1() } };
    return steps;
}

int currentSchemaVersion()
{
    return migrations().back().toVersion;
}

QString migrate(QSqlDatabase &db, const std::vector<Migration> &steps)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return q.lastError().text();
    const int version = q.value(0).toInt();
    q.finish();
    for (const Migration &step : steps) {
        if (step.toVersion <= version)
            continue;
        if (!db.transaction())
            return db.lastError().text();
        for (const QString &sql : step.statements) {
            if (!q.exec(sql)) {
                const QString err = QStringLiteral("%1: %2").arg(sql, q.lastError().text());
                q.finish();
                db.rollback();
                return err;
            }
        }
        // PRAGMA user_version is transactional in SQLite, so it commits with the step.
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.toVersion))) {
            const QString err = q.lastError().text();
            db.rollback();
            return err;
        }
        if (!db.commit())
            return db.lastError().text();
    }
    return {};
}

} // namespace tz
