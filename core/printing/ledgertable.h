#pragma once

#include "printsettings.h"
#include "tablesheet.h"

#include <QDate>
#include <QStringList>

namespace tz {

class Ledger;

// The ledger itself on paper, landscape: the chosen columns, a header on every page, group
// rows per responsible unit ("一、高新区（7个）") when asked, and a 合计 row summing the
// amounts — the sheet offices file and bring to meetings.
class LedgerTable
{
public:
    LedgerTable(const PrintSettings &settings, QDate today);

    // Column keys: index code name category owner location phase total_investment
    // planned_investment completed_investment completion_rate start_date planned_end_date
    // unit leader contact annual_goal light light_reasons.
    static QStringList availableColumns();
    static QStringList defaultColumns();
    static QString columnTitle(const QString &key); // translated header
    // Unknown keys are dropped; an empty list means the default columns.
    void setColumns(const QStringList &keys);
    QStringList columns() const { return m_columns; }
    void setGroupByUnit(bool group) { m_group = group; }

    struct Filter
    {
        qint64 project = 0;
        qint64 leader = 0;
        qint64 unit = 0;
    };
    // Reads the projects in one query and their lights in one pass.
    TableSheet build(const Ledger &ledger, const Filter &filter) const;

private:
    PrintSettings m_settings;
    QDate m_today;
    QStringList m_columns;
    bool m_group = true;
};

} // namespace tz
