// taizhang-cli: the ledger from the command line, for scripts. Links the core only.

#include "backup.h"
#include "changelogmodel.h"
#include "clock.h"
#include "demo.h"
#include "exporting/csvexport.h"
#include "exporting/xlsxexport.h"
#include "i18n.h"
#include "importing/importapply.h"
#include "importing/workbookreader.h"
#include "jsonexport.h"
#include "ledger.h"
#include "ledgercheck.h"
#include "ledgerlock.h"
#include "ledgerstats.h"
#include "printing/printjob.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// Exit codes are part of the contract scripts rely on.
enum Exit { Ok = 0, Unhealthy = 1, Usage = 2, Failure = 3 };

void out(const QString &text)
{
    const QByteArray b = text.toUtf8();
    std::fwrite(b.constData(), 1, size_t(b.size()), stdout);
}

int fail(const QString &message, int code = Failure)
{
    const QByteArray b = (message + u'\n').toUtf8();
    std::fwrite(b.constData(), 1, size_t(b.size()), stderr);
    return code;
}

QString helpText()
{
    return QCoreApplication::translate("taizhang-cli", "用法：taizhang-cli 命令 台账文件 [选项]\n"
              "\n"
              "台账（Taizhang）命令行工具：创建、检查、统计、导入、导出、打印、备份和恢复重大科技创新项目台账，查看修改记录。\n"
              "\n"
              "命令：\n"
              "  new 台账文件 [--demo N] [--seed S]  新建空台账，或含 N 个演示项目的台账\n"
              "  check 台账文件                       检查完整性和一致性；健康时退出码为 0\n"
              "  stats 台账文件 [--json]              统计：各类记录数；按灯色、责任单位、分包领导、阶段的项目数\n"
              "  export 台账文件 输出.json|输出.xlsx|输出.csv [--encoding gb18030|utf-8]\n"
              "                                       按扩展名导出：.xlsx 为项目办惯用的推进台账表（标题、两级表头、\n"
              "                                       合计，另有时间节点、要素保障、进展调度、督导记录等分表）；\n"
              "                                       .csv 为主表各列，默认 UTF-8（带 BOM），可选 GB18030；\n"
              "                                       其他扩展名为整个台账的 JSON\n"
              "  import 台账文件 表格文件 [--sheet 名称或序号] [--year 年份] [--dry-run] [--good-rows] [--force]\n"
              "                                       导入 XLSX/XLS/CSV 台账表：按项目编号（无编号时按名称）\n"
              "                                       合并到台账，作为一步可撤销的修改；有错误的行时默认不导入，\n"
              "                                       加 --good-rows 只导入无错误的行；--dry-run 只预览不修改\n"
              "  sheet 表格文件 [--sheet 名称或序号]  按程序读到的样子输出 XLSX/XLS/CSV 的一个工作表：UTF-8 CSV，\n"
              "                                       日期为 yyyy-MM-dd，数字不带格式，合并区域只在左上角单元格有值\n"
              "  print 台账文件 输出.pdf --kind supervision|leader|bulletin|ledger\n"
              "        [--project 项目编号] [--leader 姓名] [--unit 单位名称] [--paper A4|A3]\n"
              "                                       打印为 PDF：supervision 督导单（每个项目一页）；leader 分包领导\n"
              "                                       督导清单；bulletin 逾期事项通报（按责任单位）；ledger 推进台账表\n"
              "                                       （横向，每页重复表头，按责任单位分组，末行合计）。--project、\n"
              "                                       --leader、--unit 限定项目范围；不限定时打印全部项目、全部领导、\n"
              "                                       全部有逾期事项的单位\n"
              "  backup 台账文件                      立即备份：一致的、经过校验的副本，存入台账旁的\n"
              "                                       “台账文件.tzdb.backups”文件夹，按设置 backup_keep 轮换（默认 20 份）\n"
              "  backups 台账文件                     列出备份（最新的在前）\n"
              "  restore 台账文件 [备份文件]          用备份替换台账（默认用最新的完好备份）；被替换的文件先另存为\n"
              "                                       “恢复前”备份。台账正在程序中打开时拒绝执行\n"
              "  history 台账文件 [--from 日期] [--to 日期] [--user 用户] [--project 项目编号] [--out 输出.csv]\n"
              "                                       修改记录（谁、何时、原值、新值），CSV（UTF-8 带 BOM）；\n"
              "                                       不加 --out 时写到标准输出\n"
              "\n"
              "选项：\n"
              "  --demo N      演示项目数（new）\n"
              "  --seed S      演示数据的随机种子，相同种子得到相同台账（默认 1）\n"
              "  --today 日期  以该日期（yyyy-MM-dd）作为“今天”计算预警灯色和节点状态\n"
              "  --json        以 JSON 输出（stats）\n"
              "  --sheet S     工作表名称或序号（import、sheet；从 1 开始，默认第一个可见工作表）\n"
              "  --year Y      时间节点文字（如“3月底前…”）所属年份（默认取表头中的年份）\n"
              "  --dry-run     只显示将导入的内容和问题，不修改台账\n"
              "  --good-rows   跳过有错误的行，导入其余各行\n"
              "  --encoding E  CSV 导出的编码：utf-8（默认，带 BOM）或 gb18030（旧版中文 Excel）\n"
              "  --kind K      打印的文书（print）：supervision、leader、bulletin 或 ledger\n"
              "  --project C   只打印（print）或只列出（history）该编号的项目\n"
              "  --leader N    只打印该分包领导（print）\n"
              "  --unit N      只打印该责任单位（print）\n"
              "  --paper P     纸张（print）：A4（默认）或 A3\n"
              "  --from D      修改记录的起始日期（history，yyyy-MM-dd，含当天）\n"
              "  --to D        修改记录的截止日期（history，含当天）\n"
              "  --user U      只看该用户的修改（history）\n"
              "  --out F       输出文件（history）\n"
              "  --force       台账在另一程序中打开时仍然导入（import；对方程序的撤销记录将失效）\n"
              "  -h, --help    显示本帮助\n"
              "  -v, --version 显示版本\n"
              "\n"
              "退出码：0 成功；1 检查发现问题，或没有可导入的内容；2 用法错误；3 无法打开、读取或写入文件。\n"
              "错误信息写到标准错误输出。\n"
              "\n"
              "环境变量：TAIZHANG_LANG=en 以英文输出。详见 man taizhang-cli。\n");
}

