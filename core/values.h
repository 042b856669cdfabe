#pragma once

#include "schema.h"

#include <QDate>
#include <QVariant>

namespace tz {

// One stored row in storage form: an id and one value per column of its EntityDef. NULL is
// an invalid QVariant; Money, Decimal, Integer and Ref are qint64; the rest are QString.
struct Row
{
    qint64 id = 0;
    QVariantList values;

    const QVariant &value(int column) const { return values.at(column); }
    QString text(int column) const { return values.at(column).toString(); }
    qint64 integer(int column) const { return values.at(column).toLongLong(); }
    bool isNull(int column) const { return !values.at(column).isValid() || values.at(column).isNull(); }
};

// A row with every column NULL, the Choice columns at their first choice.
Row emptyRow(Entity e);

// Converts what a user, a file or a caller gives (QString in any accepted spelling, QDate,
// Money, a double in 万元, or an integer already in storage form — hundredths for money) into
// the storage form of the column. Returns an invalid QVariant for an
// empty value, and sets *error (translated) when the value cannot be taken.
// Longest text a Text column (names, units, titles) and a LongText column (notes) accept.
constexpr int MaxTextLength = 500;
constexpr int MaxLongTextLength = 32767;

QVariant toStorage(const ColumnDef &column, const QVariant &input, QString *error);

// The text a person reads: dates as 2023-05-01, amounts as 12,500.00.
QString displayText(const ColumnDef &column, const QVariant &stored);
// The text the change history and exports keep: plain, unambiguous.
QString plainText(const ColumnDef &column, const QVariant &stored);

QDate storedDate(const QVariant &stored);
QString dateToStorage(QDate date);

} // namespace tz
