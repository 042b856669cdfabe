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
        <source>用法：taizhang-cli 命令 台账文件 [选项]

台账（Taizhang）命令行工具：创建、检查、统计和导出重大科技创新项目台账。

命令：
  new 台账文件 [--demo N] [--seed S]  新建空台账，或含 N 个演示项目的台账
  check 台账文件                       检查完整性和一致性；健康时退出码为 0
  stats 台账文件 [--json]              统计：各类记录数；按灯色、责任单位、分包领导、阶段的项目数
  export 台账文件 输出.json            将整个台账导出为 JSON

选项：
  --demo N      演示项目数（new）
  --seed S      演示数据的随机种子，相同种子得到相同台账（默认 1）
  --today 日期  以该日期（yyyy-MM-dd）作为“今天”计算预警灯色和节点状态
  --json        以 JSON 输出（stats）
  -h, --help    显示本帮助
  -v, --version 显示版本

退出码：0 成功；1 检查发现问题；2 用法错误；3 无法打开、读取或写入文件。
错误信息写到标准错误输出。
</source>
        <translation>Usage: taizhang-cli COMMAND LEDGER [OPTIONS]

Taizhang command-line tool: create, check, summarise and export ledgers of major
science and technology innovation projects.

Commands:
  new LEDGER [--demo N] [--seed S]  Create an empty ledger, or one with N demo
                                    projects
  check LEDGER                      Check integrity and consistency; exit code 0
                                    when healthy
  stats LEDGER [--json]             Statistics: record counts; number of
                                    projects by light, responsible unit, leader
                                    in charge and phase
  export LEDGER OUT.json            Export the whole ledger as JSON

Options:
  --demo N      Number of demo projects (new)
  --seed S      Random seed for demo data; the same seed gives the same ledger
                (default 1)
  --today DATE  Use DATE (yyyy-MM-dd) as "today" when computing warning lights
                and milestone states
  --json        Output as JSON (stats)
  -h, --help    Show this help
  -v, --version Show the version

Exit codes: 0 success; 1 the check found problems; 2 usage error;
3 cannot open, read or write a file.
Error messages are written to standard error.
</translation>
    </message>
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
        <source>export 需要输出文件名，例如：taizhang-cli export 台账.tzdb 台账.json</source>
        <translation>export needs an output file name, for example: taizhang-cli export ledger.tzdb ledger.json</translation>
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
        <translation>Unknown command "%1". Use --help to see usage.</translation>
    </message>
</context>
<context>
    <name>tz::Ledger</name>
    <message>
        <source>文件“%1”已存在，不会覆盖。</source>
        <translation>File "%1" already exists and will not be overwritten.</translation>
    </message>
    <message>
        <source>无法创建“%1”：%2</source>
        <translation>Cannot create "%1": %2</translation>
    </message>
    <message>
        <source>“%1”是旧版本的台账，需要升级格式，但文件是只读的。</source>
        <translation>"%1" is a ledger from an older version and its format needs upgrading, but the file is read-only.</translation>
    </message>
    <message>
        <source>无法打开“%1”：%2</source>
        <translation>Cannot open "%1": %2</translation>
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
        <translation>%1 "%2" already exists</translation>
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
        <translation>Add %1 "%2"</translation>
    </message>
    <message>
        <source>找不到要删除的%1</source>
        <translation>Cannot find the %1 to delete</translation>
    </message>
    <message>
        <source>%1“%2”仍被 %3 条%4使用，不能删除。</source>
        <translation>%1 "%2" is still used by %3 %4 record(s) and cannot be deleted.</translation>
    </message>
    <message>
        <source>删除%1“%2”</source>
        <translation>Delete %1 "%2"</translation>
    </message>
    <message>
        <source>写入台账失败，已撤回本次修改。</source>
        <translation>Writing to the ledger failed; this change has been undone.</translation>
    </message>
