#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace tz::ui {

namespace {
const int kMax = 10;
QString key()
{
    return QStringLiteral("recentFiles");
}
} // namespace

QStringList RecentFiles::list()
{
    QStringList out;
    for (const QString &p : QSettings().value(key()).toStringList())
        if (QFileInfo::exists(p))
            out << p;
    return out;
}

void RecentFiles::add(const QString &path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    QStringList l = QSettings().value(key()).toStringList();
    l.removeAll(abs);
    l.prepend(abs);
    while (l.size() > kMax)
        l.removeLast();
    QSettings().setValue(key(), l);
}

QString RecentFiles::last()
{
    return list().value(0);
}

} // namespace tz::ui
