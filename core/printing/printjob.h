#pragma once

#include "printsettings.h"

#include <QDate>
#include <QStringList>

#include <functional>
#include <optional>

class QPagedPaintDevice;

namespace tz {

class Ledger;
class PagedPrinter;

enum class PrintKind {
    Supervision, // 督导单, one per project
    LeaderList, // 分包领导督导清单, one per leader
    Bulletin, // 通报, one per responsible unit with something overdue
    LedgerTable, // the ledger as a landscape table
};
std::optional<PrintKind> printKindFromName(
    const QString &name); // supervision leader bulletin ledger

// What to print. The filters narrow the projects (0: all); the kind decides how they are
// grouped: a leader filter prints that leader's list, a unit filter that unit's bulletin.
struct PrintRequest
{
    PrintKind kind = PrintKind::Supervision;
    qint64 project = 0;
    // 督导单 of exactly these projects (a selection in the table), in this order; when set,
    // the filters are not used for supervision sheets.
    std::vector<qint64> projects;
    qint64 leader = 0;
    qint64 unit = 0;
    QDate today; // invalid: Clock::today()
    QStringList columns; // ledger table; empty: LedgerTable::defaultColumns()
    bool groupByUnit = true; // ledger table
};

// One print job: the documents of a request painted one after another on one device. The GUI
// calls print() from QPrintPreviewDialog::paintRequested with its QPrinter; the command line
// and "export to PDF" call writePdf(). Memory stays bounded: sheets are read and painted one
// project (or leader, or unit) at a time.
class PrintJob
{
public:
    PrintJob(const Ledger &ledger, const PrintRequest &request, const PrintSettings &settings);

    // Landscape for the ledger table, portrait for the rest.
    QPageLayout::Orientation orientation() const;
    // The page layout the job gives the device (for a preview dialog's page setup).
    QPageLayout pageLayout() const;

    // Called before each sheet (done of total), or each page of the ledger table, which is one
    // sheet; returning false cancels the job.
    void setProgress(std::function<bool(int done, int total)> progress)
    {
        m_progress = std::move(progress);
    }

    // Paints onto a paged device (QPdfWriter, QPrinter). Returns the pages painted, 0 when
    // the device failed or the job was cancelled.
    int print(QPagedPaintDevice *device);
    // Writes a PDF: to a temporary file next to path, then the text fix (ToUnicodeFix), then
    // renamed over path, so a failed job never leaves half a file. Sets *error when false.
    bool writePdf(const QString &path, QString *error);

    // The faces the job prints with (for ToUnicodeFix after printing through a QPrinter).
    QList<QFont> fonts() const;
    int pagesPrinted() const { return m_pages; }

private:
    int printSupervision(PagedPrinter &printer);
    int printLeaders(PagedPrinter &printer);
    int printBulletins(PagedPrinter &printer);
    int printLedger(PagedPrinter &printer);
    void printNothing(PagedPrinter &printer, const QString &message);
    bool progress(int done, int total);

    const Ledger &m_ledger;
    PrintRequest m_request;
    PrintSettings m_settings;
    std::function<bool(int, int)> m_progress;
    bool m_cancelled = false;
    int m_pages = 0;
};

} // namespace tz
