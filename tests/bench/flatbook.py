#!/usr/bin/python3
"""The flat workbook of the benchmark: N projects, one row each, 17 columns as a district's
sheet has them (schedule text, factor columns, dates as date cells), under a title and a
填报单位 line. Deterministic: the same N gives the same rows.

  flatbook.py xlsx N OUT.xlsx    write it with openpyxl in write-only mode (this run is also
                                 the "openpyxl write" figure of the bench)
  flatbook.py csv N OUT.csv      the same rows as a GB18030 CSV, as Excel on Chinese Windows saves
  flatbook.py read FILE.xlsx     read every cell with openpyxl in read-only mode ("openpyxl read")
  flatbook.py floor FILE.xlsx    inflate the sheet and shared strings and tokenise the XML with
                                 expat, doing nothing else: the floor of any xlsx reader
"""
import csv
import datetime
import random
import sys
import zipfile

HEADER = ["项目编号", "项目名称", "项目类别", "建设单位", "建设地点", "责任单位", "分包领导", "项目阶段",
          "总投资（万元）", "年度计划投资（万元）", "累计完成投资（万元）", "开工时间", "计划竣工时间",
          "时间节点安排", "资金", "土地", "环评"]
PLACES = ["洛阳", "中原", "伊洛", "河洛", "龙门", "洛浦", "周山", "王城"]
FIELDS = ["智能机器人", "新材料", "氢能装备", "高端轴承", "光电芯片", "生物医药", "农机装备", "储能电池",
          "工业软件", "精密铸造", "碳纤维", "矿山装备", "航空零部件", "智慧物流", "半导体材料", "新能源汽车"]
KINDS = ["研发中心", "产业化项目", "中试基地", "创新平台", "技术改造项目", "重点实验室", "产业园", "成果转化项目"]
CATEGORIES = ["平台建设", "人才培养", "地企合作", "军民融合", "成果转化"]
UNITS = ["高新区", "涧西区", "洛龙区", "伊滨区", "西工区", "老城区", "瀍河区", "孟津区", "偃师区",
         "市发展改革委", "市工业和信息化局", "市科技局"]
LEADERS = ["王建国（副市长）", "李卫东（副市长）", "张红梅（副市长）", "刘志强（秘书长）", "陈晓明（副市长）",
           "赵永刚（副秘书长）", "孙丽华（副市长）", "周海涛（副秘书长）"]
PHASES = ["谋划", "前期", "在建", "建成", "投产", "见效"]
STEPS = ["完成土地摘牌", "取得施工许可", "开工建设", "主体完工", "设备安装调试", "竣工验收", "试生产",
         "完成环评批复", "完成项目备案", "引进研发团队"]
ROADS = ["滨河路", "开元大道", "九都路", "中州路", "厚载门街", "牡丹大道", "龙门大道", "丰华路"]


def rows(n):
    rnd = random.Random(20261125)
    for i in range(1, n + 1):
        total = rnd.randrange(500, 200000)
        planned = rnd.randrange(100, total + 1)
        done = rnd.randrange(0, planned + 1)
        start = datetime.datetime(2025, 1, 1) + datetime.timedelta(days=rnd.randrange(0, 700))
        end = start + datetime.timedelta(days=rnd.randrange(180, 1100))
        months = sorted(rnd.sample(range(2, 13), rnd.randrange(1, 4)))
        schedule = "；".join(f"{m}月底前{rnd.choice(STEPS)}" for m in months)
        place, field = rnd.choice(PLACES), rnd.choice(FIELDS)
        yield [
            f"KJ2026-{i:06d}",
            f"{place}{field}{rnd.choice(KINDS)}（{i}）",
            rnd.choice(CATEGORIES),
            f"{place}{field}科技有限公司",
            f"{rnd.choice(UNITS[:9])}{rnd.choice(ROADS)}{rnd.randrange(1, 300)}号",
            rnd.choice(UNITS),
            rnd.choice(LEADERS),
            rnd.choice(PHASES),
            total, planned, done, start, end, schedule,
            f"需协调贷款{rnd.randrange(1, 50) * 100}万元" if rnd.random() < 0.3 else "",
            f"需新增用地{rnd.randrange(5, 200)}亩" if rnd.random() < 0.2 else "",
            "环评批复待办理" if rnd.random() < 0.15 else "",
        ]


TITLE = "2026年全市重大科技创新项目推进台账"
UNIT_LINE = "填报单位：市科技局项目办　　单位：万元"


def write_xlsx(n, path):
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("推进台账")
    sheet.append([TITLE])
    sheet.append([UNIT_LINE])
    sheet.append(HEADER)
    for row in rows(n):
        cells = []
        for value in row:
            cell = WriteOnlyCell(sheet, value=value)
            if isinstance(value, datetime.datetime):
                cell.number_format = "yyyy-mm-dd"
            cells.append(cell)
        sheet.append(cells)
    book.save(path)


def write_csv(n, path):
    with open(path, "w", encoding="gb18030", newline="") as f:
        out = csv.writer(f)
        out.writerow([TITLE])
        out.writerow([UNIT_LINE])
        out.writerow(HEADER)
        for row in rows(n):
            out.writerow([v.strftime("%Y-%m-%d") if isinstance(v, datetime.datetime) else v for v in row])


def read_xlsx(path):
    import openpyxl
    book = openpyxl.load_workbook(path, read_only=True)
    cells = sum(1 for row in book.active.iter_rows(values_only=True) for v in row if v is not None)
    print(cells, "cells", file=sys.stderr)


def floor(path):
    import xml.parsers.expat
    count = [0]

    def start(name, attrs):
        count[0] += 1

    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/sheet") or name == "xl/sharedStrings.xml":
                parser = xml.parsers.expat.ParserCreate()
                parser.StartElementHandler = start
                with z.open(name) as f:
                    parser.ParseFile(f)
    print(count[0], "elements", file=sys.stderr)


if __name__ == "__main__":
    what = sys.argv[1]
    if what == "xlsx":
        write_xlsx(int(sys.argv[2]), sys.argv[3])
    elif what == "csv":
        write_csv(int(sys.argv[2]), sys.argv[3])
    elif what == "read":
        read_xlsx(sys.argv[2])
    elif what == "floor":
        floor(sys.argv[2])
    else:
        sys.exit(__doc__)
