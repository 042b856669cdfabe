#include "values.h"

#include "money.h"

#include <QCoreApplication>

namespace tz {

Row emptyRow(Entity e)
{
    Row r;
    // Exactly sized: an import keeps tens of thousands of rows for its undo step, and a list
    // grown by appending carries up to half again its size in slack.
    r.values.reserve(qsizetype(entityDef(e).columns.size()));
    for (const ColumnDef &c : entityDef(e).columns)
        r.values.append(c.type == ColumnType::Choice && c.required ? QVariant(c.choices.value(0))
                                                                   : QVariant());
    return r;
}

QDate storedDate(const QVariant &stored)
{
    if (!stored.isValid() || stored.isNull())
        return {};
    const QString text = stored.toString();
    // Stored dates are yyyy-MM-dd (dateToStorage): read them directly; lights, exports and
    // sheets read tens of thousands, and QDate::fromString costs ten times as much.
    if (text.size() == 10 && text.at(4) == u'-' && text.at(7) == u'-') {
        int parts[3] = {};
        const int starts[3] = { 0, 5, 8 }, lengths[3] = { 4, 2, 2 };
        bool digits = true;
        for (int p = 0; p < 3 && digits; ++p)
            for (int i = starts[p]; i < starts[p] + lengths[p] && digits; ++i) {
                const char16_t c = text.at(i).unicode();
                digits = c >= u'0' && c <= u'9';
                parts[p] = parts[p] * 10 + (c - u'0');
            }
        if (digits)
            return QDate(parts[0], parts[1], parts[2]);
    }
    return QDate::fromString(text, Qt::ISODate);
}

QString dateToStorage(QDate date)
{
    if (!date.isValid())
        return {};
    int y = 0, m = 0, d = 0;
    date.getDate(&y, &m, &d);
    if (y < 0 || y > 9999)
        return date.toString(Qt::ISODate); // Qt's answer for what yyyy-MM-dd cannot hold
    // By hand: an import stores a date for every milestone, and QDate::toString goes through
    // the calendar and locale machinery each time.
    const char16_t text[] = { char16_t(u'0' + y / 1000), char16_t(u'0' + y / 100 % 10),
                              char16_t(u'0' + y / 10 % 10), char16_t(u'0' + y % 10), u'-',
                              char16_t(u'0' + m / 10), char16_t(u'0' + m % 10), u'-',
                              char16_t(u'0' + d / 10), char16_t(u'0' + d % 10) };
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

namespace {

QDate parseDate(const QString &s)
{
    // ISO first; the fuller spellings offices type are the import parser's business.
    QDate d = QDate::fromString(s, Qt::ISODate);
    if (!d.isValid())
        d = QDate::fromString(s, QStringLiteral("yyyy/M/d"));
    if (!d.isValid())
        d = QDate::fromString(s, QStringLiteral("yyyy.M.d"));
    if (!d.isValid())
        d = QDate::fromString(s, QStringLiteral("yyyy年M月d日"));
    return d;
}

} // namespace

QVariant toStorage(const ColumnDef &column, const QVariant &input, QString *error)
{
    if (!input.isValid() || input.isNull())
        return {};
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return QVariant();
    };
    const QString text = input.typeId() == QMetaType::QString ? input.toString().trimmed()
                                                               : QString();
    if (input.typeId() == QMetaType::QString && text.isEmpty())
        return {};

    switch (column.type) {
    case ColumnType::Text:
    case ColumnType::LongText: {
        // A name, a unit or a title is a line; notes and findings are longer, but a cell of a
        // spreadsheet holds at most 32,767 characters, so anything beyond is no ledger entry.
        const int most = column.type == ColumnType::Text ? MaxTextLength : MaxLongTextLength;
        const QString value = input.toString().trimmed();
        if (value.size() > most)
            return fail(QCoreApplication::translate("tz::values", "内容过长（%1 个字符，最多 %2 个）")
                                .arg(value.size())
                                .arg(most));
        return value.isEmpty() ? QVariant() : QVariant(value);
    }
    case ColumnType::Integer:
    case ColumnType::Ref: {
        bool ok = false;
        const qint64 v = input.typeId() == QMetaType::QString ? text.toLongLong(&ok)
                                                              : input.toLongLong(&ok);
        if (!ok)
            return fail(QCoreApplication::translate("tz::values", "“%1”不是整数").arg(input.toString()));
        return QVariant(v);
    }
    case ColumnType::Money:
    case ColumnType::Decimal: {
        if (input.metaType() == QMetaType::fromType<Money>())
            return QVariant(input.value<Money>().cents());
        std::optional<Money> m;
        if (input.typeId() == QMetaType::QString)
            m = Money::parse(text);
        else if (input.typeId() == QMetaType::Double)
            m = Money::fromDouble(input.toDouble());
        else {
            // Integers are the storage form itself (hundredths): a row read from the ledger
            // goes back through validation unchanged.
            bool ok = false;
            const qint64 v = input.toLongLong(&ok);
            if (ok)
                m = Money::fromCents(v);
        }
        if (!m)
            return fail(QCoreApplication::translate("tz::values", "“%1”不是有效的金额或数量（最多两位小数）").arg(input.toString()));
        if (m->cents() < 0)
            return fail(QCoreApplication::translate("tz::values", "金额或数量不能为负数"));
        return QVariant(m->cents());
    }
    case ColumnType::Date: {
        const QDate d = input.typeId() == QMetaType::QDate ? input.toDate() : parseDate(text);
        if (!d.isValid())
            return fail(QCoreApplication::translate("tz::values", "“%1”不是有效日期（应如 2023-05-01）").arg(input.toString()));
        return QVariant(dateToStorage(d));
    }
    case ColumnType::Month: {
        QDate d = QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate);
        if (!d.isValid())
            d = QDate::fromString(text, QStringLiteral("yyyy年M月"));
        if (!d.isValid())
            return fail(QCoreApplication::translate("tz::values", "“%1”不是有效月份（应如 2023-05）").arg(input.toString()));
        return QVariant(d.toString(QStringLiteral("yyyy-MM")));
    }
    case ColumnType::Choice:
        if (!column.choices.contains(text))
            return fail(QCoreApplication::translate("tz::values", "“%1”不是可选值（%2）").arg(text, column.choices.join(u'、')));
        return QVariant(text);
    }
    return {};
}

QString displayText(const ColumnDef &column, const QVariant &stored)
{
    if (!stored.isValid() || stored.isNull())
        return {};
    switch (column.type) {
    case ColumnType::Money:
    case ColumnType::Decimal:
        return Money::fromCents(stored.toLongLong()).toDisplayString();
    default:
        return stored.toString();
    }
}

QString plainText(const ColumnDef &column, const QVariant &stored)
{
    if (!stored.isValid() || stored.isNull())
        return {};
    switch (column.type) {
    case ColumnType::Money:
    case ColumnType::Decimal:
        return Money::fromCents(stored.toLongLong()).toString();
    default:
        return stored.toString();
    }
}

} // namespace tz
