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
        <translation type="unfinished"></translation>
    </message>
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
        <source>export 需要输出文件名，例如：taizhang-cli export 台账.tzdb 台账.json</source>
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
</context>
<context>
    <name>tz::ui::ProjectTableView</name>
    <message>
        <source>搜索项目编号、名称、建设单位、分包领导…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 %1 个项目&#x3000;总投资 %2 万元&#x3000;年度计划 %3 万元&#x3000;累计完成 %4 万元&#x3000;完成率 %5</source>
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
</context>
</TS>