std::unique_ptr<tz::Ledger> openLedger(const QString &path, bool readOnly, int *code)
{
    tz::FileCheck check;
    auto ledger = tz::Ledger::open(path, readOnly, &check);
    if (!ledger) {
        QString message = check.message;
        if (check.error == tz::OpenError::Damaged) {
            const auto good = tz::newestGoodBackup(path);
            message += u'\n' + (!good
                    ? QCoreApplication::translate("taizhang-cli", "没有找到完好的备份。")
                    : QCoreApplication::translate("taizhang-cli", "最新的完好备份：%1\n恢复：taizhang-cli restore %2")
                              .arg(QDir::toNativeSeparators(good->path), path));
        }
        *code = fail(message);
    }
    return ledger;
}

int cmdNew(const QStringList &args, const QCommandLineParser &p, QDate today)
{
    int demo = 0;
    if (p.isSet(QStringLiteral("demo"))) {
        bool ok = false;
        demo = p.value(QStringLiteral("demo")).toInt(&ok);
        if (!ok || demo < 0 || demo > 1000000)
            return fail(QCoreApplication::translate("taizhang-cli", "--demo 应为 0 到 1000000 之间的整数"), Usage);
    }
    bool ok = true;
    const quint32 seed = p.isSet(QStringLiteral("seed")) ? p.value(QStringLiteral("seed")).toUInt(&ok) : 1;
    if (!ok)
        return fail(QCoreApplication::translate("taizhang-cli", "--seed 应为非负整数"), Usage);
    QString error;
    auto ledger = tz::Ledger::create(args.at(1), &error);
    if (!ledger)
        return fail(error);
    if (demo > 0) {
        error = tz::fillDemoLedger(*ledger, demo, seed, today);
        if (!error.isEmpty()) {
            ledger.reset();
            QFile::remove(args.at(1));
            return fail(QCoreApplication::translate("taizhang-cli", "生成演示数据失败：%1").arg(error));
        }
    }
    out(QCoreApplication::translate("taizhang-cli", "已创建台账 %1（%2 个项目）\n").arg(args.at(1)).arg(demo));
    return Ok;
}

