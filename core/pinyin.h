#pragma once

#include <QString>

namespace tz {

// The pinyin initials of a text ("机器人" -> "jqr"), for searching by initials as Chinese
// users do. Characters outside the common set (GB2312 level 1, ordered by pinyin) keep
// themselves, lowercased.
QString pinyinInitials(const QString &text);

} // namespace tz
