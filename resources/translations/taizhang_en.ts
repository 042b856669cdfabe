<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message>
        <source>台账文件 (*.tzdb);;所有文件 (*)</source>
        <translation>Ledger files (*.tzdb);;All files (*)</translation>
    </message>
    <message>
        <source>新建台账</source>
        <translation>New Ledger</translation>
    </message>
    <message>
        <source>打开台账</source>
        <translation>Open Ledger</translation>
    </message>
    <message>
        <source>台账</source>
        <translation>Taizhang</translation>
    </message>
    <message>
        <source>还没有打开的台账。</source>
        <translation>No ledger is open.</translation>
    </message>
    <message>
        <source>可以新建一个空台账，新建一个含演示项目的台账来了解程序，或打开已有的台账文件。</source>
        <translation>You can create an empty ledger, create a ledger with demo projects to get to know the program, or open an existing ledger file.</translation>
    </message>
    <message>
        <source>新建空台账…</source>
        <translation>New Empty Ledger…</translation>
    </message>
    <message>
        <source>新建演示台账…</source>
        <translation>New Demo Ledger…</translation>
    </message>
    <message>
        <source>打开台账…</source>
        <translation>Open Ledger…</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>项目台账.tzdb</source>
        <translation>Project Ledger.tzdb</translation>
    </message>
    <message>
        <source>演示台账.tzdb</source>
        <translation>Demo Ledger.tzdb</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>台账</source>
        <translation>Taizhang</translation>
    </message>
    <message>
        <source>重大科技创新项目台账</source>
        <translation>Ledger of major science and technology innovation projects</translation>
    </message>
    <message>
        <source>以只读方式打开台账</source>
        <translation>Open the ledger read-only</translation>
    </message>
    <message>
        <source>台账文件（.tzdb）</source>
        <translation>Ledger file (.tzdb)</translation>
    </message>
</context>
<context>
    <name>taizhang-cli</name>
    <message>
        <source>--demo 应为 0 到 1000000 之间的整数</source>
        <translation>--demo must be an integer from 0 to 1000000</translation>
    </message>
    <message>
        <source>--seed 应为非负整数</source>
        <translation>--seed must be a non-negative integer</translation>
    </message>
    <message>
        <source>生成演示数据失败：%1</source>
        <translation>Failed to generate demo data: %1</translation>
    </message>
    <message>
        <source>已创建台账 %1（%2 个项目）
</source>
        <translation>Created ledger %1 (projects: %2)
</translation>
    </message>
    <message>
        <source>发现 %1 个问题</source>
        <translation>Problems found: %1</translation>
    </message>
    <message>
        <source>台账完好：%1
</source>
        <translation>Ledger OK: %1
</translation>
    </message>
    <message>
        <source>无法写入 %1：%2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>用 --help 查看用法。</source>
        <translation>Use --help to see usage.</translation>
    </message>
    <message>
        <source>--today 应为 yyyy-MM-dd 格式的日期</source>
        <translation>--today must be a date in yyyy-MM-dd format</translation>
    </message>
    <message>
        <source>未知命令“%1”。用 --help 查看用法。</source>
        <translation>Unknown command &quot;%1&quot;. Use --help to see usage.</translation>
    </message>
    <message>
        <source>export 需要输出文件名，例如：taizhang-cli export 台账.tzdb 台账.xlsx</source>
        <translation>export needs an output file name, e.g. taizhang-cli export ledger.tzdb ledger.xlsx</translation>
    </message>
    <message>
        <source>--encoding 只用于 CSV 导出</source>
        <translation>--encoding applies only to CSV export</translation>
    </message>
    <message>
        <source>--encoding 应为 utf-8 或 gb18030</source>
        <translation>--encoding must be utf-8 or gb18030</translation>
    </message>
    <message>
        <source>import 需要表格文件名，例如：taizhang-cli import 台账.tzdb 区县台账.xlsx</source>
        <translation>import needs a spreadsheet file name, e.g. taizhang-cli import ledger.tzdb county-ledger.xlsx</translation>
    </message>
    <message>
        <source>--year 应为四位年份</source>
        <translation>--year must be a four-digit year</translation>
    </message>
    <message>
        <source>“%1”中没有工作表“%2”</source>
        <translation>&quot;%1&quot; has no sheet &quot;%2&quot;</translation>
    </message>
    <message>
        <source>错误：</source>
        <translation>Error: </translation>
    </message>
    <message>
        <source>提示：</source>
        <translation>Note: </translation>
    </message>
    <message>
        <source>没有可导入的内容</source>
        <translation>Nothing to import</translation>
    </message>
    <message>
        <source>预览完毕（--dry-run），台账未作改动。
</source>
        <translation>Preview finished (--dry-run); the ledger was not changed.
</translation>
    </message>
    <message>
        <source>已导入：新增 %1 个项目，更新 %2 个项目，新增节点、需求等 %3 条。
</source>
        <translation>Imported: %1 new project(s), %2 updated project(s), %3 new milestone(s), requirement(s) and other records.
</translation>
    </message>
    <message>
        <source>print 需要输出文件名，例如：taizhang-cli print 台账.tzdb 督导单.pdf --kind supervision</source>
        <translation>print needs an output file name, e.g. taizhang-cli print ledger.tzdb supervision.pdf --kind supervision</translation>
    </message>
    <message>
        <source>--kind 应为 supervision、leader、bulletin 或 ledger</source>
        <translation>--kind must be supervision, leader, bulletin or ledger</translation>
    </message>
    <message>
        <source>--paper 应为 A4 或 A3</source>
        <translation>--paper must be A4 or A3</translation>
    </message>
    <message>
        <source>台账中没有编号为“%1”的项目</source>
        <translation>The ledger has no project with code &quot;%1&quot;</translation>
    </message>
    <message>
        <source>台账中没有分包领导“%1”</source>
        <translation>The ledger has no leader in charge &quot;%1&quot;</translation>
    </message>
    <message>
        <source>台账中没有责任单位“%1”</source>
        <translation>The ledger has no responsible unit &quot;%1&quot;</translation>
    </message>
    <message>
        <source>已生成 %1（%2 页）
</source>
        <translation>Created %1 (pages: %2)
</translation>
    </message>
    <message>
        <source>输出文件不能是台账文件本身：%1</source>
        <translation>The output file cannot be the ledger file itself: %1</translation>
    </message>
    <message>
        <source>没有找到完好的备份。</source>
        <translation>No intact backup found.</translation>
    </message>
    <message>
        <source>最新的完好备份：%1
恢复：taizhang-cli restore %2</source>
        <translation>Latest intact backup: %1
To restore: taizhang-cli restore %2</translation>
    </message>
    <message>
        <source>“%1”正被%2打开，未作改动。请先在那里关闭台账，或加 --force。</source>
        <translation>&quot;%1&quot; is open in %2; nothing was changed. Close the ledger there first, or add --force.</translation>
    </message>
    <message>
        <source>已备份到 %1
</source>
        <translation>Backed up to %1
</translation>
    </message>
    <message>
        <source>“%1”还没有备份（备份文件夹：%2）
</source>
        <translation>&quot;%1&quot; has no backups yet (backup folder: %2)
</translation>
    </message>
    <message>
        <source>“%1”正被%2打开，不能恢复。请先关闭台账。</source>
        <translation>&quot;%1&quot; is open in %2 and cannot be restored. Close the ledger first.</translation>
    </message>
    <message>
        <source>“%1”没有完好的备份可以恢复。</source>
        <translation>&quot;%1&quot; has no intact backup to restore.</translation>
    </message>
    <message>
        <source>已用备份 %1 恢复 %2
</source>
        <translation>Restored %2 from backup %1
</translation>
    </message>
    <message>
        <source>--%1 应为 yyyy-MM-dd 格式的日期</source>
        <translation>--%1 must be a date in yyyy-MM-dd format</translation>
    </message>
    <message>
        <source>用法：taizhang-cli 命令 台账文件 [选项]

台账（Taizhang）命令行工具：创建、检查、统计、导入、导出、打印、备份和恢复重大科技创新项目台账，查看修改记录。

命令：
  new 台账文件 [--demo N] [--seed S]  新建空台账，或含 N 个演示项目的台账
  check 台账文件                       检查完整性和一致性；健康时退出码为 0
  stats 台账文件 [--json]              统计：各类记录数；按灯色、责任单位、分包领导、阶段的项目数
  export 台账文件 输出.json|输出.xlsx|输出.csv [--encoding gb18030|utf-8]
                                       按扩展名导出：.xlsx 为项目办惯用的推进台账表（标题、两级表头、
                                       合计，另有时间节点、要素保障、进展调度、督导记录等分表）；
                                       .csv 为主表各列，默认 UTF-8（带 BOM），可选 GB18030；
                                       其他扩展名为整个台账的 JSON
  import 台账文件 表格文件 [--sheet 名称或序号] [--year 年份] [--dry-run] [--good-rows] [--force]
                                       导入 XLSX/XLS/CSV 台账表：按项目编号（无编号时按名称）
                                       合并到台账，作为一步可撤销的修改；有错误的行时默认不导入，
                                       加 --good-rows 只导入无错误的行；--dry-run 只预览不修改
  sheet 表格文件 [--sheet 名称或序号]  按程序读到的样子输出 XLSX/XLS/CSV 的一个工作表：UTF-8 CSV，
                                       日期为 yyyy-MM-dd，数字不带格式，合并区域只在左上角单元格有值
  print 台账文件 输出.pdf --kind supervision|leader|bulletin|ledger
        [--project 项目编号] [--leader 姓名] [--unit 单位名称] [--paper A4|A3]
                                       打印为 PDF：supervision 督导单（每个项目一页）；leader 分包领导
                                       督导清单；bulletin 逾期事项通报（按责任单位）；ledger 推进台账表
                                       （横向，每页重复表头，按责任单位分组，末行合计）。--project、
                                       --leader、--unit 限定项目范围；不限定时打印全部项目、全部领导、
                                       全部有逾期事项的单位
  backup 台账文件                      立即备份：一致的、经过校验的副本，存入台账旁的
                                       “台账文件.tzdb.backups”文件夹，按设置 backup_keep 轮换（默认 20 份）
  backups 台账文件                     列出备份（最新的在前）
  restore 台账文件 [备份文件]          用备份替换台账（默认用最新的完好备份）；被替换的文件先另存为
                                       “恢复前”备份。台账正在程序中打开时拒绝执行
  history 台账文件 [--from 日期] [--to 日期] [--user 用户] [--project 项目编号] [--out 输出.csv]
                                       修改记录（谁、何时、原值、新值），CSV（UTF-8 带 BOM）；
                                       不加 --out 时写到标准输出

选项：
  --demo N      演示项目数（new）
  --seed S      演示数据的随机种子，相同种子得到相同台账（默认 1）
  --today 日期  以该日期（yyyy-MM-dd）作为“今天”计算预警灯色和节点状态
  --json        以 JSON 输出（stats）
  --sheet S     工作表名称或序号（import、sheet；从 1 开始，默认第一个可见工作表）
  --year Y      时间节点文字（如“3月底前…”）所属年份（默认取表头中的年份）
  --dry-run     只显示将导入的内容和问题，不修改台账
  --good-rows   跳过有错误的行，导入其余各行
  --encoding E  CSV 导出的编码：utf-8（默认，带 BOM）或 gb18030（旧版中文 Excel）
  --kind K      打印的文书（print）：supervision、leader、bulletin 或 ledger
  --project C   只打印（print）或只列出（history）该编号的项目
  --leader N    只打印该分包领导（print）
  --unit N      只打印该责任单位（print）
  --paper P     纸张（print）：A4（默认）或 A3
  --from D      修改记录的起始日期（history，yyyy-MM-dd，含当天）
  --to D        修改记录的截止日期（history，含当天）
  --user U      只看该用户的修改（history）
  --out F       输出文件（history）
  --force       台账在另一程序中打开时仍然导入（import；对方程序的撤销记录将失效）
  -h, --help    显示本帮助
  -v, --version 显示版本

退出码：0 成功；1 检查发现问题，或没有可导入的内容；2 用法错误；3 无法打开、读取或写入文件。
错误信息写到标准错误输出。

环境变量：TAIZHANG_LANG=en 以英文输出。详见 man taizhang-cli。
</source>
        <translation>Usage: taizhang-cli COMMAND LEDGER [OPTIONS]

Taizhang command-line tool: create, check, count, import, export, print, back up and restore
ledgers of major science and technology innovation projects, and read their change log.

