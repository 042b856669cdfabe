#include "workbookreader.h"

#include "csvreader.h"
#include "xlsreader.h"
#include "xlsxreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace tz {

namespace {

// An OLE compound file holding "EncryptionInfo" and "EncryptedPackage" streams is an
// encrypted .xlsx; the stream names sit in the directory as UTF-16LE.
bool hasEncryptionStreams(QFile &file)
{
    static const QByteArray name = QByteArray("E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0", 28);
    file.seek(0);
    QByteArray tail;
    while (!file.atEnd()) {
        const QByteArray chunk = tail + file.read(1 << 20);
        if (chunk.contains(name))
            return true;
        tail = chunk.right(name.size());
        if (chunk.size() <= tail.size())
            break;
    }
    return false;
}

} // namespace

std::optional<Workbook> readWorkbook(const QString &path, QString *error)
{
    const QString where = describeCellLocation(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("tz::import", "%1：无法打开文件（%2）。").arg(where, file.errorString());
        return std::nullopt;
    }
    const QByteArray head = file.peek(8);
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool excelName = suffix == u"xlsx" || suffix == u"xlsm" || suffix == u"xls" || suffix == u"et";

    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06")) {
        file.close();
        return XlsxReader(path).read(error);
    }
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        if (hasEncryptionStreams(file)) {
            *error = QCoreApplication::translate("tz::import", "%1：工作簿受密码保护（已加密），无法读取。"
                                                               "请在 Excel 或 WPS 中取消密码后另存为 .xlsx 再导入。")
                             .arg(where);
            return std::nullopt;
        }
        file.close();
        // An .xls renamed to .xlsx reads fine; when it does not, say both things it may be.
        std::optional<Workbook> book = XlsReader(path).read(error);
        if (!book && (suffix == u"xlsx" || suffix == u"xlsm"))
            *error = QCoreApplication::translate("tz::import", "%1：这不是普通的 .xlsx 文件：它可能受密码保护（已加密），"
                                                               "也可能是扩展名被改成 .xlsx 的旧版 .xls 文件。请在 Excel 或 WPS 中打开，"
                                                               "取消密码后另存为 .xlsx 再导入。")
                             .arg(where);
        return book;
    }
    if (file.size() == 0) {
        *error = QCoreApplication::translate("tz::import", "%1：文件是空的。").arg(where);
        return std::nullopt;
    }
    if (excelName) {
        // Web systems often export an HTML table named .xls; a real .xlsx is always a zip.
        const QByteArray start = file.peek(512).trimmed().toLower();
        if (start.startsWith("<") || start.startsWith("\xEF\xBB\xBF<")) {
            *error = QCoreApplication::translate("tz::import", "%1：这不是真正的 Excel 文件，而是网页（HTML/XML）格式。"
                                                               "请用 Excel 或 WPS 打开后另存为 .xlsx 再导入。")
                             .arg(where);
            return std::nullopt;
        }
        if (suffix != u"xls") {
            *error = QCoreApplication::translate("tz::import", "%1：扩展名是 .%2，但内容不是 Excel 工作簿"
                                                               "（可能是改了扩展名的文本文件，或文件已损坏）。")
                             .arg(where, suffix);
            return std::nullopt;
        }
        // Tab-separated text named .xls is what many systems export: read it as text.
    }
    file.close();
    return CsvReader(path).read(error);
}

} // namespace tz