int cmdCheck(const QStringList &args, QDate)
{
    int code = Ok;
    auto ledger = openLedger(args.at(1), true, &code);
    if (!ledger)
        return code;
    const tz::CheckReport report = tz::checkLedger(*ledger);
    for (const QString &problem : report.problems)
        out(problem + u'\n');
    if (!report.healthy())
        return fail(QCoreApplication::translate("taizhang-cli", "发现 %1 个问题").arg(report.problems.size()), Unhealthy);
    out(QCoreApplication::translate("taizhang-cli", "台账完好：%1\n").arg(args.at(1)));
    return Ok;
}

int cmdStats(const QStringList &args, const QCommandLineParser &p, QDate today)
{
    int code = Ok;
    auto ledger = openLedger(args.at(1), true, &code);
    if (!ledger)
        return code;
    const tz::LedgerStats stats = tz::ledgerStats(*ledger, today);
    if (p.isSet(QStringLiteral("json")))
        out(QString::fromUtf8(QJsonDocument(stats.toJson()).toJson(QJsonDocument::Indented)));
    else
        out(stats.toText());
    return Ok;
}

int cmdExport(const QStringList &args, const QCommandLineParser &p, QDate today)
{
    if (args.size() < 3)
        return fail(QCoreApplication::translate("taizhang-cli", "export 需要输出文件名，例如：taizhang-cli export 台账.tzdb 台账.xlsx"), Usage);
    const QString target = args.at(2);
    const QString suffix = QFileInfo(target).suffix().toLower();
    // By extension: .xlsx and .csv are spreadsheets; anything else stays the JSON contract.
    tz::CsvEncoding encoding = tz::CsvEncoding::Utf8Bom;
    if (p.isSet(QStringLiteral("encoding"))) {
        const QString name = p.value(QStringLiteral("encoding")).toLower().remove(u'-');
        if (suffix != QStringLiteral("csv"))
            return fail(QCoreApplication::translate("taizhang-cli", "--encoding 只用于 CSV 导出"), Usage);
        if (name == QStringLiteral("gb18030"))
            encoding = tz::CsvEncoding::Gb18030;
        else if (name != QStringLiteral("utf8"))
            return fail(QCoreApplication::translate("taizhang-cli", "--encoding 应为 utf-8 或 gb18030"), Usage);
    }
    int code = Ok;
    auto ledger = openLedger(args.at(1), true, &code);
    if (!ledger)
        return code;
    if (suffix == QStringLiteral("xlsx")) {
        const QString error = tz::exportLedgerXlsx(*ledger, target, tz::XlsxExportOptions(), today);
        return error.isEmpty() ? Ok : fail(error);
    }
    if (suffix == QStringLiteral("csv")) {
        const QString error = tz::exportLedgerCsv(*ledger, target, encoding, today);
        return error.isEmpty() ? Ok : fail(error);
    }
    const QByteArray json = tz::exportLedgerJson(*ledger, today).toJson(QJsonDocument::Indented);
    // QSaveFile: a half-written export never replaces a good one.
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return fail(QCoreApplication::translate("taizhang-cli", "无法写入 %1：%2").arg(target, file.errorString()));
    return Ok;
}

int refuseIfOpenElsewhere(const QString &path, const QCommandLineParser &p, tz::LedgerLock *lock);

