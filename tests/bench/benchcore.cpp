// tz_bench: one core scenario per process, timed from the start of the work to the file
// written or the data ready (the application's start-up is not in the figure).
//
//   tz_bench create N OUT.tzdb            demo ledger of N projects
//   tz_bench open LEDGER                  open it and have the project model ready
//   tz_bench lights LEDGER                recompute every project's light
//   tz_bench import FILE [KEEP.tzdb]      import a workbook or CSV into a new empty ledger, committed
//                                         (kept as KEEP.tzdb to compare ledgers between versions)
//   tz_bench export-xlsx|export-csv|export-csv-gb18030 LEDGER OUT
//   tz_bench print-ledger|print-sheets LEDGER OUT.pdf
//   tz_bench smoke                        every scenario once on 1,000 projects (ctest label bench)

#include "benchutil.h"

#include "clock.h"
#include "demo.h"
#include "exporting/csvexport.h"
#include "exporting/xlsxexport.h"
#include "importing/importapply.h"
#include "importing/importplan.h"
#include "importing/workbookreader.h"
#include "ledger.h"
#include "ledgerfile.h"
#include "lights.h"
#include "printing/printjob.h"
#include "printing/printsettings.h"
#include "projectmodel.h"

#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

namespace {

using tz::bench::benchToday;
using tz::bench::report;

int fail(const QString &message)
{
    std::fprintf(stderr, "tz_bench: %s\n", qPrintable(message));
    return 1;
}

std::unique_ptr<tz::Ledger> openOrNull(const QString &path, bool readOnly)
{
    tz::FileCheck check;
    auto ledger = tz::Ledger::open(path, readOnly, &check);
    if (!ledger)
        fail(check.message);
    return ledger;
}

int create(int projects, const QString &out)
{
    QFile::remove(out);
    QElapsedTimer t;
    t.start();
    QString error;
    auto ledger = tz::Ledger::create(out, &error);
    if (!ledger)
        return fail(error);
    error = tz::fillDemoLedger(*ledger, projects, 1, benchToday());
    if (!error.isEmpty())
        return fail(error);
    ledger.reset(); // closing is part of making the file
    report("create", t.nsecsElapsed());
    return 0;
}

int open(const QString &path)
{
    QElapsedTimer t;
    t.start();
    auto ledger = openOrNull(path, true);
    if (!ledger)
        return 1;
    tz::ProjectModel model(ledger.get());
    if (model.rowCount() == 0)
        return fail(QStringLiteral("no projects in %1").arg(path));
    report("open-model", t.nsecsElapsed());
    return 0;
}

int lights(const QString &path)
{
    auto ledger = openOrNull(path, true);
    if (!ledger)
        return 1;
    QElapsedTimer t;
    t.start();
    const auto all = tz::computeLights(*ledger, benchToday());
    report("lights", t.nsecsElapsed());
    return all.isEmpty() ? fail(QStringLiteral("no lights")) : 0;
}

int import(const QString &file, const QString &keep = {})
{
    QTemporaryDir dir;
    QString error;
    if (!keep.isEmpty())
        QFile::remove(keep);
    auto ledger = tz::Ledger::create(keep.isEmpty() ? dir.filePath(QStringLiteral("import.tzdb")) : keep, &error);
    if (!ledger)
        return fail(error);
    QElapsedTimer t;
    t.start();
    const auto workbook = tz::readWorkbook(file, &error);
    if (!workbook)
        return fail(error);
    const tz::ImportPreview preview =
            tz::planImport(*ledger, workbook->sheets.at(workbook->firstVisibleSheet()), file, tz::ImportOptions());
    const tz::ImportResult result = tz::applyImport(*ledger, preview, true);
    if (!result.ok())
        return fail(result.error);
    report("import", t.nsecsElapsed());
    std::fprintf(stderr, "imported %d projects, %d children\n", result.added, result.childrenAdded);
    return result.added > 0 ? 0 : fail(QStringLiteral("nothing imported"));
}

int exportCsv(const QString &path, const QString &out, tz::CsvEncoding encoding)
{
    auto ledger = openOrNull(path, true);
    if (!ledger)
        return 1;
    QElapsedTimer t;
    t.start();
    const QString error = tz::exportLedgerCsv(*ledger, out, encoding, benchToday());
    if (!error.isEmpty())
        return fail(error);
    report(encoding == tz::CsvEncoding::Gb18030 ? "export-csv-gb18030" : "export-csv", t.nsecsElapsed());
    return 0;
}

int exportTo(const QString &path, const QString &out, bool xlsx)
{
    if (!xlsx)
        return exportCsv(path, out, tz::CsvEncoding::Utf8Bom);
    auto ledger = openOrNull(path, true);
    if (!ledger)
        return 1;
    QElapsedTimer t;
    t.start();
    const QString error = tz::exportLedgerXlsx(*ledger, out, tz::XlsxExportOptions(), benchToday());
    if (!error.isEmpty())
        return fail(error);
    report("export-xlsx", t.nsecsElapsed());
    return 0;
}

int print(const QString &path, const QString &out, tz::PrintKind kind)
{
    auto ledger = openOrNull(path, true);
    if (!ledger)
        return 1;
    QElapsedTimer t;
    t.start();
    tz::PrintRequest request;
    request.kind = kind;
    request.today = benchToday();
    tz::PrintJob job(*ledger, request, tz::printSettings(*ledger));
    QString error;
    if (!job.writePdf(out, &error))
        return fail(error);
    report(kind == tz::PrintKind::LedgerTable ? "print-ledger" : "print-sheets", t.nsecsElapsed());
    std::fprintf(stderr, "%d pages\n", job.pagesPrinted());
    return job.pagesPrinted() > 0 ? 0 : fail(QStringLiteral("no pages"));
}

// Keeps the bench from rotting: every scenario once, small, results checked by their exit codes.
int smoke()
{
    QTemporaryDir dir;
    const QString ledger = dir.filePath(QStringLiteral("smoke.tzdb"));
    const QString xlsx = dir.filePath(QStringLiteral("smoke.xlsx"));
    const QString csv = dir.filePath(QStringLiteral("smoke.csv"));
    int rc = create(1000, ledger);
    rc = rc ? rc : open(ledger);
    rc = rc ? rc : lights(ledger);
    rc = rc ? rc : exportTo(ledger, xlsx, true);
    rc = rc ? rc : exportTo(ledger, csv, false);
    rc = rc ? rc : import(xlsx);
    rc = rc ? rc : import(csv);
    rc = rc ? rc : print(ledger, dir.filePath(QStringLiteral("ledger.pdf")), tz::PrintKind::LedgerTable);
    rc = rc ? rc : print(ledger, dir.filePath(QStringLiteral("sheets.pdf")), tz::PrintKind::Supervision);
    std::fprintf(stderr, "smoke peak %.0f MiB\n", tz::bench::peakMiB());
    return rc;
}

} // namespace

