#include "importapply.h"

#include "backup.h"
#include "commands.h"
#include "ledger.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>

namespace tz {

namespace {

int pcol(const char *name)
{
    return projectColumn(name);
}

// Builds the rows of one import with their ids assigned up front (the next free id of each
// table), so projects can point at units created by the same import and everything fits in
// one RowsCommand.
class Builder
{
public:
    explicit Builder(Ledger &ledger) : m_ledger(ledger)
    {
        for (Entity e : allEntities()) {
            QSqlQuery q(ledger.database());
            m_next[int(e)] = q.exec(QStringLiteral("SELECT MAX(id) FROM %1").arg(tableName(e))) && q.next()
                    ? q.value(0).toLongLong() + 1
                    : 1;
        }
        for (const Row &p : ledger.rows(Entity::Project))
            m_codes.insert(p.text(pcol("code")));
    }

    qint64 add(Entity e, Row row)
    {
        row.id = m_next[int(e)]++;
        m_rows.emplace_back(e, std::move(row));
        return m_rows.back().second.id;
    }

    // The id of a dictionary entry by name, creating it in this import when missing.
    qint64 named(Entity e, const QString &name, const QString &leaderTitle = {})
    {
        // By entity, then name: no key to build for each of ten thousand rows.
        QHash<QString, qint64> &created = m_created[int(e)];
        if (const auto it = created.constFind(name); it != created.constEnd())
            return *it;
        // Ten thousand rows name a dozen units: one query per name, not per row (the ledger
        // does not change while the import is built).
        QHash<QString, qint64> &found = m_found[int(e)];
        if (const auto it = found.constFind(name); it != found.constEnd())
            return *it;
        if (const qint64 id = m_ledger.findByName(e, name)) {
            found.insert(name, id);
            return id;
        }
        Row r = emptyRow(e);
        r.values[entityDef(e).titleColumn] = name;
        if (e == Entity::Unit)
            r.values[1] = (name.endsWith(u'区') || name.endsWith(u'县') || name.endsWith(u'市'))
                    ? QStringLiteral("区县")
                    : QStringLiteral("市直部门");
        if (e == Entity::Leader && !leaderTitle.isEmpty())
            r.values[1] = leaderTitle;
        const qint64 id = add(e, std::move(r));
        created.insert(name, id);
        return id;
    }

    // A code for a new project that has none: the year and a serial, never one in use.
    QString freshCode(int year)
    {
        QString code;
        do
            code = QStringLiteral("%1-%2").arg(year).arg(++m_serial, 4, 10, QChar(u'0'));
        while (m_codes.contains(code));
        m_codes.insert(code);
        return code;
    }
    void reserveCode(const QString &code) { m_codes.insert(code); }

