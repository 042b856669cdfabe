<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>台账文件 (*.tzdb);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有打开的台账。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可以新建一个空台账，新建一个含演示项目的台账来了解程序，或打开已有的台账文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建空台账…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建演示台账…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开台账…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目台账.tzdb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>演示台账.tzdb</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重大科技创新项目台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>以只读方式打开台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>台账文件（.tzdb）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taizhang-cli</name>
    <message>
        <source>--demo 应为 0 到 1000000 之间的整数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed 应为非负整数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生成演示数据失败：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已创建台账 %1（%2 个项目）
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发现 %1 个问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>台账完好：%1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法写入 %1：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用 --help 查看用法。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today 应为 yyyy-MM-dd 格式的日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未知命令“%1”。用 --help 查看用法。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export 需要输出文件名，例如：taizhang-cli export 台账.tzdb 台账.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding 只用于 CSV 导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding 应为 utf-8 或 gb18030</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import 需要表格文件名，例如：taizhang-cli import 台账.tzdb 区县台账.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year 应为四位年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”中没有工作表“%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>错误：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提示：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有可导入的内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预览完毕（--dry-run），台账未作改动。
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导入：新增 %1 个项目，更新 %2 个项目，新增节点、需求等 %3 条。
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print 需要输出文件名，例如：taizhang-cli print 台账.tzdb 督导单.pdf --kind supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind 应为 supervision、leader、bulletin 或 ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--paper 应为 A4 或 A3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>台账中没有编号为“%1”的项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>台账中没有分包领导“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>台账中没有责任单位“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已生成 %1（%2 页）
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输出文件不能是台账文件本身：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有找到完好的备份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最新的完好备份：%1
恢复：taizhang-cli restore %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”正被%2打开，未作改动。请先在那里关闭台账，或加 --force。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已备份到 %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”还没有备份（备份文件夹：%2）
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”正被%2打开，不能恢复。请先关闭台账。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”没有完好的备份可以恢复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已用备份 %1 恢复 %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 应为 yyyy-MM-dd 格式的日期</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::Backup</name>
    <message>
        <source>无法创建备份文件夹“%1”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份失败：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每日自动备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>格式升级前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手动备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法恢复：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法恢复：备份“%1”未通过完整性检查。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法恢复：当前文件“%1”无法先行备份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法恢复“%1”：%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::ChangeLogModel</name>
    <message>
        <source>新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>字段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法写入“%1”：%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::CrossProjectProxy</name>
    <message>
        <source>逾期 %1 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>今天到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>剩 %1 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分包领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>剩余/逾期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::Ledger</name>
    <message>
        <source>文件“%1”已存在，不会覆盖。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法创建“%1”：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”是旧版本的台账，需要升级格式，但文件是只读的。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法打开“%1”：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1不能为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：找不到所指的%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1“%2”已存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>台账以只读方式打开，不能修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到要修改的%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增%1“%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到要删除的%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1“%2”仍被 %3 条%4使用，不能删除。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除%1“%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>写入台账失败，已撤回本次修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：不能大于总投资</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：不能早于%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：请先填写%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能把台账另存为它自己：“%1”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”已损坏，未通过完整性检查，没有打开。可以从备份恢复。
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::LedgerFile</name>
    <message>
        <source>找不到文件“%1”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法读取文件“%1”：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”不是台账文件（不是 SQLite 数据库）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法打开“%1”：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”已损坏，无法读取：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”是其他程序的 SQLite 数据库，不是台账文件，未作任何改动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”由更新版本的台账程序创建（格式版本 %2，本程序支持到 %3），请升级程序。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>磁盘空间不足，无法写入“%1”。本次修改没有保存，文件保持原样。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>写入“%1”时出错（磁盘已满、网络共享断开或磁盘故障）。本次修改没有保存，文件保持原样。（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”是只读的，本次修改没有保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”正被其他程序使用，请稍后再试。本次修改没有保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”已损坏，本次修改没有保存。请从备份恢复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>写入“%1”失败，本次修改没有保存：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法写入“%1”：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法写入“%1”：磁盘同步失败。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>副本校验未通过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法替换已有文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法重命名临时文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存副本“%1”失败：%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::LedgerLock</name>
    <message>
        <source>计算机“%1”上的 %2（进程 %3），自 %4 起</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::MilestoneModel</name>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::ProjectModel</name>
    <message>
        <source>预警</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::RequirementMatrix</name>
    <message>
        <source>%1（逾期 %2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 项，其中 %2 项已过解决时限仍未解决</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合计</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::check</name>
    <message>
        <source>%1：%2为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：%2“%3”不是有效日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：%2“%3”不是有效月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：%2为负数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：%2“%3”不是可选值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：%2指向不存在的记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法执行完整性检查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库完整性：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据表 %1 第 %2 行引用了不存在的 %3 记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 的%2“%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1“%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：累计完成投资大于总投资</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：年度计划投资大于总投资</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：计划竣工时间早于开工时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：人工认定灯色缺少理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：形象进度应在 0–100 之间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：同一月份有重复的进展调度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：月份应在 1–12 之间</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::commands</name>
    <message>
        <source>修改%1“%2”的%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改设置“%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::dashboard</name>
    <message>
        <source>（未填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目预警灯色（共 %1 个项目）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 个（%3%）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各责任单位项目灯色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各分包领导年度投资完成率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各责任单位年度投资完成率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>达到时间进度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>落后于时间进度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&#x3000;无计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&#x3000;%2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间进度 %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：%2 个项目，年度计划 %3 万元，已完成 %4 万元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>逾期时间节点（按分包领导）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>逾期时间节点（按责任单位）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>逾期节点数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1（%2 个项目）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>：无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未解决的要素保障需求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未解决</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其中超过解决时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1（等待中位 %2 天，最长 %3 天）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（提出日期未记录的需求不计等待天数）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::export</name>
    <message>
        <source>本系统不支持 GB18030 编码，请改用 UTF-8 导出。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有字符无法用 GB18030 编码，请改用 UTF-8 导出。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法写入“%1”：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生成 Excel 文件时出错：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>读取台账失败：%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::history</name>
    <message>
        <source>%1：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>；</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::import</name>
    <message>
        <source>%1：超过 Excel 的 %2 行，无法读取。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：超过 Excel 的 %2 列，无法读取。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：单元格超过 %2 个，文件过大，无法读取。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：引号没有闭合，文件可能不完整。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：无法打开文件（%2）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：文件超过 %2 MB，无法读取。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：不是文本文件，也不是可识别的电子表格。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：无法识别文件的文字编码（既不是 UTF-8，也不是 GB18030/GBK）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（不导入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建设单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建设内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建设地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>总投资</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年度计划投资</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>累计完成投资</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开工时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计划竣工时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分包领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年度目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间节点（文字）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>要素保障需求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1至N月计划投资</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1至N月完成投资</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>台账以只读方式打开，不能导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有 %1 行存在错误，未导入任何内容。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入失败，台账未作任何改动：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1需求 %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”不是有效金额（万元，最多两位小数）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”不是可识别的日期（如 2023-05-01、2023年5月1日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不知道时间节点属于哪一年：请在导入时指定年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未能识别日期的节点：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>以下内容没有可识别的月份，已记入备注：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缺少项目名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目编号“%1”在表中重复出现</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到表头：前 30 行中没有一行同时含有“项目名称”或“项目编号”等列名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有“项目名称”列，无法导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作表“%1”：新增 %2 个项目，更新 %3 个，无变化 %4 个，有错误的行 %5 行。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将新增责任单位：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将新增分包领导：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将新增项目类别：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将新增项目阶段：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未导入的列：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”工作表“%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 %1 行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：工作簿受密码保护（已加密），无法读取。请在 Excel 或 WPS 中取消密码后另存为 .xlsx 再导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：这不是普通的 .xlsx 文件：它可能受密码保护（已加密），也可能是扩展名被改成 .xlsx 的旧版 .xls 文件。请在 Excel 或 WPS 中打开，取消密码后另存为 .xlsx 再导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：文件是空的。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：这不是真正的 Excel 文件，而是网页（HTML/XML）格式。请用 Excel 或 WPS 打开后另存为 .xlsx 再导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：扩展名是 .%2，但内容不是 Excel 工作簿（可能是改了扩展名的文本文件，或文件已损坏）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：无法打开文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：无法读取这个 .xls 文件，文件可能已损坏，或是受密码保护（FreeXL 错误 %2）。请在 Excel 或 WPS 中另存为 .xlsx 后再导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：工作簿受密码保护（已加密），无法读取。请在 Excel 或 WPS 中取消密码后再导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：无法读取工作表“%2”，文件可能已损坏。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：工作簿中没有工作表。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：文字单元格超过 %2 个，文件过大，无法读取。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：这是 Excel 二进制工作簿（.xlsb），暂不支持。请在 Excel 中另存为 .xlsx 后再导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：这是 OpenDocument 文档（如 WPS 或 LibreOffice 的 .ods），暂不支持。请另存为 .xlsx 后再导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：这是一个 zip 压缩包，但不是 Excel 工作簿（缺少 workbook.xml）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：找不到工作表“%2”的内容，文件不完整或已损坏。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：行号“%2”无效或超出 Excel 的 %3 行。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：单元格引用“%2”无效或超出 Excel 的范围（最多 1048576 行、16384 列）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：单元格超出 Excel 的 %2 列。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：合并单元格过多或范围过大，无法读取。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：共享字符串编号“%2”不存在，文件可能已损坏。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：数值“%2”无法识别，文件可能已损坏。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：合并区域“%2”无效。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：文件中含有文档类型定义（DTD），正常的电子表格不会有，出于安全考虑拒绝读取。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：XML 内容有误（“%2”第 %3 行第 %4 列：%5），文件可能已损坏。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：“%2”中有一段超过 %3 MB 的连续内容，不是正常的电子表格，可能是损坏或恶意构造的文件（“压缩炸弹”），已拒绝读取。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：解压后的内容超过 %2 MB，可能是损坏或恶意构造的文件（“压缩炸弹”），已拒绝读取。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：文件已损坏或不完整（不是有效的 zip 压缩包），可能是下载或复制没有完成，请重新获取该文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：压缩包中的条目过多（%2 个），不像是电子表格，已拒绝读取。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：缺少“%2”，不是完整的 Excel 工作簿。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：压缩包设置了密码，无法读取。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：无法读取其中的“%2”（%3）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：文件已损坏，无法解压其中的“%2”（%3）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：文件混用了两种文字编码：有的行是 UTF-8，第 %2 行起有不是 UTF-8 的内容（可能是 GBK）。请在 Excel 或 WPS 中把各部分统一另存为同一种编码后再导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入前备份失败，未导入任何内容。%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：无法读取这个 .xls 文件：文件结构已损坏（找不到工作簿数据，或数据链循环、记录不完整）。请在 Excel 或 WPS 中另存为 .xlsx 后再导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：文件声明的表格范围过大（共 %2 个单元格，读取需要约 %3 MB 内存），文件可能已损坏。请在 Excel 或 WPS 中打开，删除多余的空行空列后另存为 .xlsx 再导入。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::monthly</name>
    <message>
        <source>（未填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1年%2月重大科技创新项目月度对比</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统计截至 %1，与 %2（上月末）对比</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>红灯项目 %1 个（上月末 %2 个）；新转红 %3 个，已解决 %4 个，阶段变化 %5 个。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本月完成投资 %1 万元，上月 %2 万元，增减 %3 万元。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一、各责任单位完成投资（万元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>增减</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>二、新转红项目（%1 个）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>三、已解决（由红灯转出）项目（%1 个）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>四、阶段变化项目（%1 个）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>等共 %1 个，其余 %2 个见台账总览页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法生成 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法替换已有文件</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::print</name>
    <message>
        <source>未定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1年%2月%3日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已逾期 %1 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>今日到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还剩 %1 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1月%2日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>节点“%1”逾期 %2 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1需求超时限 %2 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>督导问题“%1”超整改时限 %2 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>督办事项 %1 超办结时限 %2 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分包领导督导清单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分包领导：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>截至 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共分包重大科技创新项目 %1 个，其中红灯 %2 个、黄灯 %3 个、绿灯 %4 个；逾期事项 %5 项，待解决要素保障需求 %6 项。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>序号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目名称及编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>责任
