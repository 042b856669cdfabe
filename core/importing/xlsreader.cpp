#include "xlsreader.h"

#include "xlsfootprint.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <freexl.h>

namespace tz {

namespace {

// Closes the FreeXL handle on every path, as freexl_open() asks even after a failure.
struct FreeXlHandle
{
    const void *handle = nullptr;
    ~FreeXlHandle()
    {
        if (handle)
            freexl_close(handle);
    }
};

// FreeXL's own arrays for one workbook. The largest sheet BIFF allows (65,536 rows × 256
// columns) takes 256 MB of them; twice that leaves room for its strings and a second sheet.
constexpr qint64 MaxFreeXlBytes = qint64(512) << 20;

QString passwordMessage(const QString &where)
{
    return QCoreApplication::translate("tz::import", "%1：工作簿受密码保护（已加密），无法读取。"
                                                     "请在 Excel 或 WPS 中取消密码后再导入。")
            .arg(where);
}

} // namespace

XlsReader::XlsReader(const QString &path) : m_path(path) { }

std::optional<Workbook> XlsReader::read(QString *error)
{
    const QString where = describeCellLocation(m_path);
    if (QFileInfo(m_path).size() > limits::MaxFileBytes) {
        *error = QCoreApplication::translate("tz::import", "%1：文件超过 %2 MB，无法读取。")
                         .arg(where)
                         .arg(limits::MaxFileBytes >> 20);
        return std::nullopt;
    }
    // FreeXL believes the sizes a file declares; measure them before it allocates them.
    const std::optional<XlsFootprint> footprint = measureXlsFootprint(m_path);
    if (!footprint) {
        *error = QCoreApplication::translate("tz::import", "%1：无法读取这个 .xls 文件：文件结构已损坏"
                                                           "（找不到工作簿数据，或数据链循环、记录不完整）。请在 Excel 或 WPS 中另存为 .xlsx 后再导入。")
                         .arg(where);
        return std::nullopt;
    }
    if (footprint->encrypted) {
        *error = passwordMessage(where);
        return std::nullopt;
    }
    if (footprint->bytes() > MaxFreeXlBytes) {
        *error = QCoreApplication::translate("tz::import", "%1：文件声明的表格范围过大（共 %2 个单元格，读取需要约 %3 MB 内存），"
                                                           "文件可能已损坏。请在 Excel 或 WPS 中打开，删除多余的空行空列后另存为 .xlsx 再导入。")
                         .arg(where, QLocale(QLocale::Chinese, QLocale::China).toString(footprint->cells))
                         .arg(footprint->bytes() >> 20);
        return std::nullopt;
    }
    FreeXlHandle xls;
    const int opened = freexl_open(QFile::encodeName(m_path).constData(), &xls.handle);
    if (opened != FREEXL_OK) {
        *error = opened == FREEXL_FILE_NOT_FOUND
                ? QCoreApplication::translate("tz::import", "%1：无法打开文件。").arg(where)
                : QCoreApplication::translate("tz::import", "%1：无法读取这个 .xls 文件，文件可能已损坏，"
                                                            "或是受密码保护（FreeXL 错误 %2）。请在 Excel 或 WPS 中另存为 .xlsx 后再导入。")
                          .arg(where)
                          .arg(opened);
        return std::nullopt;
    }
    unsigned int info = 0;
    if (freexl_get_info(xls.handle, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK && info == FREEXL_BIFF_OBFUSCATED) {
        *error = passwordMessage(where);
        return std::nullopt;
    }
    unsigned int sheetCount = 0;
    freexl_get_info(xls.handle, FREEXL_BIFF_SHEET_COUNT, &sheetCount);

    Workbook book;
    book.format = Workbook::Xls;
    qint64 budget = limits::MaxCells;
    for (unsigned int s = 0; s < sheetCount && s <= 0xFFFF; ++s) {
        Sheet sheet;
        const char *name = nullptr;
        if (freexl_get_worksheet_name(xls.handle, static_cast<unsigned short>(s), &name) == FREEXL_OK && name)
            sheet.name = QString::fromUtf8(name);
        unsigned int rows = 0;
        unsigned short columns = 0;
        if (freexl_select_active_worksheet(xls.handle, static_cast<unsigned short>(s)) != FREEXL_OK
            || freexl_worksheet_dimensions(xls.handle, &rows, &columns) != FREEXL_OK) {
            *error = QCoreApplication::translate("tz::import", "%1：无法读取工作表“%2”，文件可能已损坏。")
                             .arg(where, sheet.name);
            return std::nullopt;
        }
        // FreeXL gives counts here (rows 13 for A1:O13), despite what its header says.
        rows = std::min<unsigned int>(rows, limits::MaxRows);
        for (unsigned int r = 0; r < rows; ++r) {
            for (unsigned short c = 0; c < columns && c < limits::MaxColumns; ++c) {
                FreeXL_CellValue v;
                if (freexl_get_cell_value(xls.handle, r, c, &v) != FREEXL_OK)
                    continue;
                Cell cell;
                switch (v.type) {
                case FREEXL_CELL_INT:
                    cell = Cell::fromNumber(v.value.int_value);
                    break;
                case FREEXL_CELL_DOUBLE:
                    cell = Cell::fromNumber(v.value.double_value);
                    break;
                case FREEXL_CELL_TEXT:
                case FREEXL_CELL_SST_TEXT:
                    cell = Cell::fromText(QString::fromUtf8(v.value.text_value));
                    break;
                case FREEXL_CELL_DATE:
                case FREEXL_CELL_DATETIME: {
                    // "YYYY-MM-DD" or "YYYY-MM-DD HH:MM:SS": the day is what a ledger keeps.
                    const QDate date = QDate::fromString(QString::fromLatin1(v.value.text_value).left(10), Qt::ISODate);
                    cell = date.isValid() ? Cell::fromDate(date) : Cell::fromText(QString::fromUtf8(v.value.text_value));
                    break;
                }
                case FREEXL_CELL_TIME: {
                    // A time of day as Excel keeps it: a fraction of a day.
                    const QTime t = QTime::fromString(QString::fromLatin1(v.value.text_value), Qt::ISODate);
                    cell = t.isValid() ? Cell::fromNumber(t.msecsSinceStartOfDay() / 86400000.0, QStringLiteral("h:mm:ss"))
                                       : Cell::fromText(QString::fromUtf8(v.value.text_value));
                    break;
                }
                default:
                    break;
                }
                if (cell.isEmpty())
                    continue;
                budget -= sheet.setCell(int(r), c, std::move(cell));
                if (budget < 0) {
                    *error = QCoreApplication::translate("tz::import", "%1：单元格超过 %2 个，文件过大，无法读取。")
                                     .arg(describeCellLocation(m_path, sheet.name, int(r), c))
                                     .arg(limits::MaxCells);
                    return std::nullopt;
                }
            }
        }
        book.sheets.append(std::move(sheet));
    }
    if (book.sheets.isEmpty()) {
        *error = QCoreApplication::translate("tz::import", "%1：工作簿中没有工作表。").arg(where);
        return std::nullopt;
    }
    return book;
}

} // namespace tz