    std::vector<std::pair<Entity, Row>> &rows() { return m_rows; }

private:
    Ledger &m_ledger;
    qint64 m_next[EntityCount] = {};
    std::vector<std::pair<Entity, Row>> m_rows;
    QHash<QString, qint64> m_created[EntityCount];
    QHash<QString, qint64> m_found[EntityCount];
    QSet<QString> m_codes;
    int m_serial = 0;
};

// Children of a project from its draft, skipping those it already has.
int addChildren(Ledger &ledger, Builder &b, const ProjectDraft &d, qint64 projectId, int year, bool existing)
{
    int added = 0;
    const ExistingChildren have = existing ? ExistingChildren(ledger, projectId, year) : ExistingChildren();
    for (const ScheduleItem &s : d.milestones) {
        if (have.has(s))
            continue;
        Row r = emptyRow(Entity::Milestone);
        r.values[0] = projectId;
        r.values[1] = s.title;
        r.values[2] = dateToStorage(s.due);
        b.add(Entity::Milestone, std::move(r));
        ++added;
    }
    for (const RequirementDraft &q : d.requirements) {
        if (have.has(q))
            continue;
        Row r = emptyRow(Entity::Requirement);
        r.values[0] = projectId;
        r.values[1] = b.named(Entity::RequirementKind, q.kind);
        r.values[2] = q.description;
        if (q.quantity)
            r.values[3] = q.quantity->cents();
        if (!q.measure.isEmpty())
            r.values[4] = q.measure;
        if (!q.department.isEmpty())
            r.values[5] = q.department;
        if (q.resolved)
            r.values[7] = QStringLiteral("已解决");
        b.add(Entity::Requirement, std::move(r));
        ++added;
    }
    for (const auto &[month, done] : d.monthCompleted) {
        const QString period = reportPeriod(year, month);
        if (have.hasReport(period))
            continue;
        Row r = emptyRow(Entity::Progress);
        r.values[0] = projectId;
        r.values[1] = period;
        r.values[2] = done.cents();
        b.add(Entity::Progress, std::move(r));
        ++added;
    }
    for (const auto &[month, plan] : d.monthPlan) {
        if (have.hasPlan(month))
            continue;
        Row r = emptyRow(Entity::InvestmentPlan);
        r.values[0] = projectId;
        r.values[1] = qint64(year);
        r.values[2] = qint64(month);
        r.values[3] = plan.cents();
        b.add(Entity::InvestmentPlan, std::move(r));
        ++added;
    }
    return added;
}

} // namespace

ImportResult applyImport(Ledger &ledger, const ImportPreview &preview, bool goodRowsOnly)
{
    ImportResult result;
    if (ledger.isReadOnly()) {
        result.error = QCoreApplication::translate("tz::import", "台账以只读方式打开，不能导入。");
        return result;
    }
    if (preview.rowsWithErrors() && !goodRowsOnly) {
        result.error = QCoreApplication::translate("tz::import", "有 %1 行存在错误，未导入任何内容。").arg(preview.rowsWithErrors());
        return result;
    }
    // Every import is one undo step, but undo lives only as long as the program: the file as it
    // was is also kept in the backup folder, and without that copy nothing is imported.
    if (const QString err = backupBeforeImport(ledger); !err.isEmpty()) {
        result.error = QCoreApplication::translate("tz::import", "导入前备份失败，未导入任何内容。%1").arg(err);
        return result;
    }
    const int year = importYear(preview);
    Builder b(ledger);
    for (const ProjectDraft &d : preview.projects)
        if (!d.code().isEmpty())
            b.reserveCode(d.code());

    struct FieldChange
    {
        qint64 id;
        int column;
        QVariant before;
        QVariant after;
    };
    std::vector<FieldChange> changes;
    for (const ProjectDraft &d : preview.projects) {
        if (d.hasError)
            continue;
        if (!d.existingId) {
            Row p = emptyRow(Entity::Project);
            for (const auto &[column, value] : d.fields)
                p.values[column] = value;
            if (p.isNull(pcol("code")))
                p.values[pcol("code")] = b.freshCode(year);
            for (const auto &[column, value] : d.refNames) {
                const Entity e = entityDef(Entity::Project).columns[size_t(column)].ref;
                p.values[column] = b.named(e, value, d.leaderTitle);
            }
            const qint64 id = b.add(Entity::Project, std::move(p));
            result.childrenAdded += addChildren(ledger, b, d, id, year, false);
            ++result.added;
            continue;
        }
        const auto current = ledger.row(Entity::Project, d.existingId);
        if (!current)
            continue;
        const size_t before = changes.size();
        const auto change = [&](int column, const QVariant &value) {
            if (current->values.at(column) != value)
                changes.push_back({ d.existingId, column, current->values.at(column), value });
        };
        for (const auto &[column, value] : d.fields)
            change(column, value);
        for (const auto &[column, value] : d.refNames) {
            const Entity e = entityDef(Entity::Project).columns[size_t(column)].ref;
            change(column, b.named(e, value, d.leaderTitle));
        }
        const int children = addChildren(ledger, b, d, d.existingId, year, true);
        result.childrenAdded += children;
        result.updated += (changes.size() > before || children) ? 1 : 0;
    }
    if (b.rows().empty() && changes.empty())
        return result; // nothing new: not even an empty undo step

    // One step: the inserts first (changed fields may point at units created here), then the
    // field changes, all inside the macro's single transaction.
    auto *macro = new MacroCommand(&ledger, QCoreApplication::translate("tz::import", "导入“%1”")
                                                    .arg(QFileInfo(preview.filePath).fileName()));
    if (!b.rows().empty())
        new RowsCommand(&ledger, macro->text(), RowsCommand::Insert, std::move(b.rows()), macro);
    for (const FieldChange &c : changes)
        new SetFieldCommand(&ledger, Entity::Project, c.id, c.column, c.before, c.after, macro);
    if (!ledger.push(macro)) {
        result = ImportResult();
        result.error = QCoreApplication::translate("tz::import", "导入失败，台账未作任何改动：%1").arg(ledger.lastError());
    }
    return result;
}

} // namespace tz
