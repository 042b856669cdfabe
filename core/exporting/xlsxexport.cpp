#include "xlsxexport.h"

#include "columnwidths.h"
#include "detailtables.h"
#include "importing/sheet.h"
#include "ledgerexportdata.h"
#include "numericlocale.h"
#include "rules.h"
#include "savefile.h"
#include "sheetformats.h"
#include "xlsxbook.h"
#include "xlsxtablesheet.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <map>

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
    MainSheet(XlsxBook &book, const SheetFormats &formats, const LedgerExportData &data,
              const XlsxExportOptions &options, int year, QDate today)
        : m_book(book), m_f(formats), m_data(data), m_options(options), m_year(year), m_today(today),
          m_columns(LedgerExportData::mainColumns()), m_last(int(m_columns.size()) - 1),
          m_widths(int(m_columns.size()))
    {
    }

    void write(lxw_worksheet *sheet, const QStringList &dictionaryRanges);

private:
    void measure();
    void header();
    int projects(); // returns the row after the last project
    void project(int row, const LedgerExportData::Project &p, int serial);
    void totals(int row, int lastDataRow);
    lxw_format *textFormat(MainColumn column, const ExportCell &cell) const;

    XlsxBook &m_book;
    const SheetFormats &m_f;
    const LedgerExportData &m_data;
    const XlsxExportOptions &m_options;
    int m_year;
    QDate m_today;
    std::vector<ExportColumn> m_columns;
    int m_last;
    ColumnWidths m_widths;
    std::vector<double> m_columnWidths;
    lxw_worksheet *m_sheet = nullptr;
};

void MainSheet::write(lxw_worksheet *sheet, const QStringList &dictionaryRanges)
{
    m_sheet = sheet;
    measure();
    m_columnWidths = applyWidths(m_book, sheet, m_columns, m_widths);
    m_book.merge(sheet, kTitleRow, 0, kTitleRow, m_last, ledgerTitle(m_year), m_f.title);
    m_book.setRowHeight(sheet, kTitleRow, 36);
    m_book.merge(sheet, kUnitRow, 0, kUnitRow, m_last,
                 QStringLiteral("填报单位：%1　　单位：万元").arg(m_options.reportingUnit),
                 m_f.subtitle);
    m_book.setRowHeight(sheet, kUnitRow, 20);
    header();
    const int end = projects();
    const int lastDataRow = end - 1;
    totals(end, lastDataRow);
    const QString footer = QStringLiteral("填表人：%1　　　　联系电话：%2　　　　填报日期：%3")
                                   .arg(m_options.preparer.isEmpty() ? QStringLiteral("　　　　") : m_options.preparer,
                                        m_options.phone.isEmpty() ? QStringLiteral("　　　　") : m_options.phone,
                                        chineseDate(m_today));
    m_book.merge(sheet, end + 2, 0, end + 2, m_last, footer, m_f.footer);

    worksheet_freeze_panes(sheet, kFirstDataRow, kFrozenColumns);
    m_book.check(worksheet_autofilter(sheet, kHeaderBottom, 0, static_cast<lxw_row_t>(std::max(lastDataRow, kHeaderBottom)),
                                      static_cast<lxw_col_t>(m_last)));
    // Drop-downs fed from the hidden 字典 sheet, in the order written there.
    const MainColumn listed[] = { MainColumn::Unit, MainColumn::Category, MainColumn::Phase };
    for (int i = 0; i < 3; ++i)
        if (!dictionaryRanges.value(i).isEmpty())
            m_book.listValidation(sheet, kFirstDataRow, int(listed[i]), lastDataRow, dictionaryRanges.at(i));
    setUpPrinting(m_book, sheet, m_options.paper, kHeaderTop, kHeaderBottom);
}

void MainSheet::measure()
{
    for (int c = 0; c <= m_last; ++c)
        m_widths.fitHeader(c, headerText(m_columns[size_t(c)]));
    m_widths.fit(int(MainColumn::Serial), QString::number(m_data.projects().size()));
    for (const LedgerExportData::Project &p : m_data.projects())
        for (int c = int(MainColumn::Serial) + 1; c <= m_last; ++c)
            m_widths.fitWidth(c, p.cells[size_t(c)].shownWidth());
    // The 合计 figures are the widest numbers of their columns; a cut one shows as ####.
    for (int c = 0; c <= m_last; ++c)
        if (m_columns[size_t(c)].type == ExportCell::Amount)
            m_widths.fit(c, m_data.total(MainColumn(c)).toDisplayString());
}

void MainSheet::header()
{
    for (int c = 0; c <= m_last; ++c) {
        const ExportColumn &col = m_columns[size_t(c)];
        if (col.parent.isEmpty()) {
            // A single header stands over both header rows.
            m_book.merge(m_sheet, kHeaderTop, c, kHeaderBottom, c, headerText(col), m_f.header);
            continue;
        }
        m_book.text(m_sheet, kHeaderBottom, c, col.header, m_f.header);
        // The parent is merged once, over the run of its children.
        if (c == 0 || m_columns[size_t(c - 1)].parent != col.parent) {
            int end = c;
            while (end < m_last && m_columns[size_t(end + 1)].parent == col.parent)
                ++end;
            m_book.merge(m_sheet, kHeaderTop, c, kHeaderTop, end, col.parent, m_f.header);
        }
    }
    m_book.setRowHeight(m_sheet, kHeaderTop, 21);
    m_book.setRowHeight(m_sheet, kHeaderBottom, 21);
}