</context>
<context>
    <name>tz::LedgerFile</name>
    <message>
        <source>找不到文件“%1”。</source>
        <translation>File "%1" not found.</translation>
    </message>
    <message>
        <source>无法读取文件“%1”：%2</source>
        <translation>Cannot read file "%1": %2</translation>
    </message>
    <message>
        <source>“%1”不是台账文件（不是 SQLite 数据库）。</source>
        <translation>"%1" is not a ledger file (not an SQLite database).</translation>
    </message>
    <message>
        <source>无法打开“%1”：%2</source>
        <translation>Cannot open "%1": %2</translation>
    </message>
    <message>
        <source>“%1”已损坏，无法读取：%2</source>
        <translation>"%1" is damaged and cannot be read: %2</translation>
    </message>
    <message>
        <source>“%1”是其他程序的 SQLite 数据库，不是台账文件，未作任何改动。</source>
        <translation>"%1" is an SQLite database belonging to another program, not a ledger file; nothing was changed.</translation>
    </message>
    <message>
        <source>“%1”由更新版本的台账程序创建（格式版本 %2，本程序支持到 %3），请升级程序。</source>
        <translation>"%1" was created by a newer version of Taizhang (format version %2; this program supports up to %3). Please upgrade the program.</translation>
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
    <name>tz::check</name>
    <message>
        <source>%1：%2为空</source>
        <translation>%1: %2 is empty</translation>
    </message>
    <message>
        <source>%1：%2“%3”不是有效日期</source>
        <translation>%1: %2 "%3" is not a valid date</translation>
    </message>
    <message>
        <source>%1：%2“%3”不是有效月份</source>
        <translation>%1: %2 "%3" is not a valid month</translation>
    </message>
    <message>
        <source>%1：%2为负数</source>
        <translation>%1: %2 is negative</translation>
    </message>
    <message>
        <source>%1：%2“%3”不是可选值</source>
        <translation>%1: %2 "%3" is not an allowed value</translation>
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
        <translation>%2 "%3" of %1</translation>
    </message>
    <message>
        <source>%1“%2”</source>
        <translation>%1 "%2"</translation>
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
        <translation>Change %3 of %1 "%2"</translation>
    </message>
    <message>
        <source>修改设置“%1”</source>
        <translation>Change setting "%1"</translation>
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
        <translation>Milestone "%1" is %2 day(s) overdue (planned %3)</translation>
    </message>
    <message>
        <source>节点“%1”临期，%2 天后到期（%3）</source>
        <translation>Milestone "%1" is due soon, in %2 day(s) (%3)</translation>
    </message>
    <message>
        <source>%1需求“%2”超过解决时限 %3 天未解决</source>
        <translation>%1 requirement "%2" is unresolved %3 day(s) past its resolution deadline</translation>
    </message>
    <message>
        <source>%1需求“%2”将于 %3 到期</source>
        <translation>%1 requirement "%2" is due on %3</translation>
    </message>
    <message>
        <source>督导问题“%1”超过整改时限 %2 天</source>
        <translation>Supervision finding "%1" is %2 day(s) past its rectification deadline</translation>
    </message>
    <message>
        <source>督导问题“%1”整改将于 %2 到期</source>
        <translation>Rectification of supervision finding "%1" is due on %2</translation>
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
        <translation>You do not have permission to write to "%1", so the ledger has been opened read-only and cannot be modified.</translation>
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
</context>
<context>
    <name>tz::ui::ProjectTableView</name>
    <message>
        <source>搜索项目编号、名称、建设单位、分包领导…</source>
        <translation>Search project code, name, developer, leader in charge…</translation>
    </message>
    <message>
        <source>无法修改</source>
        <translation>Cannot Modify</translation>
    </message>
    <message>
        <source>共 %1 个项目&#x3000;总投资 %2 万元&#x3000;年度计划 %3 万元&#x3000;累计完成 %4 万元&#x3000;完成率 %5</source>
        <translation>Projects: %1 | In 10k CNY: total investment %2, annual plan %3, completed to date %4 | Completion rate: %5</translation>
    </message>
</context>
<context>
    <name>tz::values</name>
    <message>
        <source>“%1”不是整数</source>
        <translation>"%1" is not an integer</translation>
    </message>
    <message>
        <source>“%1”不是有效的金额或数量（最多两位小数）</source>
        <translation>"%1" is not a valid amount or quantity (at most two decimal places)</translation>
    </message>
    <message>
        <source>金额或数量不能为负数</source>
        <translation>Amounts and quantities cannot be negative</translation>
    </message>
    <message>
        <source>“%1”不是有效日期（应如 2023-05-01）</source>
        <translation>"%1" is not a valid date (e.g. 2023-05-01)</translation>
    </message>
    <message>
        <source>“%1”不是有效月份（应如 2023-05）</source>
        <translation>"%1" is not a valid month (e.g. 2023-05)</translation>
    </message>
    <message>
        <source>“%1”不是可选值（%2）</source>
        <translation>"%1" is not an allowed value (%2)</translation>
    </message>
</context>
</TS>