Commands:
  new LEDGER [--demo N] [--seed S]     Create an empty ledger, or one with N demo projects
  check LEDGER                         Check integrity and consistency; exit code 0 when healthy
  stats LEDGER [--json]                Counts: records of each kind; projects by light, responsible
                                       unit, leader in charge and phase
  export LEDGER OUT.json|OUT.xlsx|OUT.csv [--encoding gb18030|utf-8]
                                       Export by extension: .xlsx gives the progress ledger table
                                       project offices use (title, two-level header, totals, plus
                                       sheets for milestones, factor requirements, progress reports,
                                       supervision records, etc.); .csv gives the main table&apos;s
                                       columns, UTF-8 (with BOM) by default, optionally GB18030;
                                       any other extension gives the whole ledger as JSON
  import LEDGER FILE [--sheet NAME|N] [--year YYYY] [--dry-run] [--good-rows] [--force]
                                       Import an XLSX/XLS/CSV ledger table, merged into the ledger
                                       by project code (by name where there is no code) as one
                                       undoable change; by default nothing is imported if any row
                                       has errors, --good-rows imports only the error-free rows;
                                       --dry-run only previews and changes nothing
  sheet FILE [--sheet NAME|N]          Output one sheet of an XLSX/XLS/CSV file as the program
                                       reads it: UTF-8 CSV, dates as yyyy-MM-dd, numbers
                                       unformatted, merged areas valued only in the top-left cell
  print LEDGER OUT.pdf --kind supervision|leader|bulletin|ledger
        [--project CODE] [--leader NAME] [--unit UNIT] [--paper A4|A3]
                                       Print to PDF: supervision = supervision sheets (one page per
                                       project); leader = leader&apos;s supervision list; bulletin =
                                       bulletin of overdue items (by responsible unit); ledger =
                                       progress ledger table (landscape, header repeated on every
                                       page, grouped by responsible unit, totals in the last row).
                                       --project, --leader and --unit limit the scope; without
                                       them, all projects, all leaders and all units with overdue
                                       items are printed
  backup LEDGER                        Back up now: a consistent, verified copy, stored in the
                                       folder &quot;LEDGER.tzdb.backups&quot; next to the ledger and rotated by
                                       the backup_keep setting (default: 20 copies)
  backups LEDGER                       List the backups (newest first)
  restore LEDGER [BACKUP]              Replace the ledger with a backup (default: the newest
                                       intact backup); the replaced file is first saved as a
                                       &quot;before restore&quot; backup. Refused while the ledger is open
                                       in the program
  history LEDGER [--from DATE] [--to DATE] [--user USER] [--project CODE] [--out OUT.csv]
                                       Change log (who, when, old value, new value) as CSV (UTF-8
                                       with BOM); without --out, written to standard output

Options:
  --demo N      Number of demo projects (new)
  --seed S      Random seed for demo data; the same seed gives the same ledger (default 1)
  --today DATE  Use this date (yyyy-MM-dd) as &quot;today&quot; for warning lights and milestone status
  --json        Output as JSON (stats)
  --sheet S     Sheet name or number (import, sheet; counted from 1; default: first visible sheet)
  --year Y      Year of milestone text such as &quot;by end of March…&quot; (default: the year in the header)
  --dry-run     Only show what would be imported and the problems; do not change the ledger
  --good-rows   Skip rows with errors and import the rest
  --encoding E  Encoding for CSV export: utf-8 (default, with BOM) or gb18030 (older Chinese Excel)
  --kind K      Document to print (print): supervision, leader, bulletin or ledger
  --project C   Only the project with this code (print, history)
  --leader N    Print only this leader in charge (print)
  --unit N      Print only this responsible unit (print)
  --paper P     Paper (print): A4 (default) or A3
  --from D      First day of the change log to show (history; yyyy-MM-dd; included)
  --to D        Last day of the change log to show (history; included)
  --user U      Only changes made by this user (history)
  --out F       Output file (history)
  --force       Import even if the ledger is open in another program (import; that program&apos;s
                undo history becomes invalid)
  -h, --help    Show this help
  -v, --version Show the version

Exit codes: 0 success; 1 check found problems, or nothing to import; 2 usage error; 3 cannot
open, read or write a file.
Error messages go to standard error.

Environment: TAIZHANG_LANG=en prints output in English. See man taizhang-cli for details.
</translation>
    </message>
</context>
<context>
    <name>tz::Backup</name>
    <message>
        <source>无法创建备份文件夹“%1”。</source>
        <translation>Cannot create the backup folder “%1”.</translation>
    </message>
    <message>
        <source>备份失败：%1</source>
        <translation>Backup failed: %1</translation>
    </message>
    <message>
        <source>每日自动备份</source>
        <translation>Daily automatic backup</translation>
    </message>
    <message>
        <source>导入前</source>
        <translation>Before import</translation>
    </message>
    <message>
        <source>格式升级前</source>
        <translation>Before format upgrade</translation>
    </message>
    <message>
        <source>手动备份</source>
        <translation>Manual backup</translation>
    </message>
    <message>
        <source>恢复前</source>
        <translation>Before restore</translation>
    </message>
    <message>
        <source>无法恢复：%1</source>
        <translation>Cannot restore: %1</translation>
    </message>
    <message>
        <source>无法恢复：备份“%1”未通过完整性检查。</source>
        <translation>Cannot restore: the backup “%1” failed the integrity check.</translation>
    </message>
    <message>
        <source>无法恢复：当前文件“%1”无法先行备份。</source>
        <translation>Cannot restore: the current file “%1” could not be backed up first.</translation>
    </message>
    <message>
        <source>无法恢复“%1”：%2</source>
        <translation>Cannot restore “%1”: %2</translation>
    </message>
</context>
<context>
    <name>tz::ChangeLogModel</name>
    <message>
        <source>新增</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>修改人</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>原值</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>新值</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>无法写入“%1”：%2</source>
        <translation>Cannot write &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>tz::CrossProjectProxy</name>
    <message>
        <source>逾期 %1 天</source>
        <translation>%1 day(s) overdue</translation>
    </message>
    <message>
        <source>今天到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>剩 %1 天</source>
        <translation>%1 day(s) left</translation>
    </message>
    <message>
        <source>项目编号</source>
        <translation>Project code</translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>分包领导</source>
        <translation>Leader in charge</translation>
    </message>
    <message>
        <source>剩余/逾期</source>
        <translation>Left/overdue</translation>
    </message>
</context>
<context>
    <name>tz::Ledger</name>
    <message>
        <source>文件“%1”已存在，不会覆盖。</source>
        <translation>File &quot;%1&quot; already exists and will not be overwritten.</translation>
    </message>
    <message>
        <source>无法创建“%1”：%2</source>
        <translation>Cannot create &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>“%1”是旧版本的台账，需要升级格式，但文件是只读的。</source>
        <translation>&quot;%1&quot; is a ledger from an older version and its format needs upgrading, but the file is read-only.</translation>
    </message>
    <message>
        <source>无法打开“%1”：%2</source>
        <translation>Cannot open &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>%1不能为空</source>
        <translation>%1 cannot be empty</translation>
    </message>
    <message>
        <source>%1：找不到所指的%2</source>
        <translation>%1: the referenced %2 cannot be found</translation>
    </message>
    <message>
        <source>%1“%2”已存在</source>
        <translation>%1 &quot;%2&quot; already exists</translation>
    </message>
    <message>
        <source>台账以只读方式打开，不能修改。</source>
        <translation>The ledger is open read-only and cannot be modified.</translation>
    </message>
    <message>
        <source>找不到要修改的%1</source>
        <translation>Cannot find the %1 to modify</translation>
    </message>
    <message>
        <source>新增%1“%2”</source>
        <translation>Add %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>找不到要删除的%1</source>
        <translation>Cannot find the %1 to delete</translation>
    </message>
    <message>
        <source>%1“%2”仍被 %3 条%4使用，不能删除。</source>
        <translation>%1 &quot;%2&quot; is still used by %3 %4 record(s) and cannot be deleted.</translation>
    </message>
    <message>
        <source>删除%1“%2”</source>
        <translation>Delete %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>写入台账失败，已撤回本次修改。</source>
        <translation>Writing to the ledger failed; this change has been undone.</translation>
    </message>
    <message>
        <source>%1：不能大于总投资</source>
        <translation>%1: cannot exceed the total investment</translation>
    </message>
    <message>
        <source>%1：不能早于%2</source>
        <translation>%1: cannot be earlier than %2</translation>
    </message>
    <message>
        <source>%1：请先填写%2</source>
        <translation>%1: please fill in %2 first</translation>
    </message>
    <message>
        <source>不能把台账另存为它自己：“%1”。</source>
        <translation>Cannot save the ledger as itself: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>“%1”已损坏，未通过完整性检查，没有打开。可以从备份恢复。
%2</source>
        <translation>&quot;%1&quot; is damaged and failed the integrity check, so it was not opened. You can restore it from a backup.
%2</translation>
    </message>
</context>
<context>
    <name>tz::LedgerFile</name>
    <message>
        <source>找不到文件“%1”。</source>
        <translation>File &quot;%1&quot; not found.</translation>
    </message>
    <message>
        <source>无法读取文件“%1”：%2</source>
        <translation>Cannot read file &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>“%1”不是台账文件（不是 SQLite 数据库）。</source>
        <translation>&quot;%1&quot; is not a ledger file (not an SQLite database).</translation>
    </message>
    <message>
        <source>无法打开“%1”：%2</source>
        <translation>Cannot open &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>“%1”已损坏，无法读取：%2</source>
        <translation>&quot;%1&quot; is damaged and cannot be read: %2</translation>
    </message>
    <message>
        <source>“%1”是其他程序的 SQLite 数据库，不是台账文件，未作任何改动。</source>
        <translation>&quot;%1&quot; is an SQLite database belonging to another program, not a ledger file; nothing was changed.</translation>
    </message>
    <message>
        <source>“%1”由更新版本的台账程序创建（格式版本 %2，本程序支持到 %3），请升级程序。</source>
        <translation>&quot;%1&quot; was created by a newer version of Taizhang (format version %2; this program supports up to %3). Please upgrade the program.</translation>
    </message>
    <message>
        <source>磁盘空间不足，无法写入“%1”。本次修改没有保存，文件保持原样。</source>
        <translation>Not enough disk space to write &quot;%1&quot;. This change was not saved; the file is unchanged.</translation>
    </message>
    <message>
        <source>写入“%1”时出错（磁盘已满、网络共享断开或磁盘故障）。本次修改没有保存，文件保持原样。（%2）</source>
        <translation>Error while writing &quot;%1&quot; (disk full, network share disconnected or disk failure). This change was not saved; the file is unchanged. (%2)</translation>
    </message>
    <message>
        <source>“%1”是只读的，本次修改没有保存。</source>
        <translation>&quot;%1&quot; is read-only; this change was not saved.</translation>
    </message>
    <message>
        <source>“%1”正被其他程序使用，请稍后再试。本次修改没有保存。</source>
        <translation>&quot;%1&quot; is in use by another program; please try again later. This change was not saved.</translation>
    </message>
    <message>
        <source>“%1”已损坏，本次修改没有保存。请从备份恢复。</source>
        <translation>&quot;%1&quot; is damaged; this change was not saved. Please restore it from a backup.</translation>
    </message>
    <message>
        <source>写入“%1”失败，本次修改没有保存：%2</source>
        <translation>Writing &quot;%1&quot; failed; this change was not saved: %2</translation>
    </message>
    <message>
        <source>无法写入“%1”：%2</source>
        <translation>Cannot write &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>无法写入“%1”：磁盘同步失败。</source>
        <translation>Cannot write &quot;%1&quot;: syncing to disk failed.</translation>
    </message>
    <message>
        <source>副本校验未通过</source>
        <translation>The copy failed verification</translation>
    </message>
    <message>
        <source>无法替换已有文件</source>
        <translation>Cannot replace the existing file</translation>
    </message>
    <message>
        <source>无法重命名临时文件</source>
        <translation>Cannot rename the temporary file</translation>
    </message>
    <message>
        <source>保存副本“%1”失败：%2</source>
        <translation>Saving the copy &quot;%1&quot; failed: %2</translation>
    </message>
</context>
<context>
    <name>tz::LedgerLock</name>
    <message>
        <source>计算机“%1”上的 %2（进程 %3），自 %4 起</source>
        <translation>%2 on computer &quot;%1&quot; (process %3) since %4</translation>
    </message>
</context>
<context>
    <name>tz::MilestoneModel</name>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>tz::ProjectModel</name>
    <message>
        <source>预警</source>
        <translation>Warning</translation>
    </message>
</context>
<context>
    <name>tz::RequirementMatrix</name>
    <message>
        <source>%1（逾期 %2）</source>
        <translation>%1 (%2 overdue)</translation>
    </message>
    <message>
        <source>%1 项，其中 %2 项已过解决时限仍未解决</source>
        <translation>%1 item(s), of which %2 still unresolved past the resolution deadline</translation>
    </message>
    <message>
        <source>%1 项</source>
        <translation>%1 item(s)</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>tz::check</name>
    <message>
        <source>%1：%2为空</source>
        <translation>%1: %2 is empty</translation>
    </message>
    <message>
        <source>%1：%2“%3”不是有效日期</source>
        <translation>%1: %2 &quot;%3&quot; is not a valid date</translation>
    </message>
    <message>
        <source>%1：%2“%3”不是有效月份</source>
        <translation>%1: %2 &quot;%3&quot; is not a valid month</translation>
    </message>
    <message>
        <source>%1：%2为负数</source>
        <translation>%1: %2 is negative</translation>
    </message>
    <message>
        <source>%1：%2“%3”不是可选值</source>
        <translation>%1: %2 &quot;%3&quot; is not an allowed value</translation>
    </message>
    <message>
        <source>%1：%2指向不存在的记录</source>
        <translation>%1: %2 points to a record that does not exist</translation>
    </message>
    <message>
        <source>无法执行完整性检查</source>
        <translation>Cannot run the integrity check</translation>
    </message>
    <message>
        <source>数据库完整性：%1</source>
        <translation>Database integrity: %1</translation>
    </message>
    <message>
        <source>数据表 %1 第 %2 行引用了不存在的 %3 记录</source>
        <translation>Table %1, row %2 refers to a %3 record that does not exist</translation>
    </message>
    <message>
        <source>项目 %1</source>
        <translation>Project %1</translation>
    </message>
    <message>
        <source>%1 的%2“%3”</source>
        <translation>%2 &quot;%3&quot; of %1</translation>
    </message>
    <message>
        <source>%1“%2”</source>
        <translation>%1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1：累计完成投资大于总投资</source>
        <translation>%1: cumulative investment completed exceeds total investment</translation>
    </message>
    <message>
        <source>%1：年度计划投资大于总投资</source>
        <translation>%1: annual planned investment exceeds total investment</translation>
    </message>
    <message>
        <source>%1：计划竣工时间早于开工时间</source>
        <translation>%1: planned completion date is earlier than the start date</translation>
    </message>
    <message>
        <source>%1：人工认定灯色缺少理由</source>
        <translation>%1: light override has no reason</translation>
    </message>
    <message>
        <source>%1：形象进度应在 0–100 之间</source>
        <translation>%1: physical progress must be between 0 and 100</translation>
    </message>
    <message>
        <source>%1：同一月份有重复的进展调度</source>
        <translation>%1: more than one progress report for the same month</translation>
    </message>
    <message>
        <source>%1：月份应在 1–12 之间</source>
        <translation>%1: month must be between 1 and 12</translation>
    </message>
