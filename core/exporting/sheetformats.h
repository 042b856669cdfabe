#pragma once

#include <cstdint>
#include <string>

namespace tz {

// The cell formats of an exported workbook, each the index of its cell format (xf) in
// styles.xml. Body text is 宋体 10 pt, which every Chinese Windows, WPS and (through
// fontconfig, as Noto CJK) Linux office shows; the title 宋体 18 pt bold.
enum class Style : uint8_t {
    None, // Excel's default, for the hidden list sheet
    Title,
    Subtitle,
    Header,
    Text, // left, wrapping
    Center, // short words: 类别, 阶段, 联系人
    Code, // codes and phone numbers: text format "@", so Excel keeps zeros when edited
    Money, // #,##0.00
    Number,
    Date, // yyyy"年"m"月"d"日"
    Group, // "一、高新区（7个）"
    TotalLabel,
    TotalMoney,
    TotalBlank,
    Footer,
    LightRed,
    LightYellow,
    LightGreen,
};

// xl/styles.xml holding every Style, in that order.
std::string stylesXml();

} // namespace tz