int MainSheet::projects()
{
    const auto &all = m_data.projects();
    int row = kFirstDataRow;
    int serial = 0;
    if (!m_options.groupByUnit) {
        for (const LedgerExportData::Project &p : all)
            project(row++, p, ++serial);
        return row;
    }
    // Units in the ledger's order (districts, then departments), projects without one last.
    std::map<int, std::vector<const LedgerExportData::Project *>> groups;
    const QStringList units = m_data.units();
    for (const LedgerExportData::Project &p : all) {
        const int index = p.unit.isEmpty() ? int(units.size()) : int(units.indexOf(p.unit));
        groups[index < 0 ? int(units.size()) : index].push_back(&p);
    }
    int number = 0;
    for (const auto &[index, members] : groups) {
        const QString name = index < units.size() ? units.at(index) : QStringLiteral("未明确责任单位");
        m_book.merge(m_sheet, row, 0, row, m_last,
                     QStringLiteral("%1、%2（%3个）")
                             .arg(chineseNumber(++number), name)
                             .arg(members.size()),
                     m_f.group);
        ++row;
        for (const LedgerExportData::Project *p : members)
            project(row++, *p, ++serial);
    }
    return row;
}

lxw_format *MainSheet::textFormat(MainColumn column, const ExportCell &cell) const
{
    switch (column) {
    case MainColumn::Code:
    case MainColumn::ContactPhone:
        return m_f.code;
    case MainColumn::Category:
    case MainColumn::Location:
    case MainColumn::Unit:
    case MainColumn::Contact:
    case MainColumn::Phase:
        return m_f.center;
    case MainColumn::Light:
        if (cell.text == sheetLightText(Light::Red))
            return m_f.lightRed;
        if (cell.text == sheetLightText(Light::Yellow))
            return m_f.lightYellow;
        return m_f.lightGreen;
    default:
        return m_f.text;
    }
}

void MainSheet::project(int row, const LedgerExportData::Project &p, int serial)
{
    int lines = 1;
    const ExportCell serialCell = ExportCell::fromNumber(serial);
    for (int c = 0; c <= m_last; ++c) {
        const MainColumn column = MainColumn(c);
        const ExportCell &cell = column == MainColumn::Serial ? serialCell : p.cells[size_t(c)];
        lxw_format *format = textFormat(column, cell);
        writeCell(m_book, m_f, m_sheet, row, c, cell, format);
        if (format == m_f.text || format == m_f.center)
            lines = std::max(lines, cellLines(cell, m_columnWidths[size_t(c)]));
    }
    if (const double height = ColumnWidths::rowHeight(lines))
        m_book.setRowHeight(m_sheet, row, height);
}

void MainSheet::totals(int row, int lastDataRow)
{
    m_book.merge(m_sheet, row, 0, row, int(MainColumn::Name), QStringLiteral("合计"), m_f.totalLabel);
    for (int c = int(MainColumn::Name) + 1; c <= m_last; ++c) {
        if (m_columns[size_t(c)].type != ExportCell::Amount) {
            m_book.blank(m_sheet, row, c, m_f.totalBlank);
            continue;
        }
        const double cached = m_data.total(MainColumn(c)).toDouble();
        if (lastDataRow < kFirstDataRow) {
            m_book.number(m_sheet, row, c, 0, m_f.totalMoney);
            continue;
        }
        const QString letter = columnName(c);
        // A1 references are 1-based. Group rows inside the range hold no numbers.
        const QString formula = QStringLiteral("=SUM(%1%2:%1%3)").arg(letter).arg(kFirstDataRow + 1).arg(lastDataRow + 1);
        m_book.formula(m_sheet, row, c, formula, cached, m_f.totalMoney);
    }
}

} // namespace

QString exportLedgerXlsx(const Ledger &ledger, const QString &path, const XlsxExportOptions &options, QDate today)
{
    // Numbers must be printed with a decimal point whatever locale the application runs in.
    const CNumericLocale cLocale;
    QTemporaryDir dir;
    if (!dir.isValid())
        return QCoreApplication::translate("tz::export", "无法创建临时目录：%1").arg(dir.errorString());
    const QString temp = dir.filePath(QStringLiteral("export.xlsx"));

    LedgerExportData::Options dataOptions;
    dataOptions.openRequirementsOnly = options.openRequirementsOnly;
    const LedgerExportData data(ledger, today, dataOptions);
    if (!data.error().isEmpty())
        return data.error();
    const int year = options.year ? options.year : today.year();
    {
        XlsxBook book(temp);
        if (!book.isValid())
            return book.close();
        QByteArray titleBytes = ledgerTitle(year).toUtf8();
        lxw_doc_properties properties = {};
        properties.title = titleBytes.data();
        book.check(workbook_set_properties(book.handle(), &properties));

        const SheetFormats formats = SheetFormats::create(book);
        // Sheets in tab order; the main one is first, so it is what opens.
        lxw_worksheet *main = book.addSheet(QStringLiteral("项目台账"));
        const QString detailError = forEachDetailTable(
                ledger, today, [&](const ExportTable &t) { writeTableSheet(book, formats, t, options.paper); });
        if (!detailError.isEmpty())
            return detailError; // the book is closed into the temporary directory and thrown away
        const QStringList titles = { QStringLiteral("责任单位"), QStringLiteral("项目类别"), QStringLiteral("项目阶段"),
                                     QStringLiteral("要素类型") };
        const QStringList ranges = writeDictionarySheet(
                book, QStringLiteral("字典"), titles,
                { data.units(), data.categories(), data.phases(), data.requirementKinds() });
        if (main)
            MainSheet(book, formats, data, options, year, today).write(main, ranges);
        const QString error = book.close();
        if (!error.isEmpty())
            return error;
    }
    QFile written(temp);
    if (!written.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("tz::export", "无法读取临时文件：%1").arg(written.errorString());
    return saveFileAtomically(path, written.readAll());
}

} // namespace tz
