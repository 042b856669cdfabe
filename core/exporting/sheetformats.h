#pragma once

struct lxw_format;

namespace tz {

class XlsxBook;

// The cell formats of an exported workbook, made once per workbook. Body text is 宋体 10 pt,
// which every Chinese Windows, WPS and (through fontconfig, as Noto CJK) Linux office shows;
// the title 宋体 18 pt bold.
struct SheetFormats
{
    lxw_format *title = nullptr;
    lxw_format *subtitle = nullptr;
    lxw_format *header = nullptr;
    lxw_format *text = nullptr; // left, wrapping
    lxw_format *center = nullptr; // short words: 类别, 阶段, 联系人
    lxw_format *code = nullptr; // codes and phone numbers: text format "@", so Excel keeps zeros when edited
    lxw_format *money = nullptr; // #,##0.00
    lxw_format *number = nullptr;
    lxw_format *date = nullptr; // yyyy"年"m"月"d"日"
    lxw_format *group = nullptr; // "一、高新区（7个）"
    lxw_format *totalLabel = nullptr;
    lxw_format *totalMoney = nullptr;
    lxw_format *totalBlank = nullptr;
    lxw_format *footer = nullptr;
    lxw_format *lightRed = nullptr;
    lxw_format *lightYellow = nullptr;
    lxw_format *lightGreen = nullptr;

    static SheetFormats create(XlsxBook &book);
};

} // namespace tz