int cmdImport(const QStringList &args, const QCommandLineParser &p)
{
    if (args.size() < 3)
        return fail(QCoreApplication::translate("taizhang-cli", "import 需要表格文件名，例如：taizhang-cli import 台账.tzdb 区县台账.xlsx"), Usage);
    int year = 0;
    if (p.isSet(QStringLiteral("year"))) {
        bool ok = false;
        year = p.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || year < 1900 || year > 2999)
            return fail(QCoreApplication::translate("taizhang-cli", "--year 应为四位年份"), Usage);
    }
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));
    tz::LedgerLock lock(args.at(1));
    if (!dryRun) {
        if (const int refused = refuseIfOpenElsewhere(args.at(1), p, &lock))
            return refused;
    }
    int code = Ok;
    auto ledger = openLedger(args.at(1), dryRun, &code);
    if (!ledger)
        return code;
    QString error;
    const auto workbook = tz::readWorkbook(args.at(2), &error);
    if (!workbook)
        return fail(error);
    const int sheet = p.isSet(QStringLiteral("sheet")) ? workbook->findSheet(p.value(QStringLiteral("sheet")))
                                                        : workbook->firstVisibleSheet();
    if (sheet < 0)
        return fail(QCoreApplication::translate("taizhang-cli", "“%1”中没有工作表“%2”").arg(args.at(2), p.value(QStringLiteral("sheet"))), Usage);
    tz::ImportOptions options;
    options.year = year;
    const tz::ImportPreview preview = tz::planImport(*ledger, workbook->sheets.at(sheet), args.at(2), options);
    out(preview.summary() + u'\n');
    for (const tz::ImportProblem &problem : preview.problems)
        out((problem.error ? QCoreApplication::translate("taizhang-cli", "错误：") : QCoreApplication::translate("taizhang-cli", "提示："))
            + problem.message + u'\n');
    if (preview.added() + preview.changed() == 0)
        return fail(QCoreApplication::translate("taizhang-cli", "没有可导入的内容"), Unhealthy);
    if (dryRun) {
        out(QCoreApplication::translate("taizhang-cli", "预览完毕（--dry-run），台账未作改动。\n"));
        return Ok;
    }
    const tz::ImportResult result = tz::applyImport(*ledger, preview, p.isSet(QStringLiteral("good-rows")));
    if (!result.ok())
        return fail(result.error, Unhealthy);
    out(QCoreApplication::translate("taizhang-cli", "已导入：新增 %1 个项目，更新 %2 个项目，新增节点、需求等 %3 条。\n")
                .arg(result.added)
                .arg(result.updated)
                .arg(result.childrenAdded));
    return Ok;
}

// A ledger open in the GUI (here or on another PC) must not change under it: its undo steps
// would no longer match the file.
int refuseIfOpenElsewhere(const QString &path, const QCommandLineParser &p, tz::LedgerLock *lock)
{
    if (lock->tryAcquire() != tz::LedgerLock::HeldElsewhere || p.isSet(QStringLiteral("force")))
        return Ok;
    return fail(QCoreApplication::translate("taizhang-cli", "“%1”正被%2打开，未作改动。请先在那里关闭台账，或加 --force。")
                        .arg(path, tz::LedgerLock::describe(lock->holder())));
}

int cmdBackup(const QStringList &args)
{
    int code = Ok;
    auto ledger = openLedger(args.at(1), true, &code);
    if (!ledger)
        return code;
    QString made;
    const QString error = tz::makeBackup(*ledger, tz::BackupReason::Manual, &made);
    if (!error.isEmpty())
        return fail(error);
    out(QCoreApplication::translate("taizhang-cli", "已备份到 %1\n").arg(QDir::toNativeSeparators(made)));
    return Ok;
}

int cmdBackups(const QStringList &args)
{
    const auto list = tz::listBackups(args.at(1));
    if (list.empty())
        out(QCoreApplication::translate("taizhang-cli", "“%1”还没有备份（备份文件夹：%2）\n")
                    .arg(args.at(1), QDir::toNativeSeparators(tz::backupFolder(args.at(1)))));
    for (const tz::BackupInfo &b : list)
        out(QStringLiteral("%1\t%2\t%3 KB\t%4\n")
                    .arg(b.made.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), tz::backupReasonLabel(b.reason))
                    .arg((b.bytes + 1023) / 1024)
                    .arg(QDir::toNativeSeparators(b.path)));
    return Ok;
}

