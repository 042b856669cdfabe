#pragma once

#include <QStringList>

namespace tz::ui {

// The recently opened ledgers, newest first, kept in the user's QSettings.
class RecentFiles
{
public:
    static QStringList list(); // existing files only
    static void add(const QString &path);
    static QString last();
};

} // namespace tz::ui