</context>
<context>
    <name>tz::commands</name>
    <message>
        <source>修改%1“%2”的%3</source>
        <translation>Change %3 of %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>修改设置“%1”</source>
        <translation>Change setting &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>tz::dashboard</name>
    <message>
        <source>（未填）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>项目预警灯色（共 %1 个项目）</source>
        <translation>Project warning lights (%1 project(s))</translation>
    </message>
    <message>
        <source>%1 %2 个（%3%）</source>
        <translation>%1: %2 (%3%)</translation>
    </message>
    <message>
        <source>项目阶段</source>
        <translation>Project phase</translation>
    </message>
    <message>
        <source>项目数</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>各责任单位项目灯色</source>
        <translation>Project lights by responsible unit</translation>
    </message>
    <message>
        <source>各分包领导年度投资完成率</source>
        <translation>Annual investment completion rate by leader in charge</translation>
    </message>
    <message>
        <source>各责任单位年度投资完成率</source>
        <translation>Annual investment completion rate by responsible unit</translation>
    </message>
    <message>
        <source>达到时间进度</source>
        <translation>Keeping pace with the year</translation>
    </message>
    <message>
        <source>落后于时间进度</source>
        <translation>Behind the pace of the year</translation>
    </message>
    <message>
        <source>%1&#x3000;无计划</source>
        <translation>%1: no plan</translation>
    </message>
    <message>
        <source>%1&#x3000;%2%</source>
        <translation>%1: %2%</translation>
    </message>
    <message>
        <source>时间进度 %1%</source>
        <translation>Year elapsed: %1%</translation>
    </message>
    <message>
        <source>%1：%2 个项目，年度计划 %3 万元，已完成 %4 万元</source>
        <translation>%1: %2 project(s), annual plan %3, completed %4 (10k CNY)</translation>
    </message>
    <message>
        <source>逾期时间节点（按分包领导）</source>
        <translation>Overdue milestones by leader in charge</translation>
    </message>
    <message>
        <source>逾期时间节点（按责任单位）</source>
        <translation>Overdue milestones by responsible unit</translation>
    </message>
    <message>
        <source>逾期节点数</source>
        <translation>Overdue milestones</translation>
    </message>
    <message>
        <source>%1（%2 个项目）</source>
        <translation>%1 (%2 project(s))</translation>
    </message>
    <message>
        <source>：无</source>
        <translation>: none</translation>
    </message>
    <message>
        <source>未解决的要素保障需求</source>
        <translation>Unresolved factor requirements</translation>
    </message>
    <message>
        <source>未解决</source>
        <translation>Unresolved</translation>
    </message>
    <message>
        <source>其中超过解决时限</source>
        <translation>Of which past the resolution deadline</translation>
    </message>
    <message>
        <source>%1（等待中位 %2 天，最长 %3 天）</source>
        <translation>%1 (median wait %2 days, longest %3 days)</translation>
    </message>
    <message>
        <source>（提出日期未记录的需求不计等待天数）</source>
        <translation> (requirements without a recorded request date are not counted in waiting times)</translation>
    </message>
</context>
<context>
    <name>tz::export</name>
    <message>
        <source>本系统不支持 GB18030 编码，请改用 UTF-8 导出。</source>
        <translation>This system does not support the GB18030 encoding; please export as UTF-8 instead.</translation>
    </message>
    <message>
        <source>有字符无法用 GB18030 编码，请改用 UTF-8 导出。</source>
        <translation>Some characters cannot be encoded in GB18030; please export as UTF-8 instead.</translation>
    </message>
    <message>
        <source>无法写入“%1”：%2</source>
        <translation>Cannot write &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>生成 Excel 文件时出错：%1</source>
        <translation>Error while generating the Excel file: %1</translation>
    </message>
    <message>
        <source>读取台账失败：%1</source>
        <translation>Cannot read the ledger: %1</translation>
    </message>
</context>
<context>
    <name>tz::history</name>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>tz::import</name>
    <message>
        <source>%1：超过 Excel 的 %2 行，无法读取。</source>
        <translation>%1: more than Excel&apos;s %2 rows; cannot read it.</translation>
    </message>
    <message>
        <source>%1：超过 Excel 的 %2 列，无法读取。</source>
        <translation>%1: more than Excel&apos;s %2 columns; cannot read it.</translation>
    </message>
    <message>
        <source>%1：单元格超过 %2 个，文件过大，无法读取。</source>
        <translation>%1: more than %2 cells; the file is too large to read.</translation>
    </message>
    <message>
        <source>%1：引号没有闭合，文件可能不完整。</source>
        <translation>%1: a quotation mark is not closed; the file may be incomplete.</translation>
    </message>
    <message>
        <source>%1：无法打开文件（%2）。</source>
        <translation>%1: cannot open the file (%2).</translation>
    </message>
    <message>
        <source>%1：文件超过 %2 MB，无法读取。</source>
        <translation>%1: the file is larger than %2 MB and cannot be read.</translation>
    </message>
    <message>
        <source>%1：不是文本文件，也不是可识别的电子表格。</source>
        <translation>%1: neither a text file nor a recognised spreadsheet.</translation>
    </message>
    <message>
        <source>%1：无法识别文件的文字编码（既不是 UTF-8，也不是 GB18030/GBK）。</source>
        <translation>%1: cannot recognise the text encoding of the file (neither UTF-8 nor GB18030/GBK).</translation>
    </message>
    <message>
        <source>（不导入）</source>
        <translation>(do not import)</translation>
    </message>
    <message>
        <source>项目编号</source>
        <translation>Project code</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>Project name</translation>
    </message>
    <message>
        <source>项目类别</source>
        <translation>Project category</translation>
    </message>
    <message>
        <source>建设单位</source>
        <translation>Developer</translation>
    </message>
    <message>
        <source>建设内容</source>
        <translation>Scope of work</translation>
    </message>
    <message>
        <source>建设地点</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>总投资</source>
        <translation>Total investment</translation>
    </message>
    <message>
        <source>年度计划投资</source>
        <translation>Annual planned investment</translation>
    </message>
    <message>
        <source>累计完成投资</source>
        <translation>Cumulative investment completed</translation>
    </message>
    <message>
        <source>开工时间</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>计划竣工时间</source>
        <translation>Planned completion date</translation>
    </message>
    <message>
        <source>项目阶段</source>
        <translation>Project phase</translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>分包领导</source>
        <translation>Leader in charge</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>年度目标</source>
        <translation>Annual target</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>时间节点（文字）</source>
        <translation>Milestones (text)</translation>
    </message>
    <message>
        <source>要素保障需求</source>
        <translation>Factor requirement</translation>
    </message>
    <message>
        <source>1至N月计划投资</source>
        <translation>Planned investment, Jan to month N</translation>
    </message>
    <message>
        <source>1至N月完成投资</source>
        <translation>Investment completed, Jan to month N</translation>
    </message>
    <message>
        <source>台账以只读方式打开，不能导入。</source>
        <translation>The ledger is open read-only; cannot import.</translation>
    </message>
    <message>
        <source>有 %1 行存在错误，未导入任何内容。</source>
        <translation>%1 row(s) have errors; nothing was imported.</translation>
    </message>
    <message>
        <source>导入“%1”</source>
        <translation>Import &quot;%1&quot;</translation>
    </message>
    <message>
        <source>导入失败，台账未作任何改动：%1</source>
        <translation>Import failed; the ledger was not changed: %1</translation>
    </message>
    <message>
        <source>%1需求 %2%3</source>
        <translation>%1 requirement: %2 %3</translation>
    </message>
    <message>
        <source>“%1”不是有效金额（万元，最多两位小数）</source>
        <translation>&quot;%1&quot; is not a valid amount (10k CNY, at most two decimal places)</translation>
    </message>
    <message>
        <source>“%1”不是可识别的日期（如 2023-05-01、2023年5月1日）</source>
        <translation>&quot;%1&quot; is not a recognisable date (e.g. 2023-05-01 or 2023/5/1)</translation>
    </message>
    <message>
        <source>不知道时间节点属于哪一年：请在导入时指定年份</source>
        <translation>Cannot tell which year the milestones belong to: please specify the year when importing</translation>
    </message>
    <message>
        <source>未能识别日期的节点：%1</source>
        <translation>Milestones whose date could not be recognised: %1</translation>
    </message>
    <message>
        <source>以下内容没有可识别的月份，已记入备注：%1</source>
        <translation>No recognisable month in the following; added to the remarks: %1</translation>
    </message>
    <message>
        <source>缺少项目名称</source>
        <translation>Project name is missing</translation>
    </message>
    <message>
        <source>项目编号“%1”在表中重复出现</source>
        <translation>Project code &quot;%1&quot; appears more than once in the sheet</translation>
    </message>
    <message>
        <source>找不到表头：前 30 行中没有一行同时含有“项目名称”或“项目编号”等列名</source>
        <translation>Cannot find the header row: none of the first 30 rows contains column names such as &quot;Project name&quot; or &quot;Project code&quot;</translation>
    </message>
    <message>
        <source>没有“项目名称”列，无法导入</source>
        <translation>There is no &quot;Project name&quot; column; cannot import</translation>
    </message>
    <message>
        <source>工作表“%1”：新增 %2 个项目，更新 %3 个，无变化 %4 个，有错误的行 %5 行。</source>
        <translation>Sheet &quot;%1&quot;: %2 new project(s), %3 updated, %4 unchanged; %5 row(s) with errors.</translation>
    </message>
    <message>
        <source>将新增责任单位：%1</source>
        <translation>Responsible units to be added: %1</translation>
    </message>
    <message>
        <source>将新增分包领导：%1</source>
        <translation>Leaders in charge to be added: %1</translation>
    </message>
    <message>
        <source>将新增项目类别：%1</source>
        <translation>Project categories to be added: %1</translation>
    </message>
    <message>
        <source>将新增项目阶段：%1</source>
        <translation>Project phases to be added: %1</translation>
    </message>
    <message>
        <source>未导入的列：%1</source>
        <translation>Columns not imported: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <source>“%1”工作表“%2”</source>
        <translation>&quot;%1&quot;, sheet &quot;%2&quot;</translation>
    </message>
    <message>
        <source>第 %1 行</source>
        <translation>, row %1</translation>
    </message>
    <message>
        <source>%1 列</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>%1：工作簿受密码保护（已加密），无法读取。请在 Excel 或 WPS 中取消密码后另存为 .xlsx 再导入。</source>
        <translation>%1: the workbook is password-protected (encrypted) and cannot be read. Remove the password in Excel or WPS, save the file as .xlsx and import it again.</translation>
    </message>
    <message>
        <source>%1：这不是普通的 .xlsx 文件：它可能受密码保护（已加密），也可能是扩展名被改成 .xlsx 的旧版 .xls 文件。请在 Excel 或 WPS 中打开，取消密码后另存为 .xlsx 再导入。</source>
        <translation>%1: this is not an ordinary .xlsx file: it may be password-protected (encrypted), or it may be an old .xls file renamed to .xlsx. Open it in Excel or WPS, remove the password, save it as .xlsx and import it again.</translation>
    </message>
    <message>
        <source>%1：文件是空的。</source>
        <translation>%1: the file is empty.</translation>
    </message>
    <message>
        <source>%1：这不是真正的 Excel 文件，而是网页（HTML/XML）格式。请用 Excel 或 WPS 打开后另存为 .xlsx 再导入。</source>
        <translation>%1: this is not a real Excel file but a web page (HTML/XML). Open it in Excel or WPS, save it as .xlsx and import it again.</translation>
    </message>
    <message>
        <source>%1：扩展名是 .%2，但内容不是 Excel 工作簿（可能是改了扩展名的文本文件，或文件已损坏）。</source>
        <translation>%1: the extension is .%2, but the content is not an Excel workbook (it may be a renamed text file, or the file is damaged).</translation>
    </message>
    <message>
        <source>%1：无法打开文件。</source>
        <translation>%1: cannot open the file.</translation>
    </message>
    <message>
        <source>%1：无法读取这个 .xls 文件，文件可能已损坏，或是受密码保护（FreeXL 错误 %2）。请在 Excel 或 WPS 中另存为 .xlsx 后再导入。</source>
        <translation>%1: cannot read this .xls file; it may be damaged or password-protected (FreeXL error %2). Save it as .xlsx in Excel or WPS and import it again.</translation>
    </message>
    <message>
        <source>%1：工作簿受密码保护（已加密），无法读取。请在 Excel 或 WPS 中取消密码后再导入。</source>
        <translation>%1: the workbook is password-protected (encrypted) and cannot be read. Remove the password in Excel or WPS and import it again.</translation>
    </message>
    <message>
        <source>%1：无法读取工作表“%2”，文件可能已损坏。</source>
        <translation>%1: cannot read sheet &quot;%2&quot;; the file may be damaged.</translation>
    </message>
    <message>
        <source>%1：工作簿中没有工作表。</source>
        <translation>%1: the workbook has no sheets.</translation>
    </message>
    <message>
        <source>%1：文字单元格超过 %2 个，文件过大，无法读取。</source>
        <translation>%1: more than %2 text cells; the file is too large to read.</translation>
    </message>
    <message>
        <source>%1：这是 Excel 二进制工作簿（.xlsb），暂不支持。请在 Excel 中另存为 .xlsx 后再导入。</source>
        <translation>%1: this is an Excel binary workbook (.xlsb), which is not supported yet. Save it as .xlsx in Excel and import it again.</translation>
    </message>
    <message>
        <source>%1：这是 OpenDocument 文档（如 WPS 或 LibreOffice 的 .ods），暂不支持。请另存为 .xlsx 后再导入。</source>
        <translation>%1: this is an OpenDocument file (such as an .ods file from WPS or LibreOffice), which is not supported yet. Save it as .xlsx and import it again.</translation>
    </message>
    <message>
        <source>%1：这是一个 zip 压缩包，但不是 Excel 工作簿（缺少 workbook.xml）。</source>
        <translation>%1: this is a zip archive but not an Excel workbook (workbook.xml is missing).</translation>
    </message>
    <message>
        <source>%1：找不到工作表“%2”的内容，文件不完整或已损坏。</source>
        <translation>%1: cannot find the contents of sheet &quot;%2&quot;; the file is incomplete or damaged.</translation>
    </message>
    <message>
        <source>%1：行号“%2”无效或超出 Excel 的 %3 行。</source>
        <translation>%1: row number &quot;%2&quot; is invalid or beyond Excel&apos;s %3 rows.</translation>
    </message>
    <message>
        <source>%1：单元格引用“%2”无效或超出 Excel 的范围（最多 1048576 行、16384 列）。</source>
        <translation>%1: cell reference &quot;%2&quot; is invalid or outside Excel&apos;s limits (at most 1048576 rows and 16384 columns).</translation>
    </message>
    <message>
        <source>%1：单元格超出 Excel 的 %2 列。</source>
        <translation>%1: a cell lies beyond Excel&apos;s %2 columns.</translation>
    </message>
    <message>
        <source>%1：合并单元格过多或范围过大，无法读取。</source>
        <translation>%1: too many merged cells or merged ranges too large; cannot read it.</translation>
    </message>
    <message>
        <source>%1：共享字符串编号“%2”不存在，文件可能已损坏。</source>
        <translation>%1: shared string number &quot;%2&quot; does not exist; the file may be damaged.</translation>
    </message>
    <message>
        <source>%1：数值“%2”无法识别，文件可能已损坏。</source>
        <translation>%1: cannot recognise the number &quot;%2&quot;; the file may be damaged.</translation>
    </message>
    <message>
        <source>%1：合并区域“%2”无效。</source>
        <translation>%1: merged range &quot;%2&quot; is invalid.</translation>
    </message>
    <message>
        <source>%1：文件中含有文档类型定义（DTD），正常的电子表格不会有，出于安全考虑拒绝读取。</source>
        <translation>%1: the file contains a document type definition (DTD), which normal spreadsheets never have; refused to read it for security reasons.</translation>
    </message>
    <message>
        <source>%1：XML 内容有误（“%2”第 %3 行第 %4 列：%5），文件可能已损坏。</source>
        <translation>%1: invalid XML content (&quot;%2&quot;, line %3, column %4: %5); the file may be damaged.</translation>
    </message>
    <message>
        <source>%1：“%2”中有一段超过 %3 MB 的连续内容，不是正常的电子表格，可能是损坏或恶意构造的文件（“压缩炸弹”），已拒绝读取。</source>
        <translation>%1: &quot;%2&quot; contains a single run of content larger than %3 MB, which a normal spreadsheet does not have; the file may be damaged or maliciously crafted (a &quot;zip bomb&quot;), so it was refused.</translation>
    </message>
    <message>
        <source>%1：解压后的内容超过 %2 MB，可能是损坏或恶意构造的文件（“压缩炸弹”），已拒绝读取。</source>
        <translation>%1: the uncompressed content is larger than %2 MB; the file may be damaged or maliciously crafted (a &quot;zip bomb&quot;), so it was refused.</translation>
    </message>
    <message>
        <source>%1：文件已损坏或不完整（不是有效的 zip 压缩包），可能是下载或复制没有完成，请重新获取该文件。</source>
        <translation>%1: the file is damaged or incomplete (not a valid zip archive), perhaps because a download or copy did not finish. Please obtain the file again.</translation>
    </message>
    <message>
        <source>%1：压缩包中的条目过多（%2 个），不像是电子表格，已拒绝读取。</source>
        <translation>%1: the archive has too many entries (%2) to be a spreadsheet; refused to read it.</translation>
    </message>
    <message>
        <source>%1：缺少“%2”，不是完整的 Excel 工作簿。</source>
        <translation>%1: &quot;%2&quot; is missing; this is not a complete Excel workbook.</translation>
    </message>
    <message>
        <source>%1：压缩包设置了密码，无法读取。</source>
        <translation>%1: the archive is password-protected and cannot be read.</translation>
    </message>
    <message>
        <source>%1：无法读取其中的“%2”（%3）。</source>
        <translation>%1: cannot read &quot;%2&quot; in it (%3).</translation>
    </message>
    <message>
        <source>%1：文件已损坏，无法解压其中的“%2”（%3）。</source>
        <translation>%1: the file is damaged; cannot extract &quot;%2&quot; from it (%3).</translation>
    </message>
    <message>
        <source>%1：文件混用了两种文字编码：有的行是 UTF-8，第 %2 行起有不是 UTF-8 的内容（可能是 GBK）。请在 Excel 或 WPS 中把各部分统一另存为同一种编码后再导入。</source>
        <translation>%1: the file mixes two text encodings: some lines are UTF-8, but from line %2 on there is content that is not UTF-8 (possibly GBK). Save the whole file in a single encoding in Excel or WPS and import it again.</translation>
    </message>
    <message>
        <source>导入前备份失败，未导入任何内容。%1</source>
        <translation>The backup before import failed; nothing was imported. %1</translation>
    </message>
    <message>
        <source>%1：无法读取这个 .xls 文件：文件结构已损坏（找不到工作簿数据，或数据链循环、记录不完整）。请在 Excel 或 WPS 中另存为 .xlsx 后再导入。</source>
        <translation>%1: cannot read this .xls file: its structure is damaged (no workbook data, a sector chain that loops, or an incomplete record). Save it as .xlsx in Excel or WPS and import it again.</translation>
    </message>
    <message>
        <source>%1：文件声明的表格范围过大（共 %2 个单元格，读取需要约 %3 MB 内存），文件可能已损坏。请在 Excel 或 WPS 中打开，删除多余的空行空列后另存为 .xlsx 再导入。</source>
        <translation>%1: the file declares sheets far too large (%2 cells in all, about %3 MB of memory to read); it may be damaged. Open it in Excel or WPS, delete the extra empty rows and columns, save it as .xlsx and import it again.</translation>
    </message>