int cmdRestore(const QStringList &args)
{
    const QString ledgerPath = args.at(1);
    tz::LedgerLock lock(ledgerPath);
    if (lock.tryAcquire() == tz::LedgerLock::HeldElsewhere)
        return fail(QCoreApplication::translate("taizhang-cli", "“%1”正被%2打开，不能恢复。请先关闭台账。")
                            .arg(ledgerPath, tz::LedgerLock::describe(lock.holder())));
    const QString source = args.size() > 2 ? args.at(2) : tz::newestGoodBackup(ledgerPath).value_or(tz::BackupInfo()).path;
    if (source.isEmpty())
        return fail(QCoreApplication::translate("taizhang-cli", "“%1”没有完好的备份可以恢复。").arg(ledgerPath));
    const QString error = tz::restoreBackup(source, ledgerPath);
    if (!error.isEmpty())
        return fail(error);
    out(QCoreApplication::translate("taizhang-cli", "已用备份 %1 恢复 %2\n").arg(QDir::toNativeSeparators(source), ledgerPath));
    return Ok;
}

int cmdHistory(const QStringList &args, const QCommandLineParser &p)
{
    int code = Ok;
    auto ledger = openLedger(args.at(1), true, &code);
    if (!ledger)
        return code;
    tz::ChangeFilter filter;
    for (const auto &[option, date] : { std::pair{ QStringLiteral("from"), &filter.from },
                                        std::pair{ QStringLiteral("to"), &filter.to } }) {
        if (!p.isSet(option))
            continue;
        *date = QDate::fromString(p.value(option), Qt::ISODate);
        if (!date->isValid())
            return fail(QCoreApplication::translate("taizhang-cli", "--%1 应为 yyyy-MM-dd 格式的日期").arg(option), Usage);
    }
    filter.user = p.value(QStringLiteral("user"));
    if (p.isSet(QStringLiteral("project"))) {
        filter.projectId = ledger->projectIdByCode(p.value(QStringLiteral("project")));
        if (!filter.projectId)
            return fail(QCoreApplication::translate("taizhang-cli", "台账中没有编号为“%1”的项目").arg(p.value(QStringLiteral("project"))), Usage);
    }
    tz::ChangeLogModel model(ledger.get());
    model.setFilter(filter);
    const QString target = p.isSet(QStringLiteral("out")) ? p.value(QStringLiteral("out")) : QString();
    QString path = target;
    if (target.isEmpty())
        path = QDir::temp().filePath(QStringLiteral("taizhang-history-%1.csv").arg(QCoreApplication::applicationPid()));
    const QString error = model.exportCsv(path);
    if (!error.isEmpty())
        return fail(error);
    if (target.isEmpty()) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = f.readAll().mid(3); // no BOM on a terminal
            std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        }
        f.remove();
    }
    return Ok;
}

// RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled.
QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

int cmdSheet(const QStringList &args, const QCommandLineParser &p)
{
    QString error;
    const auto workbook = tz::readWorkbook(args.at(1), &error);
    if (!workbook)
        return fail(error);
    int index = workbook->firstVisibleSheet();
    if (p.isSet(QStringLiteral("sheet"))) {
        index = workbook->findSheet(p.value(QStringLiteral("sheet")));
        if (index < 0)
            return fail(QCoreApplication::translate("taizhang-cli", "“%1”中没有工作表“%2”").arg(args.at(1), p.value(QStringLiteral("sheet"))), Usage);
    }
    // The reader already leaves the cells under a merge empty, as Excel shows them.
    const tz::Sheet &sheet = workbook->sheets.at(std::max(index, 0));
    for (int row = 0; row < sheet.rowCount(); ++row) {
        QString line;
        for (int column = 0; column < sheet.columnCount(); ++column) {
            if (column > 0)
                line += u',';
            line += csvField(sheet.cell(row, column).plainText());
        }
        out(line + u'\n');
    }
    return Ok;
}

// The value of --leader may carry the title as sheets print it: 王建国（副市长）.
QString withoutTitle(const QString &name)
{
    QString n = name.trimmed();
    for (const QChar open : { QChar(0xFF08), QChar(u'(') }) {
        const qsizetype at = n.indexOf(open);
        if (at > 0)
            n.truncate(at);
    }
    return n.trimmed();
}

