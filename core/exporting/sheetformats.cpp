#include "sheetformats.h"

#include "xlsxbook.h"

#include <xlsxwriter.h>

namespace tz {

namespace {

// The date format offices use; our importer and Excel's East Asian built-ins read it as a date.
// (Source files are UTF-8, and so is what libxlsxwriter expects.)
const char kDateFormat[] = "yyyy\"年\"m\"月\"d\"日\"";
const char kFont[] = "宋体";

lxw_format *base(XlsxBook &book, double size = 10)
{
    lxw_format *f = book.addFormat();
    format_set_font_name(f, kFont);
    format_set_font_size(f, size);
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    return f;
}

lxw_format *cell(XlsxBook &book, uint8_t align, bool wrap = true)
{
    lxw_format *f = base(book);
    format_set_align(f, align);
    format_set_border(f, LXW_BORDER_THIN);
    if (wrap)
        format_set_text_wrap(f);
    return f;
}

lxw_format *light(XlsxBook &book, lxw_color_t fill, lxw_color_t font)
{
    lxw_format *f = cell(book, LXW_ALIGN_CENTER, false);
    format_set_bg_color(f, fill);
    format_set_font_color(f, font);
    return f;
}

} // namespace

SheetFormats SheetFormats::create(XlsxBook &book)
{
    SheetFormats s;
    s.title = base(book, 18);
    format_set_bold(s.title);
    format_set_align(s.title, LXW_ALIGN_CENTER);

    s.subtitle = base(book);
    format_set_align(s.subtitle, LXW_ALIGN_LEFT);

    s.header = cell(book, LXW_ALIGN_CENTER);
    format_set_bold(s.header);
    format_set_bg_color(s.header, 0xD9D9D9);

    s.text = cell(book, LXW_ALIGN_LEFT);
    s.center = cell(book, LXW_ALIGN_CENTER);
    s.code = cell(book, LXW_ALIGN_CENTER, false);
    format_set_num_format(s.code, "@");
    s.money = cell(book, LXW_ALIGN_RIGHT, false);
    format_set_num_format(s.money, "#,##0.00");
    s.number = cell(book, LXW_ALIGN_CENTER, false);
    s.date = cell(book, LXW_ALIGN_CENTER, false);
    format_set_num_format(s.date, kDateFormat);

    s.group = cell(book, LXW_ALIGN_LEFT, false);
    format_set_bold(s.group);
    format_set_bg_color(s.group, 0xF2F2F2);

    s.totalLabel = cell(book, LXW_ALIGN_CENTER, false);
    format_set_bold(s.totalLabel);
    s.totalMoney = cell(book, LXW_ALIGN_RIGHT, false);
    format_set_bold(s.totalMoney);
    format_set_num_format(s.totalMoney, "#,##0.00");
    s.totalBlank = cell(book, LXW_ALIGN_CENTER, false);

    s.footer = base(book);
    format_set_align(s.footer, LXW_ALIGN_LEFT);

    // Excel's own "bad / neutral / good" cell styles: familiar, and legible in grey print.
    s.lightRed = light(book, 0xFFC7CE, 0x9C0006);
    s.lightYellow = light(book, 0xFFEB9C, 0x9C5700);
    s.lightGreen = light(book, 0xC6EFCE, 0x006100);
    return s;
}

} // namespace tz
