#include "printjob.h"

#include "clock.h"
#include "leaderlist.h"
#include "ledgertable.h"
#include "pagedprinter.h"
#include "projectsheetreader.h"
#include "sheetwords.h"
#include "supervisionsheet.h"
#include "textbox.h"
#include "tounicodefix.h"
#include "unitbulletin.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPdfWriter>
#include <QTemporaryFile>

namespace tz {

std::optional<PrintKind> printKindFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("supervision"))
        return PrintKind::Supervision;
    if (n == QLatin1String("leader"))
        return PrintKind::LeaderList;
    if (n == QLatin1String("bulletin"))
        return PrintKind::Bulletin;
    if (n == QLatin1String("ledger"))
        return PrintKind::LedgerTable;
    return std::nullopt;
}

PrintJob::PrintJob(const Ledger &ledger, const PrintRequest &request, const PrintSettings &settings)
    : m_ledger(ledger)
    , m_request(request)
    , m_settings(settings.resolved())
{
    if (!m_request.today.isValid())
        m_request.today = Clock::today();
}

QPageLayout::Orientation PrintJob::orientation() const
{
    return m_request.kind == PrintKind::LedgerTable ? QPageLayout::Landscape
                                                    : QPageLayout::Portrait;
}

QPageLayout PrintJob::pageLayout() const
{
    return m_settings.pageLayout(orientation());
}

QList<QFont> PrintJob::fonts() const
{
    return m_settings.faces();
}

bool PrintJob::progress(int done, int total)
{
    if (m_progress && !m_progress(done, total))
        m_cancelled = true;
    return !m_cancelled;
}

void PrintJob::printNothing(PagedPrinter &printer, const QString &message)
{
    // A job with nothing to print still yields a page that says so, never an empty file.
    QPainter *painter = printer.beginPage();
    if (!painter)
        return;
    const QPaintDevice *device = printer.device();
    TextBox text(device, printer.contentSize().width());
    text.add(
        message, QFont(m_settings.bodyFont(m_settings.bodyPointSize), device), Qt::AlignHCenter);
    painter->save();
    painter->setPen(Qt::black);
    text.draw(*painter, QPointF(0, printer.points(40)));
    painter->restore();
}

int PrintJob::printSupervision(PagedPrinter &printer)
{
    ProjectSheetReader reader(m_ledger, m_request.today, m_settings.upcomingDays);
    const auto ids = !m_request.projects.empty()
        ? m_request.projects
        : reader.projectIds({ m_request.project, m_request.leader, m_request.unit });
    SupervisionSheet sheet(m_settings, m_request.today);
    int sequence = m_settings.firstSheetNumber;
    for (size_t i = 0; i < ids.size() && progress(int(i), int(ids.size())); ++i) {
        const ProjectSheetFacts facts = reader.read(ids[i]);
        if (sheet.print(facts, sheet.number(facts, sequence > 0 ? sequence++ : 0), printer) == 0)
            return 0;
    }
    return int(ids.size());
}

int PrintJob::printLeaders(PagedPrinter &printer)
{
    ProjectSheetReader reader(m_ledger, m_request.today, m_settings.upcomingDays);
    const LeaderList list(m_settings, m_request.today);
    auto leaders = reader.leaders();
    int printed = 0;
    for (size_t i = 0; i < leaders.size() && progress(int(i), int(leaders.size())); ++i) {
        const NamedId &leader = leaders[i];
        if (m_request.leader && leader.id != m_request.leader)
            continue;
        const auto ids = reader.projectIds({ m_request.project, leader.id, m_request.unit });
        if (ids.empty() && !m_request.leader)
            continue; // a leader holding nothing gets no list in a batch
        std::vector<ProjectSheetFacts> projects;
        projects.reserve(ids.size());
        for (qint64 id : ids)
            projects.push_back(reader.read(id));
        if (list.build(leader, std::move(projects)).print(printer, true) == 0)
            return 0;
        ++printed;
    }
    return printed;
}