int cmdPrint(const QStringList &args, const QCommandLineParser &p, QDate today)
{
    if (args.size() < 3)
        return fail(QCoreApplication::translate("taizhang-cli", "print 需要输出文件名，例如：taizhang-cli print 台账.tzdb 督导单.pdf --kind supervision"), Usage);
    const auto kind = tz::printKindFromName(p.value(QStringLiteral("kind")));
    if (!kind)
        return fail(QCoreApplication::translate("taizhang-cli", "--kind 应为 supervision、leader、bulletin 或 ledger"), Usage);
    std::optional<tz::Paper> paper;
    if (p.isSet(QStringLiteral("paper"))) {
        paper = tz::paperFromName(p.value(QStringLiteral("paper")));
        if (!paper)
            return fail(QCoreApplication::translate("taizhang-cli", "--paper 应为 A4 或 A3"), Usage);
    }
    // The PDF replaces its target: never let that be the ledger itself.
    if (QFileInfo::exists(args.at(2)) && QFileInfo(args.at(2)).canonicalFilePath() == QFileInfo(args.at(1)).canonicalFilePath())
        return fail(QCoreApplication::translate("taizhang-cli", "输出文件不能是台账文件本身：%1").arg(args.at(2)), Usage);
    int code = Ok;
    auto ledger = openLedger(args.at(1), true, &code);
    if (!ledger)
        return code;
    tz::PrintRequest request;
    request.kind = *kind;
    request.today = today;
    if (p.isSet(QStringLiteral("project"))) {
        const QString project = p.value(QStringLiteral("project"));
        request.project = ledger->projectIdByCode(project);
        if (!request.project)
            return fail(QCoreApplication::translate("taizhang-cli", "台账中没有编号为“%1”的项目").arg(project), Usage);
    }
    if (p.isSet(QStringLiteral("leader"))) {
        const QString leader = p.value(QStringLiteral("leader"));
        request.leader = ledger->findByName(tz::Entity::Leader, leader);
        if (!request.leader)
            request.leader = ledger->findByName(tz::Entity::Leader, withoutTitle(leader));
        if (!request.leader)
            return fail(QCoreApplication::translate("taizhang-cli", "台账中没有分包领导“%1”").arg(leader), Usage);
    }
    if (p.isSet(QStringLiteral("unit"))) {
        const QString unit = p.value(QStringLiteral("unit"));
        request.unit = ledger->findByName(tz::Entity::Unit, unit);
        if (!request.unit)
            return fail(QCoreApplication::translate("taizhang-cli", "台账中没有责任单位“%1”").arg(unit), Usage);
    }
    tz::PrintSettings settings = tz::printSettings(*ledger);
    if (paper)
        settings.paper = *paper;
    tz::PrintJob job(*ledger, request, settings);
    QString error;
    if (!job.writePdf(args.at(2), &error))
        return fail(QCoreApplication::translate("taizhang-cli", "无法写入 %1：%2").arg(args.at(2), error));
    out(QCoreApplication::translate("taizhang-cli", "已生成 %1（%2 页）\n").arg(args.at(2)).arg(job.pagesPrinted()));
    return Ok;
}

