#include "xlsxexport.h"

#include "columnwidths.h"
#include "detailtables.h"
#include "importing/sheet.h"
#include "ledgerexportdata.h"
#include "ooxmlbook.h"
#include "rules.h"
#include "serialworker.h"
#include "xlsxtablesheet.h"

#include <map>
#include <memory>
#include <string>

namespace tz {

namespace {

// The main sheet's rows above the data: title, 填报单位 line, two header rows.
constexpr int kTitleRow = 0;
constexpr int kUnitRow = 1;
constexpr int kHeaderTop = 2;
constexpr int kHeaderBottom = 3;
constexpr int kFirstDataRow = 4;
constexpr int kFrozenColumns = 3; // 序号, 项目编号, 项目名称 stay in view when scrolling right

// The year in it is also how the importer dates the schedule clauses of a sheet.
QString ledgerTitle(int year)
{
    return QStringLiteral("%1年重大科技创新项目推进台账").arg(year);
}

class MainSheet
{
public:
    MainSheet(const LedgerExportData &data, const XlsxExportOptions &options, int year, QDate today)
        : m_data(data), m_options(options), m_year(year), m_today(today),
          m_columns(LedgerExportData::mainColumns()), m_last(int(m_columns.size()) - 1)
    {
    }

    void write(OoxmlBook &book, const QStringList &dictionaryRanges);

private:
    std::vector<double> measure() const;
    int rowCount() const; // project and group rows
    void header();
    int projects(); // returns the row after the last project
    void project(int row, const LedgerExportData::Project &p, int serial);
    void totals(int row, int lastDataRow);
    Style textStyle(MainColumn column, const ExportCell &cell) const;