</context>
<context>
    <name>tz::monthly</name>
    <message>
        <source>（未填）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>新增项目</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>%1年%2月重大科技创新项目月度对比</source>
        <translation>Monthly Comparison of Major Science and Technology Innovation Projects, %1-%2</translation>
    </message>
    <message>
        <source>统计截至 %1，与 %2（上月末）对比</source>
        <translation>Figures as of %1, compared with %2 (end of last month)</translation>
    </message>
    <message>
        <source>红灯项目 %1 个（上月末 %2 个）；新转红 %3 个，已解决 %4 个，阶段变化 %5 个。</source>
        <translation>Red-light projects: %1 (end of last month: %2); newly red: %3, resolved: %4, phase changed: %5.</translation>
    </message>
    <message>
        <source>本月完成投资 %1 万元，上月 %2 万元，增减 %3 万元。</source>
        <translation>Investment completed this month: %1; last month: %2; change: %3 (10k CNY).</translation>
    </message>
    <message>
        <source>一、各责任单位完成投资（万元）</source>
        <translation>1. Investment completed by responsible unit (10k CNY)</translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>上月</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>增减</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>二、新转红项目（%1 个）</source>
        <translation>2. Projects newly turned red (%1)</translation>
    </message>
    <message>
        <source>三、已解决（由红灯转出）项目（%1 个）</source>
        <translation>3. Resolved projects, no longer red (%1)</translation>
    </message>
    <message>
        <source>四、阶段变化项目（%1 个）</source>
        <translation>4. Projects whose phase changed (%1)</translation>
    </message>
    <message>
        <source>项目编号</source>
        <translation>Project code</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>Project name</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>……</source>
        <translation>…</translation>
    </message>
    <message>
        <source>等共 %1 个，其余 %2 个见台账总览页</source>
        <translation>%1 in all; see the Overview page of the ledger for the other %2</translation>
    </message>
    <message>
        <source>无法生成 PDF</source>
        <translation>Cannot generate the PDF</translation>
    </message>
    <message>
        <source>无法替换已有文件</source>
        <translation>Cannot replace the existing file</translation>
    </message>
</context>
<context>
    <name>tz::print</name>
    <message>
        <source>未定</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>%1年%2月%3日</source>
        <translation>%1-%2-%3</translation>
    </message>
    <message>
        <source>已逾期 %1 天</source>
        <translation>%1 day(s) overdue</translation>
    </message>
    <message>
        <source>今日到期</source>
        <translation>due today</translation>
    </message>
    <message>
        <source>还剩 %1 天</source>
        <translation>%1 day(s) left</translation>
    </message>
    <message>
        <source>%1月%2日</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>节点“%1”逾期 %2 天</source>
        <translation>Milestone &quot;%1&quot; %2 day(s) overdue</translation>
    </message>
    <message>
        <source>%1需求超时限 %2 天</source>
        <translation>%1 requirement %2 day(s) past its deadline</translation>
    </message>
    <message>
        <source>督导问题“%1”超整改时限 %2 天</source>
        <translation>Supervision finding &quot;%1&quot; %2 day(s) past its rectification deadline</translation>
    </message>
    <message>
        <source>督办事项 %1 超办结时限 %2 天</source>
        <translation>Supervised matter %1 %2 day(s) past its closing deadline</translation>
    </message>
    <message>
        <source>%1前</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>分包领导督导清单</source>
        <translation>Leader&apos;s Supervision List</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>分包领导：%1</source>
        <translation>Leader in charge: %1</translation>
    </message>
    <message>
        <source>截至 %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <source>共分包重大科技创新项目 %1 个，其中红灯 %2 个、黄灯 %3 个、绿灯 %4 个；逾期事项 %5 项，待解决要素保障需求 %6 项。</source>
        <translation>In charge of %1 major science and technology innovation project(s): %2 with a red light, %3 yellow, %4 green; %5 overdue item(s) and %6 open factor requirement(s).</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>项目名称及编号</source>
        <translation>Project name and code</translation>
    </message>
    <message>
        <source>责任
单位</source>
        <translation>Responsible
unit</translation>
    </message>
    <message>
        <source>预警</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>逾期及预警事项</source>
        <translation>Overdue and warning items</translation>
    </message>
    <message>
        <source>待解决要素保障需求</source>
        <translation>Open factor requirements</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>未分包项目</source>
        <translation>Projects without a leader in charge</translation>
    </message>
    <message>
        <source>项目编号</source>
        <translation>Project code</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>Project name</translation>
    </message>
    <message>
        <source>项目类别</source>
        <translation>Project category</translation>
    </message>
    <message>
        <source>建设单位</source>
        <translation>Developer</translation>
    </message>
    <message>
        <source>建设地点</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>项目阶段</source>
        <translation>Project phase</translation>
    </message>
    <message>
        <source>总投资</source>
        <translation>Total investment</translation>
    </message>
    <message>
        <source>年度计划投资</source>
        <translation>Annual planned investment</translation>
    </message>
    <message>
        <source>累计完成投资</source>
        <translation>Cumulative investment completed</translation>
    </message>
    <message>
        <source>完成率</source>
        <translation>Completion rate</translation>
    </message>
    <message>
        <source>开工时间</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>计划竣工时间</source>
        <translation>Planned completion date</translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>分包领导</source>
        <translation>Leader in charge</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>年度目标</source>
        <translation>Annual target</translation>
    </message>
    <message>
        <source>预警原因</source>
        <translation>Warning reasons</translation>
    </message>
    <message>
        <source>全市</source>
        <translation>Citywide</translation>
    </message>
    <message>
        <source>%1年%2重大科技创新项目推进台账</source>
        <translation>%1 %2 Progress Ledger of Major Science and Technology Innovation Projects</translation>
    </message>
    <message>
        <source>单位：万元</source>
        <translation>Amounts in 10k CNY</translation>
    </message>
    <message>
        <source>填报单位：%1&#x3000;&#x3000;单位：万元</source>
        <translation>Reporting unit: %1 | Amounts in 10k CNY</translation>
    </message>
    <message>
        <source>项目
