// taizhang-cli: the ledger from the command line, for scripts. Links the core only.

#include "clock.h"
#include "demo.h"
#include "i18n.h"
#include "importing/importapply.h"
#include "importing/workbookreader.h"
#include "jsonexport.h"
#include "ledger.h"
#include "ledgercheck.h"
#include "ledgerstats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstdio>

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
              "台账（Taizhang）命令行工具：创建、检查、统计和导出重大科技创新项目台账。\n"
              "\n"
              "命令：\n"
              "  new 台账文件 [--demo N] [--seed S]  新建空台账，或含 N 个演示项目的台账\n"
              "  check 台账文件                       检查完整性和一致性；健康时退出码为 0\n"
              "  stats 台账文件 [--json]              统计：各类记录数；按灯色、责任单位、分包领导、阶段的项目数\n"
              "  export 台账文件 输出.json            将整个台账导出为 JSON\n"
              "  import 台账文件 表格文件 [--sheet 名称或序号] [--year 年份] [--dry-run] [--good-rows]\n"
              "                                       导入 XLSX/XLS/CSV 台账表：按项目编号（无编号时按名称）\n"
              "                                       合并到台账，作为一步可撤销的修改；有错误的行时默认不导入，\n"
              "                                       加 --good-rows 只导入无错误的行；--dry-run 只预览不修改\n"
              "\n"
              "选项：\n"
              "  --demo N      演示项目数（new）\n"
              "  --seed S      演示数据的随机种子，相同种子得到相同台账（默认 1）\n"
              "  --today 日期  以该日期（yyyy-MM-dd）作为“今天”计算预警灯色和节点状态\n"
              "  --json        以 JSON 输出（stats）\n"
              "  --sheet S     要导入的工作表名称或序号（从 1 开始，默认第一个可见工作表）\n"
              "  --year Y      时间节点文字（如“3月底前…”）所属年份（默认取表头中的年份）\n"
              "  --dry-run     只显示将导入的内容和问题，不修改台账\n"
              "  --good-rows   跳过有错误的行，导入其余各行\n"
              "  -h, --help    显示本帮助\n"
              "  -v, --version 显示版本\n"
              "\n"
              "退出码：0 成功；1 检查发现问题，或没有可导入的内容；2 用法错误；3 无法打开、读取或写入文件。\n"
              "错误信息写到标准错误输出。\n");
}

std::unique_ptr<tz::Ledger> openLedger(const QString &path, bool readOnly, int *code)
{
    tz::FileCheck check;
    auto ledger = tz::Ledger::open(path, readOnly, &check);
    if (!ledger)
        *code = fail(check.message);
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

int cmdExport(const QStringList &args, QDate today)
{
    if (args.size() < 3)
        return fail(QCoreApplication::translate("taizhang-cli", "export 需要输出文件名，例如：taizhang-cli export 台账.tzdb 台账.json"), Usage);
    int code = Ok;
    auto ledger = openLedger(args.at(1), true, &code);
    if (!ledger)
        return code;
    const QByteArray json = tz::exportLedgerJson(*ledger, today).toJson(QJsonDocument::Indented);
    // QSaveFile: a half-written export never replaces a good one.
    QSaveFile file(args.at(2));
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return fail(QCoreApplication::translate("taizhang-cli", "无法写入 %1：%2").arg(args.at(2), file.errorString()));
    return Ok;
}

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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
        return cmdExport(args, today);
    if (command == QStringLiteral("import"))
        return cmdImport(args, p);
    return fail(QCoreApplication::translate("taizhang-cli", "未知命令“%1”。用 --help 查看用法。").arg(command), Usage);
}