int PrintJob::printBulletins(PagedPrinter &printer)
{
    ProjectSheetReader reader(m_ledger, m_request.today, m_settings.upcomingDays);
    const UnitBulletin bulletin(m_settings, m_request.today);
    const auto units = reader.units();
    int printed = 0;
    for (size_t i = 0; i < units.size() && progress(int(i), int(units.size())); ++i) {
        const NamedId &unit = units[i];
        if (m_request.unit && unit.id != m_request.unit)
            continue;
        const auto ids = reader.projectIds({ m_request.project, m_request.leader, unit.id });
        std::vector<ProjectSheetFacts> projects;
        projects.reserve(ids.size());
        bool late = false;
        for (qint64 id : ids) {
            projects.push_back(reader.read(id));
            late = late || projects.back().hasOverdue();
        }
        // In a batch only units with something overdue are told; one asked for by name
        // always gets its bulletin, "nothing overdue" included.
        if (!late && !m_request.unit)
            continue;
        if (bulletin.build(unit, projects).print(printer, true) == 0)
            return 0;
        ++printed;
    }
    return printed;
}

int PrintJob::printLedger(PagedPrinter &printer)
{
    LedgerTable table(m_settings, m_request.today);
    table.setColumns(m_request.columns);
    table.setGroupByUnit(m_request.groupByUnit);
    if (!progress(0, 1))
        return 0;
    const TableSheet sheet
        = table.build(m_ledger, { m_request.project, m_request.leader, m_request.unit });
    // A province's ledger is a thousand pages or more: the job can be followed and cancelled
    // page by page.
    const int pages
        = sheet.print(printer, true, [this](int done, int total) { return progress(done, total); });
    return pages > 0 ? 1 : 0;
}

int PrintJob::print(QPagedPaintDevice *device)
{
    m_pages = 0;
    m_cancelled = false;
    PagedPrinter printer(device, m_settings, orientation());
    int sheets = 0;
    switch (m_request.kind) {
    case PrintKind::Supervision:
        sheets = printSupervision(printer);
        break;
    case PrintKind::LeaderList:
        sheets = printLeaders(printer);
        break;
    case PrintKind::Bulletin:
        sheets = printBulletins(printer);
        break;
    case PrintKind::LedgerTable:
        sheets = printLedger(printer);
        break;
    }
    if (sheets == 0 && printer.pagesPainted() == 0 && !m_cancelled) {
        printNothing(printer,
            m_request.kind == PrintKind::Bulletin
                ? QCoreApplication::translate("tz::print", "截至%1，各责任单位均无逾期事项。")
                      .arg(sheetwords::date(m_request.today))
                : QCoreApplication::translate("tz::print", "没有符合条件的项目。"));
    }
    const bool ok = printer.finish() && !m_cancelled;
    m_pages = ok ? printer.pagesPainted() : 0;
    return m_pages;
}

bool PrintJob::writePdf(const QString &path, QString *error)
{
    const QFileInfo target(path);
    QTemporaryFile temp(
        target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX").arg(target.fileName())));
    if (!temp.open()) {
        if (error)
            *error = temp.errorString();
        return false;
    }
    temp.close();
    {
        QPdfWriter writer(temp.fileName());
        static const char *const titles[] = {
            QT_TRANSLATE_NOOP("tz::print", "重大科技创新项目督导单"),
            QT_TRANSLATE_NOOP("tz::print", "分包领导督导清单"),
            QT_TRANSLATE_NOOP("tz::print", "重大科技创新项目逾期事项通报"),
            QT_TRANSLATE_NOOP("tz::print", "重大科技创新项目推进台账"),
        };
        writer.setTitle(QCoreApplication::translate("tz::print", titles[int(m_request.kind)]));
        writer.setCreator(
            QStringLiteral("Taizhang %1").arg(QCoreApplication::applicationVersion()));
        writer.setResolution(600);
        if (print(&writer) == 0) {
            if (error)
                *error = m_cancelled ? QCoreApplication::translate("tz::print", "已取消打印")
                                     : QCoreApplication::translate("tz::print", "无法生成 PDF");
            return false;
        }
    }
    if (!ToUnicodeFix(fonts()).apply(temp.fileName(), error))
        return false;
    // A temporary file is private to its owner; the PDF gets the old file's permissions, or
    // the usual rw-r--r--.
    const bool existed = QFile::exists(path);
    temp.setPermissions(existed
            ? QFile::permissions(path)
            : QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    // QFile::rename never replaces a file; the old one goes only once the new one is whole.
    if (existed && !QFile::remove(path)) {
        if (error)
            *error = QCoreApplication::translate("tz::print", "无法替换已有文件");
        return false;
    }
    if (!temp.rename(path)) {
        if (error)
            *error = temp.errorString();
        return false;
    }
    temp.setAutoRemove(false);
    return true;
}

} // namespace tz
