#include "savefile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace tz {

QString saveFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("tz::export", "无法写入“%1”：%2").arg(path, file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return QCoreApplication::translate("tz::export", "无法写入“%1”：%2").arg(path, why);
    }
    if (!file.commit())
        return QCoreApplication::translate("tz::export", "无法写入“%1”：%2").arg(path, file.errorString());
    return {};
}

} // namespace tz