单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预警</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>逾期及预警事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待解决要素保障需求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未分包项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建设单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建设地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>总投资</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年度计划投资</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>累计完成投资</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完成率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开工时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计划竣工时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分包领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年度目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预警原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全市</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1年%2重大科技创新项目推进台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位：万元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>填报单位：%1&#x3000;&#x3000;单位：万元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目
类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目
阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年度计划
投资</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>累计完成
投资</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开工
时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计划竣工
时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分包
领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未定责任单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1、%2（%3个）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 个项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合计（%1 个项目）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 %1 页 共 %2 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>截至%1，各责任单位均无逾期事项。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有符合条件的项目。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已取消打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法生成 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法替换已有文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>督导〔%1〕第 %2 号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>督导〔%1〕%2-%3号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>总投资 %1；年度计划投资 %2；累计完成投资 %3，占总投资 %4。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本年 1—%1 月完成 %2，同期计划 %3，完成年度计划 %4。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本年尚未报送月度调度数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1——计划 %2 完成，%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（责任人：%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 天内无到期节点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>；协调部门：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>；解决时限：%1（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>；状态：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无待解决的要素保障需求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暂无督导记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未发现问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>；整改时限：%1（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>问责情况：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>；办结时限：%1（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重大科技创新项目督导单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>投资情况
（万元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预警灯色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>逾期节点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>临近节点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>要素保障
需求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>督导发现
问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>整改要求
及时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>督办事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>督导意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期：_____年____月____日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>责任单位负责人（签字）：__________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>督导人员（签字）：__________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间节点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（协调部门：%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>要素保障</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>督导整改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重大科技创新项目逾期事项通报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>截至%1，你单位负责推进的重大科技创新项目共 %2 个，无逾期事项。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>截至%1，你单位负责推进的重大科技创新项目共 %2 个，其中 %3 个项目存在逾期事项，共 %4 项，最长逾期 %5 天。现将逾期事项通报如下：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>逾期事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应完成时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>逾期
天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无逾期事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请你单位对照清单逐项落实整改，明确责任人和完成时限，并及时报送整改进展情况。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重大科技创新项目办公室</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重大科技创新项目推进台账</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::rules</name>
    <message>
        <source>已完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>逾期完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>临期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>绿灯</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>黄灯</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>红灯</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>节点“%1”逾期 %2 天（计划 %3）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>节点“%1”临期，%2 天后到期（%3）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1需求“%2”超过解决时限 %3 天未解决</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1需求“%2”将于 %3 到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>督导问题“%1”超过整改时限 %2 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>督导问题“%1”整改将于 %2 到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>督办事项 %1 超过办结时限 %2 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>督办事项 %1 将于 %2 到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计划%1开工，已推迟 %2 个月未开工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计划%1开工，至今未开工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-%1月计划投资 %2 万元，完成 %3 万元，滞后序时进度 %4 个百分点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人工认定为%1（按规则为%2）：%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无预警事项</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::schema</name>
    <message>
        <source>责任单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分包领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>阶段名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已开工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>要素类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建设单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建设内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建设地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>总投资（万元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年度计划投资（万元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>累计完成投资（万元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开工时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计划竣工时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年度目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人工认定灯色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>认定理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间节点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>节点内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计划完成时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>实际完成时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>责任人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>要素保障需求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>需求内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计量单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协调部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>解决时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>解决情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>解决日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>进展调度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调度月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1至本月完成投资（万元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本期进展</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>存在问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>需协调解决事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下步计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>形象进度（%）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>投资计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1至本月计划投资（万元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>督导记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>督导日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>督导方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>督导人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>整改要求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>整改时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>整改状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>问责情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>整改完成日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>督办事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>立项号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源督导记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>主办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办结时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>督办流程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>环节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>延期至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::stats</name>
    <message>
        <source>（未填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录数
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>红灯</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>黄灯</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>绿灯</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目预警</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按责任单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按分包领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按项目阶段</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::timeline</name>
    <message>
        <source>一季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>二季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>三季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>四季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1年%2月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1年%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1年</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::ui</name>
    <message>
        <source>全部分包领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部责任单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未完成、计划完成时间在今天起 7 天之内的节点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在项目台账中打开所选节点的项目（也可双击项目编号或名称）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::ui::BackupDialog</name>
    <message>
        <source>备份与恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>大小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>立即备份(&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复所选备份(&amp;R)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开备份文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保留份数：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每天第一次打开台账时、每次导入前和格式升级前会自动备份。恢复会用所选备份替换台账文件，替换前的文件另存为“恢复前”备份，因此恢复本身也可以撤回。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份文件夹：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用 %1 的备份替换“%2”？

该备份之后的修改将不在台账中（当前文件会先另存为“恢复前”备份）。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::ui::CrossProjectTable</name>
    <message>
        <source>无法修改</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::ui::DashboardView</name>
    <message>
        <source>上月末不是红灯、现在是红灯的项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上月末是红灯、现在不再是红灯的项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本月项目阶段有变化的项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1年%2月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>月度对比 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印月度对比…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>比上月：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各责任单位各月完成投资（万元，据月度调度）&#x3000;双击一行查看该单位的项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目总数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>红灯项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>黄灯项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>逾期时间节点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未解决要素需求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>超期未整改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新转红</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已解决（红灯转出）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>阶段变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>截至 %1，对比上月末 %2：红灯 %3 个（上月末 %4 个）；本月完成投资 %5 万元（上月 %6 万元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-%1月合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上月末</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>现在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>双击一行在项目台账中打开该项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出月度对比</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1月度对比.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印月度对比</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法打印</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::ui::EntityForm</name>
    <message>
        <source>标红的字段有误，未保存：%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::ui::EntityTable</name>
    <message>
        <source>新增%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除%1“%2”？可以用“撤销”恢复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法删除</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::ui::ExportDialog</name>
    <message>
        <source>按责任单位分组（“一、高新区（7个）”）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>要素保障列只列未解决的需求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出表格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 工作簿（.xlsx）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV，UTF-8（Excel、WPS 均可打开）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV，GB18030（旧版软件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A3 横向</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 横向</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：市科技局项目办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>格式：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>填报单位：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>填表人：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系电话：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>纸张：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出到“%1”。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::ui::FieldEditor</name>
    <message>
        <source>如 2023-05-01 或 2023年5月1日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如 2023-05</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>万元，如 12500 或 12,500.50</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::ui::FlagDelegate</name>
    <message>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>否</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::ui::HistoryView</name>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索项目、字段或内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出(&amp;X)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最近 %1 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出修改记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/修改记录.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::ui::ImportDialog</name>
    <message>
        <source>跳过有错误的行，导入其余各行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入表格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择区县或部门报来的 XLSX、XLS 或 CSV 文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未指定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“3月底前完成…”这类时间节点所属的年份；默认取表格标题或表头中的年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作表：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年份：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表头</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>示例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>位置和原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>列对应</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表格文件 (*.xlsx *.xlsm *.xls *.csv *.txt);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法读取表格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1（隐藏）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1（1至%2月）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增节点、需求等 %1 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>问题（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先选择要导入的文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有可导入的内容。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增 %1 个项目，更新 %2 个项目，新增时间节点、要素需求等 %3 条。
如需撤回，使用“编辑 → 撤销”。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::ui::LeadersView</name>
    <message>
        <source>打开项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在项目台账中打开所选项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请在左侧选择一位分包领导，这里列出他分包的项目。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;%2 分包 %3 个项目：%4&#x3000;%5&#x3000;%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::ui::MainWindow</name>
    <message>
        <source>文件(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建台账(&amp;N)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建演示台账(&amp;D)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开(&amp;O)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最近打开(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出(&amp;X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [只读] — 台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — 台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>今天：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>撤销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重做</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法打开台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只读打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有写入“%1”的权限，台账以只读方式打开，不能修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法新建台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>演示台账.tzdb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目台账.tzdb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>撤销历史</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;打开时&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入表格(&amp;I)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间节点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>要素保障</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>整改督办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分包领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>字典与设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增项目(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除项目…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>台账正在使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先在项目台账中选择要删除的项目。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除项目“%1”及其全部时间节点、要素保障需求、进展调度和督导记录？
可以用“撤销”恢复，修改记录中也保留被删除的内容。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>另存为(&amp;A)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出表格(&amp;E)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（副本）.tzdb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>另存为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份与恢复(&amp;B)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&#x3000;台账在网络共享上</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>总览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>进度甘特图</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”已被%2打开。

两处同时修改会互相覆盖。是否以只读方式打开？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如果确认那台计算机已经关闭了台账（例如程序异常退出），可以强制打开。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>强制打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>台账已损坏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

没有找到完好的备份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

是否用最新的完好备份（%1，%2）恢复？损坏的文件会另存到备份文件夹。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自动备份失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已自动备份到 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已从备份恢复。替换前的文件已另存为“恢复前”备份。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::ui::MilestonesView</name>
    <message>
        <source>全部 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>逾期 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本周到期 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未完成 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示 %1 个时间节点&#x3000;逾期在前，其余按计划完成时间排列；双击项目编号或名称打开项目</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::ui::NewRowDialog</name>
    <message>
        <source>新增%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::ui::PrintDialog</name>
    <message>
        <source>全部项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>督导单（每个项目一页）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分包领导督导清单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>逾期事项通报（按责任单位）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>推进台账表（横向）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部分包领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部责任单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前项目：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文书：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>范围：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分包领导：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>责任单位：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>纸张：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印预览…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出到“%1”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每位分包领导单独一个 PDF 文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表中所选的 %1 个项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分包领导督导清单_%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择保存各领导清单的文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已在“%1”中生成 %2 个 PDF 文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在生成 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::ui::ProjectDetail</name>
    <message>
        <source>基本信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间节点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>要素保障</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>进展调度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>督导记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>投资计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#666&apos;&gt;在上方表格中选择一个项目，查看和编辑它的全部信息。&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::ui::ProjectTableView</name>
    <message>
        <source>无法修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 %1 个项目&#x3000;总投资 %2 万元&#x3000;年度计划 %3 万元&#x3000;累计完成 %4 万元&#x3000;完成率 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索项目编号、名称、建设单位、分包领导（可用拼音首字母，如 jqr）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部责任单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部分包领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部灯色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>红灯</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>黄灯</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>绿灯</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::ui::RectificationsView</name>
    <message>
        <source>全部分包领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部责任单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>整改完成…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>填写整改完成日期并把所选记录标为“已整改”（一步，可撤销）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在项目台账中打开所选记录的项目（也可双击项目编号或名称）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>整改中 %1 项，其中 %2 项已超过整改时限&#x3000;超期在前，其余按整改时限排列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>台账以只读方式打开，不能修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写整改完成日期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>整改完成：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>整改完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>存在问题：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>整改完成日期：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::ui::RequirementsBoard</name>
    <message>
        <source>点击格子，下方清单只列该类型、该状态的需求；点击“合计”按一项筛选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;要素保障需求&lt;/b&gt;（类型 × 状态，红字为已过解决时限仍未解决的项数）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示全部需求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在项目台账中打开所选需求的项目（也可双击项目编号或名称）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · %2&lt;/b&gt;：%3 项，其中 %4 项已过解决时限（排在前面）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · %2&lt;/b&gt;：%3 项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 %1 项要素保障需求，未解决 %2 项，其中 &lt;span style=&quot;color:#d93025&quot;&gt;&lt;b&gt;%3 项已过解决时限&lt;/b&gt;&lt;/span&gt;。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::ui::SettingsView</name>
    <message>
        <source>区县和市直部门。项目、督办事项的责任单位从这里选择。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目谋划的类别，如平台建设、人才培养、地企合作、军民融合、成果转化。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目推进的阶段。勾选“已开工”的阶段视为项目已开工；处在未开工阶段、又过了计划开工月份的项目按预警设置亮黄灯或红灯。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>要素保障需求的类型，如资金、土地、用工、环评；“要素保障”页按这些类型统计。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预警设置</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::ui::TimelineChart</name>
    <message>
        <source>开工至计划竣工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>今天 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1年%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目（%1 个）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 %1 页 共 %2 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法生成 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法写入“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开工 %1，计划竣工 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&#x3000;计划 %2%3&#x3000;%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，完成 %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::ui::TimelineView</name>
    <message>
        <source>项目台账中筛选出的项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目台账中选中的项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回到今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出 PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先在项目台账中选择一个项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目台账中没有筛选出项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 个项目，逾期节点 %2 个&#x3000;双击一行在项目台账中打开该项目；鼠标停留可看节点详情</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 进度计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重大科技创新项目进度计划（%1 个项目）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出 PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目太多，图片过大。请先在项目台账中筛选，或导出 PDF（自动分页）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG 图片 (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法写入“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法打印</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::ui::WarningSettings</name>
    <message>
        <source>项目灯色按以下标准自动判定（参照银川市做法：投资完成滞后序时进度 10 至 30 个百分点亮黄灯，滞后 30 个百分点以上亮红灯；未按计划月份开工亮黄灯，推迟三个月未开工亮红灯）。修改后全部项目立即按新标准重新判定；每项修改都可以撤销。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 个百分点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 个月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>临期预警天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间节点、要素保障需求、整改和督办事项距到期不超过这些天时亮黄灯，节点显示为“临期”。默认 7 天。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>滞后序时进度·黄灯</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本年累计完成投资比序时计划落后达到这么多个百分点（按年度计划投资计）时亮黄灯。默认 10。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>滞后序时进度·红灯</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>落后超过这么多个百分点时亮红灯。不能低于黄灯线。默认 30。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>推迟开工·黄灯</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>过了计划开工月份这么多个月仍未开工（阶段未标“已开工”）时亮黄灯。默认 1。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>推迟开工·红灯</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>推迟这么多个月仍未开工时亮红灯。不能少于黄灯的月数。默认 3。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>黄灯线（滞后 %1 个百分点）不能高于红灯线（%2 个百分点），未保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>推迟开工的黄灯月数（%1 个月）不能多于红灯月数（%2 个月），未保存。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::values</name>
    <message>
        <source>“%1”不是整数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”不是有效的金额或数量（最多两位小数）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额或数量不能为负数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”不是有效日期（应如 2023-05-01）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”不是有效月份（应如 2023-05）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”不是可选值（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内容过长（%1 个字符，最多 %2 个）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
