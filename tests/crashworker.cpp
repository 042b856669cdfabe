// The process test_crashsafety kills: it changes a ledger the way the program does (an import,
// a merge of changed rows, a burst of multi-row edits) and says on stdout what it has committed,
// so the test can kill it at any moment and then check what the file holds.

#include "commands.h"
#include "importing/importapply.h"
#include "importing/workbookreader.h"
#include "ledger.h"
#include "schema.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <cstdio>

namespace {

int importFile(const QString &ledgerPath, const QString &file)
{
    tz::FileCheck check;
    auto ledger = tz::Ledger::open(ledgerPath, false, &check);
    QString error;
    const auto book = ledger ? tz::readWorkbook(file, &error) : std::nullopt;
    if (!book)
        return 3;
    const auto preview = tz::planImport(*ledger, book->sheets.at(book->firstVisibleSheet()), file, {});
    std::printf("ready\n");
    std::fflush(stdout);
    const tz::ImportResult result = tz::applyImport(*ledger, preview, false);
    std::printf(result.ok() ? "committed\n" : "failed\n");
    return result.ok() ? 0 : 1;
}

// Sets the notes of every project to "round k" in one undo step, for k = 1, 2, ... forever.
int editBurst(const QString &ledgerPath)
{
    tz::FileCheck check;
    auto ledger = tz::Ledger::open(ledgerPath, false, &check);
    if (!ledger)
        return 3;
    const int notes = tz::columnIndex(tz::Entity::Project, QStringLiteral("notes"));
    std::vector<qint64> ids;
    QSqlQuery q(ledger->database());
    q.exec(QStringLiteral("SELECT id FROM projects ORDER BY id"));
    while (q.next())
        ids.push_back(q.value(0).toLongLong());
    std::printf("ready\n");
    std::fflush(stdout);
    for (int round = 1;; ++round) {
        auto *macro = new tz::MacroCommand(ledger.get(), QStringLiteral("round %1").arg(round));
        for (qint64 id : ids) {
            const QVariant old = ledger->row(tz::Entity::Project, id)->values.at(notes);
            new tz::SetFieldCommand(ledger.get(), tz::Entity::Project, id, notes, old,
                                    QStringLiteral("round %1").arg(round), macro);
        }
        if (!ledger->push(macro))
            return 1;
        std::printf("committed %d\n", round);
        std::fflush(stdout);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 4 && args.at(1) == QStringLiteral("import"))
        return importFile(args.at(2), args.at(3));
    if (args.size() >= 3 && args.at(1) == QStringLiteral("edits"))
        return editBurst(args.at(2));
    std::fprintf(stderr, "usage: crashworker import LEDGER FILE | edits LEDGER\n");
    return 2;
}
