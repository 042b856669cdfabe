// Shared by the export tests: the ledger they export (a demo ledger plus a project built to
// break careless writers) and the comparison of two ledgers by what an office sheet carries.
#pragma once

#include "demo.h"
#include "exporting/exportcell.h"
#include "importing/importapply.h"
#include "importing/workbookreader.h"
#include "ledger.h"

#include <QTest>

#include <algorithm>
#include <map>
#include <memory>

namespace exportfixture {

inline QString S(const char *s)
{
    return QString::fromUtf8(s);
}

inline const QDate kToday(2026, 6, 15);
// 21 digits with leading zeros: a number cell would make it 1.23456789012345E+17.
inline const QString kLongCode = QStringLiteral("000123456789012345678");
// Begins with "=", holds a comma, a full-width comma and quotes: a formula if written carelessly,
// a broken CSV line if quoted carelessly.
inline QString injectionName()
{
    return S("=HYPERLINK(\"http://example.invalid\",\"点我\")，测试项目");
}

inline int pcol(const char *name)
{
    return tz::columnIndex(tz::Entity::Project, QString::fromLatin1(name));
}

// The demo ledger of the brief plus the awkward project; fails the test on any error.
inline std::unique_ptr<tz::Ledger> makeLedger(const QString &path)
{
    using namespace tz;
    QString error;
    auto l = Ledger::create(path, &error);
    if (!l)
        qFatal("%s", qPrintable(error));
    error = fillDemoLedger(*l, 30, 5, kToday);
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    QVariantList v;
    for (size_t i = 0; i < entityDef(Entity::Project).columns.size(); ++i)
        v << QVariant();
    v[pcol("code")] = kLongCode;
    v[pcol("name")] = injectionName();
    v[pcol("category_id")] = l->findByName(Entity::Category, S("成果转化"));
    v[pcol("owner")] = S("+北方创新有限公司"); // "+" starts a formula too
    v[pcol("location")] = S("高新区");
    v[pcol("total_investment")] = S("12500.50");
    v[pcol("planned_investment")] = S("3000");
    v[pcol("completed_investment")] = S("0.05");
    v[pcol("start_date")] = S("2026-03-01");
    v[pcol("phase_id")] = l->findByName(Entity::Phase, S("在建"));
    v[pcol("unit_id")] = l->findByName(Entity::Unit, S("高新区"));
    v[pcol("leader_id")] = l->rows(Entity::Leader).front().id;
    v[pcol("contact")] = S("王建国");
    v[pcol("contact_phone")] = S("037965432100"); // leading zero
    v[pcol("notes")] = S("@注意：第一行\n第二行");
    const qint64 id = l->addRow(Entity::Project, v, &error);
    if (!id)
        qFatal("%s", qPrintable(error));
    const auto add = [&](Entity e, const QVariantList &values) {
        if (!l->addRow(e, values, &error))
            qFatal("%s", qPrintable(error));
    };
    add(Entity::Milestone, { id, S("完成土地摘牌"), S("2026-03-31") });
    add(Entity::Milestone, { id, S("开工建设"), S("2027-01-15"), S("2027-01-10") });
    add(Entity::Requirement, { id, l->findByName(Entity::RequirementKind, S("资金")), S("资金需求 5000万元") });
    add(Entity::Requirement, { id, l->findByName(Entity::RequirementKind, S("环评")), S("加快环评审批") });
    return l;
}

// What a sheet row carries, per project, as comparable text: the fields of the main sheet,
// milestones (title and planned date, sorted) and needs (per kind, descriptions joined with
// "；" as the factor columns join them). With `csvApostrophes`, text that begins like a formula
// is expected with the apostrophe the CSV export puts in front of it.
inline QStringList snapshot(const tz::Ledger &l, bool csvApostrophes = false)
{
    using namespace tz;
    const auto t = [&](const QString &s) { return csvApostrophes && startsLikeFormula(s) ? u'\'' + s : s; };
    const auto ref = [&](const Row &p, const char *c, Entity e) {
        return p.isNull(pcol(c)) ? QString() : l.rowTitle(e, p.integer(pcol(c)));
    };
    QStringList out;
    for (const Row &p : l.rows(Entity::Project)) {
        QStringList f;
        for (const char *c : { "code", "name", "owner", "location", "contact", "contact_phone", "notes" })
            f << t(p.text(pcol(c)));
        f << ref(p, "unit_id", Entity::Unit) << ref(p, "category_id", Entity::Category)
          << ref(p, "phase_id", Entity::Phase) << ref(p, "leader_id", Entity::Leader);
        const auto leader = p.isNull(pcol("leader_id")) ? std::nullopt : l.row(Entity::Leader, p.integer(pcol("leader_id")));
        f << (leader ? leader->text(1) : QString());
        for (const char *c : { "total_investment", "planned_investment", "completed_investment", "start_date",
                               "planned_end_date" })
            f << p.text(pcol(c));
        QStringList milestones;
        for (const Row &m : l.childRows(Entity::Milestone, p.id))
            milestones << m.text(1) + u'@' + m.text(2);
        milestones.sort();
        f << milestones.join(u',');
        std::map<QString, QStringList> needs;
        for (const Row &r : l.childRows(Entity::Requirement, p.id))
            needs[l.rowTitle(Entity::RequirementKind, r.integer(1))] << r.text(2);
        for (const auto &[kind, list] : needs)
            f << kind + u':' + t(list.join(S("；")));
        out << f.join(u'|');
    }
    out.sort(); // the importer's order is the sheet's; the ledger's may differ when grouped
    return out;
}

// Reads a file with our reader and imports its first visible sheet into a fresh ledger.
inline std::unique_ptr<tz::Ledger> importFile(const QString &file, const QString &ledgerPath,
                                              tz::ImportPreview *preview = nullptr)
{
    using namespace tz;
    QString error;
    auto l = Ledger::create(ledgerPath, &error);
    if (!l)
        qFatal("%s", qPrintable(error));
    const auto wb = readWorkbook(file, &error);
    if (!wb)
        qFatal("%s", qPrintable(error));
    const ImportPreview p = planImport(*l, wb->sheets.at(wb->firstVisibleSheet()), file);
    if (preview)
        *preview = p;
    const ImportResult r = applyImport(*l, p, false);
    if (!r.ok())
        qWarning("%s", qPrintable(r.error));
    return l;
}

} // namespace exportfixture