类别</source>
        <translation>Project
category</translation>
    </message>
    <message>
        <source>项目
阶段</source>
        <translation>Project
phase</translation>
    </message>
    <message>
        <source>年度计划
投资</source>
        <translation>Annual planned
investment</translation>
    </message>
    <message>
        <source>累计完成
投资</source>
        <translation>Cumulative
investment</translation>
    </message>
    <message>
        <source>开工
时间</source>
        <translation>Start
date</translation>
    </message>
    <message>
        <source>计划竣工
时间</source>
        <translation>Planned
completion</translation>
    </message>
    <message>
        <source>分包
领导</source>
        <translation>Leader in
charge</translation>
    </message>
    <message>
        <source>未定责任单位</source>
        <translation>No responsible unit</translation>
    </message>
    <message>
        <source>%1、%2（%3个）</source>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message>
        <source>%1 个项目</source>
        <translation>%1 project(s)</translation>
    </message>
    <message>
        <source>合计（%1 个项目）</source>
        <translation>Total (%1 project(s))</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>第 %1 页 共 %2 页</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>截至%1，各责任单位均无逾期事项。</source>
        <translation>As of %1, no responsible unit has overdue items.</translation>
    </message>
    <message>
        <source>没有符合条件的项目。</source>
        <translation>No matching projects.</translation>
    </message>
    <message>
        <source>已取消打印</source>
        <translation>Printing cancelled</translation>
    </message>
    <message>
        <source>无法生成 PDF</source>
        <translation>Cannot generate the PDF</translation>
    </message>
    <message>
        <source>无法替换已有文件</source>
        <translation>Cannot replace the existing file</translation>
    </message>
    <message>
        <source>督导〔%1〕第 %2 号</source>
        <translation>Supervision [%1] No. %2</translation>
    </message>
    <message>
        <source>督导〔%1〕%2-%3号</source>
        <translation>Supervision [%1] No. %2-%3</translation>
    </message>
    <message>
        <source>总投资 %1；年度计划投资 %2；累计完成投资 %3，占总投资 %4。</source>
        <translation>Total investment %1; annual planned investment %2; cumulative investment completed %3, %4 of the total.</translation>
    </message>
    <message>
        <source>本年 1—%1 月完成 %2，同期计划 %3，完成年度计划 %4。</source>
        <translation>This year, months 1-%1: completed %2 against %3 planned for the period; %4 of the annual plan completed.</translation>
    </message>
    <message>
        <source>本年尚未报送月度调度数据。</source>
        <translation>No monthly progress report data submitted this year.</translation>
    </message>
    <message>
        <source>%1——计划 %2 完成，%3</source>
        <translation>%1 - planned for %2, %3</translation>
    </message>
    <message>
        <source>（责任人：%1）</source>
        <translation> (person responsible: %1)</translation>
    </message>
    <message>
        <source>%1 天内无到期节点</source>
        <translation>No milestones due within %1 day(s)</translation>
    </message>
    <message>
        <source>；协调部门：%1</source>
        <translation>; coordinating department: %1</translation>
    </message>
    <message>
        <source>；解决时限：%1（%2）</source>
        <translation>; resolution deadline: %1 (%2)</translation>
    </message>
    <message>
        <source>；状态：%1</source>
        <translation>; status: %1</translation>
    </message>
    <message>
        <source>无待解决的要素保障需求</source>
        <translation>No open factor requirements</translation>
    </message>
    <message>
        <source>暂无督导记录</source>
        <translation>No supervision records yet</translation>
    </message>
    <message>
        <source>：%1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>未发现问题</source>
        <translation>No problems found</translation>
    </message>
    <message>
        <source>；整改时限：%1（%2）</source>
        <translation>; rectification deadline: %1 (%2)</translation>
    </message>
    <message>
        <source>问责情况：%1</source>
        <translation>Accountability: %1</translation>
    </message>
    <message>
        <source>；办结时限：%1（%2）</source>
        <translation>; closing deadline: %1 (%2)</translation>
    </message>
    <message>
        <source>重大科技创新项目督导单</source>
        <translation>Supervision Sheet for Major Science and Technology Innovation Projects</translation>
    </message>
    <message>
        <source>日期：%1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <source>投资情况
（万元）</source>
        <translation>Investment
(10k CNY)</translation>
    </message>
    <message>
        <source>预警灯色</source>
        <translation>Warning light</translation>
    </message>
    <message>
        <source>逾期节点</source>
        <translation>Overdue milestones</translation>
    </message>
    <message>
        <source>临近节点</source>
        <translation>Upcoming milestones</translation>
    </message>
    <message>
        <source>要素保障
需求</source>
        <translation>Factor
requirements</translation>
    </message>
    <message>
        <source>督导发现
问题</source>
        <translation>Supervision
findings</translation>
    </message>
    <message>
        <source>整改要求
及时限</source>
        <translation>Rectification
and deadlines</translation>
    </message>
    <message>
        <source>督办事项</source>
        <translation>Supervised matter</translation>
    </message>
    <message>
        <source>督导意见</source>
        <translation>Supervision comments</translation>
    </message>
    <message>
        <source>日期：_____年____月____日</source>
        <translation>Date: _____-____-____</translation>
    </message>
    <message>
        <source>责任单位负责人（签字）：__________</source>
        <translation>Head of responsible unit (signature): __________</translation>
    </message>
    <message>
        <source>督导人员（签字）：__________</source>
        <translation>Supervisors (signature): __________</translation>
    </message>
    <message>
        <source>时间节点</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>（协调部门：%1）</source>
        <translation> (coordinating department: %1)</translation>
    </message>
    <message>
        <source>要素保障</source>
        <translation>Factor requirement</translation>
    </message>
    <message>
        <source>督导整改</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <source>重大科技创新项目逾期事项通报</source>
        <translation>Bulletin on Overdue Items of Major Science and Technology Innovation Projects</translation>
    </message>
    <message>
        <source>%1：</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>截至%1，你单位负责推进的重大科技创新项目共 %2 个，无逾期事项。</source>
        <translation>As of %1, your unit is responsible for %2 major science and technology innovation project(s), with no overdue items.</translation>
    </message>
    <message>
        <source>截至%1，你单位负责推进的重大科技创新项目共 %2 个，其中 %3 个项目存在逾期事项，共 %4 项，最长逾期 %5 天。现将逾期事项通报如下：</source>
        <translation>As of %1, your unit is responsible for %2 major science and technology innovation project(s), of which %3 have overdue items: %4 item(s) in all, the longest %5 day(s) overdue. The overdue items are listed below:</translation>
    </message>
    <message>
        <source>逾期事项</source>
        <translation>Overdue item</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>应完成时间</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>逾期
天数</source>
        <translation>Days
overdue</translation>
    </message>
    <message>
        <source>无逾期事项</source>
        <translation>No overdue items</translation>
    </message>
    <message>
        <source>请你单位对照清单逐项落实整改，明确责任人和完成时限，并及时报送整改进展情况。</source>
        <translation>Please rectify each item on the list, naming the person responsible and the completion deadline, and report rectification progress promptly.</translation>
    </message>
    <message>
        <source>重大科技创新项目办公室</source>
        <translation>Major Science and Technology Innovation Projects Office</translation>
    </message>
    <message>
        <source>重大科技创新项目推进台账</source>
        <translation>Progress Ledger of Major Science and Technology Innovation Projects</translation>
    </message>
</context>
<context>
    <name>tz::rules</name>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>逾期完成</source>
        <translation>Done late</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>临期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>未到期</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <source>绿灯</source>
        <translation>Green light</translation>
    </message>
    <message>
        <source>黄灯</source>
        <translation>Yellow light</translation>
    </message>
    <message>
        <source>红灯</source>
        <translation>Red light</translation>
    </message>
    <message>
        <source>节点“%1”逾期 %2 天（计划 %3）</source>
        <translation>Milestone &quot;%1&quot; is %2 day(s) overdue (planned %3)</translation>
    </message>
    <message>
        <source>节点“%1”临期，%2 天后到期（%3）</source>
        <translation>Milestone &quot;%1&quot; is due soon, in %2 day(s) (%3)</translation>
    </message>
    <message>
        <source>%1需求“%2”超过解决时限 %3 天未解决</source>
        <translation>%1 requirement &quot;%2&quot; is unresolved %3 day(s) past its resolution deadline</translation>
    </message>
    <message>
        <source>%1需求“%2”将于 %3 到期</source>
        <translation>%1 requirement &quot;%2&quot; is due on %3</translation>
    </message>
    <message>
        <source>督导问题“%1”超过整改时限 %2 天</source>
        <translation>Supervision finding &quot;%1&quot; is %2 day(s) past its rectification deadline</translation>
    </message>
    <message>
        <source>督导问题“%1”整改将于 %2 到期</source>
        <translation>Rectification of supervision finding &quot;%1&quot; is due on %2</translation>
    </message>
    <message>
        <source>督办事项 %1 超过办结时限 %2 天</source>
        <translation>Supervised matter %1 is %2 day(s) past its closing deadline</translation>
    </message>
    <message>
        <source>督办事项 %1 将于 %2 到期</source>
        <translation>Supervised matter %1 is due on %2</translation>
    </message>
    <message>
        <source>计划%1开工，已推迟 %2 个月未开工</source>
        <translation>Planned to start in %1; still not started, %2 month(s) late</translation>
    </message>
    <message>
        <source>计划%1开工，至今未开工</source>
        <translation>Planned to start in %1; not started yet</translation>
    </message>
    <message>
        <source>1-%1月计划投资 %2 万元，完成 %3 万元，滞后序时进度 %4 个百分点</source>
        <translation>Months 1-%1: planned investment %2, completed %3 (10k CNY); %4 percentage points behind the pace of the plan</translation>
    </message>
    <message>
        <source>人工认定为%1（按规则为%2）：%3</source>
        <translation>Manually set to %1 (rules give %2): %3</translation>
    </message>
    <message>
        <source>无预警事项</source>
        <translation>No warnings</translation>
    </message>
</context>
<context>
    <name>tz::schema</name>
    <message>
        <source>责任单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>单位类型</source>
        <translation>Unit type</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>分包领导</source>
        <translation>Leader in charge</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>项目类别</source>
        <translation>Project category</translation>
    </message>
    <message>
        <source>类别名称</source>
        <translation>Category name</translation>
    </message>
    <message>
        <source>项目阶段</source>
        <translation>Project phase</translation>
    </message>
    <message>
        <source>阶段名称</source>
        <translation>Phase name</translation>
    </message>
    <message>
        <source>已开工</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>要素类型</source>
        <translation>Factor type</translation>
    </message>
    <message>
        <source>类型名称</source>
        <translation>Type name</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>项目编号</source>
        <translation>Project code</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>Project name</translation>
    </message>
    <message>
        <source>建设单位</source>
        <translation>Developer</translation>
    </message>
    <message>
        <source>建设内容</source>
        <translation>Scope of work</translation>
    </message>
    <message>
        <source>建设地点</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>总投资（万元）</source>
        <translation>Total investment (10k CNY)</translation>
    </message>
    <message>
        <source>年度计划投资（万元）</source>
        <translation>Annual planned investment (10k CNY)</translation>
    </message>
    <message>
        <source>累计完成投资（万元）</source>
        <translation>Cumulative investment completed (10k CNY)</translation>
    </message>
    <message>
        <source>开工时间</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>计划竣工时间</source>
        <translation>Planned completion date</translation>
    </message>
    <message>
        <source>年度目标</source>
        <translation>Annual target</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>人工认定灯色</source>
        <translation>Light override</translation>
    </message>
    <message>
        <source>认定理由</source>
        <translation>Override reason</translation>
    </message>
    <message>
        <source>时间节点</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>节点内容</source>
        <translation>Milestone description</translation>
    </message>
    <message>
        <source>计划完成时间</source>
        <translation>Planned completion date</translation>
    </message>
    <message>
        <source>实际完成时间</source>
        <translation>Actual completion date</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Person responsible</translation>
    </message>
    <message>
        <source>要素保障需求</source>
        <translation>Factor requirement</translation>
    </message>
    <message>
        <source>需求内容</source>
        <translation>Requirement details</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>计量单位</source>
        <translation>Unit of measure</translation>
    </message>
    <message>
        <source>协调部门</source>
        <translation>Coordinating department</translation>
    </message>
    <message>
        <source>解决时限</source>
        <translation>Resolution deadline</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>解决情况</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>解决日期</source>
        <translation>Resolution date</translation>
    </message>
    <message>
        <source>进展调度</source>
        <translation>Progress report</translation>
    </message>
    <message>
        <source>调度月份</source>
        <translation>Report month</translation>
    </message>
    <message>
        <source>1至本月完成投资（万元）</source>
        <translation>Investment completed, Jan to this month (10k CNY)</translation>
    </message>
    <message>
        <source>本期进展</source>
        <translation>Progress this period</translation>
    </message>
    <message>
        <source>存在问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>需协调解决事项</source>
        <translation>Matters needing coordination</translation>
    </message>
    <message>
        <source>下步计划</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>形象进度（%）</source>
        <translation>Physical progress (%)</translation>
    </message>
    <message>
        <source>投资计划</source>
        <translation>Investment plan</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>1至本月计划投资（万元）</source>
        <translation>Planned investment, Jan to this month (10k CNY)</translation>
    </message>
    <message>
        <source>督导记录</source>
        <translation>Supervision record</translation>
    </message>
    <message>
        <source>督导日期</source>
        <translation>Supervision date</translation>
    </message>
    <message>
        <source>督导方式</source>
        <translation>Supervision type</translation>
    </message>
    <message>
        <source>督导人员</source>
        <translation>Supervisors</translation>
    </message>
    <message>
        <source>整改要求</source>
        <translation>Rectification requirements</translation>
    </message>
    <message>
        <source>整改时限</source>
        <translation>Rectification deadline</translation>
    </message>
    <message>
        <source>整改状态</source>
        <translation>Rectification status</translation>
    </message>
    <message>
        <source>问责情况</source>
        <translation>Accountability</translation>
    </message>
    <message>
        <source>整改完成日期</source>
        <translation>Rectification completion date</translation>
    </message>
    <message>
        <source>督办事项</source>
        <translation>Supervised matter</translation>
    </message>
    <message>
        <source>立项号</source>
        <translation>Item number</translation>
    </message>
    <message>
        <source>来源督导记录</source>
        <translation>Source supervision record</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>主办单位</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>协办单位</source>
        <translation>Assisting units</translation>
    </message>
    <message>
        <source>办结时限</source>
        <translation>Closing deadline</translation>
    </message>
    <message>
        <source>办理状态</source>
        <translation>Handling status</translation>
    </message>
    <message>
        <source>督办流程</source>
        <translation>Supervised item step</translation>
    </message>
    <message>
        <source>环节</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>延期至</source>
        <translation>Extended to</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>tz::stats</name>
    <message>
        <source>（未填）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>记录数