    const LedgerExportData &m_data;
    const XlsxExportOptions &m_options;
    int m_year;
    QDate m_today;
    std::vector<ExportColumn> m_columns;
    int m_last;
    std::vector<double> m_widths;
    OoxmlSheet *m_sheet = nullptr;
};

void MainSheet::write(OoxmlBook &book, const QStringList &dictionaryRanges)
{
    const int end = kFirstDataRow + rowCount();
    const int lastDataRow = end - 1;
    SheetSetup setup;
    m_widths = setup.widths = measure();
    setup.lastRow = end + 2; // the footer, below an empty row
    setup.lastColumn = m_last;
    setup.frozenRows = kFirstDataRow;
    setup.frozenColumns = kFrozenColumns;
    setup.selected = true; // the sheet that opens
    setup.printable = true;
    setup.page = officePage(m_options.paper);
    m_sheet = &book.addSheet(QStringLiteral("项目台账"), setup);

    m_sheet->row(kTitleRow, 36);
    m_sheet->mergeAcross(0, m_last, ledgerTitle(m_year), Style::Title);
    m_sheet->row(kUnitRow, 20);
    m_sheet->mergeAcross(0, m_last, QStringLiteral("填报单位：%1　　单位：万元").arg(m_options.reportingUnit),
                         Style::Subtitle);
    header();
    projects();
    totals(end, lastDataRow);
    const QString footer = QStringLiteral("填表人：%1　　　　联系电话：%2　　　　填报日期：%3")
                                   .arg(m_options.preparer.isEmpty() ? QStringLiteral("　　　　") : m_options.preparer,
                                        m_options.phone.isEmpty() ? QStringLiteral("　　　　") : m_options.phone,
                                        chineseDate(m_today));
    m_sheet->row(end + 2);
    m_sheet->mergeAcross(0, m_last, footer, Style::Footer);

    m_sheet->autoFilter({ kHeaderBottom, 0, std::max(lastDataRow, kHeaderBottom), m_last });
    // Drop-downs fed from the hidden 字典 sheet, in the order written there.
    const MainColumn listed[] = { MainColumn::Unit, MainColumn::Category, MainColumn::Phase };
    for (int i = 0; i < 3; ++i)
        if (!dictionaryRanges.value(i).isEmpty())
            m_sheet->listValidation(kFirstDataRow, int(listed[i]), lastDataRow, dictionaryRanges.at(i));
    m_sheet->repeatRows(kHeaderTop, kHeaderBottom);
}

std::vector<double> MainSheet::measure() const
{
    ColumnWidths widths(int(m_columns.size()));
    for (int c = 0; c <= m_last; ++c)
        widths.fitHeader(c, headerText(m_columns[size_t(c)]));
    widths.fit(int(MainColumn::Serial), QString::number(m_data.projects().size()));
    for (const LedgerExportData::Project &p : m_data.projects())
        for (int c = int(MainColumn::Serial) + 1; c <= m_last; ++c)
            fitCell(widths, c, p.cells[size_t(c)]);
    // The 合计 figures are the widest numbers of their columns; a cut one shows as ####.
    for (int c = 0; c <= m_last; ++c)
        if (m_columns[size_t(c)].type == ExportCell::Amount)
            widths.fit(c, m_data.total(MainColumn(c)).toDisplayString());
    return fittedWidths(m_columns, widths);
}

// Units in the ledger's order (districts, then departments), projects without one last.
std::map<int, std::vector<const LedgerExportData::Project *>> unitGroups(const LedgerExportData &data)
{
    std::map<int, std::vector<const LedgerExportData::Project *>> groups;
    const QStringList units = data.units();
    for (const LedgerExportData::Project &p : data.projects()) {
        const int index = p.unit.isEmpty() ? int(units.size()) : int(units.indexOf(p.unit));
        groups[index < 0 ? int(units.size()) : index].push_back(&p);
    }
    return groups;
}

int MainSheet::rowCount() const
{
    const int projects = int(m_data.projects().size());
    return m_options.groupByUnit ? projects + int(unitGroups(m_data).size()) : projects;
}

void MainSheet::header()
{
    // Upper row: a single header stands over both rows; a parent (要素保障需求) over the run of
    // its children, which fill the lower row.
    m_sheet->row(kHeaderTop, 21);
    for (int c = 0; c <= m_last; ++c) {
        const ExportColumn &col = m_columns[size_t(c)];
        if (col.parent.isEmpty()) {
            m_sheet->text(c, headerText(col), Style::Header);
            m_sheet->merge({ kHeaderTop, c, kHeaderBottom, c });
        } else if (c == 0 || m_columns[size_t(c - 1)].parent != col.parent) {
            int end = c;
            while (end < m_last && m_columns[size_t(end + 1)].parent == col.parent)
                ++end;
            m_sheet->text(c, col.parent, Style::Header);
            if (end > c)
                m_sheet->merge({ kHeaderTop, c, kHeaderTop, end });
        } else {
            m_sheet->blank(c, Style::Header);
        }
    }
    m_sheet->row(kHeaderBottom, 21);
    for (int c = 0; c <= m_last; ++c) {
        const ExportColumn &col = m_columns[size_t(c)];
        if (col.parent.isEmpty())
            m_sheet->blank(c, Style::Header);
        else
            m_sheet->text(c, col.header, Style::Header);
    }
}

int MainSheet::projects()
{
    int row = kFirstDataRow;
    int serial = 0;
    if (!m_options.groupByUnit) {
        for (const LedgerExportData::Project &p : m_data.projects())
            project(row++, p, ++serial);
        return row;
    }
    const QStringList units = m_data.units();
    int number = 0;
    for (const auto &[index, members] : unitGroups(m_data)) {
        const QString name = index < units.size() ? units.at(index) : QStringLiteral("未明确责任单位");
        m_sheet->row(row++);
        m_sheet->mergeAcross(0, m_last,
                             QStringLiteral("%1、%2（%3个）").arg(chineseNumber(++number), name).arg(members.size()),
                             Style::Group);
        for (const LedgerExportData::Project *p : members)
            project(row++, *p, ++serial);
    }
    return row;
}

Style MainSheet::textStyle(MainColumn column, const ExportCell &cell) const
{
    switch (column) {
    case MainColumn::Code:
    case MainColumn::ContactPhone:
        return Style::Code;
    case MainColumn::Category:
    case MainColumn::Location:
    case MainColumn::Unit:
    case MainColumn::Contact:
    case MainColumn::Phase:
        return Style::Center;
    case MainColumn::Light:
        if (cell.text == sheetLightText(Light::Red))
            return Style::LightRed;
        if (cell.text == sheetLightText(Light::Yellow))
            return Style::LightYellow;
        return Style::LightGreen;
    default:
        return Style::Text;
    }
}

void MainSheet::project(int row, const LedgerExportData::Project &p, int serial)
{
    // The row's height (lines of the wrapping text) goes ahead of its cells.
    int lines = 1;
    for (int c = int(MainColumn::Serial) + 1; c <= m_last; ++c) {
        const Style style = textStyle(MainColumn(c), p.cells[size_t(c)]);
        if (style == Style::Text || style == Style::Center)
            lines = std::max(lines, cellLines(p.cells[size_t(c)], m_widths[size_t(c)]));
    }
    m_sheet->row(row, ColumnWidths::rowHeight(lines));
    writeCell(*m_sheet, int(MainColumn::Serial), ExportCell::fromNumber(serial), Style::Number);
    for (int c = int(MainColumn::Serial) + 1; c <= m_last; ++c)
        writeCell(*m_sheet, c, p.cells[size_t(c)], textStyle(MainColumn(c), p.cells[size_t(c)]));
}

void MainSheet::totals(int row, int lastDataRow)
{
    m_sheet->row(row);
    m_sheet->mergeAcross(0, int(MainColumn::Name), QStringLiteral("合计"), Style::TotalLabel);
    for (int c = int(MainColumn::Name) + 1; c <= m_last; ++c) {
        if (m_columns[size_t(c)].type != ExportCell::Amount) {
            m_sheet->blank(c, Style::TotalBlank);
            continue;
        }
        const double cached = m_data.total(MainColumn(c)).toDouble();
        if (lastDataRow < kFirstDataRow) {
            m_sheet->number(c, 0, Style::TotalMoney);
            continue;
        }
        const std::string letter = columnName(c).toStdString();
        // A1 references are 1-based. Group rows inside the range hold no numbers.
        const std::string formula = "SUM(" + letter + std::to_string(kFirstDataRow + 1) + ':' + letter
                + std::to_string(lastDataRow + 1) + ')';
        m_sheet->formula(c, formula, cached, Style::TotalMoney);
    }
}

} // namespace

QString exportLedgerXlsx(const Ledger &ledger, const QString &path, const XlsxExportOptions &options, QDate today)
{
    LedgerExportData::Options dataOptions;
    dataOptions.openRequirementsOnly = options.openRequirementsOnly;
    auto data = std::make_unique<const LedgerExportData>(ledger, today, dataOptions);
    if (!data->error().isEmpty())
        return data->error();
    const int year = options.year ? options.year : today.year();
    OoxmlBook book(path); // the file is replaced only when close() succeeds
    if (!book.error().isEmpty())
        return book.error();
    book.setTitle(ledgerTitle(year));
    const QString dictionary = QStringLiteral("字典");
    const std::vector<QStringList> lists = { data->units(), data->categories(), data->phases(), data->requirementKinds() };
    const QStringList ranges = dictionaryRanges(dictionary, lists);
    // Sheets in tab order, the main one first (it is what opens). They are written by a second
    // thread while this one reads the next table from the ledger (and each is compressed in
    // pieces, by the package's pool of threads, as it is written); until wait() returns only
    // that thread touches the book.
    QString detailError;
    {
        SerialWorker writer;
        writer.post([&] {
            MainSheet(*data, options, year, today).write(book, ranges);
            data.reset(); // the projects are written: their memory goes before the big tables come
        });
        detailError = forEachDetailTable(ledger, today, [&](DetailTable &&t) {
            auto table = std::make_shared<const DetailTable>(std::move(t));
            writer.post([&book, table, paper = options.paper] { writeTableSheet(book, *table, paper); });
        });
        writer.wait();
    }
    if (!detailError.isEmpty())
        return detailError; // the book is abandoned: nothing is written
    const QStringList titles = { QStringLiteral("责任单位"), QStringLiteral("项目类别"), QStringLiteral("项目阶段"),
                                 QStringLiteral("要素类型") };
    writeDictionarySheet(book, dictionary, titles, lists);
    return book.close();
}

} // namespace tz