int main(int argc, char *argv[])
{
    // Printing lays text out with real fonts: a QGuiApplication, on the offscreen platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    tz::Clock::setToday(benchToday());
    const QStringList a = app.arguments().mid(1);
    const QString what = a.value(0);
    if (what == QStringLiteral("smoke"))
        return smoke();
    if (what == QStringLiteral("create") && a.size() == 3)
        return create(a.at(1).toInt(), a.at(2));
    if (what == QStringLiteral("open") && a.size() == 2)
        return open(a.at(1));
    if (what == QStringLiteral("lights") && a.size() == 2)
        return lights(a.at(1));
    if (what == QStringLiteral("import") && (a.size() == 2 || a.size() == 3))
        return import(a.at(1), a.value(2));
    if ((what == QStringLiteral("export-xlsx") || what == QStringLiteral("export-csv")) && a.size() == 3)
        return exportTo(a.at(1), a.at(2), what == QStringLiteral("export-xlsx"));
    // The encoding Excel on older Chinese Windows expects; not in run_bench's table.
    if (what == QStringLiteral("export-csv-gb18030") && a.size() == 3)
        return exportCsv(a.at(1), a.at(2), tz::CsvEncoding::Gb18030);
    if (what == QStringLiteral("print-ledger") && a.size() == 3)
        return print(a.at(1), a.at(2), tz::PrintKind::LedgerTable);
    if (what == QStringLiteral("print-sheets") && a.size() == 3)
        return print(a.at(1), a.at(2), tz::PrintKind::Supervision);
    std::fprintf(stderr, "usage: tz_bench smoke | create N OUT | open LEDGER | lights LEDGER | import FILE [KEEP] |\n"
                         "       export-xlsx|export-csv|export-csv-gb18030|print-ledger|print-sheets LEDGER OUT\n");
    return 2;
}