</source>
        <translation>Records
</translation>
    </message>
    <message>
        <source>红灯</source>
        <translation>Red light</translation>
    </message>
    <message>
        <source>黄灯</source>
        <translation>Yellow light</translation>
    </message>
    <message>
        <source>绿灯</source>
        <translation>Green light</translation>
    </message>
    <message>
        <source>项目预警</source>
        <translation>Project warnings</translation>
    </message>
    <message>
        <source>按责任单位</source>
        <translation>By responsible unit</translation>
    </message>
    <message>
        <source>按分包领导</source>
        <translation>By leader in charge</translation>
    </message>
    <message>
        <source>按项目阶段</source>
        <translation>By project phase</translation>
    </message>
</context>
<context>
    <name>tz::timeline</name>
    <message>
        <source>一季度</source>
        <translation>Q1</translation>
    </message>
    <message>
        <source>二季度</source>
        <translation>Q2</translation>
    </message>
    <message>
        <source>三季度</source>
        <translation>Q3</translation>
    </message>
    <message>
        <source>四季度</source>
        <translation>Q4</translation>
    </message>
    <message>
        <source>%1年%2月</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>%1月</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1年%2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1年</source>
        <translation>%1</translation>
    </message>
</context>
<context>
    <name>tz::ui</name>
    <message>
        <source>全部分包领导</source>
        <translation>All leaders in charge</translation>
    </message>
    <message>
        <source>全部责任单位</source>
        <translation>All responsible units</translation>
    </message>
    <message>
        <source>未完成、计划完成时间在今天起 7 天之内的节点</source>
        <translation>Milestones not done and planned for completion within 7 days from today</translation>
    </message>
    <message>
        <source>打开项目</source>
        <translation>Open Project</translation>
    </message>
    <message>
        <source>在项目台账中打开所选节点的项目（也可双击项目编号或名称）</source>
        <translation>Open the project of the selected milestone in the project ledger (or double-click the project code or name)</translation>
    </message>
</context>
<context>
    <name>tz::ui::BackupDialog</name>
    <message>
        <source>备份与恢复</source>
        <translation>Backup and Restore</translation>
    </message>
    <message>
        <source>备份时间</source>
        <translation>Backup time</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>立即备份(&amp;B)</source>
        <translation>&amp;Back Up Now</translation>
    </message>
    <message>
        <source>恢复所选备份(&amp;R)…</source>
        <translation>&amp;Restore Selected Backup…</translation>
    </message>
    <message>
        <source>打开备份文件夹</source>
        <translation>Open Backup Folder</translation>
    </message>
    <message>
        <source>保留份数：</source>
        <translation>Backups to keep:</translation>
    </message>
    <message>
        <source>每天第一次打开台账时、每次导入前和格式升级前会自动备份。恢复会用所选备份替换台账文件，替换前的文件另存为“恢复前”备份，因此恢复本身也可以撤回。</source>
        <translation>A backup is made automatically the first time the ledger is opened each day, before every import and before a format upgrade. Restoring replaces the ledger file with the selected backup; the replaced file is saved as a &quot;before restore&quot; backup, so a restore can itself be reverted.</translation>
    </message>
    <message>
        <source>备份失败</source>
        <translation>Backup Failed</translation>
    </message>
    <message>
        <source>备份文件夹：%1</source>
        <translation>Backup folder: %1</translation>
    </message>
    <message>
        <source>恢复备份</source>
        <translation>Restore Backup</translation>
    </message>
    <message>
        <source>用 %1 的备份替换“%2”？

该备份之后的修改将不在台账中（当前文件会先另存为“恢复前”备份）。</source>
        <translation>Replace &quot;%2&quot; with the backup from %1?

Changes made after that backup will no longer be in the ledger (the current file is first saved as a &quot;before restore&quot; backup).</translation>
    </message>
</context>
<context>
    <name>tz::ui::CrossProjectTable</name>
    <message>
        <source>无法修改</source>
        <translation>Cannot Modify</translation>
    </message>
</context>
<context>
    <name>tz::ui::DashboardView</name>
    <message>
        <source>上月末不是红灯、现在是红灯的项目</source>
        <translation>Projects that were not red at the end of last month and are red now</translation>
    </message>
    <message>
        <source>上月末是红灯、现在不再是红灯的项目</source>
        <translation>Projects that were red at the end of last month and are no longer red</translation>
    </message>
    <message>
        <source>本月项目阶段有变化的项目</source>
        <translation>Projects whose phase changed this month</translation>
    </message>
    <message>
        <source>%1年%2月</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>月度对比 PDF…</source>
        <translation>Monthly Comparison PDF…</translation>
    </message>
    <message>
        <source>打印月度对比…</source>
        <translation>Print Monthly Comparison…</translation>
    </message>
    <message>
        <source>比上月：</source>
        <translation>Compared with last month:</translation>
    </message>
    <message>
        <source>各责任单位各月完成投资（万元，据月度调度）&#x3000;双击一行查看该单位的项目</source>
        <translation>Investment completed by responsible unit and month (10k CNY, from monthly progress reports) | double-click a row to see the unit&apos;s projects</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>项目总数</source>
        <translation>Total projects</translation>
    </message>
    <message>
        <source>红灯项目</source>
        <translation>Red-light projects</translation>
    </message>
    <message>
        <source>黄灯项目</source>
        <translation>Yellow-light projects</translation>
    </message>
    <message>
        <source>逾期时间节点</source>
        <translation>Overdue milestones</translation>
    </message>
    <message>
        <source>未解决要素需求</source>
        <translation>Unresolved factor requirements</translation>
    </message>
    <message>
        <source>超期未整改</source>
        <translation>Rectifications overdue</translation>
    </message>
    <message>
        <source>新转红</source>
        <translation>Newly red</translation>
    </message>
    <message>
        <source>已解决（红灯转出）</source>
        <translation>Resolved (no longer red)</translation>
    </message>
    <message>
        <source>阶段变化</source>
        <translation>Phase changed</translation>
    </message>
    <message>
        <source>截至 %1，对比上月末 %2：红灯 %3 个（上月末 %4 个）；本月完成投资 %5 万元（上月 %6 万元）</source>
        <translation>As of %1, compared with the end of last month (%2): %3 red light(s) (end of last month: %4); investment completed this month %5 (last month %6) (10k CNY)</translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>%1月</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <source>1-%1月合计</source>
        <translation>Months 1-%1 total</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>项目编号</source>
        <translation>Project code</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>Project name</translation>
    </message>
    <message>
        <source>上月末</source>
        <translation>End of last month</translation>
    </message>
    <message>
        <source>现在</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>双击一行在项目台账中打开该项目</source>
        <translation>Double-click a row to open the project in the project ledger</translation>
    </message>
    <message>
        <source>导出月度对比</source>
        <translation>Export Monthly Comparison</translation>
    </message>
    <message>
        <source>%1月度对比.pdf</source>
        <translation>%1 Monthly Comparison.pdf</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>打印月度对比</source>
        <translation>Print Monthly Comparison</translation>
    </message>
    <message>
        <source>无法打印</source>
        <translation>Cannot print</translation>
    </message>
</context>
<context>
    <name>tz::ui::EntityForm</name>
    <message>
        <source>标红的字段有误，未保存：%1</source>
        <translation>The fields marked in red are invalid and were not saved: %1</translation>
    </message>
</context>
<context>
    <name>tz::ui::EntityTable</name>
    <message>
        <source>新增%1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>无法修改</source>
        <translation>Cannot Modify</translation>
    </message>
    <message>
        <source>删除%1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <source>删除%1“%2”？可以用“撤销”恢复。</source>
        <translation>Delete %1 &quot;%2&quot;? You can restore it with Undo.</translation>
    </message>
    <message>
        <source>无法删除</source>
        <translation>Cannot Delete</translation>
    </message>
</context>
<context>
    <name>tz::ui::ExportDialog</name>
    <message>
        <source>按责任单位分组（“一、高新区（7个）”）</source>
        <translation>Group by responsible unit (&quot;1. High-tech Zone (7)&quot;)</translation>
    </message>
    <message>
        <source>要素保障列只列未解决的需求</source>
        <translation>List only unresolved requirements in the factor requirements columns</translation>
    </message>
    <message>
        <source>导出表格</source>
        <translation>Export Spreadsheet</translation>
    </message>
    <message>
        <source>Excel 工作簿（.xlsx）</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>CSV，UTF-8（Excel、WPS 均可打开）</source>
        <translation>CSV, UTF-8 (opens in Excel and WPS)</translation>
    </message>
    <message>
        <source>CSV，GB18030（旧版软件）</source>
        <translation>CSV, GB18030 (older software)</translation>
    </message>
    <message>
        <source>A3 横向</source>
        <translation>A3 landscape</translation>
    </message>
    <message>
        <source>A4 横向</source>
        <translation>A4 landscape</translation>
    </message>
    <message>
        <source>如：市科技局项目办</source>
        <translation>e.g. Municipal Science and Technology Bureau project office</translation>
    </message>
    <message>
        <source>格式：</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>填报单位：</source>
        <translation>Reporting unit:</translation>
    </message>
    <message>
        <source>填表人：</source>
        <translation>Prepared by:</translation>
    </message>
    <message>
        <source>联系电话：</source>
        <translation>Contact phone:</translation>
    </message>
    <message>
        <source>纸张：</source>
        <translation>Paper:</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>Export Failed</translation>
    </message>
    <message>
        <source>导出完成</source>
        <translation>Export Complete</translation>
    </message>
    <message>
        <source>已导出到“%1”。</source>
        <translation>Exported to &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>tz::ui::FieldEditor</name>
    <message>
        <source>如 2023-05-01 或 2023年5月1日</source>
        <translation>e.g. 2023-05-01 or 2023/5/1</translation>
    </message>
    <message>
        <source>如 2023-05</source>
        <translation>e.g. 2023-05</translation>
    </message>
    <message>
        <source>万元，如 12500 或 12,500.50</source>
        <translation>10k CNY, e.g. 12500 or 12,500.50</translation>
    </message>
