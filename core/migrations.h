#pragma once

#include <QString>
#include <QStringList>

#include <vector>

class QSqlDatabase;

namespace tz {

// PRAGMA application_id of every ledger file: "TZLG" in ASCII.
constexpr int LedgerApplicationId = 0x545A4C47;

struct Migration
{
    int toVersion;
    QStringList statements;
};

// The ordered steps from an empty file to the current schema. A step once released is never
// edited: a change to the schema is a new step.
const std::vector<Migration> &migrations();
int currentSchemaVersion();

// Runs every step above the file's user_version, each in its own transaction; a failing step
// rolls back and leaves the file at the previous version. Returns an error message or empty.
QString migrate(QSqlDatabase &db, const std::vector<Migration> &steps = migrations());

} // namespace tz