// print lays text out with real fonts, which takes a QGuiApplication; the other commands stay
// console-only. Finds the command as QCommandLineParser will: the first argument that is not
// an option or an option's value.
bool isPrintCommand(int argc, char *argv[])
{
    static const char *const valued[] = { "--demo", "--seed", "--today", "--sheet", "--year",
                                          "--encoding", "--kind", "--project", "--leader",
                                          "--unit", "--paper", "-demo", "-seed", "-today",
                                          "-sheet", "-year", "-encoding", "-kind", "-project",
                                          "-leader", "-unit", "-paper" };
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (a[0] != '-')
            return std::strcmp(a, "print") == 0;
        for (const char *v : valued)
            if (std::strcmp(a, v) == 0)
                ++i;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // Printing needs no display: without a platform set, the offscreen one is used.
    const bool gui = isPrintCommand(argc, argv);
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> application = gui
            ? std::make_unique<QGuiApplication>(argc, argv)
            : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Taizhang"));
    QCoreApplication::setApplicationName(QStringLiteral("taizhang-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TZ_VERSION));
    tz::installTranslations(app);

    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, QString());
    const QCommandLineOption version({ QStringLiteral("v"), QStringLiteral("version") }, QString());
    p.addOption(help);
    p.addOption(version);
    p.addOption({ QStringLiteral("demo"), QString(), QStringLiteral("N") });
    p.addOption({ QStringLiteral("seed"), QString(), QStringLiteral("S") });
    p.addOption({ QStringLiteral("today"), QString(), QStringLiteral("DATE") });
    p.addOption({ QStringLiteral("json"), QString() });
    p.addOption({ QStringLiteral("sheet"), QString(), QStringLiteral("S") });
    p.addOption({ QStringLiteral("year"), QString(), QStringLiteral("Y") });
    p.addOption({ QStringLiteral("dry-run"), QString() });
    p.addOption({ QStringLiteral("good-rows"), QString() });
    p.addOption({ QStringLiteral("encoding"), QString(), QStringLiteral("E") });
    p.addOption({ QStringLiteral("kind"), QString(), QStringLiteral("K") });
    p.addOption({ QStringLiteral("project"), QString(), QStringLiteral("CODE") });
    p.addOption({ QStringLiteral("leader"), QString(), QStringLiteral("NAME") });
    p.addOption({ QStringLiteral("unit"), QString(), QStringLiteral("NAME") });
    p.addOption({ QStringLiteral("paper"), QString(), QStringLiteral("P") });
    p.addOption({ QStringLiteral("from"), QString(), QStringLiteral("DATE") });
    p.addOption({ QStringLiteral("to"), QString(), QStringLiteral("DATE") });
    p.addOption({ QStringLiteral("user"), QString(), QStringLiteral("NAME") });
    p.addOption({ QStringLiteral("out"), QString(), QStringLiteral("FILE") });
    p.addOption({ QStringLiteral("force"), QString() });
    if (!p.parse(app.arguments()))
        return fail(p.errorText() + u'\n' + QCoreApplication::translate("taizhang-cli", "用 --help 查看用法。"), Usage);
    if (p.isSet(help)) {
        out(helpText());
        return Ok;
    }
    if (p.isSet(version)) {
        out(QStringLiteral("taizhang-cli %1\n").arg(QStringLiteral(TZ_VERSION)));
        return Ok;
    }
    QDate today = tz::Clock::today();
    if (p.isSet(QStringLiteral("today"))) {
        today = QDate::fromString(p.value(QStringLiteral("today")), Qt::ISODate);
        if (!today.isValid())
            return fail(QCoreApplication::translate("taizhang-cli", "--today 应为 yyyy-MM-dd 格式的日期"), Usage);
        tz::Clock::setToday(today);
    }
    const QStringList args = p.positionalArguments();
    if (args.size() < 2)
        return fail(helpText(), Usage);
    const QString command = args.at(0);
    if (command == QStringLiteral("new"))
        return cmdNew(args, p, today);
    if (command == QStringLiteral("check"))
        return cmdCheck(args, today);
    if (command == QStringLiteral("stats"))
        return cmdStats(args, p, today);
    if (command == QStringLiteral("export"))
        return cmdExport(args, p, today);
    if (command == QStringLiteral("import"))
        return cmdImport(args, p);
    if (command == QStringLiteral("sheet"))
        return cmdSheet(args, p);
    if (command == QStringLiteral("print"))
        return cmdPrint(args, p, today);
    if (command == QStringLiteral("backup"))
        return cmdBackup(args);
    if (command == QStringLiteral("backups"))
        return cmdBackups(args);
    if (command == QStringLiteral("restore"))
        return cmdRestore(args);
    if (command == QStringLiteral("history"))
        return cmdHistory(args, p);
    return fail(QCoreApplication::translate("taizhang-cli", "未知命令“%1”。用 --help 查看用法。").arg(command), Usage);
}
