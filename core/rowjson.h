#pragma once

#include "values.h"

#include <QByteArray>

namespace tz {

// A row's values as the change history keeps them: a compact JSON object of the non-empty
// columns' plain text, keys in sorted order, exactly as QJsonDocument would write it. Written by
// hand because an import records one per new row, and building a QJsonObject (CBOR underneath)
// for each cost more than inserting the row.
QString rowJson(Entity e, const Row &row);

// The same JSON as UTF-8, appended to out: the history stores UTF-8, and an import builds
// it straight into the buffer it binds, without a QString or an allocation per row.
void appendRowJson(QByteArray *out, Entity e, const Row &row);

} // namespace tz
