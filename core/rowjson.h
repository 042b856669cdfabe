#pragma once

#include "values.h"

#include <QByteArray>

namespace tz {

// A row's values as the change history keeps them: a compact JSON object of the non-empty
// columns' plain text, keys in sorted order, exactly as QJsonDocument would write it. Written by
// hand because an import records one per new row, and building a QJsonObject (CBOR underneath)
// for each cost more than inserting the row.
QString rowJson(Entity e, const Row &row);

// A row's JSON (rowJson's) as a person reads it in the history: "项目名称：…；总投资：12,500.00",
// labels instead of keys, the columns in their form order, amounts grouped; references to other
// rows (ids) are left out, the history names the row already. Anything that is not such an
// object comes back as it was.
QString rowJsonSummary(Entity e, const QString &json);

// The same JSON as UTF-8, appended to out: the history stores UTF-8, and an import builds
// it straight into the buffer it binds, without a QString or an allocation per row.
void appendRowJson(QByteArray *out, Entity e, const Row &row);

} // namespace tz