</context>
<context>
    <name>tz::ui::FlagDelegate</name>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>tz::ui::HistoryView</name>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>搜索项目、字段或内容</source>
        <translation>Search projects, fields or content</translation>
    </message>
    <message>
        <source>导出(&amp;X)…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>修改人</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>最近 %1 条</source>
        <translation>Latest %1 changes</translation>
    </message>
    <message>
        <source>%1 条</source>
        <translation>%1 change(s)</translation>
    </message>
    <message>
        <source>导出修改记录</source>
        <translation>Export Change Log</translation>
    </message>
    <message>
        <source>/修改记录.csv</source>
        <translation>/Change Log.csv</translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>Export Failed</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>tz::ui::ImportDialog</name>
    <message>
        <source>跳过有错误的行，导入其余各行</source>
        <translation>Skip rows with errors and import the rest</translation>
    </message>
    <message>
        <source>导入表格</source>
        <translation>Import Spreadsheet</translation>
    </message>
    <message>
        <source>选择区县或部门报来的 XLSX、XLS 或 CSV 文件</source>
        <translation>Choose an XLSX, XLS or CSV file submitted by a district/county or department</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>未指定</source>
        <translation>Not specified</translation>
    </message>
    <message>
        <source>“3月底前完成…”这类时间节点所属的年份；默认取表格标题或表头中的年份</source>
        <translation>The year that milestones such as &quot;done by end of March…&quot; belong to; by default the year in the sheet title or header</translation>
    </message>
    <message>
        <source>文件：</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>工作表：</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <source>年份：</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>表头</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>导入为</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>示例</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>项目编号</source>
        <translation>Project code</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>Project name</translation>
    </message>
    <message>
        <source>变化</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>位置和原因</source>
        <translation>Location and reason</translation>
    </message>
    <message>
        <source>列对应</source>
        <translation>Column Mapping</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>表格文件 (*.xlsx *.xlsm *.xls *.csv *.txt);;所有文件 (*)</source>
        <translation>Spreadsheet files (*.xlsx *.xlsm *.xls *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>无法读取表格</source>
        <translation>Cannot Read Spreadsheet</translation>
    </message>
    <message>
        <source>%1（隐藏）</source>
        <translation>%1 (hidden)</translation>
    </message>
    <message>
        <source>%1（1至%2月）</source>
        <translation>%1 (Jan to month %2)</translation>
    </message>
    <message>
        <source>有错误</source>
        <translation>Has errors</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>无变化</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>更新</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>新增节点、需求等 %1 条</source>
        <translation>%1 new milestone(s), requirement(s), etc.</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>问题（%1）</source>
        <translation>Problems (%1)</translation>
    </message>
    <message>
        <source>请先选择要导入的文件。</source>
        <translation>Please choose a file to import first.</translation>
    </message>
    <message>
        <source>没有可导入的内容。</source>
        <translation>There is nothing to import.</translation>
    </message>
    <message>
        <source>未导入</source>
        <translation>Not Imported</translation>
    </message>
    <message>
        <source>导入完成</source>
        <translation>Import Complete</translation>
    </message>
    <message>
        <source>新增 %1 个项目，更新 %2 个项目，新增时间节点、要素需求等 %3 条。
如需撤回，使用“编辑 → 撤销”。</source>
        <translation>Added %1 project(s), updated %2 project(s), and added %3 milestone(s), factor requirement(s) and other records.
To revert, use &quot;Edit → Undo&quot;.</translation>
    </message>
</context>
<context>
    <name>tz::ui::LeadersView</name>
    <message>
        <source>打开项目</source>
        <translation>Open Project</translation>
    </message>
    <message>
        <source>在项目台账中打开所选项目</source>
        <translation>Open the selected project in the project ledger</translation>
    </message>
    <message>
        <source>请在左侧选择一位分包领导，这里列出他分包的项目。</source>
        <translation>Select a leader in charge on the left to list the projects they are in charge of here.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;%2 分包 %3 个项目：%4&#x3000;%5&#x3000;%6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;%2 is in charge of %3 project(s): %4&amp;nbsp;&amp;nbsp;&amp;nbsp;%5&amp;nbsp;&amp;nbsp;&amp;nbsp;%6</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
</context>
<context>
    <name>tz::ui::MainWindow</name>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>新建台账(&amp;N)…</source>
        <translation>&amp;New Ledger…</translation>
    </message>
    <message>
        <source>新建演示台账(&amp;D)…</source>
        <translation>New &amp;Demo Ledger…</translation>
    </message>
    <message>
        <source>打开(&amp;O)…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>最近打开(&amp;R)</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>台账</source>
        <translation>Taizhang</translation>
    </message>
    <message>
        <source>%1 [只读] — 台账</source>
        <translation>%1 [read-only] — Taizhang</translation>
    </message>
    <message>
        <source>%1 — 台账</source>
        <translation>%1 — Taizhang</translation>
    </message>
    <message>
        <source>今天：%1</source>
        <translation>Today: %1</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>无法打开台账</source>
        <translation>Cannot Open Ledger</translation>
    </message>
    <message>
        <source>只读打开</source>
        <translation>Opened Read-Only</translation>
    </message>
    <message>
        <source>没有写入“%1”的权限，台账以只读方式打开，不能修改。</source>
        <translation>You do not have permission to write to &quot;%1&quot;, so the ledger has been opened read-only and cannot be modified.</translation>
    </message>
    <message>
        <source>无法新建台账</source>
        <translation>Cannot Create Ledger</translation>
    </message>
    <message>
        <source>演示台账.tzdb</source>
        <translation>Demo Ledger.tzdb</translation>
    </message>
    <message>
        <source>项目台账.tzdb</source>
        <translation>Project Ledger.tzdb</translation>
    </message>
    <message>
        <source>撤销历史</source>
        <translation>Undo History</translation>
    </message>
    <message>
        <source>&lt;打开时&gt;</source>
        <translation>&lt;as opened&gt;</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>导入表格(&amp;I)…</source>
        <translation>&amp;Import Spreadsheet…</translation>
    </message>
    <message>
        <source>项目台账</source>
        <translation>Project Ledger</translation>
    </message>
    <message>
        <source>时间节点</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>要素保障</source>
        <translation>Factor Requirements</translation>
    </message>
    <message>
        <source>整改督办</source>
        <translation>Rectifications</translation>
    </message>
    <message>
        <source>分包领导</source>
        <translation>Leaders in Charge</translation>
    </message>
    <message>
        <source>字典与设置</source>
        <translation>Dictionaries and Settings</translation>
    </message>
    <message>
        <source>修改记录</source>
        <translation>Change Log</translation>
    </message>
    <message>
        <source>新增项目(&amp;P)…</source>
        <translation>Add &amp;Project…</translation>
    </message>
    <message>
        <source>删除项目…</source>
        <translation>Delete Project…</translation>
    </message>
    <message>
        <source>台账正在使用</source>
        <translation>Ledger in Use</translation>
    </message>
    <message>
        <source>删除项目</source>
        <translation>Delete Project</translation>
    </message>
    <message>
        <source>请先在项目台账中选择要删除的项目。</source>
        <translation>Please first select the project to delete in the project ledger.</translation>
    </message>
    <message>
        <source>删除项目“%1”及其全部时间节点、要素保障需求、进展调度和督导记录？
可以用“撤销”恢复，修改记录中也保留被删除的内容。</source>
        <translation>Delete project &quot;%1&quot; and all its milestones, factor requirements, progress reports and supervision records?
You can restore it with Undo; the change log also keeps the deleted content.</translation>
    </message>
    <message>
        <source>无法删除</source>
        <translation>Cannot Delete</translation>
    </message>
    <message>
        <source>另存为(&amp;A)…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>导出表格(&amp;E)…</source>
        <translation>&amp;Export Spreadsheet…</translation>
    </message>
    <message>
        <source>打印(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>（副本）.tzdb</source>
        <translation> (copy).tzdb</translation>
    </message>
    <message>
        <source>另存为</source>
        <translation>Save As</translation>
    </message>
    <message>
        <source>备份与恢复(&amp;B)…</source>
        <translation>&amp;Backup and Restore…</translation>
    </message>
    <message>
        <source>&#x3000;台账在网络共享上</source>
        <translation> | Ledger on a network share</translation>
    </message>
    <message>
        <source>总览</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>进度甘特图</source>
        <translation>Gantt Chart</translation>
    </message>
    <message>
        <source>“%1”已被%2打开。

两处同时修改会互相覆盖。是否以只读方式打开？</source>
        <translation>&quot;%1&quot; is already open in %2.

If it is edited in both places at once, the changes will overwrite each other. Open it read-only?</translation>
    </message>
    <message>
        <source>如果确认那台计算机已经关闭了台账（例如程序异常退出），可以强制打开。</source>
        <translation>If you are sure the ledger has been closed on that computer (for example, the program crashed), you can force it open.</translation>
    </message>
    <message>
        <source>强制打开</source>
        <translation>Force Open</translation>
    </message>
    <message>
        <source>台账已损坏</source>
        <translation>Ledger Damaged</translation>
    </message>
    <message>
        <source>

没有找到完好的备份。</source>
        <translation>

No intact backup was found.</translation>
    </message>
    <message>
        <source>

是否用最新的完好备份（%1，%2）恢复？损坏的文件会另存到备份文件夹。</source>
        <translation>

Restore it from the latest intact backup (%1, %2)? The damaged file will be saved to the backup folder.</translation>
    </message>
    <message>
        <source>恢复失败</source>
        <translation>Restore Failed</translation>
    </message>
    <message>
        <source>自动备份失败</source>
        <translation>Automatic Backup Failed</translation>
    </message>
    <message>
        <source>已自动备份到 %1</source>
        <translation>Backed up automatically to %1</translation>
    </message>
    <message>
        <source>已从备份恢复。替换前的文件已另存为“恢复前”备份。</source>
        <translation>Restored from the backup. The replaced file has been saved as a &quot;before restore&quot; backup.</translation>
    </message>
</context>
<context>
    <name>tz::ui::MilestonesView</name>
    <message>
        <source>全部 %1</source>
        <translation>All (%1)</translation>
    </message>
    <message>
        <source>逾期 %1</source>
        <translation>Overdue (%1)</translation>
    </message>
    <message>
        <source>本周到期 %1</source>
        <translation>Due this week (%1)</translation>
    </message>
    <message>
        <source>未完成 %1</source>
        <translation>Not done (%1)</translation>
    </message>
    <message>
        <source>显示 %1 个时间节点&#x3000;逾期在前，其余按计划完成时间排列；双击项目编号或名称打开项目</source>
        <translation>Showing %1 milestone(s) | overdue first, the rest by planned completion date; double-click the project code or name to open the project</translation>
    </message>
</context>
<context>
    <name>tz::ui::NewRowDialog</name>
    <message>
        <source>新增%1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>tz::ui::PrintDialog</name>
    <message>
        <source>全部项目</source>
        <translation>All projects</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>督导单（每个项目一页）</source>
        <translation>Supervision sheet (one page per project)</translation>
    </message>
    <message>
        <source>分包领导督导清单</source>
        <translation>Leader&apos;s supervision list</translation>
    </message>
    <message>
        <source>逾期事项通报（按责任单位）</source>
        <translation>Bulletin of overdue items (by responsible unit)</translation>
    </message>
    <message>
        <source>推进台账表（横向）</source>
        <translation>Ledger table (landscape)</translation>
    </message>
    <message>
        <source>全部分包领导</source>
        <translation>All leaders in charge</translation>
    </message>
    <message>
        <source>全部责任单位</source>
        <translation>All responsible units</translation>
    </message>
    <message>
        <source>当前项目：%1</source>
        <translation>Current project: %1</translation>
    </message>
    <message>
        <source>文书：</source>
        <translation>Document:</translation>
    </message>
    <message>
        <source>范围：</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <source>分包领导：</source>
        <translation>Leader in charge:</translation>
    </message>
    <message>
        <source>责任单位：</source>
        <translation>Responsible unit:</translation>
    </message>
    <message>
        <source>纸张：</source>
        <translation>Paper:</translation>
    </message>
    <message>
        <source>打印预览…</source>
        <translation>Print Preview…</translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>打印预览</source>
        <translation>Print Preview</translation>
    </message>
    <message>
        <source>导出 PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>已导出到“%1”。</source>
        <translation>Exported to &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>每位分包领导单独一个 PDF 文件</source>
        <translation>One PDF file per leader in charge</translation>
    </message>
    <message>
        <source>表中所选的 %1 个项目</source>
        <translation>The %1 projects selected in the table</translation>
    </message>
    <message>
        <source>分包领导督导清单_%1.pdf</source>
        <translation>Leader supervision list_%1.pdf</translation>
    </message>
    <message>
        <source>选择保存各领导清单的文件夹</source>
        <translation>Choose the folder for the leaders&apos; lists</translation>
    </message>
    <message>
        <source>已在“%1”中生成 %2 个 PDF 文件。</source>
        <translation>Created %2 PDF files in &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>正在生成 PDF…</source>
        <translation>Creating the PDF…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>tz::ui::ProjectDetail</name>
    <message>
        <source>基本信息</source>
        <translation>Basic Information</translation>
    </message>
    <message>
        <source>时间节点</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>要素保障</source>
        <translation>Factor Requirements</translation>
    </message>
    <message>
        <source>进展调度</source>
        <translation>Progress Reports</translation>
    </message>
    <message>
        <source>督导记录</source>
        <translation>Supervision Records</translation>
    </message>
    <message>
        <source>投资计划</source>
        <translation>Investment Plan</translation>
    </message>
    <message>
        <source>修改记录</source>
        <translation>Change Log</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#666&apos;&gt;在上方表格中选择一个项目，查看和编辑它的全部信息。&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#666&apos;&gt;Select a project in the table above to view and edit all of its information.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tz::ui::ProjectTableView</name>
    <message>
        <source>无法修改</source>
        <translation>Cannot Modify</translation>
    </message>
    <message>
        <source>共 %1 个项目&#x3000;总投资 %2 万元&#x3000;年度计划 %3 万元&#x3000;累计完成 %4 万元&#x3000;完成率 %5</source>
        <translation>Projects: %1 | In 10k CNY: total investment %2, annual plan %3, completed to date %4 | Completion rate: %5</translation>
    </message>
    <message>
        <source>搜索项目编号、名称、建设单位、分包领导（可用拼音首字母，如 jqr）</source>
        <translation>Search project code, name, developer, leader in charge (pinyin initials work too, e.g. jqr)</translation>
    </message>
    <message>
        <source>全部责任单位</source>
        <translation>All responsible units</translation>
    </message>
    <message>
        <source>全部分包领导</source>
        <translation>All leaders in charge</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>全部阶段</source>
        <translation>All phases</translation>
    </message>
    <message>
        <source>全部灯色</source>
        <translation>All lights</translation>
    </message>
    <message>
        <source>红灯</source>
        <translation>Red light</translation>
    </message>
    <message>
        <source>黄灯</source>
        <translation>Yellow light</translation>
    </message>
    <message>
        <source>绿灯</source>
        <translation>Green light</translation>
    </message>
</context>
<context>
    <name>tz::ui::RectificationsView</name>
    <message>
        <source>全部分包领导</source>
        <translation>All leaders in charge</translation>
    </message>
    <message>
        <source>全部责任单位</source>
        <translation>All responsible units</translation>
    </message>
    <message>
        <source>整改完成…</source>
        <translation>Mark Rectified…</translation>
    </message>
    <message>
        <source>填写整改完成日期并把所选记录标为“已整改”（一步，可撤销）</source>
        <translation>Enter the rectification completion date and mark the selected records as rectified (one undoable step)</translation>
    </message>
    <message>
        <source>打开项目</source>
        <translation>Open Project</translation>
    </message>
    <message>
        <source>在项目台账中打开所选记录的项目（也可双击项目编号或名称）</source>
        <translation>Open the project of the selected record in the project ledger (or double-click the project code or name)</translation>
    </message>
    <message>
        <source>整改中 %1 项，其中 %2 项已超过整改时限&#x3000;超期在前，其余按整改时限排列</source>
        <translation>%1 item(s) under rectification, %2 past the rectification deadline | overdue first, the rest by rectification deadline</translation>
    </message>
    <message>
        <source>台账以只读方式打开，不能修改。</source>
        <translation>The ledger is open read-only and cannot be modified.</translation>
    </message>
    <message>
        <source>请填写整改完成日期。</source>
        <translation>Please enter the rectification completion date.</translation>
    </message>
    <message>
        <source>整改完成：%1</source>
        <translation>Rectification done: %1</translation>
    </message>
    <message>
        <source>无法修改</source>
        <translation>Cannot Modify</translation>
    </message>
    <message>
        <source>整改完成</source>
        <translation>Rectification Done</translation>
    </message>
    <message>
        <source>存在问题：</source>
        <translation>Problems:</translation>
    </message>
    <message>
        <source>整改完成日期：</source>
        <translation>Rectification completion date:</translation>
    </message>
</context>
<context>
    <name>tz::ui::RequirementsBoard</name>
    <message>
        <source>点击格子，下方清单只列该类型、该状态的需求；点击“合计”按一项筛选</source>
        <translation>Click a cell to list only the requirements of that type and status below; click a &quot;Total&quot; to filter by type or status alone</translation>
    </message>
    <message>
        <source>&lt;b&gt;要素保障需求&lt;/b&gt;（类型 × 状态，红字为已过解决时限仍未解决的项数）</source>
        <translation>&lt;b&gt;Factor requirements&lt;/b&gt; (type × status; red figures count items still unresolved past the resolution deadline)</translation>
    </message>
    <message>
        <source>显示全部需求</source>
        <translation>Show All Requirements</translation>
    </message>
    <message>
        <source>打开项目</source>
        <translation>Open Project</translation>
    </message>
    <message>
        <source>在项目台账中打开所选需求的项目（也可双击项目编号或名称）</source>
        <translation>Open the project of the selected requirement in the project ledger (or double-click the project code or name)</translation>
    </message>
    <message>
        <source>全部类型</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · %2&lt;/b&gt;：%3 项，其中 %4 项已过解决时限（排在前面）</source>
        <translation>&lt;b&gt;%1 · %2&lt;/b&gt;: %3 item(s), of which %4 past the resolution deadline (listed first)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · %2&lt;/b&gt;：%3 项</source>
        <translation>&lt;b&gt;%1 · %2&lt;/b&gt;: %3 item(s)</translation>
    </message>
    <message>
        <source>共 %1 项要素保障需求，未解决 %2 项，其中 &lt;span style=&quot;color:#d93025&quot;&gt;&lt;b&gt;%3 项已过解决时限&lt;/b&gt;&lt;/span&gt;。</source>
        <translation>%1 factor requirement(s), %2 unresolved, of which &lt;span style=&quot;color:#d93025&quot;&gt;&lt;b&gt;%3 past the resolution deadline&lt;/b&gt;&lt;/span&gt;.</translation>
    </message>
</context>
<context>
    <name>tz::ui::SettingsView</name>
    <message>
        <source>区县和市直部门。项目、督办事项的责任单位从这里选择。</source>
        <translation>Districts/counties and city departments. The responsible units of projects and supervised matters are chosen from this list.</translation>
    </message>
    <message>
        <source>项目谋划的类别，如平台建设、人才培养、地企合作、军民融合、成果转化。</source>
        <translation>Categories of planned projects, such as platform building, talent development, local-enterprise cooperation, military-civilian integration and commercialisation of research results.</translation>
    </message>
    <message>
        <source>项目推进的阶段。勾选“已开工”的阶段视为项目已开工；处在未开工阶段、又过了计划开工月份的项目按预警设置亮黄灯或红灯。</source>
        <translation>Stages of project progress. A project in a phase with &quot;Started&quot; ticked counts as started; a project in a phase not yet started and past its planned start month gets a yellow or red light according to the warning settings.</translation>
    </message>
    <message>
        <source>要素保障需求的类型，如资金、土地、用工、环评；“要素保障”页按这些类型统计。</source>
        <translation>Types of factor requirements, such as funds, land, labour and environmental review; the &quot;Factor Requirements&quot; page counts by these types.</translation>
    </message>
    <message>
        <source>预警设置</source>
        <translation>Warning Settings</translation>
    </message>
</context>
<context>
    <name>tz::ui::TimelineChart</name>
    <message>
        <source>开工至计划竣工</source>
        <translation>Start to planned completion</translation>
    </message>
    <message>
        <source>今天 %1</source>
        <translation>Today %1</translation>
    </message>
    <message>
        <source>%1年%2</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>%1年</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>项目（%1 个）</source>
        <translation>Projects (%1)</translation>
    </message>
    <message>
        <source>第 %1 页 共 %2 页</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>无法生成 PDF</source>
        <translation>Cannot generate the PDF</translation>
    </message>
    <message>
        <source>无法写入“%1”</source>
        <translation>Cannot write &quot;%1&quot;</translation>
    </message>
    <message>
        <source>开工 %1，计划竣工 %2</source>
        <translation>Start %1, planned completion %2</translation>
    </message>
    <message>
        <source>%1&#x3000;计划 %2%3&#x3000;%4</source>
        <translation>%1 | planned %2%3 | %4</translation>
    </message>
    <message>
        <source>，完成 %1</source>
        <translation>, done %1</translation>
    </message>
</context>
<context>
    <name>tz::ui::TimelineView</name>
    <message>
        <source>项目台账中筛选出的项目</source>
        <translation>Projects filtered in the project ledger</translation>
    </message>
    <message>
        <source>项目台账中选中的项目</source>
        <translation>Project selected in the project ledger</translation>
    </message>
    <message>
        <source>显示：</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>按月</source>
        <translation>By month</translation>
    </message>
    <message>
        <source>按季度</source>
        <translation>By quarter</translation>
    </message>
    <message>
        <source>按年</source>
        <translation>By year</translation>
    </message>
    <message>
        <source>回到今天</source>
        <translation>Go to Today</translation>
    </message>
    <message>
        <source>导出 PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>请先在项目台账中选择一个项目</source>
        <translation>Select a project in the project ledger first</translation>
    </message>
    <message>
        <source>项目台账中没有筛选出项目</source>
        <translation>No projects match the filter in the project ledger</translation>
    </message>
    <message>
        <source>%1 个项目，逾期节点 %2 个&#x3000;双击一行在项目台账中打开该项目；鼠标停留可看节点详情</source>
        <translation>%1 project(s), %2 overdue milestone(s) | double-click a row to open the project in the project ledger; hover to see milestone details</translation>
    </message>
    <message>
        <source>%1 %2 进度计划</source>
        <translation>%1 %2 Schedule</translation>
    </message>
    <message>
        <source>重大科技创新项目进度计划（%1 个项目）</source>
        <translation>Schedule of Major Science and Technology Innovation Projects (%1 projects)</translation>
    </message>
    <message>
        <source>导出 PNG</source>
        <translation>Export PNG</translation>
    </message>
    <message>
        <source>项目太多，图片过大。请先在项目台账中筛选，或导出 PDF（自动分页）。</source>
        <translation>Too many projects: the image would be too large. Filter in the project ledger first, or export a PDF (split into pages automatically).</translation>
    </message>
    <message>
        <source>PNG 图片 (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>无法写入“%1”</source>
        <translation>Cannot write &quot;%1&quot;</translation>
    </message>
    <message>
        <source>导出 PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>无法打印</source>
        <translation>Cannot print</translation>
    </message>
</context>
<context>
    <name>tz::ui::WarningSettings</name>
    <message>
        <source>项目灯色按以下标准自动判定（参照银川市做法：投资完成滞后序时进度 10 至 30 个百分点亮黄灯，滞后 30 个百分点以上亮红灯；未按计划月份开工亮黄灯，推迟三个月未开工亮红灯）。修改后全部项目立即按新标准重新判定；每项修改都可以撤销。</source>
        <translation>Project lights are determined automatically by the criteria below (following the practice of Yinchuan: investment 10 to 30 percentage points behind the pace of the plan gives a yellow light, more than 30 percentage points behind gives a red light; not starting in the planned month gives a yellow light, still not started three months later gives a red light). After a change, all projects are re-evaluated at once against the new criteria; every change can be undone.</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <source> 个百分点</source>
        <translation> percentage points</translation>
    </message>
    <message>
        <source> 个月</source>
        <translation> months</translation>
    </message>
    <message>
        <source>临期预警天数</source>
        <translation>Due-soon warning days</translation>
    </message>
    <message>
        <source>时间节点、要素保障需求、整改和督办事项距到期不超过这些天时亮黄灯，节点显示为“临期”。默认 7 天。</source>
        <translation>Milestones, factor requirements, rectifications and supervised matters due within this many days get a yellow light, and milestones show as &quot;Due soon&quot;. Default: 7 days.</translation>
    </message>
    <message>
        <source>滞后序时进度·黄灯</source>
        <translation>Behind the pace of the plan · yellow light</translation>
    </message>
    <message>
        <source>本年累计完成投资比序时计划落后达到这么多个百分点（按年度计划投资计）时亮黄灯。默认 10。</source>
        <translation>Yellow light when investment completed this year is this many percentage points or more behind the pace of the plan (measured against annual planned investment). Default: 10.</translation>
    </message>
    <message>
        <source>滞后序时进度·红灯</source>
        <translation>Behind the pace of the plan · red light</translation>
    </message>
    <message>
        <source>落后超过这么多个百分点时亮红灯。不能低于黄灯线。默认 30。</source>
        <translation>Red light when more than this many percentage points behind. Cannot be lower than the yellow-light threshold. Default: 30.</translation>
    </message>
    <message>
        <source>推迟开工·黄灯</source>
        <translation>Late start · yellow light</translation>
    </message>
    <message>
        <source>过了计划开工月份这么多个月仍未开工（阶段未标“已开工”）时亮黄灯。默认 1。</source>
        <translation>Yellow light when a project has still not started (its phase is not marked &quot;Started&quot;) this many months after its planned start month. Default: 1.</translation>
    </message>
    <message>
        <source>推迟开工·红灯</source>
        <translation>Late start · red light</translation>
    </message>
    <message>
        <source>推迟这么多个月仍未开工时亮红灯。不能少于黄灯的月数。默认 3。</source>
        <translation>Red light when a project has still not started this many months late. Cannot be fewer than the yellow-light months. Default: 3.</translation>
    </message>
    <message>
        <source>黄灯线（滞后 %1 个百分点）不能高于红灯线（%2 个百分点），未保存。</source>
        <translation>The yellow-light threshold (%1 percentage points behind) cannot be higher than the red-light threshold (%2 percentage points); not saved.</translation>
    </message>
    <message>
        <source>推迟开工的黄灯月数（%1 个月）不能多于红灯月数（%2 个月），未保存。</source>
        <translation>The yellow-light months for a late start (%1) cannot be more than the red-light months (%2); not saved.</translation>
    </message>
</context>
<context>
    <name>tz::values</name>
    <message>
        <source>“%1”不是整数</source>
        <translation>&quot;%1&quot; is not an integer</translation>
    </message>
    <message>
        <source>“%1”不是有效的金额或数量（最多两位小数）</source>
        <translation>&quot;%1&quot; is not a valid amount or quantity (at most two decimal places)</translation>
    </message>
    <message>
        <source>金额或数量不能为负数</source>
        <translation>Amounts and quantities cannot be negative</translation>
    </message>
    <message>
        <source>“%1”不是有效日期（应如 2023-05-01）</source>
        <translation>&quot;%1&quot; is not a valid date (e.g. 2023-05-01)</translation>
    </message>
    <message>
        <source>“%1”不是有效月份（应如 2023-05）</source>
        <translation>&quot;%1&quot; is not a valid month (e.g. 2023-05)</translation>
    </message>
    <message>
        <source>“%1”不是可选值（%2）</source>
        <translation>&quot;%1&quot; is not an allowed value (%2)</translation>
    </message>
    <message>
        <source>内容过长（%1 个字符，最多 %2 个）</source>
        <translation>Text too long (%1 characters, at most %2)</translation>
    </message>
</context>
</TS>
